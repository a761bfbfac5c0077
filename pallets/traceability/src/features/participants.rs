//! Participants: admission, updates and suspension by governance, and the checks every
//! signed call starts with.

use crate::{
	CompanyPrefixOwners, CompanyPrefixesOf, Config, Error, Event, Pallet, Participant,
	ParticipantCount, Participants, Roles, TextOf,
};
use frame_support::{dispatch::DispatchResult, ensure};

impl<T: Config> Pallet<T> {
	/// Admits `who`; see [`Pallet::admit_participant`].
	pub(crate) fn do_admit_participant(
		who: T::AccountId,
		roles: Roles,
		name: TextOf<T>,
		company_prefixes: CompanyPrefixesOf<T>,
	) -> DispatchResult {
		ensure!(!Participants::<T>::contains_key(&who), Error::<T>::AlreadyAdmitted);
		ensure!(roles.is_valid(), Error::<T>::InvalidRoles);
		Self::ensure_prefixes_available(&who, &company_prefixes)?;
		let count = ParticipantCount::<T>::get().checked_add(1).ok_or(Error::<T>::Overflow)?;

		for prefix in &company_prefixes {
			CompanyPrefixOwners::<T>::insert(prefix, &who);
		}
		let participant = Participant {
			roles,
			name,
			company_prefixes,
			suspended: false,
			admitted_at: frame_system::Pallet::<T>::block_number(),
		};
		Participants::<T>::insert(&who, participant);
		ParticipantCount::<T>::put(count);
		Self::deposit_event(Event::ParticipantAdmitted { who, roles });
		Ok(())
	}

	/// Replaces roles, name and prefixes of `who`; see [`Pallet::update_participant`].
	pub(crate) fn do_update_participant(
		who: T::AccountId,
		roles: Roles,
		name: TextOf<T>,
		company_prefixes: CompanyPrefixesOf<T>,
	) -> DispatchResult {
		let mut participant = Participants::<T>::get(&who).ok_or(Error::<T>::NotAdmitted)?;
		ensure!(roles.is_valid(), Error::<T>::InvalidRoles);
		Self::ensure_prefixes_available(&who, &company_prefixes)?;

		for old in participant.company_prefixes.iter() {
			if !company_prefixes.contains(old) {
				CompanyPrefixOwners::<T>::remove(old);
			}
		}
		for prefix in &company_prefixes {
			CompanyPrefixOwners::<T>::insert(prefix, &who);
		}
		participant.roles = roles;
		participant.name = name;
		participant.company_prefixes = company_prefixes;
		Participants::<T>::insert(&who, participant);
		Self::deposit_event(Event::ParticipantUpdated { who, roles });
		Ok(())
	}

	/// Suspends (`true`) or reinstates (`false`) `who`.
	pub(crate) fn do_set_suspended(who: T::AccountId, suspended: bool) -> DispatchResult {
		let mut participant = Participants::<T>::get(&who).ok_or(Error::<T>::NotAdmitted)?;
		if suspended {
			ensure!(!participant.suspended, Error::<T>::AlreadySuspended);
		} else {
			ensure!(participant.suspended, Error::<T>::NotSuspended);
		}
		participant.suspended = suspended;
		Participants::<T>::insert(&who, participant);
		Self::deposit_event(if suspended {
			Event::ParticipantSuspended { who }
		} else {
			Event::ParticipantReinstated { who }
		});
		Ok(())
	}

	/// Ensures every prefix is 4 to 12 digits, listed once, and owned by nobody but `who`.
	fn ensure_prefixes_available(
		who: &T::AccountId,
		prefixes: &CompanyPrefixesOf<T>,
	) -> Result<(), Error<T>> {
		for (position, prefix) in prefixes.iter().enumerate() {
			trace_gs1::validate_company_prefix(prefix)
				.map_err(|_| Error::<T>::InvalidCompanyPrefix)?;
			ensure!(
				!prefixes.iter().take(position).any(|earlier| earlier == prefix),
				Error::<T>::PrefixTaken
			);
			if let Some(owner) = CompanyPrefixOwners::<T>::get(prefix) {
				ensure!(owner == *who, Error::<T>::PrefixTaken);
			}
		}
		Ok(())
	}

	/// The record of `who` if it is an admitted, not suspended participant.
	pub(crate) fn ensure_participant(who: &T::AccountId) -> Result<Participant<T>, Error<T>> {
		let participant = Participants::<T>::get(who).ok_or(Error::<T>::NotAdmitted)?;
		ensure!(!participant.suspended, Error::<T>::Suspended);
		Ok(participant)
	}

	/// The record of `who` if it is an admitted, not suspended participant with `role`.
	pub(crate) fn ensure_role(who: &T::AccountId, role: Roles) -> Result<Participant<T>, Error<T>> {
		let participant = Self::ensure_participant(who)?;
		ensure!(participant.roles.contains(role), Error::<T>::MissingRole);
		Ok(participant)
	}
}

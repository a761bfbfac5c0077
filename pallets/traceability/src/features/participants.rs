//! Participants: admission, updates and suspension by governance, and the checks every
//! signed call starts with.

use crate::{
	CompanyPrefix, CompanyPrefixOwners, CompanyPrefixesOf, Config, Error, Event, Pallet,
	Participant, Participants, PrefixStems, Roles, TextOf,
};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure};
use sp_runtime::ArithmeticError;

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
		Participants::<T>::count().checked_add(1).ok_or(ArithmeticError::Overflow)?;

		for prefix in &company_prefixes {
			Self::claim_prefix(prefix, &who);
		}
		let participant = Participant {
			roles,
			name,
			company_prefixes,
			suspended: false,
			admitted_at: frame_system::Pallet::<T>::block_number(),
		};
		Participants::<T>::insert(&who, participant);
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
				Self::release_prefix(old);
			}
		}
		for prefix in &company_prefixes {
			if !participant.company_prefixes.contains(prefix) {
				Self::claim_prefix(prefix, &who);
			}
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

	/// Ensures every prefix is 4 to 12 digits, listed once, owned by nobody but `who`, and
	/// overlaps no other prefix: none starts with another (`8012345` under `8012`), whoever
	/// holds them. GS1 allocates prefixes that never overlap; an overlap would let the holder
	/// of the shorter one register GTINs that belong to the holder of the longer one, so it is
	/// refused in either order of admission. `who`'s own current prefixes do not count against
	/// it: those it keeps are checked within the list, those it drops are released.
	fn ensure_prefixes_available(
		who: &T::AccountId,
		prefixes: &CompanyPrefixesOf<T>,
	) -> Result<(), Error<T>> {
		let own: Vec<CompanyPrefix> = Participants::<T>::get(who)
			.map(|participant| participant.company_prefixes.into_inner())
			.unwrap_or_default();
		for (position, prefix) in prefixes.iter().enumerate() {
			trace_gs1::validate_company_prefix(prefix)
				.map_err(|_| Error::<T>::InvalidCompanyPrefix)?;
			for earlier in prefixes.iter().take(position) {
				ensure!(earlier != prefix, Error::<T>::PrefixTaken);
				ensure!(
					!earlier.starts_with(prefix) && !prefix.starts_with(earlier),
					Error::<T>::PrefixOverlaps
				);
			}
			if let Some(owner) = CompanyPrefixOwners::<T>::get(prefix) {
				ensure!(owner == *who, Error::<T>::PrefixTaken);
			}
			for stem in Self::stems(prefix) {
				if let Some(owner) = CompanyPrefixOwners::<T>::get(&stem) {
					ensure!(owner == *who, Error::<T>::PrefixOverlaps);
				}
			}
			let own_longer = own
				.iter()
				.filter(|mine| mine.len() > prefix.len() && mine.starts_with(prefix))
				.count();
			let longer = PrefixStems::<T>::get(prefix) as usize;
			ensure!(longer.saturating_sub(own_longer) == 0, Error::<T>::PrefixOverlaps);
		}
		Ok(())
	}

	/// The proper leading parts of `prefix` that are company prefixes themselves (at least 4
	/// digits): at most 8 of them.
	pub(crate) fn stems(prefix: &CompanyPrefix) -> Vec<CompanyPrefix> {
		(trace_gs1::MIN_COMPANY_PREFIX_LEN..prefix.len())
			.filter_map(|len| prefix.get(..len))
			.filter_map(|stem| CompanyPrefix::try_from(stem.to_vec()).ok())
			.collect()
	}

	/// Records `who` as the owner of `prefix`, and counts `prefix` under each of its stems.
	pub(crate) fn claim_prefix(prefix: &CompanyPrefix, who: &T::AccountId) {
		CompanyPrefixOwners::<T>::insert(prefix, who);
		for stem in Self::stems(prefix) {
			PrefixStems::<T>::mutate(&stem, |count| *count = count.saturating_add(1));
		}
	}

	/// Forgets the owner of `prefix`, and `prefix` under each of its stems.
	pub(crate) fn release_prefix(prefix: &CompanyPrefix) {
		CompanyPrefixOwners::<T>::remove(prefix);
		for stem in Self::stems(prefix) {
			PrefixStems::<T>::mutate_exists(&stem, |count| {
				*count = count.and_then(|count| count.checked_sub(1)).filter(|count| *count > 0);
			});
		}
	}

	/// Ensures `who` is an admitted, not suspended participant with a role that takes custody
	/// ([`Roles::CUSTODY`]): what a custodian or a recipient needs to act on goods.
	pub(crate) fn ensure_custody_role(who: &T::AccountId) -> Result<Participant<T>, Error<T>> {
		let participant = Self::ensure_participant(who)?;
		ensure!(participant.roles.intersects(Roles::CUSTODY), Error::<T>::MissingRole);
		Ok(participant)
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

//! Certifications: certifiers attest products and codes, and revoke their attestations.

use crate::{
	CertSubject, Certification, CertificationCount, Certifications, Config, Error, Event, Moment,
	Pallet, Products, Roles, TextOf,
};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure, traits::Get};
use sp_core::H256;

impl<T: Config> Pallet<T> {
	/// Attests `subject`; see [`Pallet::attest`].
	pub(crate) fn do_attest(
		who: T::AccountId,
		subject: CertSubject,
		digest: H256,
		expires_at: Option<Moment>,
	) -> DispatchResult {
		Self::ensure_role(&who, Roles::CERTIFIER)?;
		match subject {
			CertSubject::Product(gtin) => {
				ensure!(Products::<T>::contains_key(gtin), Error::<T>::ProductNotFound)
			},
			CertSubject::Code(code) => Self::ensure_not_terminal(&Self::code(&code)?)?,
		}
		let now = Self::now();
		ensure!(expires_at.is_none_or(|expiry| expiry > now), Error::<T>::ExpiryInPast);
		let latest = now.saturating_add(T::MaxCertificationValidity::get());
		ensure!(expires_at.is_none_or(|expiry| expiry <= latest), Error::<T>::ExpiryTooFar);
		let count = if Certifications::<T>::contains_key(subject, &who) {
			None
		} else {
			let count = CertificationCount::<T>::get(subject)
				.checked_add(1)
				.ok_or(sp_runtime::ArithmeticError::Overflow)?;
			ensure!(
				count <= T::MaxCertificationsPerSubject::get(),
				Error::<T>::TooManyCertifications
			);
			Some(count)
		};

		if let Some(count) = count {
			Self::hold_deposit(&who, Self::certification_footprint())?;
			CertificationCount::<T>::insert(subject, count);
		}
		let certification = Certification { digest, issued_at: now, expires_at, revoked_at: None };
		Certifications::<T>::insert(subject, &who, certification);
		Self::deposit_event(Event::Attested { subject, certifier: who, digest, expires_at });
		Ok(())
	}

	/// Revokes the certification of `subject` by `who`; see [`Pallet::revoke_certification`].
	///
	/// Needs no certifier role any more: only a certifier can have attested, and a certifier
	/// whose role was taken away must still be able to retract.
	pub(crate) fn do_revoke_certification(
		who: T::AccountId,
		subject: CertSubject,
	) -> DispatchResult {
		Self::ensure_participant(&who)?;
		let mut certification =
			Certifications::<T>::get(subject, &who).ok_or(Error::<T>::CertificationNotFound)?;
		ensure!(certification.revoked_at.is_none(), Error::<T>::AlreadyRevoked);

		certification.revoked_at = Some(Self::now());
		Certifications::<T>::insert(subject, &who, certification);
		Self::deposit_event(Event::CertificationRevoked { subject, certifier: who });
		Ok(())
	}

	/// Governance revokes the certification of `subject` by `certifier`; see
	/// [`Pallet::force_revoke_certification`].
	pub(crate) fn do_force_revoke_certification(
		subject: CertSubject,
		certifier: T::AccountId,
		reason: TextOf<T>,
	) -> DispatchResult {
		let mut certification = Certifications::<T>::get(subject, &certifier)
			.ok_or(Error::<T>::CertificationNotFound)?;
		ensure!(certification.revoked_at.is_none(), Error::<T>::AlreadyRevoked);

		certification.revoked_at = Some(Self::now());
		Certifications::<T>::insert(subject, &certifier, certification);
		Self::deposit_event(Event::CertificationRevokedByGovernance { subject, certifier, reason });
		Ok(())
	}

	/// Every certification of `subject` with its certifier.
	pub fn certifications_of(subject: &CertSubject) -> Vec<(T::AccountId, Certification)> {
		Certifications::<T>::iter_prefix(subject).collect()
	}
}

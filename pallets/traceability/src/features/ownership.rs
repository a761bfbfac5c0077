//! Ownership: the owner of a claimed item passes it on to a next owner in two steps (offer,
//! then acceptance), or hands a new claim secret over to the next buyer. Every step is signed
//! by the acting account over [`ownership_payload`] and needs no tokens.

use crate::{
	ownership_payload, BizStep, ClaimRecord, CodeId, CodeStatus, Config, Disposition, Error, Event,
	OwnershipAction, OwnershipOffer, OwnershipOffers, Pallet, TraceCode, TraceEvent,
};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure};
use sp_core::sr25519;
use sp_runtime::traits::Verify;

/// What the checks of a pending offer return: the code's record, its owner and the offer.
type CheckedOffer<T> = (TraceCode<T>, <T as frame_system::Config>::AccountId, OwnershipOffer<T>);

impl<T: Config> Pallet<T> {
	/// Offers a claimed item to a next owner; see [`Pallet::propose_ownership_transfer`].
	pub(crate) fn do_propose_ownership_transfer(
		code: CodeId,
		to: T::AccountId,
		signature: T::OwnerSignature,
	) -> DispatchResult {
		let (record, owner) = Self::check_propose_ownership_transfer(&code, &to, &signature)?;

		let event = TraceEvent {
			counterparty: Some(to.clone()),
			..Self::trace_event(
				BizStep::OfferingOwnership,
				Disposition::OwnershipOffered,
				owner.clone(),
			)
		};
		OwnershipOffers::<T>::insert(
			code,
			OwnershipOffer { to: to.clone(), offered_at: event.block },
		);
		Self::record_step(code, record, event, Event::OwnershipOffered { code, owner, to })
	}

	/// Accepts an offer; see [`Pallet::accept_ownership`].
	pub(crate) fn do_accept_ownership(
		code: CodeId,
		signature: T::OwnerSignature,
	) -> DispatchResult {
		let (mut record, from, offer) = Self::check_accept_ownership(&code, &signature)?;

		let to = offer.to;
		let event = TraceEvent {
			counterparty: Some(from.clone()),
			..Self::trace_event(BizStep::AcceptingOwnership, Disposition::Claimed, to.clone())
		};
		record.claim = Some(ClaimRecord { by: to.clone(), at: event.at, block: event.block });
		OwnershipOffers::<T>::remove(code);
		Self::record_step(code, record, event, Event::OwnershipTransferred { code, from, to })
	}

	/// Withdraws an offer; see [`Pallet::cancel_ownership_transfer`].
	pub(crate) fn do_cancel_ownership_transfer(
		code: CodeId,
		signature: T::OwnerSignature,
	) -> DispatchResult {
		let (record, owner, offer) = Self::check_cancel_ownership_transfer(&code, &signature)?;

		let to = offer.to;
		let event = TraceEvent {
			counterparty: Some(to.clone()),
			..Self::trace_event(
				BizStep::CancellingOwnershipOffer,
				Disposition::Claimed,
				owner.clone(),
			)
		};
		OwnershipOffers::<T>::remove(code);
		Self::record_step(code, record, event, Event::OwnershipOfferCancelled { code, owner, to })
	}

	/// Hands a new claim secret over; see [`Pallet::hand_over_claim_secret`].
	pub(crate) fn do_hand_over_claim_secret(
		code: CodeId,
		claim_key: sr25519::Public,
		signature: T::OwnerSignature,
	) -> DispatchResult {
		let (mut record, owner) =
			Self::check_hand_over_claim_secret(&code, &claim_key, &signature)?;

		record.claim_key = Some(claim_key);
		record.claim = None;
		record.status = CodeStatus::Sold;
		let event = Self::trace_event(
			BizStep::HandingOverClaimSecret,
			Disposition::RetailSold,
			owner.clone(),
		);
		Self::record_step(
			code,
			record,
			event,
			Event::ClaimSecretHandedOver { code, owner, claim_key },
		)
	}

	/// Everything an offer needs, checked for both the pool
	/// ([`Pallet::authorize_propose_ownership_transfer`]) and the dispatch: the code has an
	/// owner, no offer is pending, `to` is someone else, the history has room for the offer and
	/// its resolution, and `signature` is the owner's. Returns the record and the owner.
	pub(crate) fn check_propose_ownership_transfer(
		code: &CodeId,
		to: &T::AccountId,
		signature: &T::OwnerSignature,
	) -> Result<(TraceCode<T>, T::AccountId), Error<T>> {
		let record = Self::code(code)?;
		let owner = Self::owner_of(&record)?;
		ensure!(!OwnershipOffers::<T>::contains_key(code), Error::<T>::OwnershipOfferPending);
		ensure!(*to != owner, Error::<T>::SelfTransfer);
		Self::ensure_history_room(&record, BizStep::OfferingOwnership)?;
		let action = OwnershipAction::Offer { to: to.clone() };
		Self::ensure_signed_by(&owner, code, &action, record.event_count, signature)?;
		Ok((record, owner))
	}

	/// Everything an acceptance needs, for the pool and the dispatch: an offer is pending and
	/// `signature` is its proposed next owner's. Returns the record, the owner and the offer.
	pub(crate) fn check_accept_ownership(
		code: &CodeId,
		signature: &T::OwnerSignature,
	) -> Result<CheckedOffer<T>, Error<T>> {
		let (record, owner, offer) = Self::pending_offer(code, BizStep::AcceptingOwnership)?;
		let action = OwnershipAction::Accept { from: owner.clone() };
		Self::ensure_signed_by(&offer.to, code, &action, record.event_count, signature)?;
		Ok((record, owner, offer))
	}

	/// Everything a cancellation needs, for the pool and the dispatch: an offer is pending and
	/// `signature` is the owner's. Returns the record, the owner and the offer.
	pub(crate) fn check_cancel_ownership_transfer(
		code: &CodeId,
		signature: &T::OwnerSignature,
	) -> Result<CheckedOffer<T>, Error<T>> {
		let (record, owner, offer) = Self::pending_offer(code, BizStep::CancellingOwnershipOffer)?;
		let action = OwnershipAction::Cancel { to: offer.to.clone() };
		Self::ensure_signed_by(&owner, code, &action, record.event_count, signature)?;
		Ok((record, owner, offer))
	}

	/// The code's record, its owner and the pending offer of it, with history room for `step`,
	/// the offer's resolution: what an acceptance and a cancellation both check before the
	/// signature.
	fn pending_offer(code: &CodeId, step: BizStep) -> Result<CheckedOffer<T>, Error<T>> {
		let record = Self::code(code)?;
		let owner = Self::owner_of(&record)?;
		let offer = OwnershipOffers::<T>::get(code).ok_or(Error::<T>::NoOwnershipOffer)?;
		Self::ensure_history_room(&record, step)?;
		Ok((record, owner, offer))
	}

	/// Everything a hand-over of the claim secret needs, for the pool and the dispatch: the
	/// code has an owner, no offer is pending, `claim_key` is new, the history has room for the
	/// hand-over and the next claim, and `signature` is the owner's. Returns the record and
	/// the owner.
	pub(crate) fn check_hand_over_claim_secret(
		code: &CodeId,
		claim_key: &sr25519::Public,
		signature: &T::OwnerSignature,
	) -> Result<(TraceCode<T>, T::AccountId), Error<T>> {
		let record = Self::code(code)?;
		let owner = Self::owner_of(&record)?;
		ensure!(!OwnershipOffers::<T>::contains_key(code), Error::<T>::OwnershipOfferPending);
		ensure!(record.claim_key != Some(*claim_key), Error::<T>::ClaimKeyUnchanged);
		Self::ensure_history_room(&record, BizStep::HandingOverClaimSecret)?;
		let action = OwnershipAction::HandOverClaimSecret { claim_key: *claim_key };
		Self::ensure_signed_by(&owner, code, &action, record.event_count, signature)?;
		Ok((record, owner))
	}

	/// The owner of `record`: who claimed it, or whom it was transferred to since. Fails for a
	/// destroyed or decommissioned code, and with [`Error::NotClaimed`] for one nobody owns.
	fn owner_of(record: &TraceCode<T>) -> Result<T::AccountId, Error<T>> {
		Self::ensure_not_terminal(record)?;
		record
			.claim
			.as_ref()
			.map(|claim| claim.by.clone())
			.ok_or(Error::<T>::NotClaimed)
	}

	/// Ensures `signature` is `who`'s over [`Pallet::ownership_message`]`(code, action, nonce)`.
	fn ensure_signed_by(
		who: &T::AccountId,
		code: &CodeId,
		action: &OwnershipAction<T::AccountId>,
		nonce: u32,
		signature: &T::OwnerSignature,
	) -> Result<(), Error<T>> {
		let message = Self::ownership_message(code, action, nonce);
		ensure!(signature.verify(message.as_slice(), who), Error::<T>::BadOwnershipSignature);
		Ok(())
	}

	/// The message the acting account signs for `action` on `code` at `nonce` (the code's
	/// `event_count` when it signs) on this chain: [`ownership_payload`] with the hash of this
	/// chain's genesis block.
	pub fn ownership_message(
		code: &CodeId,
		action: &OwnershipAction<T::AccountId>,
		nonce: u32,
	) -> Vec<u8> {
		ownership_payload(&Self::genesis_hash(), code, action, nonce)
	}

	/// The pending ownership offer of `code`, if any.
	pub fn ownership_offer(code: &CodeId) -> Option<OwnershipOffer<T>> {
		OwnershipOffers::<T>::get(code)
	}
}

//! Claims: a consumer proves possession of the secret hidden in the packaging, once.

use crate::{
	claim_payload, BizStep, ClaimRecord, CodeId, CodeStatus, Codes, Config, Disposition, Error,
	Event, Pallet, TraceCode,
};
use frame_support::{dispatch::DispatchResult, ensure};
use sp_core::sr25519;

impl<T: Config> Pallet<T> {
	/// Claims `code` for `claimer`; see [`Pallet::claim`].
	pub(crate) fn do_claim(
		code: CodeId,
		claimer: T::AccountId,
		signature: sr25519::Signature,
	) -> DispatchResult {
		let mut record = Self::check_claim(&code, &claimer, &signature)?;

		let event = Self::trace_event(BizStep::Claiming, Disposition::Claimed, claimer.clone());
		let claim = ClaimRecord { by: claimer.clone(), at: event.at, block: event.block };
		Self::append_event(&code, &mut record, event)?;
		record.claim = Some(claim);
		record.status = CodeStatus::Claimed;
		Codes::<T>::insert(code, record);
		Self::deposit_event(Event::Claimed { code, by: claimer });
		Ok(())
	}

	/// Everything a claim needs, checked for both the transaction pool
	/// ([`Pallet::authorize_claim`]) and the dispatch: the code exists, has a claim key, is
	/// unclaimed, active or sold, neither packed nor holding codes, has history room, and `signature` is the claim
	/// key's over [`claim_payload`]`(code, claimer)`. Returns the code's record.
	pub(crate) fn check_claim(
		code: &CodeId,
		claimer: &T::AccountId,
		signature: &sr25519::Signature,
	) -> Result<TraceCode<T>, Error<T>> {
		let record = Self::code(code)?;
		if let Some(refusal) = record.claim_refusal() {
			return Err(refusal);
		}
		let key = record.claim_key.ok_or(Error::<T>::ClaimKeyMissing)?;
		Self::ensure_history_room(&record, BizStep::Claiming)?;
		ensure!(
			sp_io::crypto::sr25519_verify(signature, &claim_payload(code, claimer), &key),
			Error::<T>::BadClaimSignature
		);
		Ok(record)
	}
}

impl<T: Config> TraceCode<T> {
	/// Why this record cannot be claimed, whatever the signature and the history room: no
	/// claim key, claimed already, not active or sold (a pending handover, destroyed,
	/// decommissioned), packed, or holding codes; `None` when it can. The checks of
	/// [`Pallet::check_claim`] on the record itself, in its order, for the node's RPC too.
	pub fn claim_refusal(&self) -> Option<Error<T>> {
		if self.claim_key.is_none() {
			return Some(Error::<T>::ClaimKeyMissing);
		}
		if self.claim.is_some() {
			return Some(Error::<T>::AlreadyClaimed);
		}
		match self.status {
			CodeStatus::Active | CodeStatus::Sold => {},
			CodeStatus::InTransit => return Some(Error::<T>::HandoverPending),
			CodeStatus::Claimed => return Some(Error::<T>::AlreadyClaimed),
			CodeStatus::Destroyed => return Some(Error::<T>::CodeDestroyed),
			CodeStatus::Decommissioned => return Some(Error::<T>::CodeDecommissioned),
		}
		if self.parent.is_some() {
			return Some(Error::<T>::CodePacked);
		}
		if self.children > 0 {
			return Some(Error::<T>::ContainerNotEmpty);
		}
		None
	}
}

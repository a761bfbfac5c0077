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
		let key = record.claim_key.ok_or(Error::<T>::ClaimKeyMissing)?;
		ensure!(record.claim.is_none(), Error::<T>::AlreadyClaimed);
		match record.status {
			CodeStatus::Active | CodeStatus::Sold => {},
			CodeStatus::InTransit => return Err(Error::<T>::HandoverPending),
			CodeStatus::Claimed => return Err(Error::<T>::AlreadyClaimed),
			CodeStatus::Destroyed => return Err(Error::<T>::CodeDestroyed),
			CodeStatus::Decommissioned => return Err(Error::<T>::CodeDecommissioned),
		}
		ensure!(record.parent.is_none(), Error::<T>::CodePacked);
		ensure!(record.children == 0, Error::<T>::ContainerNotEmpty);
		Self::ensure_history_room(&record, BizStep::Claiming)?;
		ensure!(
			sp_io::crypto::sr25519_verify(signature, &claim_payload(code, claimer), &key),
			Error::<T>::BadClaimSignature
		);
		Ok(record)
	}
}

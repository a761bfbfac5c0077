//! Claims: a consumer proves possession of the secret hidden in the packaging, once.

use crate::{
	claim_payload, BizStep, ClaimRecord, CodeId, CodeStatus, Config, Disposition, Error, Event,
	Pallet, TraceCode,
};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::sr25519;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Claims `code` for `claimer`; see [`Pallet::claim`].
	pub(crate) fn do_claim(
		code: CodeId,
		claimer: T::AccountId,
		signature: sr25519::Signature,
	) -> DispatchResult {
		let mut record = Self::check_claim(&code, &claimer, &signature)?;

		let event = Self::trace_event(BizStep::Claiming, Disposition::Claimed, claimer.clone());
		record.claim = Some(ClaimRecord { by: claimer.clone(), at: event.at, block: event.block });
		record.status = CodeStatus::Claimed;
		Self::record_step(code, record, event, Event::Claimed { code, by: claimer })
	}

	/// Everything a claim needs, checked for both the transaction pool
	/// ([`Pallet::authorize_claim`]) and the dispatch: the code exists, has a claim key, is
	/// unclaimed, sold, has history room, and `signature` is
	/// the claim key's over [`Pallet::claim_message`]`(code, claimer)`. Returns the code's
	/// record.
	pub(crate) fn check_claim(
		code: &CodeId,
		claimer: &T::AccountId,
		signature: &sr25519::Signature,
	) -> Result<TraceCode<T>, Error<T>> {
		let record = Self::code(code)?;
		if let Some(refusal) = Self::claim_refusal(&record) {
			return Err(refusal);
		}
		let key = record.claim_key.ok_or(Error::<T>::ClaimKeyMissing)?;
		ensure!(
			sp_io::crypto::sr25519_verify(signature, &Self::claim_message(code, claimer), &key),
			Error::<T>::BadClaimSignature
		);
		Ok(record)
	}

	/// Why `record` cannot be claimed now, whatever the signature: the checks of
	/// [`Pallet::check_claim`] before the signature, in its order ([`TraceCode::claim_refusal`],
	/// then room in the history). `None` when a claim signed with the code's claim key would
	/// succeed. [`crate::TraceReport::claim_refusal`] carries it to clients, so that none of
	/// them restates the rule.
	pub fn claim_refusal(record: &TraceCode<T>) -> Option<Error<T>> {
		record
			.claim_refusal()
			.or_else(|| Self::ensure_history_room(record, BizStep::Claiming).err())
	}

	/// The message the claim key of `code` signs to claim it for `claimer` on this chain:
	/// [`claim_payload`] with the hash of this chain's genesis block.
	pub fn claim_message(code: &CodeId, claimer: &T::AccountId) -> Vec<u8> {
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		claim_payload(&genesis, code, claimer)
	}
}

impl<T: Config> TraceCode<T> {
	/// Why this record cannot be claimed, whatever the signature and the history room: no
	/// claim key, claimed already, not sold yet (in stock, in transit, packed, or holding
	/// codes: a sold code is none of these), destroyed or decommissioned; `None` when it can.
	///
	/// Only a sold item can be claimed: anyone who reaches the hidden secret before the sale
	/// (in a warehouse, at customs) could otherwise claim the item, which would both show the
	/// real buyer "claimed already" and end its journey, since a claimed item cannot be
	/// shipped. The checks of [`Pallet::check_claim`] on the record alone, in its order; see
	/// [`Pallet::claim_refusal`] for all of them but the signature.
	pub fn claim_refusal(&self) -> Option<Error<T>> {
		if self.claim_key.is_none() {
			return Some(Error::<T>::ClaimKeyMissing);
		}
		if self.claim.is_some() {
			return Some(Error::<T>::CodeClaimed);
		}
		match self.status {
			CodeStatus::Sold => {},
			CodeStatus::Active => return Some(Error::<T>::NotSold),
			CodeStatus::InTransit => return Some(Error::<T>::HandoverPending),
			CodeStatus::Claimed => return Some(Error::<T>::CodeClaimed),
			CodeStatus::Destroyed => return Some(Error::<T>::CodeDestroyed),
			CodeStatus::Decommissioned => return Some(Error::<T>::CodeDecommissioned),
		}
		None
	}
}

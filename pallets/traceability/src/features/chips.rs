//! Chips: a merchant registers the public key of the chip embedded in an item; whoever holds
//! the item has the chip sign a challenge bound to a recent block, which a copied label
//! cannot, and may record the scan in the item's history without tokens.

use crate::{
	chip_challenge, verify_chip, BizStep, ChipKey, ChipRecord, ChipSignature, Chips, CodeId,
	CodeStatus, Config, Disposition, Error, Event, Pallet, Roles, TraceCode, TraceEvent,
	CHIP_ACCOUNT_CONTEXT,
};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::{dispatch::DispatchResult, ensure, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedSub, Saturating, TrailingZeroInput, Zero},
	transaction_validity::TransactionLongevity,
	DispatchError, SaturatedConversion,
};

/// What [`Pallet::check_chip_scan`] returns: the code's record, its chip and the challenge.
type CheckedScan<T> = (TraceCode<T>, ChipRecord<T>, Vec<u8>);

impl<T: Config> Pallet<T> {
	/// Registers the chip of a code; see [`Pallet::register_chip`].
	pub(crate) fn do_register_chip(
		who: T::AccountId,
		code: CodeId,
		key: ChipKey,
	) -> DispatchResult {
		Self::ensure_role(&who, Roles::MERCHANT)?;
		let record = Self::code(&code)?;
		ensure!(record.merchant == who, Error::<T>::NotIssuer);
		Self::ensure_not_terminal(&record)?;
		ensure!(record.status != CodeStatus::Sold, Error::<T>::CodeSold);
		ensure!(record.status != CodeStatus::Claimed, Error::<T>::CodeClaimed);
		ensure!(!Chips::<T>::contains_key(code), Error::<T>::ChipAlreadyRegistered);
		ensure!(key.is_well_formed(), Error::<T>::InvalidChipKey);

		let event =
			Self::trace_event(BizStep::RegisteringChip, Disposition::ChipRegistered, who.clone());
		Self::hold_deposit(&who, Self::chip_footprint())?;
		Chips::<T>::insert(code, ChipRecord { key, registered_at: event.at, last_scan: None });
		Self::record_step(code, record, event, Event::ChipRegistered { code, key })
	}

	/// Records a chip scan; see [`Pallet::record_chip_scan`].
	pub(crate) fn do_record_chip_scan(
		code: CodeId,
		block: BlockNumberFor<T>,
		signature: ChipSignature,
	) -> DispatchResult {
		let (record, mut chip, challenge) = Self::check_chip_scan(&code, block, &signature)?;

		let actor = Self::chip_account(&chip.key).ok_or(DispatchError::Corruption)?;
		let event = TraceEvent {
			document: Some(H256::from(sp_io::hashing::blake2_256(&challenge))),
			..Self::trace_event(BizStep::VerifyingChip, Disposition::ChipVerified, actor)
		};
		chip.last_scan = Some(event.block);
		Chips::<T>::insert(code, chip);
		Self::record_step(code, record, event, Event::ChipScanned { code, challenge_block: block })
	}

	/// Everything a recorded scan needs, checked for both the pool
	/// ([`Pallet::authorize_record_chip_scan`]) and the dispatch, cheapest first: the code
	/// exists and is not terminal, has a chip, `block` is before the current block and at most
	/// [`Config::MaxChipChallengeAge`] blocks old with a known hash, no scan was recorded in
	/// the last [`Config::ChipScanInterval`] blocks, the history has room beyond the quarter
	/// scans leave free, and `signature` is the chip's over the challenge. Returns the record,
	/// the chip and the challenge.
	pub(crate) fn check_chip_scan(
		code: &CodeId,
		block: BlockNumberFor<T>,
		signature: &ChipSignature,
	) -> Result<CheckedScan<T>, Error<T>> {
		let record = Self::code(code)?;
		Self::ensure_not_terminal(&record)?;
		let chip = Chips::<T>::get(code).ok_or(Error::<T>::ChipNotRegistered)?;
		let now = frame_system::Pallet::<T>::block_number();
		let age = now
			.checked_sub(&block)
			.filter(|age| !age.is_zero())
			.ok_or(Error::<T>::UnknownChipChallenge)?;
		ensure!(
			age <= BlockNumberFor::<T>::from(T::MaxChipChallengeAge::get()),
			Error::<T>::StaleChipChallenge
		);
		let block_hash = frame_system::Pallet::<T>::block_hash(block);
		ensure!(block_hash != T::Hash::default(), Error::<T>::UnknownChipChallenge);
		if let Some(last) = chip.last_scan {
			ensure!(
				now.saturating_sub(last) >= BlockNumberFor::<T>::from(T::ChipScanInterval::get()),
				Error::<T>::ChipScanTooSoon
			);
		}
		Self::ensure_history_room(&record, BizStep::VerifyingChip)?;
		let challenge = chip_challenge(&Self::genesis_hash(), code, &block_hash);
		ensure!(verify_chip(&chip.key, &challenge, signature), Error::<T>::BadChipSignature);
		Ok((record, chip, challenge))
	}

	/// The bytes the chip of `code` signs to answer for block `block` on this chain:
	/// [`chip_challenge`] with the hash of this chain's genesis block and of `block`, or `None`
	/// if the chain does not know the hash of `block` (the current block, a future one, or one
	/// older than `frame_system`'s `BlockHashCount`).
	pub fn chip_challenge_at(code: &CodeId, block: BlockNumberFor<T>) -> Option<Vec<u8>> {
		let block_hash = frame_system::Pallet::<T>::block_hash(block);
		(block_hash != T::Hash::default())
			.then(|| chip_challenge(&Self::genesis_hash(), code, &block_hash))
	}

	/// The account the scans of the chip `key` are recorded under (the
	/// [`TraceEvent::actor`] of a `verifying_chip` event): decoded from the `blake2_256` of
	/// `(CHIP_ACCOUNT_CONTEXT, key)`, so an account nobody holds a key of, the same for every
	/// scan of the chip, and no one's personal data. `None` only for an account type that does
	/// not decode from 32 bytes followed by zeros.
	pub fn chip_account(key: &ChipKey) -> Option<T::AccountId> {
		let entropy = (CHIP_ACCOUNT_CONTEXT, key).using_encoded(sp_io::hashing::blake2_256);
		T::AccountId::decode(&mut TrailingZeroInput::new(&entropy)).ok()
	}

	/// The chip of `code`, if it has one.
	pub fn chip_of(code: &CodeId) -> Option<ChipRecord<T>> {
		Chips::<T>::get(code)
	}

	/// How many blocks a scan answering for `block` stays valid in the pool: until the
	/// challenge is older than [`Config::MaxChipChallengeAge`], at least one.
	pub(crate) fn chip_scan_longevity(block: BlockNumberFor<T>) -> TransactionLongevity {
		let now = frame_system::Pallet::<T>::block_number();
		let deadline =
			block.saturating_add(BlockNumberFor::<T>::from(T::MaxChipChallengeAge::get()));
		deadline.saturating_sub(now).saturated_into::<u64>().max(1)
	}
}

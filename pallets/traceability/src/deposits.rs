//! Storage deposits: a participant whose call makes the state grow holds a deposit for it on
//! its own balance, so that state growth is paid for by whoever causes it.
//!
//! The price of an addition is [`Config::DepositPerItem`] per storage entry plus
//! [`Config::DepositPerByte`] per byte of the entry's key parts and value at their largest
//! ([`MaxEncodedLen`]): a fixed price per call, known before the call, whatever the text in it.
//! Records are never removed (a destroyed code is the tombstone that keeps its serial from
//! being issued again), so the holds are never released. The merchant's deposit for a code pays
//! in advance for the events nobody else should have to pay for: its destruction or
//! decommissioning and its claim. Governance's calls hold nothing.
//!
//! Consumers hold nothing either: they have no tokens. The merchant who registers a chip holds
//! the deposit of its entry, which every recorded scan then updates in place. What the
//! token-less steps add beyond that goes unpaid, bounded per code: the history events of
//! ownership steps (and of the claims after a handed-over claim secret) and chip scans, at most [`Config::MaxEventsPerCode`] in all (scans leave the
//! last quarter free and come at most one per [`Config::ChipScanInterval`]), and one pending
//! ownership offer, removed when it is resolved.

use crate::{
	BalanceOf, CertSubject, Certification, ChipRecord, CodeId, Config, Gtin, HoldReason, Lot,
	Pallet, Product, Recall, TraceCode, TraceEvent,
};
use codec::MaxEncodedLen;
use frame_support::{
	dispatch::DispatchResult,
	traits::{fungible::MutateHold, Get},
};
use sp_runtime::traits::{Saturating, Zero};

/// What a call adds to the state: storage entries and their size at their largest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Footprint {
	/// Storage entries.
	pub items: u32,
	/// Bytes of their keys' parts and values, each at its [`MaxEncodedLen`].
	pub bytes: u32,
}

impl Footprint {
	/// One entry with key `K` and value `V`.
	pub fn entry<K: MaxEncodedLen, V: MaxEncodedLen>() -> Self {
		let bytes = K::max_encoded_len().saturating_add(V::max_encoded_len());
		Self { items: 1, bytes: u32::try_from(bytes).unwrap_or(u32::MAX) }
	}

	/// `self` and `other` together.
	pub fn and(self, other: Self) -> Self {
		Self {
			items: self.items.saturating_add(other.items),
			bytes: self.bytes.saturating_add(other.bytes),
		}
	}

	/// `n` times `self`.
	pub fn times(self, n: u32) -> Self {
		Self { items: self.items.saturating_mul(n), bytes: self.bytes.saturating_mul(n) }
	}
}

impl<T: Config> Pallet<T> {
	/// The deposit for `footprint`: [`Config::DepositPerItem`] per entry plus
	/// [`Config::DepositPerByte`] per byte, saturating.
	pub fn deposit_of(footprint: Footprint) -> BalanceOf<T> {
		T::DepositPerItem::get()
			.saturating_mul(footprint.items.into())
			.saturating_add(T::DepositPerByte::get().saturating_mul(footprint.bytes.into()))
	}

	/// One event of a code's history.
	pub fn event_footprint() -> Footprint {
		Footprint::entry::<(CodeId, u32), TraceEvent<T>>()
	}

	/// One issued code: its record, its commissioning event and the event that will end it
	/// (destruction or decommissioning, the slot its history always keeps), and for a code with
	/// a claim key the event of its claim, paid in advance so that a consumer claims without
	/// tokens.
	pub fn code_footprint(claimable: bool) -> Footprint {
		Footprint::entry::<CodeId, TraceCode<T>>()
			.and(Self::event_footprint().times(2_u32.saturating_add(u32::from(claimable))))
	}

	/// One registered product (its recall included: recalling it changes the record in place).
	pub fn product_footprint() -> Footprint {
		Footprint::entry::<Gtin, Product<T>>()
	}

	/// One certification (attesting again over a certifier's own one adds nothing).
	pub fn certification_footprint() -> Footprint {
		Footprint::entry::<(CertSubject, T::AccountId), Certification>()
	}

	/// One lot recall.
	pub fn lot_recall_footprint() -> Footprint {
		Footprint::entry::<(Gtin, Lot), Recall<T>>()
	}

	/// One registered chip: its entry (later scans update it in place) and the event of its
	/// registration.
	pub fn chip_footprint() -> Footprint {
		Footprint::entry::<CodeId, ChipRecord<T>>().and(Self::event_footprint())
	}

	/// One item packed in a container: its event and its entry in `Children` (not given back
	/// when it is unpacked).
	pub fn packed_item_footprint() -> Footprint {
		Self::event_footprint().and(Footprint::entry::<(CodeId, CodeId), ()>())
	}

	/// Holds the deposit for `footprint` on `who`'s balance ([`HoldReason::StorageDeposit`]).
	/// Fails with `TokenError::FundsUnavailable` when `who` cannot afford it.
	pub(crate) fn hold_deposit(who: &T::AccountId, footprint: Footprint) -> DispatchResult {
		let amount = Self::deposit_of(footprint);
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::hold(&HoldReason::StorageDeposit.into(), who, amount)
	}
}

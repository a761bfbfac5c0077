//! The append-only history of a code: building trace events and appending them.

use crate::{
	BizStep, CodeId, Codes, Config, Disposition, Error, Event, History, Pallet, TraceCode,
	TraceEvent,
};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure, traits::Get};
use sp_runtime::{ArithmeticError, DispatchError};

impl<T: Config> Pallet<T> {
	/// A trace event of `step` by `actor` at the current block and block time, leaving the
	/// `disposition` it names and every optional field empty.
	pub(crate) fn trace_event(
		step: BizStep,
		disposition: Disposition,
		actor: T::AccountId,
	) -> TraceEvent<T> {
		TraceEvent {
			step,
			disposition,
			actor,
			block: frame_system::Pallet::<T>::block_number(),
			at: Self::now(),
			declared_at: None,
			location: None,
			counterparty: None,
			container: None,
			document: None,
			reason: None,
		}
	}

	/// The history slots `record` may still need for the calls that move it on, whoever acts
	/// in between: one to resolve a pending handover (accept, reject or cancel), one to be
	/// unpacked from its container, one per [`Config::MaxCodesPerCall`] codes packed in it (to
	/// unpack them), and one for its destruction or decommissioning. None for a terminal code.
	pub(crate) fn reserved_slots(record: &TraceCode<T>) -> u32 {
		if record.status.is_terminal() {
			return 0;
		}
		let batch = T::MaxCodesPerCall::get().max(1);
		let unpack = record.children.div_ceil(batch);
		1_u32
			.saturating_add(u32::from(record.pending.is_some()))
			.saturating_add(u32::from(record.parent.is_some()))
			.saturating_add(unpack)
	}

	/// The history slots an inspection or a chip scan may not take: the last quarter of
	/// [`Config::MaxEventsPerCode`] stays for the code's custodians and owners, so no inspector
	/// and no one holding the chip, however many inspections or scans they record, can keep an
	/// item from travelling on or changing hands.
	pub(crate) fn inspection_reserve() -> u32 {
		T::MaxEventsPerCode::get() / 4
	}

	/// The free slots an event of `step` must leave beyond [`Pallet::reserved_slots`]: the
	/// [`Pallet::inspection_reserve`] for inspections and chip scans; one for an ownership
	/// offer (its acceptance or cancellation: no other call that takes a free slot can be made
	/// on an offered item, or it leaves a quarter free) and for a handed-over claim secret (the
	/// next claim); none for the rest.
	pub(crate) fn step_reserve(step: BizStep) -> u32 {
		match step {
			BizStep::Inspecting | BizStep::VerifyingChip => Self::inspection_reserve(),
			BizStep::OfferingOwnership | BizStep::HandingOverClaimSecret => 1,
			_ => 0,
		}
	}

	/// Ensures the history of `record` has room for one more event of `step`, where `record`
	/// is the code as the call leaves it (status, pending handover, container and contents
	/// already changed; `event_count` not yet counting the new event).
	///
	/// The pallet keeps `event_count + reserved_slots <= MaxEventsPerCode` for every code (see
	/// [`Pallet::reserved_slots`]). Every call that moves a code on (accept, reject, cancel,
	/// unpack, destroy, decommission) gives back at least the slot it takes, so it always has
	/// room; every other call needs a free slot beyond the reserve, and some leave more free
	/// ([`Pallet::step_reserve`]).
	pub(crate) fn ensure_history_room(
		record: &TraceCode<T>,
		step: BizStep,
	) -> Result<(), Error<T>> {
		let reserve = Self::step_reserve(step);
		let needed = record
			.event_count
			.saturating_add(1)
			.saturating_add(Self::reserved_slots(record))
			.saturating_add(reserve);
		ensure!(needed <= T::MaxEventsPerCode::get(), Error::<T>::HistoryFull);
		Ok(())
	}

	/// The tail of every call that moves one code on: appends `event` to the history of
	/// `code`, writes `record` back (changed as the call leaves it) and deposits `emitted`.
	pub(crate) fn record_step(
		code: CodeId,
		mut record: TraceCode<T>,
		event: TraceEvent<T>,
		emitted: Event<T>,
	) -> DispatchResult {
		Self::append_event(&code, &mut record, event)?;
		Codes::<T>::insert(code, record);
		Self::deposit_event(emitted);
		Ok(())
	}

	/// Appends `event` to the history of `code` and counts it in `record`, which the caller
	/// has already changed as the call leaves it and writes back afterwards.
	pub(crate) fn append_event(
		code: &CodeId,
		record: &mut TraceCode<T>,
		event: TraceEvent<T>,
	) -> Result<(), DispatchError> {
		Self::ensure_history_room(record, event.step)?;
		let index = record.event_count;
		record.event_count = index.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		History::<T>::insert(code, index, event);
		Ok(())
	}

	/// The history of `code` in order, oldest first; empty for an unknown code.
	pub fn history(code: &CodeId) -> Vec<TraceEvent<T>> {
		let count = Codes::<T>::get(code).map_or(0, |record| record.event_count);
		(0..count).filter_map(|index| History::<T>::get(code, index)).collect()
	}
}

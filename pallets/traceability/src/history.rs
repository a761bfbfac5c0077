//! The append-only history of a code: building trace events and appending them.

use crate::{BizStep, CodeId, Config, Disposition, Error, History, Pallet, TraceCode, TraceEvent};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get};

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

	/// Ensures the history of `record` has room for one more event of `step`.
	///
	/// The last of the [`Config::MaxEventsPerCode`] slots is kept for a terminal step
	/// (destruction, decommissioning), so a full history never keeps an item alive.
	pub(crate) fn ensure_history_room(
		record: &TraceCode<T>,
		step: BizStep,
	) -> Result<(), Error<T>> {
		let limit = T::MaxEventsPerCode::get();
		let limit = if step.is_terminal() { limit } else { limit.saturating_sub(1) };
		ensure!(record.event_count < limit, Error::<T>::HistoryFull);
		Ok(())
	}

	/// Appends `event` to the history of `code` and counts it in `record`, which the caller
	/// writes back.
	pub(crate) fn append_event(
		code: &CodeId,
		record: &mut TraceCode<T>,
		event: TraceEvent<T>,
	) -> Result<(), Error<T>> {
		Self::ensure_history_room(record, event.step)?;
		let index = record.event_count;
		record.event_count = index.checked_add(1).ok_or(Error::<T>::Overflow)?;
		History::<T>::insert(code, index, event);
		Ok(())
	}

	/// The history of `code` in order, oldest first; empty for an unknown code.
	pub fn history(code: &CodeId) -> Vec<TraceEvent<T>> {
		let count = crate::Codes::<T>::get(code).map_or(0, |record| record.event_count);
		(0..count).filter_map(|index| History::<T>::get(code, index)).collect()
	}
}

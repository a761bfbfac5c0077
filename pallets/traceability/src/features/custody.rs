//! Custody: the two-step handover of a code (and of everything packed in it).

use crate::{
	BizStep, CodeId, CodeStatus, Config, Disposition, Error, Event, Location, Moment, Pallet,
	Participants, PendingHandover, Roles, TextOf, TraceEvent,
};
use frame_support::{dispatch::DispatchResult, ensure};

impl<T: Config> Pallet<T> {
	/// Proposes a handover; see [`Pallet::propose_handover`].
	pub(crate) fn do_propose_handover(
		who: T::AccountId,
		code: CodeId,
		to: T::AccountId,
		location: Option<Location<T>>,
		declared_at: Option<Moment>,
	) -> DispatchResult {
		Self::ensure_custody_role(&who)?;
		let mut record = Self::code(&code)?;
		Self::ensure_active(&record)?;
		Self::ensure_custodian(&who, &record)?;
		ensure!(to != who, Error::<T>::SelfHandover);
		Self::ensure_recipient(&to)?;
		Self::ensure_whereabouts(&location, declared_at)?;

		record.status = CodeStatus::InTransit;
		record.pending = Some(PendingHandover {
			to: to.clone(),
			proposed_at: frame_system::Pallet::<T>::block_number(),
		});
		let event = TraceEvent {
			location: location.clone(),
			declared_at,
			counterparty: Some(to.clone()),
			..Self::trace_event(BizStep::Shipping, Disposition::InTransit, who.clone())
		};
		Self::hold_deposit(&who, Self::event_footprint())?;
		Self::record_step(
			code,
			record,
			event,
			Event::HandoverProposed { code, from: who, to, location },
		)
	}

	/// Accepts a handover; see [`Pallet::accept_handover`].
	pub(crate) fn do_accept_handover(
		who: T::AccountId,
		code: CodeId,
		location: Option<Location<T>>,
		declared_at: Option<Moment>,
	) -> DispatchResult {
		Self::ensure_custody_role(&who)?;
		let mut record = Self::code(&code)?;
		let pending = record.pending.as_ref().ok_or(Error::<T>::NoPendingHandover)?;
		ensure!(pending.to == who, Error::<T>::NotRecipient);
		Self::ensure_whereabouts(&location, declared_at)?;

		let from = record.custodian.clone();
		record.custodian = who.clone();
		record.status = CodeStatus::Active;
		record.pending = None;
		let event = TraceEvent {
			location: location.clone(),
			declared_at,
			counterparty: Some(from.clone()),
			..Self::trace_event(BizStep::Receiving, Disposition::Active, who.clone())
		};
		Self::hold_deposit(&who, Self::event_footprint())?;
		Self::record_step(
			code,
			record,
			event,
			Event::HandoverAccepted { code, from, to: who, location },
		)
	}

	/// Rejects a handover; see [`Pallet::reject_handover`].
	pub(crate) fn do_reject_handover(
		who: T::AccountId,
		code: CodeId,
		reason: TextOf<T>,
	) -> DispatchResult {
		Self::ensure_custody_role(&who)?;
		let mut record = Self::code(&code)?;
		let pending = record.pending.as_ref().ok_or(Error::<T>::NoPendingHandover)?;
		ensure!(pending.to == who, Error::<T>::NotRecipient);

		let from = record.custodian.clone();
		record.status = CodeStatus::Active;
		record.pending = None;
		let event = TraceEvent {
			counterparty: Some(from.clone()),
			reason: Some(reason.clone()),
			..Self::trace_event(BizStep::VoidShipping, Disposition::Active, who.clone())
		};
		Self::hold_deposit(&who, Self::event_footprint())?;
		Self::record_step(
			code,
			record,
			event,
			Event::HandoverRejected { code, from, to: who, reason },
		)
	}

	/// Withdraws a handover; see [`Pallet::cancel_handover`].
	pub(crate) fn do_cancel_handover(who: T::AccountId, code: CodeId) -> DispatchResult {
		Self::ensure_custody_role(&who)?;
		let mut record = Self::code(&code)?;
		let to = record.pending.as_ref().ok_or(Error::<T>::NoPendingHandover)?.to.clone();
		ensure!(record.custodian == who, Error::<T>::NotCustodian);

		record.status = CodeStatus::Active;
		record.pending = None;
		let event = TraceEvent {
			counterparty: Some(to.clone()),
			..Self::trace_event(BizStep::VoidShipping, Disposition::Active, who.clone())
		};
		Self::hold_deposit(&who, Self::event_footprint())?;
		Self::record_step(code, record, event, Event::HandoverCancelled { code, from: who, to })
	}

	/// Governance moves custody of `code` to `to`; see [`Pallet::force_transfer_custody`].
	pub(crate) fn do_force_transfer_custody(
		code: CodeId,
		to: T::AccountId,
		reason: TextOf<T>,
	) -> DispatchResult {
		let mut record = Self::code(&code)?;
		// A pending handover is what governance may cancel; otherwise the code must be active.
		if record.status != CodeStatus::InTransit {
			Self::ensure_active(&record)?;
		}
		ensure!(record.parent.is_none(), Error::<T>::CodePacked);
		Self::ensure_recipient(&to)?;

		let from = record.custodian.clone();
		let cancelled = record.pending.take().map(|pending| pending.to);
		record.custodian = to.clone();
		record.status = CodeStatus::Active;
		let event = TraceEvent {
			counterparty: Some(from.clone()),
			reason: Some(reason.clone()),
			..Self::trace_event(BizStep::Receiving, Disposition::Active, to.clone())
		};
		Self::record_step(
			code,
			record,
			event,
			Event::CustodyForced { code, from, to, cancelled, reason },
		)
	}

	/// Ensures `to` may receive custody: admitted, not suspended, and a merchant, carrier,
	/// customs or retailer.
	fn ensure_recipient(to: &T::AccountId) -> Result<(), Error<T>> {
		let recipient = Participants::<T>::get(to).ok_or(Error::<T>::RecipientNotAdmitted)?;
		ensure!(!recipient.suspended, Error::<T>::RecipientSuspended);
		ensure!(recipient.roles.intersects(Roles::CUSTODY), Error::<T>::RecipientMissingRole);
		Ok(())
	}
}

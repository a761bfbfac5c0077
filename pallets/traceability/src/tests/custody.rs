//! Custody: two-step handovers.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;

fn propose(who: u64, code: CodeId, to: u64) -> sp_runtime::DispatchResult {
	Traceability::propose_handover(RuntimeOrigin::signed(who), code, to, None, None)
}

fn accept(who: u64, code: CodeId) -> sp_runtime::DispatchResult {
	Traceability::accept_handover(RuntimeOrigin::signed(who), code, None, None)
}

#[test]
fn propose_handover_works() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_ok!(Traceability::propose_handover(
			RuntimeOrigin::signed(MERCHANT),
			bag,
			CARRIER,
			Some(milan()),
			Some(START - 5),
		));

		let code = record(bag);
		assert_eq!(code.status, CodeStatus::InTransit);
		assert_eq!(code.custodian, MERCHANT);
		assert_eq!(code.pending, Some(PendingHandover { to: CARRIER, proposed_at: 1 }));
		let event = last_trace(bag);
		assert_eq!((event.step, event.disposition), (BizStep::Shipping, Disposition::InTransit));
		assert_eq!(event.actor, MERCHANT);
		assert_eq!(event.counterparty, Some(CARRIER));
		assert_eq!(event.location, Some(milan()));
		assert_eq!(event.declared_at, Some(START - 5));
		System::assert_last_event(
			Event::HandoverProposed {
				code: bag,
				from: MERCHANT,
				to: CARRIER,
				location: Some(milan()),
			}
			.into(),
		);
	});
}

#[test]
fn accept_handover_works() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_ok!(propose(MERCHANT, bag, CARRIER));
		next_block();
		assert_ok!(Traceability::accept_handover(
			RuntimeOrigin::signed(CARRIER),
			bag,
			Some(place("Malpensa cargo")),
			None,
		));

		let code = record(bag);
		assert_eq!(code.status, CodeStatus::Active);
		assert_eq!(code.custodian, CARRIER);
		assert_eq!(code.pending, None);
		let event = last_trace(bag);
		assert_eq!((event.step, event.disposition), (BizStep::Receiving, Disposition::Active));
		assert_eq!(event.actor, CARRIER);
		assert_eq!(event.counterparty, Some(MERCHANT));
		assert_eq!(event.at, START + BLOCK_TIME);
		System::assert_last_event(
			Event::HandoverAccepted {
				code: bag,
				from: MERCHANT,
				to: CARRIER,
				location: Some(place("Malpensa cargo")),
			}
			.into(),
		);
	});
}

#[test]
fn a_journey_from_milan_to_a_consumer() {
	build_and_execute(|| {
		let bag = issue_bag();
		hand_over(bag, MERCHANT, CARRIER);
		hand_over(bag, CARRIER, CUSTOMS);
		assert_ok!(Traceability::inspect(
			RuntimeOrigin::signed(CUSTOMS),
			bag,
			InspectionOutcome::Conformant,
			Some(place("Hangzhou bonded warehouse")),
			None,
			Some(H256::repeat_byte(1)),
		));
		hand_over(bag, CUSTOMS, RETAILER);
		assert_ok!(Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None));
		assert_eq!(record(bag).status, CodeStatus::Sold);
		assert_eq!(record(bag).event_count, 9);
	});
}

#[test]
fn only_the_custodian_proposes() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_noop!(propose(CARRIER, bag, CARRIER2), Error::<Test>::NotCustodian);
		hand_over(bag, MERCHANT, CARRIER);
		// The former custodian has no say any more.
		assert_noop!(propose(MERCHANT, bag, CARRIER2), Error::<Test>::NotCustodian);
		assert_noop!(propose(CARRIER, H256::zero(), CARRIER2), Error::<Test>::CodeNotFound);
	});
}

#[test]
fn the_recipient_must_be_able_to_take_custody() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_noop!(propose(MERCHANT, bag, MERCHANT), Error::<Test>::SelfHandover);
		assert_noop!(propose(MERCHANT, bag, OUTSIDER), Error::<Test>::RecipientNotAdmitted);
		assert_noop!(propose(MERCHANT, bag, CERTIFIER2), Error::<Test>::RecipientMissingRole);
		assert_ok!(Traceability::suspend_participant(RuntimeOrigin::root(), CARRIER));
		assert_noop!(propose(MERCHANT, bag, CARRIER), Error::<Test>::RecipientSuspended);
		// Any custody role will do.
		for to in [MERCHANT2, CUSTOMS, RETAILER] {
			assert_ok!(propose(MERCHANT, bag, to));
			assert_ok!(Traceability::cancel_handover(RuntimeOrigin::signed(MERCHANT), bag));
		}
	});
}

#[test]
fn propose_checks_location_and_time() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_noop!(
			Traceability::propose_handover(
				RuntimeOrigin::signed(MERCHANT),
				bag,
				CARRIER,
				Some(place("")),
				None
			),
			Error::<Test>::InvalidLocation
		);
		assert_noop!(
			Traceability::propose_handover(
				RuntimeOrigin::signed(MERCHANT),
				bag,
				CARRIER,
				None,
				Some(START + 1)
			),
			Error::<Test>::DeclaredTimeInFuture
		);
		assert_ok!(propose(MERCHANT, bag, CARRIER));
		assert_noop!(
			Traceability::accept_handover(
				RuntimeOrigin::signed(CARRIER),
				bag,
				Some(place("")),
				None
			),
			Error::<Test>::InvalidLocation
		);
		assert_noop!(
			Traceability::accept_handover(
				RuntimeOrigin::signed(CARRIER),
				bag,
				None,
				Some(START + 1)
			),
			Error::<Test>::DeclaredTimeInFuture
		);
	});
}

#[test]
fn one_handover_at_a_time() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_ok!(propose(MERCHANT, bag, CARRIER));
		assert_noop!(propose(MERCHANT, bag, CARRIER2), Error::<Test>::HandoverPending);
	});
}

#[test]
fn only_the_named_recipient_accepts() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_noop!(accept(CARRIER, bag), Error::<Test>::NoPendingHandover);
		assert_ok!(propose(MERCHANT, bag, CARRIER));
		assert_noop!(accept(CARRIER2, bag), Error::<Test>::NotRecipient);
		assert_noop!(accept(MERCHANT, bag), Error::<Test>::NotRecipient);
		assert_noop!(accept(CARRIER, H256::zero()), Error::<Test>::CodeNotFound);
		assert_ok!(Traceability::suspend_participant(RuntimeOrigin::root(), CARRIER));
		assert_noop!(accept(CARRIER, bag), Error::<Test>::Suspended);
	});
}

#[test]
fn reject_handover_works() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_ok!(propose(MERCHANT, bag, CARRIER));
		assert_ok!(Traceability::reject_handover(
			RuntimeOrigin::signed(CARRIER),
			bag,
			text("damaged")
		));

		let code = record(bag);
		assert_eq!(code.status, CodeStatus::Active);
		assert_eq!(code.custodian, MERCHANT);
		assert_eq!(code.pending, None);
		let event = last_trace(bag);
		assert_eq!((event.step, event.disposition), (BizStep::VoidShipping, Disposition::Active));
		assert_eq!(event.actor, CARRIER);
		assert_eq!(event.reason, Some(text("damaged")));
		System::assert_last_event(
			Event::HandoverRejected {
				code: bag,
				from: MERCHANT,
				to: CARRIER,
				reason: text("damaged"),
			}
			.into(),
		);
	});
}

#[test]
fn only_the_recipient_rejects() {
	build_and_execute(|| {
		let bag = issue_bag();
		let reject =
			|who| Traceability::reject_handover(RuntimeOrigin::signed(who), bag, text("no"));
		assert_noop!(reject(CARRIER), Error::<Test>::NoPendingHandover);
		assert_ok!(propose(MERCHANT, bag, CARRIER));
		assert_noop!(reject(CARRIER2), Error::<Test>::NotRecipient);
		assert_noop!(reject(MERCHANT), Error::<Test>::NotRecipient);
	});
}

#[test]
fn cancel_handover_works() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_ok!(propose(MERCHANT, bag, CARRIER));
		assert_ok!(Traceability::cancel_handover(RuntimeOrigin::signed(MERCHANT), bag));

		let code = record(bag);
		assert_eq!(code.status, CodeStatus::Active);
		assert_eq!(code.custodian, MERCHANT);
		assert_eq!(code.pending, None);
		let event = last_trace(bag);
		assert_eq!((event.step, event.counterparty), (BizStep::VoidShipping, Some(CARRIER)));
		System::assert_last_event(
			Event::HandoverCancelled { code: bag, from: MERCHANT, to: CARRIER }.into(),
		);
		// The recipient cannot accept a cancelled handover.
		assert_noop!(accept(CARRIER, bag), Error::<Test>::NoPendingHandover);
	});
}

#[test]
fn only_the_proposer_cancels() {
	build_and_execute(|| {
		let bag = issue_bag();
		let cancel = |who| Traceability::cancel_handover(RuntimeOrigin::signed(who), bag);
		assert_noop!(cancel(MERCHANT), Error::<Test>::NoPendingHandover);
		assert_ok!(propose(MERCHANT, bag, CARRIER));
		assert_noop!(cancel(CARRIER), Error::<Test>::NotCustodian);
		assert_noop!(cancel(MERCHANT2), Error::<Test>::NotCustodian);
	});
}

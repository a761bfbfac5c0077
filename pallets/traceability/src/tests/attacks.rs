//! Attacks on other participants' goods, one test each, as a hostile participant, certifier or
//! stranger would try them: freezing goods by filling their history, crashing clients with
//! extreme values, squatting GS1 prefixes, acting after a revocation, destroying what a
//! consumer owns, replaying claims, and verdicts that hide red flags. Each test performs the
//! attack and proves it fails.

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	pallet_prelude::{InvalidTransaction, TransactionSource, TransactionValidityError},
	traits::{Authorize, Get},
};
use sp_core::{Pair, H256};
use sp_runtime::{DispatchError, DispatchResult};

fn accept(who: u64, code: CodeId) -> DispatchResult {
	Traceability::accept_handover(RuntimeOrigin::signed(who), code, None, None)
}

fn cancel(who: u64, code: CodeId) -> DispatchResult {
	Traceability::cancel_handover(RuntimeOrigin::signed(who), code)
}

fn inspect(code: CodeId, outcome: InspectionOutcome) -> DispatchResult {
	inspect_as(CUSTOMS, code, outcome)
}

fn destroy(who: u64, code: CodeId) -> DispatchResult {
	Traceability::destroy(RuntimeOrigin::signed(who), code, text("gone"), None, None)
}

fn pack(who: u64, container: CodeId, items: &[CodeId]) -> DispatchResult {
	Traceability::pack(RuntimeOrigin::signed(who), container, codes(items), None)
}

fn unpack(who: u64, container: CodeId, items: &[CodeId]) -> DispatchResult {
	Traceability::unpack(RuntimeOrigin::signed(who), container, codes(items), None)
}

fn set_roles(who: u64, roles: Roles) {
	let participant = Participants::<Test>::get(who).unwrap();
	assert_ok!(Traceability::update_participant(
		RuntimeOrigin::root(),
		who,
		roles,
		participant.name,
		participant.company_prefixes,
	));
}

fn prefixes(list: &[&str]) -> CompanyPrefixesOf<Test> {
	let list: Vec<CompanyPrefix> = list
		.iter()
		.map(|p| CompanyPrefix::try_from(p.as_bytes().to_vec()).unwrap())
		.collect();
	CompanyPrefixesOf::<Test>::try_from(list).unwrap()
}

fn admit_merchant(who: u64, list: &[&str]) -> DispatchResult {
	Traceability::admit_participant(
		RuntimeOrigin::root(),
		who,
		Roles::MERCHANT,
		text("merchant"),
		prefixes(list),
	)
}

fn max_events() -> u32 {
	<Test as Config>::MaxEventsPerCode::get()
}

/// A bag with claim key `claim_pair(1)`, sold by [`RETAILER`].
fn sold_bag() -> CodeId {
	if !Products::<Test>::contains_key(bag()) {
		register_products();
	}
	let key = claim_pair(1).public();
	let bag = issue_items(
		bag(),
		vec![IssueItem { serial: serial("SOLD"), lot: Some(lot("L1")), claim_key: Some(key) }],
	)[0];
	hand_over(bag, MERCHANT, RETAILER);
	assert_ok!(Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None));
	bag
}

fn claim(code: CodeId, claimer: u64, signature: sp_core::sr25519::Signature) -> DispatchResult {
	Traceability::claim(frame_system::RawOrigin::Authorized.into(), code, claimer, signature)
}

// 1. Frozen goods by a full history.

#[test]
fn a_hostile_inspector_cannot_freeze_goods_in_transit() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_ok!(propose(MERCHANT, bag, CARRIER));
		let mut inspections = 0;
		while inspect(bag, InspectionOutcome::Conformant).is_ok() {
			inspections += 1;
		}
		assert_noop!(inspect(bag, InspectionOutcome::Conformant), Error::<Test>::HistoryFull);
		// The inspector stopped short of the quarter kept for the custodians.
		let code = record(bag);
		assert_eq!(inspections, 8);
		assert_eq!(code.event_count + 1 + Traceability::reserved_slots(&code), 13);

		// The goods move on: accepted, handed on twice more, and destroyed at the end.
		assert_ok!(accept(CARRIER, bag));
		assert_ok!(propose(CARRIER, bag, RETAILER));
		assert_ok!(accept(RETAILER, bag));
		assert_ok!(propose(RETAILER, bag, CARRIER2));
		assert_ok!(cancel(RETAILER, bag));
		assert_ok!(destroy(RETAILER, bag));
		assert!(record(bag).event_count <= max_events());
	});
}

#[test]
fn a_pending_handover_can_always_be_resolved_and_a_code_always_destroyed() {
	build_and_execute(|| {
		let bag = issue_bag();
		// The custodian uses up the history with proposals and cancellations...
		loop {
			match propose(MERCHANT, bag, CARRIER) {
				Ok(()) => {},
				Err(error) => {
					assert_eq!(error, Error::<Test>::HistoryFull.into());
					break;
				},
			}
			// ...and at the tightest point the recipient can still reject, the custodian still
			// cancel.
			let resolve: fn(CodeId) -> DispatchResult = if record(bag).event_count.is_multiple_of(4)
			{
				|bag| Traceability::reject_handover(RuntimeOrigin::signed(CARRIER), bag, text("no"))
			} else {
				|bag| cancel(MERCHANT, bag)
			};
			assert_ok!(resolve(bag));
		}
		assert_eq!(record(bag).event_count, max_events() - 1);
		assert_ok!(destroy(MERCHANT, bag));
		assert_eq!(record(bag).event_count, max_events());
	});
}

#[test]
fn a_reusable_container_can_always_be_emptied_and_destroyed() {
	build_and_execute(|| {
		let case = issue_cases(&["CASE"])[0];
		let bags = issue_bags(&["B1", "B2", "B3"]);
		let mut cycles = 0;
		loop {
			match pack(MERCHANT, case, &bags) {
				Ok(()) => {},
				Err(error) => {
					assert_eq!(error, Error::<Test>::HistoryFull.into());
					break;
				},
			}
			cycles += 1;
			// Each bag has a history of its own, which fills faster only if it is packed more.
			assert_ok!(unpack(MERCHANT, case, &bags));
		}
		assert!(cycles > 0);
		assert_ok!(destroy(MERCHANT, case));
		for bag in bags {
			assert_ok!(destroy(MERCHANT, bag));
		}
	});
}

#[test]
fn an_item_packed_with_its_last_free_slot_can_still_be_unpacked() {
	build_and_execute(|| {
		let case = issue_cases(&["CASE"])[0];
		let bag = issue_bag();
		// Fill the bag's history until packing it is the last thing it has room for.
		while record(bag).event_count + 1 + 2 < max_events() {
			assert_ok!(propose(MERCHANT, bag, CARRIER));
			assert_ok!(cancel(MERCHANT, bag));
		}
		assert_ok!(pack(MERCHANT, case, &[bag]));
		let packed = record(bag);
		assert_eq!(packed.event_count + Traceability::reserved_slots(&packed), max_events());
		// The container travels; the item comes out at the end and is destroyed.
		assert_ok!(propose(MERCHANT, case, CARRIER));
		assert_ok!(accept(CARRIER, case));
		assert_ok!(unpack(CARRIER, case, &[bag]));
		assert_ok!(destroy(CARRIER, bag));
		assert_eq!(record(bag).event_count, max_events());
	});
}

#[test]
fn a_nearly_full_container_is_emptied_in_one_batch() {
	build_and_execute(|| {
		let case = issue_cases(&["CASE"])[0];
		let bags = issue_bags(&["B1", "B2", "B3"]);
		while record(case).event_count + 1 + 2 < max_events() {
			assert_ok!(propose(MERCHANT, case, CARRIER));
			assert_ok!(cancel(MERCHANT, case));
		}
		assert_ok!(pack(MERCHANT, case, &bags));
		let full = record(case);
		assert_eq!(full.event_count + Traceability::reserved_slots(&full), max_events());
		// Taking one bag out would use the slot kept for emptying the container...
		assert_noop!(unpack(MERCHANT, case, &bags[..1]), Error::<Test>::HistoryFull);
		// ...taking them all out in one call is what that slot is for.
		assert_ok!(unpack(MERCHANT, case, &bags));
		assert_ok!(destroy(MERCHANT, case));
	});
}

#[test]
fn governance_moves_goods_whose_custodian_cannot_act() {
	build_and_execute(|| {
		let bag = issue_bag();
		hand_over(bag, MERCHANT, CARRIER);
		assert_ok!(propose(CARRIER, bag, RETAILER));
		assert_ok!(Traceability::suspend_participant(RuntimeOrigin::root(), CARRIER));
		assert_noop!(cancel(CARRIER, bag), Error::<Test>::Suspended);

		let force = |code, to| {
			Traceability::force_transfer_custody(RuntimeOrigin::root(), code, to, text("bankrupt"))
		};
		assert_noop!(
			Traceability::force_transfer_custody(
				RuntimeOrigin::signed(MERCHANT),
				bag,
				CARRIER2,
				text("mine")
			),
			DispatchError::BadOrigin
		);
		assert_noop!(force(H256::zero(), CARRIER2), Error::<Test>::CodeNotFound);
		assert_noop!(force(bag, OUTSIDER), Error::<Test>::RecipientNotAdmitted);
		assert_noop!(force(bag, CERTIFIER2), Error::<Test>::RecipientMissingRole);
		assert_noop!(force(bag, CARRIER), Error::<Test>::RecipientSuspended);

		assert_ok!(force(bag, CARRIER2));
		let code = record(bag);
		assert_eq!(
			(code.custodian, code.status, code.pending),
			(CARRIER2, CodeStatus::Active, None)
		);
		let event = last_trace(bag);
		assert_eq!(
			(event.step, event.actor, event.counterparty),
			(BizStep::Receiving, CARRIER2, Some(CARRIER))
		);
		assert_eq!(event.reason, Some(text("bankrupt")));
		System::assert_last_event(
			Event::CustodyForced {
				code: bag,
				from: CARRIER,
				to: CARRIER2,
				cancelled: Some(RETAILER),
				reason: text("bankrupt"),
			}
			.into(),
		);
		assert_ok!(propose(CARRIER2, bag, RETAILER));

		// Packed, sold, claimed and terminal codes are refused.
		let case = issue_cases(&["CASE"])[0];
		let inner = issue_bags(&["INNER"])[0];
		assert_ok!(pack(MERCHANT, case, &[inner]));
		assert_noop!(force(inner, CARRIER2), Error::<Test>::CodePacked);
		let sold = sold_bag();
		assert_noop!(force(sold, CARRIER2), Error::<Test>::CodeSold);
		assert_ok!(claim(
			sold,
			CONSUMER,
			claim_pair(1).sign(&Traceability::claim_message(&sold, &CONSUMER))
		));
		assert_noop!(force(sold, CARRIER2), Error::<Test>::CodeClaimed);
		let gone = issue_bags(&["GONE"])[0];
		assert_ok!(destroy(MERCHANT, gone));
		assert_noop!(force(gone, CARRIER2), Error::<Test>::CodeDestroyed);
		let void = issue_bags(&["VOID"])[0];
		assert_ok!(Traceability::decommission(RuntimeOrigin::signed(MERCHANT), void, text("x")));
		assert_noop!(force(void, CARRIER2), Error::<Test>::CodeDecommissioned);
	});
}

// 2. One certifier crashes the page for a whole product.

#[test]
fn a_certifier_cannot_set_an_expiry_no_client_can_show() {
	build_and_execute(|| {
		register_products();
		let subject = CertSubject::Product(bag());
		let attest = |expiry| {
			Traceability::attest(
				RuntimeOrigin::signed(CERTIFIER),
				subject,
				H256::repeat_byte(3),
				Some(expiry),
			)
		};
		let validity: u64 = <Test as Config>::MaxCertificationValidity::get();
		assert_noop!(attest(u64::MAX), Error::<Test>::ExpiryTooFar);
		assert_noop!(attest(START + validity + 1), Error::<Test>::ExpiryTooFar);
		assert_ok!(attest(START + validity));
		assert_eq!(
			Certifications::<Test>::get(subject, CERTIFIER).and_then(|c| c.expires_at),
			Some(START + validity)
		);
	});
}

// 3. GS1 prefix squatting.

#[test]
fn a_shorter_prefix_cannot_squat_a_longer_one() {
	build_and_execute(|| {
		// MERCHANT owns 4006381; a newcomer asks for 4006, which would cover its GTINs.
		assert_noop!(admit_merchant(OUTSIDER, &["4006"]), Error::<Test>::PrefixOverlaps);
		// Nor can another merchant widen its prefixes over it.
		assert_noop!(
			Traceability::update_participant(
				RuntimeOrigin::root(),
				MERCHANT2,
				Roles::MERCHANT,
				text("Second merchant"),
				prefixes(&["9506000", "40063"]),
			),
			Error::<Test>::PrefixOverlaps
		);
	});
}

#[test]
fn a_longer_prefix_cannot_be_carved_out_of_a_shorter_one() {
	build_and_execute(|| {
		assert_noop!(admit_merchant(OUTSIDER, &["400638199"]), Error::<Test>::PrefixOverlaps);
		// The other order: the short prefix first, then the long one.
		assert_ok!(admit_merchant(OUTSIDER, &["1234"]));
		assert_noop!(admit_merchant(CONSUMER, &["1234567"]), Error::<Test>::PrefixOverlaps);
		assert_noop!(admit_merchant(CONSUMER, &["5555", "55551"]), Error::<Test>::PrefixOverlaps);
		// Side by side is fine.
		assert_ok!(admit_merchant(CONSUMER, &["1235", "12330"]));
	});
}

#[test]
fn a_merchant_may_narrow_or_widen_its_own_prefix() {
	build_and_execute(|| {
		let update = |list: &[&str]| {
			Traceability::update_participant(
				RuntimeOrigin::root(),
				MERCHANT,
				Roles::MERCHANT,
				text("Pelletteria Milano"),
				prefixes(list),
			)
		};
		assert_ok!(update(&["40063812", "0614141"]));
		assert_ok!(update(&["400638", "0614141"]));
		assert_eq!(PrefixStems::<Test>::get(CompanyPrefix::try_from(b"4006".to_vec()).unwrap()), 1);
		// The released 4006381 range is not the merchant's stem any more: a newcomer can take a
		// prefix beside it, not under it.
		assert_noop!(admit_merchant(OUTSIDER, &["4006381"]), Error::<Test>::PrefixOverlaps);
		assert_ok!(admit_merchant(OUTSIDER, &["4006390"]));
	});
}

// 4. Revocation that does not revoke.

#[test]
fn a_recipient_whose_role_was_revoked_cannot_accept() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_ok!(propose(MERCHANT, bag, CARRIER));
		set_roles(CARRIER, Roles::CERTIFIER);
		assert_noop!(accept(CARRIER, bag), Error::<Test>::MissingRole);
		assert_noop!(
			Traceability::reject_handover(RuntimeOrigin::signed(CARRIER), bag, text("no")),
			Error::<Test>::MissingRole
		);
		assert_ok!(cancel(MERCHANT, bag));
	});
}

#[test]
fn a_custodian_whose_role_was_revoked_cannot_act_on_the_goods() {
	build_and_execute(|| {
		let bag = issue_bag();
		let case = issue_cases(&["CASE"])[0];
		hand_over(bag, MERCHANT, CARRIER);
		hand_over(case, MERCHANT, CARRIER);
		assert_ok!(propose(CARRIER, bag, RETAILER));
		set_roles(CARRIER, Roles::CERTIFIER);

		assert_noop!(cancel(CARRIER, bag), Error::<Test>::MissingRole);
		assert_noop!(propose(CARRIER, case, RETAILER), Error::<Test>::MissingRole);
		assert_noop!(pack(CARRIER, case, &[bag]), Error::<Test>::MissingRole);
		assert_noop!(unpack(CARRIER, case, &[bag]), Error::<Test>::MissingRole);
		assert_noop!(destroy(CARRIER, case), Error::<Test>::MissingRole);
		// A merchant that lost its role cannot withdraw or recall either.
		set_roles(MERCHANT, Roles::CARRIER);
		let void = Traceability::decommission(RuntimeOrigin::signed(MERCHANT), case, text("x"));
		assert_noop!(void, Error::<Test>::MissingRole);
		assert_noop!(
			Traceability::recall_product(RuntimeOrigin::signed(MERCHANT), mock::bag(), text("r")),
			Error::<Test>::MissingRole
		);
		// Governance moves the goods on.
		assert_ok!(Traceability::force_transfer_custody(
			RuntimeOrigin::root(),
			case,
			CARRIER2,
			text("role revoked")
		));
		assert_ok!(accept(RETAILER, bag));
	});
}

#[test]
fn governance_revokes_any_certification() {
	build_and_execute(|| {
		register_products();
		let subject = CertSubject::Product(bag());
		assert_ok!(Traceability::attest(
			RuntimeOrigin::signed(CERTIFIER),
			subject,
			H256::repeat_byte(3),
			None
		));
		assert_ok!(Traceability::suspend_participant(RuntimeOrigin::root(), CERTIFIER));
		assert_noop!(
			Traceability::revoke_certification(RuntimeOrigin::signed(CERTIFIER), subject),
			Error::<Test>::Suspended
		);
		let force = |certifier| {
			Traceability::force_revoke_certification(
				RuntimeOrigin::root(),
				subject,
				certifier,
				text("false report"),
			)
		};
		assert_noop!(
			Traceability::force_revoke_certification(
				RuntimeOrigin::signed(MERCHANT),
				subject,
				CERTIFIER,
				text("x")
			),
			DispatchError::BadOrigin
		);
		assert_noop!(force(CERTIFIER2), Error::<Test>::CertificationNotFound);
		assert_ok!(force(CERTIFIER));
		System::assert_last_event(
			Event::CertificationRevokedByGovernance {
				subject,
				certifier: CERTIFIER,
				reason: text("false report"),
			}
			.into(),
		);
		let certification = Certifications::<Test>::get(subject, CERTIFIER).unwrap();
		assert_eq!(certification.revoked_at, Some(START));
		assert_noop!(force(CERTIFIER), Error::<Test>::AlreadyRevoked);
	});
}

#[test]
fn governance_lifts_a_recall_and_the_lifting_stays_on_record() {
	build_and_execute(|| {
		register_products();
		let items = vec![
			IssueItem { serial: serial("L1-1"), lot: Some(lot("L1")), claim_key: None },
			IssueItem { serial: serial("L2-1"), lot: Some(lot("L2")), claim_key: None },
		];
		let ids = issue_items(bag(), items);
		let lift = |lot: Option<Lot>| {
			Traceability::lift_recall(RuntimeOrigin::root(), bag(), lot, text("tests passed"))
		};
		assert_noop!(lift(None), Error::<Test>::NotRecalled);
		assert_noop!(
			Traceability::lift_recall(
				RuntimeOrigin::root(),
				gtin("0400638100000"),
				None,
				text("x")
			),
			Error::<Test>::ProductNotFound
		);
		assert_noop!(
			Traceability::lift_recall(RuntimeOrigin::signed(MERCHANT), bag(), None, text("x")),
			DispatchError::BadOrigin
		);

		assert_ok!(Traceability::recall_product(
			RuntimeOrigin::signed(MERCHANT),
			bag(),
			text("glue")
		));
		assert_eq!(Traceability::verify(&ids[0]), Verdict::Recalled);
		assert_ok!(lift(None));
		System::assert_last_event(
			Event::RecallLifted { gtin: bag(), lot: None, reason: text("tests passed") }.into(),
		);
		assert_eq!(Traceability::verify(&ids[0]), Verdict::Genuine);
		assert_noop!(lift(None), Error::<Test>::NotRecalled);

		assert_ok!(Traceability::recall_lot(RuntimeOrigin::root(), bag(), lot("L1"), text("dye")));
		assert_eq!(Traceability::verify(&ids[0]), Verdict::Recalled);
		assert_ok!(lift(Some(lot("L1"))));
		assert_eq!(Traceability::verify(&ids[0]), Verdict::Genuine);

		// Both liftings are on the record of the L1 item; only the product's on the L2 item.
		let report = Traceability::trace_report(&ids[0]).unwrap();
		let lifted: Vec<_> = report
			.lifted_recalls
			.iter()
			.map(|l| (l.lot.clone(), l.recall.reason.clone()))
			.collect();
		assert_eq!(lifted, vec![(None, text("glue")), (Some(lot("L1")), text("dye"))]);
		let other = Traceability::trace_report(&ids[1]).unwrap();
		assert_eq!(other.lifted_recalls.len(), 1);

		// The list is bounded.
		for i in 2..MAX_LIFTED_RECALLS {
			assert_ok!(Traceability::recall_lot(
				RuntimeOrigin::root(),
				bag(),
				lot(&format!("X{i}")),
				text("r")
			));
			assert_ok!(lift(Some(lot(&format!("X{i}")))));
		}
		assert_ok!(Traceability::recall_lot(RuntimeOrigin::root(), bag(), lot("LAST"), text("r")));
		assert_noop!(lift(Some(lot("LAST"))), Error::<Test>::TooManyLiftedRecalls);
	});
}

// 5. A merchant destroys what a consumer owns.

#[test]
fn after_a_sale_nobody_in_the_supply_chain_can_destroy_or_withdraw_the_item() {
	build_and_execute(|| {
		let bag = sold_bag();
		assert_noop!(destroy(MERCHANT, bag), Error::<Test>::CodeSold);
		assert_noop!(destroy(RETAILER, bag), Error::<Test>::CodeSold);
		assert_noop!(
			Traceability::decommission(RuntimeOrigin::signed(MERCHANT), bag, text("x")),
			Error::<Test>::CodeSold
		);
		assert_eq!(Traceability::verify(&bag), Verdict::Genuine);
	});
}

#[test]
fn only_the_owner_of_a_claimed_item_may_report_it_destroyed() {
	build_and_execute(|| {
		let bag = sold_bag();
		let signature = claim_pair(1).sign(&Traceability::claim_message(&bag, &CONSUMER));
		assert_ok!(claim(bag, CONSUMER, signature));
		assert_noop!(destroy(MERCHANT, bag), Error::<Test>::NotOwner);
		assert_noop!(destroy(RETAILER, bag), Error::<Test>::NotOwner);
		assert_noop!(destroy(OUTSIDER, bag), Error::<Test>::NotOwner);
		assert_noop!(
			Traceability::decommission(RuntimeOrigin::signed(MERCHANT), bag, text("x")),
			Error::<Test>::CodeClaimed
		);
		// The consumer is no participant and holds no tokens, yet reports its bag destroyed.
		assert_ok!(destroy(CONSUMER, bag));
		assert_eq!(Traceability::verify(&bag), Verdict::Destroyed);
		assert_eq!(last_trace(bag).actor, CONSUMER);
	});
}

// 10. Claims.

#[test]
fn a_claim_signed_for_another_chain_is_refused() {
	build_and_execute(|| {
		let bag = sold_bag();
		let genesis = System::block_hash(0);
		assert_eq!(
			Traceability::claim_message(&bag, &CONSUMER),
			claim_payload(&genesis, &bag, &CONSUMER)
		);
		let elsewhere = claim_payload(&H256::repeat_byte(9), &bag, &CONSUMER);
		let signature = claim_pair(1).sign(&elsewhere);
		assert_noop!(claim(bag, CONSUMER, signature), Error::<Test>::BadClaimSignature);
	});
}

#[test]
fn an_item_not_sold_yet_cannot_be_claimed() {
	build_and_execute(|| {
		register_products();
		let key = claim_pair(1).public();
		let bag = issue_items(
			bag(),
			vec![IssueItem { serial: serial("W1"), lot: None, claim_key: Some(key) }],
		)[0];
		// A warehouse worker who scratched the label open tries to claim it.
		let signature = claim_pair(1).sign(&Traceability::claim_message(&bag, &OUTSIDER));
		assert_noop!(claim(bag, OUTSIDER, signature), Error::<Test>::NotSold);
		let call = Call::<Test>::claim { code: bag, claimer: OUTSIDER, signature };
		assert_eq!(
			call.authorize(TransactionSource::External).unwrap(),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Call))
		);
		assert!(matches!(record(bag).claim_refusal(), Some(Error::<Test>::NotSold)));
		// The goods travel on.
		assert_ok!(propose(MERCHANT, bag, CARRIER));
	});
}

// 11. Verdicts that hide red flags.

#[test]
fn a_failed_inspection_shows_in_the_verdict() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_ok!(inspect(bag, InspectionOutcome::Conformant));
		assert_eq!(Traceability::verify(&bag), Verdict::Genuine);
		assert_ok!(inspect(bag, InspectionOutcome::NonConformant));
		// A later conformant inspection does not erase the failed one.
		assert_ok!(inspect(bag, InspectionOutcome::Conformant));
		let flagged = Verdict::Flagged { failed_inspection: true, revoked_certification: false };
		assert_eq!(Traceability::verify(&bag), flagged);
		assert_eq!(Traceability::trace_report(&bag).unwrap().verdict, flagged);
		// Worse news still wins.
		assert_ok!(Traceability::recall_product(
			RuntimeOrigin::signed(MERCHANT),
			mock::bag(),
			text("r")
		));
		assert_eq!(Traceability::verify(&bag), Verdict::Recalled);
	});
}

#[test]
fn a_revoked_certificate_shows_in_the_verdict() {
	build_and_execute(|| {
		let bag = issue_bag();
		let subject = CertSubject::Product(mock::bag());
		assert_ok!(Traceability::attest(
			RuntimeOrigin::signed(CERTIFIER),
			subject,
			H256::repeat_byte(3),
			None
		));
		assert_eq!(Traceability::verify(&bag), Verdict::Genuine);
		assert_ok!(Traceability::revoke_certification(RuntimeOrigin::signed(CERTIFIER), subject));
		let flagged = Verdict::Flagged { failed_inspection: false, revoked_certification: true };
		assert_eq!(Traceability::verify(&bag), flagged);
		assert_eq!(Traceability::trace_report(&bag).unwrap().verdict, flagged);
	});
}

#[test]
fn a_recalled_item_cannot_be_sold() {
	build_and_execute(|| {
		register_products();
		let items = vec![IssueItem { serial: serial("R1"), lot: Some(lot("L1")), claim_key: None }];
		let bag = issue_items(bag(), items)[0];
		hand_over(bag, MERCHANT, RETAILER);
		let sell = || Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None);
		assert_ok!(Traceability::recall_lot(
			RuntimeOrigin::root(),
			mock::bag(),
			lot("L1"),
			text("r")
		));
		assert_noop!(sell(), Error::<Test>::LotRecalled);
		assert_ok!(Traceability::lift_recall(
			RuntimeOrigin::root(),
			mock::bag(),
			Some(lot("L1")),
			text("ok")
		));
		assert_ok!(Traceability::recall_product(RuntimeOrigin::root(), mock::bag(), text("r")));
		assert_noop!(sell(), Error::<Test>::ProductRecalled);
		assert_ok!(Traceability::lift_recall(RuntimeOrigin::root(), mock::bag(), None, text("ok")));
		assert_ok!(sell());
	});
}

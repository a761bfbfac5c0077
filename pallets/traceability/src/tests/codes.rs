//! Trace codes: issuance, inspection, sale, destruction, decommissioning and the history.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_core::{Pair, H256};

fn issue(who: u64, gtin: Gtin, items: Vec<IssueItem>) -> sp_runtime::DispatchResult {
	Traceability::issue_codes(
		RuntimeOrigin::signed(who),
		gtin,
		BoundedVec::try_from(items).unwrap(),
		milan(),
		START - 1_000,
		officer(),
	)
}

fn issue_at(location: Location<Test>, purchased_at: Moment) -> sp_runtime::DispatchResult {
	Traceability::issue_codes(
		RuntimeOrigin::signed(MERCHANT),
		bag(),
		BoundedVec::try_from(vec![item("X1")]).unwrap(),
		location,
		purchased_at,
		officer(),
	)
}

#[test]
fn issue_codes_works() {
	build_and_execute(|| {
		register_products();
		let key = claim_pair(1).public();
		let items = vec![
			IssueItem { serial: serial("A1"), lot: Some(lot("LOT-7")), claim_key: Some(key) },
			item("A2"),
			item("A3"),
		];
		assert_ok!(issue(MERCHANT, bag(), items));

		let id = code_id(bag(), "A1");
		let code = record(id);
		assert_eq!(code.gtin, bag());
		assert_eq!(code.serial, serial("A1"));
		assert_eq!(code.lot, Some(lot("LOT-7")));
		assert_eq!(code.merchant, MERCHANT);
		assert_eq!(code.custodian, MERCHANT);
		assert_eq!(code.status, CodeStatus::Active);
		assert_eq!(code.pending, None);
		assert_eq!(code.parent, None);
		assert_eq!(code.claim_key, Some(key));
		assert_eq!(code.claim, None);
		assert_eq!(code.officer_commitment, officer());
		assert_eq!(code.purchase_location, milan());
		assert_eq!(code.purchased_at, START - 1_000);
		assert_eq!(code.issued_at, START);
		assert_eq!(code.event_count, 1);
		assert_eq!(Codes::<Test>::count(), 3);
		assert_eq!(record(code_id(bag(), "A3")).lot, None);

		let history = Traceability::history(&id);
		assert_eq!(history.len(), 1);
		assert_eq!(history[0].step, BizStep::Commissioning);
		assert_eq!(history[0].disposition, Disposition::Active);
		assert_eq!(history[0].actor, MERCHANT);
		assert_eq!(history[0].at, START);
		assert_eq!(history[0].declared_at, Some(START - 1_000));
		assert_eq!(history[0].location, Some(milan()));

		System::assert_has_event(
			Event::CodeIssued { code: id, gtin: bag(), serial: serial("A1"), merchant: MERCHANT }
				.into(),
		);
		System::assert_last_event(
			Event::CodeIssued {
				code: code_id(bag(), "A3"),
				gtin: bag(),
				serial: serial("A3"),
				merchant: MERCHANT,
			}
			.into(),
		);
		assert_eq!(Traceability::code_status(&id), Some(CodeStatus::Active));
		assert_eq!(Traceability::effective_custodian(&id), Some(MERCHANT));
	});
}

#[test]
fn the_key_is_the_canonical_digital_link_path() {
	build_and_execute(|| {
		issue_bags(&["ABC/1"]);
		let path = trace_gs1::canonical_path(&bag(), b"ABC/1");
		assert_eq!(path, b"/01/04006381333931/21/ABC%2F1".to_vec());
		let key = CodeId::from(sp_io::hashing::blake2_256(&path));
		assert!(Codes::<Test>::contains_key(key));
	});
}

#[test]
fn issue_codes_needs_the_products_merchant() {
	build_and_execute(|| {
		register_products();
		assert_noop!(issue(MERCHANT2, bag(), vec![item("A1")]), Error::<Test>::NotIssuer);
		assert_noop!(issue(CARRIER, bag(), vec![item("A1")]), Error::<Test>::MissingRole);
		assert_noop!(issue(MERCHANT, bottle(), vec![item("A1")]), Error::<Test>::ProductNotFound);
	});
}

#[test]
fn issue_codes_checks_the_items() {
	build_and_execute(|| {
		register_products();
		let with_lot = |l: &str| IssueItem {
			serial: serial("A1"),
			lot: Some(Lot::try_from(l.as_bytes().to_vec()).unwrap()),
			claim_key: None,
		};
		assert_noop!(issue(MERCHANT, bag(), vec![]), Error::<Test>::EmptyBatch);
		assert_noop!(issue(MERCHANT, bag(), vec![item("")]), Error::<Test>::InvalidSerial);
		assert_noop!(issue(MERCHANT, bag(), vec![item("A 1")]), Error::<Test>::InvalidSerial);
		assert_noop!(
			issue(MERCHANT, bag(), vec![item("A1"), item("é")]),
			Error::<Test>::InvalidSerial
		);
		assert_noop!(issue(MERCHANT, bag(), vec![with_lot("")]), Error::<Test>::InvalidLot);
		assert_noop!(issue(MERCHANT, bag(), vec![with_lot("L#1")]), Error::<Test>::InvalidLot);
		assert_noop!(
			issue(MERCHANT, bag(), vec![item("A1"), item("A2"), item("A1")]),
			Error::<Test>::DuplicateSerial
		);
	});
}

#[test]
fn issue_codes_checks_location_and_time() {
	build_and_execute(|| {
		register_products();
		assert_noop!(issue_at(place(""), START), Error::<Test>::InvalidLocation);
		let bad_gln = Location { gln: Some(*b"4006381000018"), ..milan() };
		assert_noop!(issue_at(bad_gln, START), Error::<Test>::InvalidLocation);
		let letters_gln = Location { gln: Some(*b"40063810000A7"), ..milan() };
		assert_noop!(issue_at(letters_gln, START), Error::<Test>::InvalidLocation);
		for (latitude, longitude) in
			[(90_000_001, 0), (-90_000_001, 0), (0, 180_000_001), (0, -180_000_001)]
		{
			let off_map =
				Location { coordinates: Some(Coordinates { latitude, longitude }), ..milan() };
			assert_noop!(issue_at(off_map, START), Error::<Test>::InvalidLocation);
		}
		assert_noop!(issue_at(milan(), START + 1), Error::<Test>::PurchaseTimeInFuture);

		// Edge values are fine.
		let edge = Location {
			gln: None,
			coordinates: Some(Coordinates { latitude: -90_000_000, longitude: 180_000_000 }),
			description: text(""),
		};
		assert_ok!(issue_at(edge, START));
	});
}

#[test]
fn a_serial_is_never_issued_twice_not_even_after_destruction() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_noop!(
			issue(MERCHANT, mock::bag(), vec![item("BAG-1")]),
			Error::<Test>::SerialAlreadyIssued
		);

		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(MERCHANT),
			bag,
			text("burnt"),
			None,
			None
		));
		assert_noop!(
			issue(MERCHANT, mock::bag(), vec![item("BAG-1")]),
			Error::<Test>::SerialAlreadyIssued
		);
		// The tombstone stays.
		assert_eq!(record(bag).status, CodeStatus::Destroyed);
		assert_eq!(Codes::<Test>::count(), 1);
	});
}

#[test]
fn issue_codes_checks_the_counter() {
	build_and_execute(|| {
		register_products();
		let count = Codes::<Test>::count();
		set_counter(Codes::<Test>::counter_storage_final_key(), u32::MAX);
		assert_noop!(
			issue(MERCHANT, bag(), vec![item("A1")]),
			sp_runtime::ArithmeticError::Overflow
		);
		set_counter(Codes::<Test>::counter_storage_final_key(), count);
	});
}

#[test]
fn inspect_works() {
	build_and_execute(|| {
		let bag = issue_bag();
		let report = H256::repeat_byte(7);
		assert_ok!(Traceability::inspect(
			RuntimeOrigin::signed(CUSTOMS),
			bag,
			InspectionOutcome::NonConformant,
			Some(place("Hangzhou bonded warehouse")),
			Some(START - 10),
			Some(report),
		));

		let event = last_trace(bag);
		assert_eq!(event.step, BizStep::Inspecting);
		assert_eq!(event.disposition, Disposition::NonConformant);
		assert_eq!(event.actor, CUSTOMS);
		assert_eq!(event.document, Some(report));
		assert_eq!(event.declared_at, Some(START - 10));
		assert_eq!(record(bag).status, CodeStatus::Active);
		System::assert_last_event(
			Event::Inspected {
				code: bag,
				inspector: CUSTOMS,
				outcome: InspectionOutcome::NonConformant,
				document: Some(report),
			}
			.into(),
		);

		// Items in transit can be inspected too.
		assert_ok!(Traceability::propose_handover(
			RuntimeOrigin::signed(MERCHANT),
			bag,
			CARRIER,
			None,
			None
		));
		assert_ok!(Traceability::inspect(
			RuntimeOrigin::signed(CUSTOMS),
			bag,
			InspectionOutcome::Conformant,
			None,
			None,
			None,
		));
		assert_eq!(last_trace(bag).disposition, Disposition::Conformant);
	});
}

#[test]
fn inspect_rejects_bad_input() {
	build_and_execute(|| {
		let bag = issue_bag();
		let inspect = |who, code, location, declared_at| {
			Traceability::inspect(
				RuntimeOrigin::signed(who),
				code,
				InspectionOutcome::Conformant,
				location,
				declared_at,
				None,
			)
		};
		assert_noop!(inspect(CARRIER, bag, None, None), Error::<Test>::MissingRole);
		assert_noop!(inspect(CUSTOMS, H256::zero(), None, None), Error::<Test>::CodeNotFound);
		assert_noop!(inspect(CUSTOMS, bag, Some(place("")), None), Error::<Test>::InvalidLocation);
		assert_noop!(
			inspect(CUSTOMS, bag, None, Some(START + 1)),
			Error::<Test>::DeclaredTimeInFuture
		);
	});
}

#[test]
fn sell_works() {
	build_and_execute(|| {
		let bag = issue_bag();
		hand_over(bag, MERCHANT, RETAILER);
		assert_ok!(Traceability::sell(
			RuntimeOrigin::signed(RETAILER),
			bag,
			Some(place("Shop")),
			None
		));

		assert_eq!(record(bag).status, CodeStatus::Sold);
		assert_eq!(record(bag).custodian, RETAILER);
		let event = last_trace(bag);
		assert_eq!(
			(event.step, event.disposition),
			(BizStep::RetailSelling, Disposition::RetailSold)
		);
		System::assert_last_event(Event::Sold { code: bag, retailer: RETAILER }.into());

		assert_noop!(
			Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None),
			Error::<Test>::CodeSold
		);
		assert_noop!(
			Traceability::propose_handover(
				RuntimeOrigin::signed(RETAILER),
				bag,
				CARRIER,
				None,
				None
			),
			Error::<Test>::CodeSold
		);
	});
}

#[test]
fn sell_needs_a_retailer_holding_the_item() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_noop!(
			Traceability::sell(RuntimeOrigin::signed(MERCHANT), bag, None, None),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None),
			Error::<Test>::NotCustodian
		);
		assert_ok!(Traceability::propose_handover(
			RuntimeOrigin::signed(MERCHANT),
			bag,
			RETAILER,
			None,
			None
		));
		assert_noop!(
			Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None),
			Error::<Test>::HandoverPending
		);
		assert_ok!(Traceability::accept_handover(RuntimeOrigin::signed(RETAILER), bag, None, None));
		assert_noop!(
			Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, Some(START + 1)),
			Error::<Test>::DeclaredTimeInFuture
		);
	});
}

#[test]
fn a_full_container_cannot_be_sold_or_destroyed() {
	build_and_execute(|| {
		let bag = issue_bag();
		let case = issue_cases(&["CASE-1"])[0];
		assert_ok!(Traceability::pack(RuntimeOrigin::signed(MERCHANT), case, codes(&[bag]), None));
		hand_over(case, MERCHANT, RETAILER);
		assert_noop!(
			Traceability::sell(RuntimeOrigin::signed(RETAILER), case, None, None),
			Error::<Test>::ContainerNotEmpty
		);
		assert_noop!(
			Traceability::destroy(RuntimeOrigin::signed(RETAILER), case, text("x"), None, None),
			Error::<Test>::ContainerNotEmpty
		);
		assert_noop!(
			Traceability::decommission(RuntimeOrigin::signed(MERCHANT), case, text("x")),
			Error::<Test>::ContainerNotEmpty
		);
	});
}

#[test]
fn destroy_works_for_the_custodian_and_the_issuer() {
	build_and_execute(|| {
		let [first, second] = issue_bags(&["B1", "B2"])[..] else { unreachable!() };
		hand_over(first, MERCHANT, CARRIER);
		hand_over(second, MERCHANT, CARRIER);

		// The custodian.
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(CARRIER),
			first,
			text("crushed"),
			Some(place("Port")),
			Some(START),
		));
		assert_eq!(record(first).status, CodeStatus::Destroyed);
		let event = last_trace(first);
		assert_eq!((event.step, event.disposition), (BizStep::Destroying, Disposition::Destroyed));
		assert_eq!(event.reason, Some(text("crushed")));
		System::assert_last_event(
			Event::Destroyed { code: first, by: CARRIER, reason: text("crushed") }.into(),
		);

		// The issuing merchant, while someone else holds it.
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(MERCHANT),
			second,
			text("fake"),
			None,
			None
		));
		assert_eq!(Traceability::code_status(&second), Some(CodeStatus::Destroyed));
	});
}

#[test]
fn destroy_rejects_bad_input() {
	build_and_execute(|| {
		let bag = issue_bag();
		let destroy = |who, code| {
			Traceability::destroy(RuntimeOrigin::signed(who), code, text("x"), None, None)
		};
		assert_noop!(destroy(CARRIER, bag), Error::<Test>::NotCustodian);
		assert_noop!(destroy(MERCHANT, H256::zero()), Error::<Test>::CodeNotFound);
		assert_noop!(
			Traceability::destroy(
				RuntimeOrigin::signed(MERCHANT),
				bag,
				text("x"),
				Some(place("")),
				None
			),
			Error::<Test>::InvalidLocation
		);
		assert_ok!(Traceability::propose_handover(
			RuntimeOrigin::signed(MERCHANT),
			bag,
			CARRIER,
			None,
			None
		));
		assert_noop!(destroy(MERCHANT, bag), Error::<Test>::HandoverPending);
	});
}

#[test]
fn a_destroyed_code_refuses_every_later_call() {
	build_and_execute(|| {
		let pair = claim_pair(3);
		register_products();
		let bag = issue_items(
			bag(),
			vec![IssueItem { serial: serial("B"), lot: None, claim_key: Some(pair.public()) }],
		)[0];
		let case = issue_cases(&["C"])[0];
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(MERCHANT),
			bag,
			text("x"),
			None,
			None
		));

		let merchant = || RuntimeOrigin::signed(MERCHANT);
		assert_noop!(
			Traceability::destroy(merchant(), bag, text("x"), None, None),
			Error::<Test>::CodeDestroyed
		);
		assert_noop!(
			Traceability::decommission(merchant(), bag, text("x")),
			Error::<Test>::CodeDestroyed
		);
		assert_noop!(
			Traceability::propose_handover(merchant(), bag, CARRIER, None, None),
			Error::<Test>::CodeDestroyed
		);
		assert_noop!(
			Traceability::pack(merchant(), case, codes(&[bag]), None),
			Error::<Test>::CodeDestroyed
		);
		assert_noop!(
			Traceability::pack(merchant(), bag, codes(&[case]), None),
			Error::<Test>::CodeDestroyed
		);
		assert_noop!(
			Traceability::inspect(
				RuntimeOrigin::signed(CUSTOMS),
				bag,
				InspectionOutcome::Conformant,
				None,
				None,
				None
			),
			Error::<Test>::CodeDestroyed
		);
		assert_noop!(
			Traceability::attest(
				RuntimeOrigin::signed(CERTIFIER),
				CertSubject::Code(bag),
				H256::zero(),
				None
			),
			Error::<Test>::CodeDestroyed
		);
		let signature = pair.sign(&Traceability::claim_message(&bag, &CONSUMER));
		assert_noop!(
			Traceability::claim(
				frame_system::RawOrigin::Authorized.into(),
				bag,
				CONSUMER,
				signature
			),
			Error::<Test>::CodeDestroyed
		);
	});
}

#[test]
fn decommission_works() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_ok!(Traceability::decommission(
			RuntimeOrigin::signed(MERCHANT),
			bag,
			text("misprint")
		));

		assert_eq!(record(bag).status, CodeStatus::Decommissioned);
		let event = last_trace(bag);
		assert_eq!(
			(event.step, event.disposition),
			(BizStep::Decommissioning, Disposition::Inactive)
		);
		System::assert_last_event(
			Event::Decommissioned { code: bag, by: MERCHANT, reason: text("misprint") }.into(),
		);

		let merchant = || RuntimeOrigin::signed(MERCHANT);
		assert_noop!(
			Traceability::decommission(merchant(), bag, text("x")),
			Error::<Test>::CodeDecommissioned
		);
		assert_noop!(
			Traceability::destroy(merchant(), bag, text("x"), None, None),
			Error::<Test>::CodeDecommissioned
		);
		assert_noop!(
			Traceability::propose_handover(merchant(), bag, CARRIER, None, None),
			Error::<Test>::CodeDecommissioned
		);
		assert_noop!(
			Traceability::inspect(
				RuntimeOrigin::signed(CUSTOMS),
				bag,
				InspectionOutcome::Conformant,
				None,
				None,
				None
			),
			Error::<Test>::CodeDecommissioned
		);
	});
}

#[test]
fn decommission_needs_the_issuer() {
	build_and_execute(|| {
		let bag = issue_bag();
		hand_over(bag, MERCHANT, CARRIER);
		assert_noop!(
			Traceability::decommission(RuntimeOrigin::signed(CARRIER), bag, text("x")),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			Traceability::decommission(RuntimeOrigin::signed(MERCHANT2), bag, text("x")),
			Error::<Test>::NotIssuer
		);
		assert_ok!(Traceability::propose_handover(
			RuntimeOrigin::signed(CARRIER),
			bag,
			CARRIER2,
			None,
			None
		));
		assert_noop!(
			Traceability::decommission(RuntimeOrigin::signed(MERCHANT), bag, text("x")),
			Error::<Test>::HandoverPending
		);
	});
}

#[test]
fn the_history_is_bounded_but_destruction_always_fits() {
	build_and_execute(|| {
		let bag = issue_bag();
		let inspect = || {
			Traceability::inspect(
				RuntimeOrigin::signed(CUSTOMS),
				bag,
				InspectionOutcome::Conformant,
				None,
				None,
				None,
			)
		};
		// MaxEventsPerCode is 16: commissioning + 10 inspections, which leave the last quarter
		// (4) and the slot kept for destruction free.
		for _ in 0..10 {
			assert_ok!(inspect());
		}
		assert_eq!(record(bag).event_count, 11);
		assert_noop!(inspect(), Error::<Test>::HistoryFull);
		// The custodians' quarter: a handover and back...
		hand_over(bag, MERCHANT, CARRIER);
		hand_over(bag, CARRIER, MERCHANT);
		assert_eq!(record(bag).event_count, 15);
		// ...then only the slot kept for destruction is left.
		assert_noop!(
			Traceability::propose_handover(
				RuntimeOrigin::signed(MERCHANT),
				bag,
				CARRIER,
				None,
				None
			),
			Error::<Test>::HistoryFull
		);

		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(MERCHANT),
			bag,
			text("x"),
			None,
			None
		));
		assert_eq!(record(bag).event_count, 16);
		let history = Traceability::history(&bag);
		assert_eq!(history.len(), 16);
		assert_eq!(history[0].step, BizStep::Commissioning);
		assert_eq!(history[15].step, BizStep::Destroying);
	});
}

#[test]
fn history_appends_in_order() {
	build_and_execute(|| {
		let bag = issue_bag();
		hand_over(bag, MERCHANT, CARRIER);
		next_block();
		hand_over(bag, CARRIER, RETAILER);
		assert_ok!(Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None));

		let steps: Vec<_> =
			Traceability::history(&bag).iter().map(|e| e.step.as_cbv_str()).collect();
		assert_eq!(
			steps,
			["commissioning", "shipping", "receiving", "shipping", "receiving", "retail_selling"]
		);
		let history = Traceability::history(&bag);
		assert_eq!(history[3].block, 2);
		assert_eq!(history[3].at, START + BLOCK_TIME);
		assert!(Traceability::history(&H256::zero()).is_empty());
		assert_eq!(Traceability::code_status(&H256::zero()), None);
	});
}

#[test]
fn cbv_names() {
	assert_eq!(BizStep::RetailSelling.as_cbv_str(), "retail_selling");
	assert_eq!(BizStep::VoidShipping.as_cbv_str(), "void_shipping");
	assert!(!BizStep::Claiming.is_cbv());
	assert_eq!(Disposition::InTransit.as_cbv_str(), "in_transit");
	assert_eq!(Disposition::NonConformant.as_cbv_str(), "non_conformant");
	assert!(!Disposition::Claimed.is_cbv());
	assert!(is_valid_gln(b"4006381000017"));
	assert!(!is_valid_gln(b"4006381000016"));
}

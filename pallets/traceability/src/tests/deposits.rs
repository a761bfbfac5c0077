//! Storage deposits: every call of a participant that makes the state grow holds its price on
//! the participant's balance; a participant who cannot pay adds nothing; consumers and
//! governance pay nothing.

use crate::{mock::*, *};
use codec::MaxEncodedLen;
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, Mutate},
	BoundedVec,
};
use sp_core::{Pair, H256};
use sp_runtime::TokenError;

/// An account admitted with `roles` and no tokens beyond `balance`.
const POOR: u64 = 50;

fn admit_poor(roles: Roles, balance: u64) {
	let prefixes =
		CompanyPrefixesOf::<Test>::try_from(vec![
			CompanyPrefix::try_from(b"7770001".to_vec()).unwrap()
		])
		.unwrap();
	assert_ok!(Traceability::admit_participant(
		RuntimeOrigin::root(),
		POOR,
		roles,
		text("poor"),
		prefixes
	));
	if balance > 0 {
		assert_ok!(Balances::mint_into(&POOR, balance));
	}
}

fn event_deposit() -> u64 {
	Traceability::deposit_of(Traceability::event_footprint())
}

fn held_event(who: u64, amount: u64) -> RuntimeEvent {
	pallet_balances::Event::Held { reason: HoldReason::StorageDeposit.into(), who, amount }.into()
}

#[test]
fn footprints_are_the_largest_encoded_entries() {
	build_and_execute(|| {
		let event = Traceability::event_footprint();
		assert_eq!(event.items, 1);
		assert_eq!(
			event.bytes as usize,
			CodeId::max_encoded_len()
				+ u32::max_encoded_len()
				+ TraceEvent::<Test>::max_encoded_len()
		);
		let code = Traceability::code_footprint(false);
		assert_eq!(code.items, 3, "record, commissioning and terminal event");
		assert_eq!(
			code.bytes as usize,
			CodeId::max_encoded_len()
				+ TraceCode::<Test>::max_encoded_len()
				+ 2 * event.bytes as usize
		);
		assert_eq!(Traceability::code_footprint(true), code.and(event), "the claim is prepaid");
		assert_eq!(
			Traceability::deposit_of(code),
			DEPOSIT_PER_ITEM * 3 + DEPOSIT_PER_BYTE * u64::from(code.bytes)
		);
	});
}

#[test]
fn issuing_holds_a_deposit_per_code_on_the_merchant() {
	build_and_execute(|| {
		register_products();
		let before = held(MERCHANT);
		let free_before = Balances::balance(&MERCHANT);
		let claimable =
			IssueItem { serial: serial("C-1"), lot: None, claim_key: Some(claim_pair(1).public()) };
		issue_items(bag(), vec![item("P-1"), item("P-2"), claimable]);

		let expected = 2 * Traceability::deposit_of(Traceability::code_footprint(false))
			+ Traceability::deposit_of(Traceability::code_footprint(true));
		assert_eq!(held(MERCHANT) - before, expected);
		assert_eq!(free_before - Balances::balance(&MERCHANT), expected);
		assert!(System::events()
			.iter()
			.any(|record| record.event == held_event(MERCHANT, expected)));
	});
}

#[test]
fn a_merchant_who_cannot_pay_issues_nothing() {
	build_and_execute(|| {
		admit_poor(Roles::MERCHANT, 0);
		let gtin = gtin("0777000100001");
		// Even the product needs its deposit.
		assert_noop!(
			Traceability::register_product(
				RuntimeOrigin::signed(POOR),
				gtin,
				text("Ring"),
				text("jewellery"),
				*b"BE",
				H256::repeat_byte(1),
			),
			TokenError::FundsUnavailable
		);
		// Enough for the product and one code, not for a batch of three.
		let product = Traceability::deposit_of(Traceability::product_footprint());
		let code = Traceability::deposit_of(Traceability::code_footprint(false));
		assert_ok!(Balances::mint_into(&POOR, product + code + 1 + Balances::minimum_balance()));
		assert_ok!(Traceability::register_product(
			RuntimeOrigin::signed(POOR),
			gtin,
			text("Ring"),
			text("jewellery"),
			*b"BE",
			H256::repeat_byte(1),
		));
		let batch = BoundedVec::try_from(vec![item("R-1"), item("R-2"), item("R-3")]).unwrap();
		let count = Codes::<Test>::count();
		assert_noop!(
			Traceability::issue_codes(
				RuntimeOrigin::signed(POOR),
				gtin,
				batch,
				milan(),
				START,
				officer()
			),
			TokenError::FundsUnavailable
		);
		assert_eq!(Codes::<Test>::count(), count);
		assert!(!Codes::<Test>::contains_key(code_id(gtin, "R-1")));
		assert_eq!(held(POOR), product);
	});
}

#[test]
fn an_inspector_pays_for_every_inspection_and_cannot_flood_for_free() {
	build_and_execute(|| {
		let bag = issue_bag();
		let before = held(CUSTOMS);
		assert_ok!(inspect_as(CUSTOMS, bag, InspectionOutcome::Conformant));
		assert_eq!(held(CUSTOMS) - before, event_deposit());

		admit_poor(Roles::CUSTOMS, event_deposit() + Balances::minimum_balance());
		assert_ok!(inspect_as(POOR, bag, InspectionOutcome::Conformant));
		let events = record(bag).event_count;
		assert_noop!(
			inspect_as(POOR, bag, InspectionOutcome::NonConformant),
			TokenError::FundsUnavailable
		);
		assert_eq!(record(bag).event_count, events);
	});
}

#[test]
fn custody_steps_are_paid_by_whoever_signs_them() {
	build_and_execute(|| {
		let bag = issue_bag();
		let (merchant, carrier) = (held(MERCHANT), held(CARRIER));
		hand_over(bag, MERCHANT, CARRIER);
		assert_eq!(held(MERCHANT) - merchant, event_deposit());
		assert_eq!(held(CARRIER) - carrier, event_deposit());

		// A rejection and a cancellation are paid by their signers too.
		assert_ok!(propose(CARRIER, bag, RETAILER));
		let retailer = held(RETAILER);
		assert_ok!(Traceability::reject_handover(
			RuntimeOrigin::signed(RETAILER),
			bag,
			text("damaged")
		));
		assert_eq!(held(RETAILER) - retailer, event_deposit());
		assert_ok!(propose(CARRIER, bag, RETAILER));
		let carrier = held(CARRIER);
		assert_ok!(Traceability::cancel_handover(RuntimeOrigin::signed(CARRIER), bag));
		assert_eq!(held(CARRIER) - carrier, event_deposit());
	});
}

#[test]
fn packing_pays_for_every_event_and_entry_it_adds() {
	build_and_execute(|| {
		let bags = issue_bags(&["B-1", "B-2"]);
		let case = issue_cases(&["CASE-1"])[0];
		let before = held(MERCHANT);
		assert_ok!(Traceability::pack(RuntimeOrigin::signed(MERCHANT), case, codes(&bags), None));
		let packed =
			Traceability::event_footprint().and(Traceability::packed_item_footprint().times(2));
		assert_eq!(held(MERCHANT) - before, Traceability::deposit_of(packed));

		let before = held(MERCHANT);
		assert_ok!(Traceability::unpack(RuntimeOrigin::signed(MERCHANT), case, codes(&bags), None));
		assert_eq!(held(MERCHANT) - before, 3 * event_deposit());
	});
}

#[test]
fn what_was_paid_for_in_advance_costs_nothing_later() {
	build_and_execute(|| {
		register_products();
		let pair = claim_pair(7);
		let bag = issue_items(
			bag(),
			vec![IssueItem { serial: serial("S-1"), lot: None, claim_key: Some(pair.public()) }],
		)[0];
		let other = issue_bags(&["S-2"])[0];
		hand_over(bag, MERCHANT, RETAILER);
		assert_ok!(Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None));

		// The consumer holds no tokens and claims all the same: the merchant paid for it.
		assert_eq!(Balances::balance(&CONSUMER), 0);
		let signature = pair.sign(&Traceability::claim_message(&bag, &CONSUMER));
		assert_ok!(Traceability::claim(
			frame_system::RawOrigin::Authorized.into(),
			bag,
			CONSUMER,
			signature
		));
		assert_eq!(Balances::balance(&CONSUMER), 0);
		assert_eq!(held(CONSUMER), 0);

		// Destruction and decommissioning take the slot the merchant paid for.
		let merchant = held(MERCHANT);
		assert_ok!(Traceability::decommission(
			RuntimeOrigin::signed(MERCHANT),
			other,
			text("lost")
		));
		assert_eq!(held(MERCHANT), merchant);
	});
}

#[test]
fn certifications_and_lot_recalls_are_paid_by_their_authors_and_governance_pays_nothing() {
	build_and_execute(|| {
		register_products();
		let subject = CertSubject::Product(bag());
		let before = held(CERTIFIER);
		assert_ok!(Traceability::attest(
			RuntimeOrigin::signed(CERTIFIER),
			subject,
			H256::repeat_byte(2),
			None
		));
		let certification = Traceability::deposit_of(Traceability::certification_footprint());
		assert_eq!(held(CERTIFIER) - before, certification);
		// Attesting again replaces the certifier's own entry: nothing more is held.
		assert_ok!(Traceability::attest(
			RuntimeOrigin::signed(CERTIFIER),
			subject,
			H256::repeat_byte(3),
			None
		));
		assert_eq!(held(CERTIFIER) - before, certification);

		let before = held(MERCHANT);
		assert_ok!(Traceability::recall_lot(
			RuntimeOrigin::signed(MERCHANT),
			bag(),
			lot("L1"),
			text("dye")
		));
		assert_eq!(
			held(MERCHANT) - before,
			Traceability::deposit_of(Traceability::lot_recall_footprint())
		);
		assert_ok!(Traceability::recall_lot(RuntimeOrigin::root(), bag(), lot("L2"), text("dye")));
		assert_eq!(
			held(MERCHANT) - before,
			Traceability::deposit_of(Traceability::lot_recall_footprint())
		);
	});
}

#[test]
fn a_certifier_who_cannot_pay_attests_nothing() {
	build_and_execute(|| {
		register_products();
		admit_poor(Roles::CERTIFIER, 0);
		let subject = CertSubject::Product(bag());
		assert_noop!(
			Traceability::attest(RuntimeOrigin::signed(POOR), subject, H256::repeat_byte(2), None),
			TokenError::FundsUnavailable
		);
		assert_eq!(CertificationCount::<Test>::get(subject), 0);
	});
}

//! Recalls of products and lots.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_runtime::DispatchError;

#[test]
fn the_merchant_recalls_a_product() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_ok!(Traceability::recall_product(
			RuntimeOrigin::signed(MERCHANT),
			mock::bag(),
			text("lead in dye")
		));

		let recall = Products::<Test>::get(mock::bag()).unwrap().recall.unwrap();
		assert_eq!(recall, Recall { by: Some(MERCHANT), reason: text("lead in dye"), at: START });
		// Every code of the product shows it.
		assert!(Products::<Test>::get(record(bag).gtin).unwrap().recall.is_some());
		System::assert_last_event(
			Event::ProductRecalled {
				gtin: mock::bag(),
				by: Some(MERCHANT),
				reason: text("lead in dye"),
			}
			.into(),
		);

		// No new codes for a recalled product.
		assert_noop!(
			Traceability::issue_codes(
				RuntimeOrigin::signed(MERCHANT),
				mock::bag(),
				BoundedVec::try_from(vec![item("NEW")]).unwrap(),
				milan(),
				START,
				officer(),
			),
			Error::<Test>::ProductRecalled
		);
	});
}

#[test]
fn governance_recalls_any_product() {
	build_and_execute(|| {
		register_products();
		assert_ok!(Traceability::recall_product(
			RuntimeOrigin::root(),
			bag(),
			text("counterfeits")
		));
		assert_eq!(Products::<Test>::get(bag()).unwrap().recall.unwrap().by, None);
		System::assert_last_event(
			Event::ProductRecalled { gtin: bag(), by: None, reason: text("counterfeits") }.into(),
		);
	});
}

#[test]
fn recall_product_rejects_bad_input() {
	build_and_execute(|| {
		register_products();
		let recall = |origin| Traceability::recall_product(origin, bag(), text("x"));
		assert_noop!(recall(RuntimeOrigin::signed(MERCHANT2)), Error::<Test>::NotIssuer);
		assert_noop!(recall(RuntimeOrigin::signed(OUTSIDER)), Error::<Test>::NotAdmitted);
		assert_noop!(recall(RuntimeOrigin::none()), DispatchError::BadOrigin);
		assert_noop!(
			Traceability::recall_product(RuntimeOrigin::root(), bottle(), text("x")),
			Error::<Test>::ProductNotFound
		);
		assert_ok!(recall(RuntimeOrigin::signed(MERCHANT)));
		assert_noop!(recall(RuntimeOrigin::root()), Error::<Test>::AlreadyRecalled);
	});
}

#[test]
fn recall_lot_works() {
	build_and_execute(|| {
		register_products();
		let lot7 = lot("LOT-7");
		let in_lot =
			|s: &str| IssueItem { serial: serial(s), lot: Some(lot("LOT-7")), claim_key: None };
		let before = issue_items(bag(), vec![in_lot("B1")])[0];
		assert_ok!(Traceability::recall_lot(
			RuntimeOrigin::signed(MERCHANT),
			bag(),
			lot7.clone(),
			text("stitching")
		));

		let recall = RecalledLots::<Test>::get(bag(), &lot7).unwrap();
		assert_eq!(recall, Recall { by: Some(MERCHANT), reason: text("stitching"), at: START });
		// The codes of the lot show it.
		let code = record(before);
		assert!(RecalledLots::<Test>::contains_key(code.gtin, code.lot.unwrap()));
		System::assert_last_event(
			Event::LotRecalled {
				gtin: bag(),
				lot: lot7.clone(),
				by: Some(MERCHANT),
				reason: text("stitching"),
			}
			.into(),
		);

		// No new codes in the lot; other lots are fine.
		assert_noop!(
			Traceability::issue_codes(
				RuntimeOrigin::signed(MERCHANT),
				bag(),
				BoundedVec::try_from(vec![in_lot("B2")]).unwrap(),
				milan(),
				START,
				officer(),
			),
			Error::<Test>::LotRecalled
		);
		issue_items(
			bag(),
			vec![IssueItem { serial: serial("B3"), lot: Some(lot("LOT-8")), claim_key: None }],
		);

		assert_ok!(Traceability::recall_lot(RuntimeOrigin::root(), bag(), lot("LOT-8"), text("x")));
		assert_eq!(RecalledLots::<Test>::get(bag(), lot("LOT-8")).unwrap().by, None);
	});
}

#[test]
fn recall_lot_rejects_bad_input() {
	build_and_execute(|| {
		register_products();
		let recall = |origin, gtin, l: &str| {
			Traceability::recall_lot(
				origin,
				gtin,
				Lot::try_from(l.as_bytes().to_vec()).unwrap(),
				text("x"),
			)
		};
		assert_noop!(
			recall(RuntimeOrigin::signed(MERCHANT2), bag(), "L1"),
			Error::<Test>::NotIssuer
		);
		assert_noop!(
			recall(RuntimeOrigin::signed(OUTSIDER), bag(), "L1"),
			Error::<Test>::NotAdmitted
		);
		assert_noop!(recall(RuntimeOrigin::root(), bottle(), "L1"), Error::<Test>::ProductNotFound);
		assert_noop!(recall(RuntimeOrigin::signed(MERCHANT), bag(), ""), Error::<Test>::InvalidLot);
		assert_noop!(
			recall(RuntimeOrigin::signed(MERCHANT), bag(), "L 1"),
			Error::<Test>::InvalidLot
		);
		assert_ok!(recall(RuntimeOrigin::signed(MERCHANT), bag(), "L1"));
		assert_noop!(recall(RuntimeOrigin::root(), bag(), "L1"), Error::<Test>::AlreadyRecalled);
	});
}

//! The trace report and the consumer verdict.

use crate::{mock::*, *};
use frame_support::assert_ok;
use sp_core::{Pair, H256};

#[test]
fn the_report_tells_the_whole_story() {
	build_and_execute(|| {
		register_products();
		let handbag = issue_items(
			bag(),
			vec![IssueItem { serial: serial("B1"), lot: Some(lot("L1")), claim_key: None }],
		)[0];
		let case = issue_cases(&["CASE"])[0];
		assert_ok!(Traceability::pack(
			RuntimeOrigin::signed(MERCHANT),
			case,
			codes(&[handbag]),
			None
		));
		hand_over(case, MERCHANT, CARRIER);
		let digest = H256::repeat_byte(3);
		assert_ok!(Traceability::attest(
			RuntimeOrigin::signed(CERTIFIER),
			CertSubject::Product(bag()),
			digest,
			Some(START + 10)
		));
		assert_ok!(Traceability::recall_lot(RuntimeOrigin::root(), bag(), lot("L1"), text("glue")));
		next_block();

		let report = Traceability::trace_report(&handbag).unwrap();
		assert_eq!(report.code, handbag);
		assert_eq!(report.record, record(handbag));
		assert_eq!(report.product, Products::<Test>::get(bag()));
		assert_eq!(report.lot_recall.map(|recall| recall.reason), Some(text("glue")));
		assert_eq!(report.custodian, CARRIER);
		assert_eq!(report.containers, vec![case]);
		assert_eq!(report.events, Traceability::history(&handbag));
		assert_eq!(report.now, START + BLOCK_TIME);
		assert_eq!(report.certifications.len(), 1);
		let entry = &report.certifications[0];
		assert_eq!((entry.subject, entry.certifier), (CertSubject::Product(bag()), CERTIFIER));
		assert_eq!(entry.certification.digest, digest);
		assert_eq!(entry.status, CertificationStatus::Expired);

		assert!(Traceability::trace_report(&H256::zero()).is_none());
	});
}

#[test]
fn verdicts() {
	build_and_execute(|| {
		register_products();
		let pair = claim_pair(1);
		let [genuine, claimed, destroyed, withdrawn] = issue_items(
			bag(),
			vec![
				item("G"),
				IssueItem { serial: serial("C"), lot: None, claim_key: Some(pair.public()) },
				item("D"),
				item("W"),
			],
		)[..] else {
			unreachable!()
		};
		hand_over(claimed, MERCHANT, RETAILER);
		assert_ok!(Traceability::sell(RuntimeOrigin::signed(RETAILER), claimed, None, None));
		let signature = pair.sign(&Traceability::claim_message(&claimed, &CONSUMER));
		assert_ok!(Traceability::claim(
			frame_system::RawOrigin::Authorized.into(),
			claimed,
			CONSUMER,
			signature
		));
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(MERCHANT),
			destroyed,
			text("x"),
			None,
			None
		));
		assert_ok!(Traceability::decommission(
			RuntimeOrigin::signed(MERCHANT),
			withdrawn,
			text("x")
		));

		assert_eq!(Traceability::verify(&genuine), Verdict::Genuine);
		assert_eq!(Traceability::verify(&claimed), Verdict::Claimed { at: START });
		assert_eq!(Traceability::verify(&destroyed), Verdict::Destroyed);
		assert_eq!(Traceability::verify(&withdrawn), Verdict::Decommissioned);
		assert_eq!(Traceability::verify(&H256::zero()), Verdict::Unknown);

		assert_ok!(Traceability::recall_product(RuntimeOrigin::signed(MERCHANT), bag(), text("x")));
		assert_eq!(Traceability::verify(&genuine), Verdict::Recalled);
		assert_eq!(Traceability::verify(&claimed), Verdict::Recalled);
		assert_eq!(Traceability::verify(&destroyed), Verdict::Destroyed);
	});
}

#[test]
fn code_id_checks_its_input() {
	build_and_execute(|| {
		let key = Traceability::code_id(&bag(), b"ABC/1").unwrap();
		assert_eq!(key, code_id(bag(), "ABC/1"));
		assert_eq!(Traceability::code_id(&bag()[..13], b"A"), None);
		assert_eq!(Traceability::code_id(b"04006381333932", b"A"), None);
		assert_eq!(Traceability::code_id(&bag(), b""), None);
		assert_eq!(Traceability::code_id(&bag(), b"A B"), None);
		assert_eq!(Traceability::code_id(&bag(), &[b'A'; 21]), None);
	});
}

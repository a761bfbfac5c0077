//! Certifications: attest, replace, expire, revoke.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;

fn attest(
	who: u64,
	subject: CertSubject,
	expires_at: Option<Moment>,
) -> sp_runtime::DispatchResult {
	Traceability::attest(RuntimeOrigin::signed(who), subject, H256::repeat_byte(5), expires_at)
}

#[test]
fn attest_a_product_works() {
	build_and_execute(|| {
		register_products();
		let subject = CertSubject::Product(bag());
		assert_ok!(attest(CERTIFIER, subject, Some(START + 1_000)));

		let certification = Certifications::<Test>::get(subject, CERTIFIER).unwrap();
		assert_eq!(
			certification,
			Certification {
				digest: H256::repeat_byte(5),
				issued_at: START,
				expires_at: Some(START + 1_000),
				revoked_at: None,
			}
		);
		assert_eq!(CertificationCount::<Test>::get(subject), 1);
		assert_eq!(certification.status(START), CertificationStatus::Valid);
		assert_eq!(certification.status(START + 1_000), CertificationStatus::Expired);
		assert_eq!(Traceability::certifications_of(&subject), vec![(CERTIFIER, certification)]);
		System::assert_last_event(
			Event::Attested {
				subject,
				certifier: CERTIFIER,
				digest: H256::repeat_byte(5),
				expires_at: Some(START + 1_000),
			}
			.into(),
		);
	});
}

#[test]
fn attest_a_code_works_and_attesting_again_replaces() {
	build_and_execute(|| {
		let bag = issue_bag();
		let subject = CertSubject::Code(bag);
		assert_ok!(attest(CERTIFIER, subject, None));
		next_block();
		assert_ok!(Traceability::attest(
			RuntimeOrigin::signed(CERTIFIER),
			subject,
			H256::repeat_byte(6),
			None
		));

		let certification = Certifications::<Test>::get(subject, CERTIFIER).unwrap();
		assert_eq!(certification.digest, H256::repeat_byte(6));
		assert_eq!(certification.issued_at, START + BLOCK_TIME);
		assert_eq!(CertificationCount::<Test>::get(subject), 1);
		assert_eq!(certification.status(u64::MAX), CertificationStatus::Valid);
	});
}

#[test]
fn attest_rejects_bad_input() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_noop!(attest(MERCHANT, CertSubject::Code(bag), None), Error::<Test>::MissingRole);
		assert_noop!(
			attest(CERTIFIER, CertSubject::Product(bottle()), None),
			Error::<Test>::ProductNotFound
		);
		assert_noop!(
			attest(CERTIFIER, CertSubject::Code(H256::zero()), None),
			Error::<Test>::CodeNotFound
		);
		assert_noop!(
			attest(CERTIFIER, CertSubject::Code(bag), Some(START)),
			Error::<Test>::ExpiryInPast
		);
		assert_ok!(Traceability::suspend_participant(RuntimeOrigin::root(), CERTIFIER));
		assert_noop!(attest(CERTIFIER, CertSubject::Code(bag), None), Error::<Test>::Suspended);
	});
}

#[test]
fn certifications_per_subject_are_bounded() {
	build_and_execute(|| {
		let bag = issue_bag();
		let subject = CertSubject::Code(bag);
		for certifier in [CERTIFIER, CERTIFIER2, 50] {
			if certifier == 50 {
				assert_ok!(Traceability::admit_participant(
					RuntimeOrigin::root(),
					50,
					Roles::CERTIFIER,
					text("Third"),
					Default::default(),
				));
				// Certifications hold a deposit.
				assert_ok!(<Balances as frame_support::traits::fungible::Mutate<u64>>::mint_into(
					&50, ENDOWMENT
				));
			}
			assert_ok!(attest(certifier, subject, None));
		}
		assert_ok!(Traceability::admit_participant(
			RuntimeOrigin::root(),
			51,
			Roles::CERTIFIER,
			text("Fourth"),
			Default::default(),
		));
		// MaxCertificationsPerSubject is 3, revoked ones included.
		assert_ok!(Traceability::revoke_certification(RuntimeOrigin::signed(CERTIFIER), subject));
		assert_noop!(attest(51, subject, None), Error::<Test>::TooManyCertifications);
		// Existing certifiers can still renew theirs.
		assert_ok!(attest(CERTIFIER, subject, None));
		assert_eq!(CertificationCount::<Test>::get(subject), 3);
	});
}

#[test]
fn revoke_certification_works() {
	build_and_execute(|| {
		register_products();
		let subject = CertSubject::Product(bag());
		assert_ok!(attest(CERTIFIER, subject, None));
		next_block();
		assert_ok!(Traceability::revoke_certification(RuntimeOrigin::signed(CERTIFIER), subject));

		let certification = Certifications::<Test>::get(subject, CERTIFIER).unwrap();
		assert_eq!(certification.revoked_at, Some(START + BLOCK_TIME));
		assert_eq!(certification.status(START), CertificationStatus::Revoked);
		System::assert_last_event(
			Event::CertificationRevoked { subject, certifier: CERTIFIER }.into(),
		);
	});
}

#[test]
fn revoke_rejects_bad_input() {
	build_and_execute(|| {
		register_products();
		let subject = CertSubject::Product(bag());
		let revoke = |who| Traceability::revoke_certification(RuntimeOrigin::signed(who), subject);
		assert_noop!(revoke(CERTIFIER), Error::<Test>::CertificationNotFound);
		assert_ok!(attest(CERTIFIER, subject, None));
		assert_noop!(revoke(CERTIFIER2), Error::<Test>::CertificationNotFound);
		assert_noop!(revoke(OUTSIDER), Error::<Test>::NotAdmitted);
		assert_ok!(revoke(CERTIFIER));
		assert_noop!(revoke(CERTIFIER), Error::<Test>::AlreadyRevoked);
	});
}

#[test]
fn a_certifier_without_the_role_can_still_revoke() {
	build_and_execute(|| {
		register_products();
		let subject = CertSubject::Product(bag());
		assert_ok!(attest(CERTIFIER, subject, None));
		assert_ok!(Traceability::update_participant(
			RuntimeOrigin::root(),
			CERTIFIER,
			Roles::RETAILER,
			text("Former certifier"),
			Default::default(),
		));
		assert_noop!(attest(CERTIFIER, subject, None), Error::<Test>::MissingRole);
		assert_ok!(Traceability::revoke_certification(RuntimeOrigin::signed(CERTIFIER), subject));
	});
}

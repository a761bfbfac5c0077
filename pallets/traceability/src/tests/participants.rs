//! Participants: admission, updates, suspension, and what suspension prevents.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::Hooks};
use sp_core::H256;
use sp_runtime::DispatchError;

fn prefix(s: &str) -> CompanyPrefix {
	CompanyPrefix::try_from(s.as_bytes().to_vec()).unwrap()
}

fn prefixes(list: &[&str]) -> CompanyPrefixesOf<Test> {
	CompanyPrefixesOf::<Test>::try_from(list.iter().map(|s| prefix(s)).collect::<Vec<_>>()).unwrap()
}

#[test]
fn genesis_admits_the_cast() {
	build_and_execute(|| {
		assert_eq!(Participants::<Test>::count(), 8);
		let merchant = Participants::<Test>::get(MERCHANT).unwrap();
		assert_eq!(merchant.roles, Roles::MERCHANT);
		assert_eq!(merchant.company_prefixes, prefixes(&["4006381", "0614141"]));
		assert!(!merchant.suspended);
		assert_eq!(CompanyPrefixOwners::<Test>::get(prefix("4006381")), Some(MERCHANT));
		assert_eq!(CompanyPrefixOwners::<Test>::get(prefix("9506000")), Some(MERCHANT2));
	});
}

#[test]
fn integrity_test_passes() {
	build_and_execute(|| {
		<Traceability as Hooks<u64>>::integrity_test();
	});
}

#[test]
fn roles_are_bit_flags() {
	let roles = Roles::CARRIER | Roles::RETAILER;
	assert!(roles.contains(Roles::CARRIER));
	assert!(!roles.contains(Roles::MERCHANT));
	assert!(roles.intersects(Roles::RETAILER | Roles::CUSTOMS));
	assert!(roles.is_valid());
	assert!(!Roles::empty().is_valid());
	assert!(!Roles::from_bits(0b10_0000).is_valid());
	assert!(Roles::ALL.is_valid());
	assert_eq!(Roles::from_bits(roles.bits()), roles);
}

#[test]
fn admit_participant_works() {
	build_and_execute(|| {
		let roles = Roles::CARRIER | Roles::RETAILER;
		assert_ok!(Traceability::admit_participant(
			RuntimeOrigin::root(),
			OUTSIDER,
			roles,
			text("Outsider Ltd"),
			prefixes(&["123456789012"]),
		));

		let participant = Participants::<Test>::get(OUTSIDER).unwrap();
		assert_eq!(participant.roles, roles);
		assert_eq!(participant.name, text("Outsider Ltd"));
		assert_eq!(participant.admitted_at, 1);
		assert!(!participant.suspended);
		assert_eq!(CompanyPrefixOwners::<Test>::get(prefix("123456789012")), Some(OUTSIDER));
		assert_eq!(Participants::<Test>::count(), 9);
		System::assert_last_event(Event::ParticipantAdmitted { who: OUTSIDER, roles }.into());
	});
}

#[test]
fn admit_participant_needs_admin_origin() {
	build_and_execute(|| {
		assert_noop!(
			Traceability::admit_participant(
				RuntimeOrigin::signed(MERCHANT),
				OUTSIDER,
				Roles::CARRIER,
				text("x"),
				prefixes(&[]),
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn admit_participant_rejects_bad_input() {
	build_and_execute(|| {
		let admit = |who, roles, list: &[&str]| {
			Traceability::admit_participant(
				RuntimeOrigin::root(),
				who,
				roles,
				text("x"),
				prefixes(list),
			)
		};
		assert_noop!(admit(MERCHANT, Roles::CARRIER, &[]), Error::<Test>::AlreadyAdmitted);
		assert_noop!(admit(OUTSIDER, Roles::empty(), &[]), Error::<Test>::InvalidRoles);
		assert_noop!(admit(OUTSIDER, Roles::from_bits(0x80), &[]), Error::<Test>::InvalidRoles);
		assert_noop!(
			admit(OUTSIDER, Roles::MERCHANT, &["123"]),
			Error::<Test>::InvalidCompanyPrefix
		);
		assert_noop!(
			admit(OUTSIDER, Roles::MERCHANT, &["12a4"]),
			Error::<Test>::InvalidCompanyPrefix
		);
		assert_noop!(admit(OUTSIDER, Roles::MERCHANT, &["4006381"]), Error::<Test>::PrefixTaken);
		assert_noop!(
			admit(OUTSIDER, Roles::MERCHANT, &["1234", "1234"]),
			Error::<Test>::PrefixTaken
		);
	});
}

#[test]
fn admit_participant_checks_the_counter() {
	build_and_execute(|| {
		let count = Participants::<Test>::count();
		set_counter(Participants::<Test>::counter_storage_final_key(), u32::MAX);
		assert_noop!(
			Traceability::admit_participant(
				RuntimeOrigin::root(),
				OUTSIDER,
				Roles::CARRIER,
				text("x"),
				prefixes(&[]),
			),
			sp_runtime::ArithmeticError::Overflow
		);
		set_counter(Participants::<Test>::counter_storage_final_key(), count);
	});
}

#[test]
fn update_participant_works() {
	build_and_execute(|| {
		let roles = Roles::MERCHANT | Roles::RETAILER;
		assert_ok!(Traceability::update_participant(
			RuntimeOrigin::root(),
			MERCHANT,
			roles,
			text("Renamed"),
			prefixes(&["4006381", "7612345"]),
		));

		let merchant = Participants::<Test>::get(MERCHANT).unwrap();
		assert_eq!(merchant.roles, roles);
		assert_eq!(merchant.name, text("Renamed"));
		assert_eq!(CompanyPrefixOwners::<Test>::get(prefix("4006381")), Some(MERCHANT));
		assert_eq!(CompanyPrefixOwners::<Test>::get(prefix("7612345")), Some(MERCHANT));
		assert_eq!(CompanyPrefixOwners::<Test>::get(prefix("0614141")), None);
		System::assert_last_event(Event::ParticipantUpdated { who: MERCHANT, roles }.into());
	});
}

#[test]
fn update_participant_rejects_bad_input() {
	build_and_execute(|| {
		let update = |origin, who, roles, list: &[&str]| {
			Traceability::update_participant(origin, who, roles, text("x"), prefixes(list))
		};
		assert_noop!(
			update(RuntimeOrigin::signed(MERCHANT), MERCHANT, Roles::ALL, &[]),
			DispatchError::BadOrigin
		);
		assert_noop!(
			update(RuntimeOrigin::root(), OUTSIDER, Roles::CARRIER, &[]),
			Error::<Test>::NotAdmitted
		);
		assert_noop!(
			update(RuntimeOrigin::root(), MERCHANT, Roles::empty(), &[]),
			Error::<Test>::InvalidRoles
		);
		assert_noop!(
			update(RuntimeOrigin::root(), MERCHANT, Roles::MERCHANT, &["9506000"]),
			Error::<Test>::PrefixTaken
		);
		assert_noop!(
			update(RuntimeOrigin::root(), MERCHANT, Roles::MERCHANT, &["95O6000"]),
			Error::<Test>::InvalidCompanyPrefix
		);
	});
}

#[test]
fn suspend_and_reinstate_work() {
	build_and_execute(|| {
		assert_ok!(Traceability::suspend_participant(RuntimeOrigin::root(), CARRIER));
		assert!(Participants::<Test>::get(CARRIER).unwrap().suspended);
		System::assert_last_event(Event::ParticipantSuspended { who: CARRIER }.into());

		assert_ok!(Traceability::reinstate_participant(RuntimeOrigin::root(), CARRIER));
		assert!(!Participants::<Test>::get(CARRIER).unwrap().suspended);
		System::assert_last_event(Event::ParticipantReinstated { who: CARRIER }.into());
	});
}

#[test]
fn suspend_and_reinstate_reject_bad_input() {
	build_and_execute(|| {
		assert_noop!(
			Traceability::suspend_participant(RuntimeOrigin::signed(MERCHANT), CARRIER),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Traceability::reinstate_participant(RuntimeOrigin::signed(MERCHANT), CARRIER),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Traceability::suspend_participant(RuntimeOrigin::root(), OUTSIDER),
			Error::<Test>::NotAdmitted
		);
		assert_noop!(
			Traceability::reinstate_participant(RuntimeOrigin::root(), CARRIER),
			Error::<Test>::NotSuspended
		);
		assert_ok!(Traceability::suspend_participant(RuntimeOrigin::root(), CARRIER));
		assert_noop!(
			Traceability::suspend_participant(RuntimeOrigin::root(), CARRIER),
			Error::<Test>::AlreadySuspended
		);
	});
}

#[test]
fn suspended_participants_can_do_nothing() {
	build_and_execute(|| {
		let bag = issue_bag();
		assert_ok!(Traceability::suspend_participant(RuntimeOrigin::root(), MERCHANT));
		let merchant = || RuntimeOrigin::signed(MERCHANT);
		assert_noop!(
			Traceability::register_product(
				merchant(),
				bottle(),
				text("x"),
				text("x"),
				*b"IT",
				H256::zero()
			),
			Error::<Test>::Suspended
		);
		assert_noop!(
			Traceability::issue_codes(
				merchant(),
				bag_gtin(),
				frame_support::BoundedVec::try_from(vec![item("NEW")]).unwrap(),
				milan(),
				START,
				officer(),
			),
			Error::<Test>::Suspended
		);
		assert_noop!(
			Traceability::propose_handover(merchant(), bag, CARRIER, None, None),
			Error::<Test>::Suspended
		);
		assert_noop!(
			Traceability::destroy(merchant(), bag, text("x"), None, None),
			Error::<Test>::Suspended
		);
		assert_noop!(
			Traceability::decommission(merchant(), bag, text("x")),
			Error::<Test>::Suspended
		);
		assert_noop!(
			Traceability::pack(merchant(), bag, codes(&[bag]), None),
			Error::<Test>::Suspended
		);
		assert_noop!(
			Traceability::recall_product(merchant(), bag_gtin(), text("x")),
			Error::<Test>::Suspended
		);
		assert_noop!(
			Traceability::recall_lot(merchant(), bag_gtin(), lot("L1"), text("x")),
			Error::<Test>::Suspended
		);

		// Reinstated, the merchant acts again.
		assert_ok!(Traceability::reinstate_participant(RuntimeOrigin::root(), MERCHANT));
		assert_ok!(Traceability::propose_handover(merchant(), bag, CARRIER, None, None));
	});
}

#[test]
fn signed_calls_need_an_admitted_participant() {
	build_and_execute(|| {
		let bag = issue_bag();
		let outsider = || RuntimeOrigin::signed(OUTSIDER);
		assert_noop!(
			Traceability::register_product(
				outsider(),
				bag_gtin(),
				text("x"),
				text("x"),
				*b"IT",
				H256::zero()
			),
			Error::<Test>::NotAdmitted
		);
		assert_noop!(
			Traceability::propose_handover(outsider(), bag, CARRIER, None, None),
			Error::<Test>::NotAdmitted
		);
		assert_noop!(
			Traceability::accept_handover(outsider(), bag, None, None),
			Error::<Test>::NotAdmitted
		);
		assert_noop!(
			Traceability::attest(outsider(), CertSubject::Code(bag), H256::zero(), None),
			Error::<Test>::NotAdmitted
		);
		assert_noop!(
			Traceability::recall_product(outsider(), bag_gtin(), text("x")),
			Error::<Test>::NotAdmitted
		);
		assert_noop!(
			Traceability::propose_handover(RuntimeOrigin::none(), bag, CARRIER, None, None),
			DispatchError::BadOrigin
		);
	});
}

fn bag_gtin() -> Gtin {
	bag()
}

#[test]
fn the_metadata_names_every_role_with_its_bit() {
	use scale_info::{form::MetaForm, TypeDef, TypeInfo};
	let roles = Roles::type_info();
	assert_eq!(roles.path.segments.last().copied(), Some("Roles"));
	let TypeDef::Composite(ref composite) = roles.type_def else { panic!("not a composite") };
	assert_eq!(composite.fields.len(), 1, "one byte of flags");
	assert_eq!(composite.fields[0].ty, scale_info::meta_type::<u8>());
	let [ref param] = roles.type_params[..] else { panic!("one type parameter: the flag enum") };
	let flags = param.ty.expect("the parameter names its type").type_info();
	let TypeDef::Variant(variants) = flags.type_def else { panic!("the flags are an enum") };
	let named: Vec<(&str, u8)> = variants
		.variants
		.iter()
		.map(|v: &scale_info::Variant<MetaForm>| (v.name, v.index))
		.collect();
	let expected: Vec<(String, u8)> = Role::ALL
		.iter()
		.map(|role| {
			let name = role.as_str();
			(name[..1].to_uppercase() + &name[1..], role.bit())
		})
		.collect();
	assert_eq!(
		named.iter().map(|(n, i)| (n.to_string(), *i)).collect::<Vec<_>>(),
		expected,
		"every variant's index is its bit"
	);
	let all = Role::ALL.iter().fold(Roles::empty(), |set, role| set | (*role).into());
	assert_eq!(all, Roles::ALL);
	assert_eq!(Roles::ALL.iter().collect::<Vec<_>>(), Role::ALL.to_vec());
	assert!(Roles::CUSTODY.has(Role::Retailer) && !Roles::CUSTODY.has(Role::Certifier));
	// Encoded as the one byte of bits, so the change of type information kept the storage.
	assert_eq!(codec::Encode::encode(&(Roles::MERCHANT | Roles::RETAILER)), [0b1_0001]);
}

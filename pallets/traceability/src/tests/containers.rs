//! Containers: packing, unpacking, nesting, and handing over everything inside at once.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_core::{Pair, H256};

fn pack(who: u64, container: CodeId, items: &[CodeId]) -> sp_runtime::DispatchResult {
	Traceability::pack(RuntimeOrigin::signed(who), container, codes(items), None)
}

fn unpack(who: u64, container: CodeId, items: &[CodeId]) -> sp_runtime::DispatchResult {
	Traceability::unpack(RuntimeOrigin::signed(who), container, codes(items), None)
}

#[test]
fn pack_works() {
	build_and_execute(|| {
		let bags = issue_bags(&["B1", "B2"]);
		let case = issue_cases(&["C1"])[0];
		assert_ok!(Traceability::pack(
			RuntimeOrigin::signed(MERCHANT),
			case,
			codes(&bags),
			Some(milan())
		));

		let container = record(case);
		assert_eq!(container.children, 2);
		assert_eq!(container.height, 1);
		let event = last_trace(case);
		assert_eq!(
			(event.step, event.disposition),
			(BizStep::Packing, Disposition::ContainerClosed)
		);
		assert_eq!(event.location, Some(milan()));
		for bag in &bags {
			assert_eq!(record(*bag).parent, Some(case));
			assert!(Children::<Test>::contains_key(case, bag));
			let event = last_trace(*bag);
			assert_eq!(
				(event.step, event.disposition),
				(BizStep::Packing, Disposition::InProgress)
			);
			assert_eq!(event.container, Some(case));
			assert_eq!(Traceability::containers_of(bag), vec![case]);
			assert_eq!(Traceability::effective_custodian(bag), Some(MERCHANT));
		}
		System::assert_last_event(Event::Packed { container: case, items: codes(&bags) }.into());
	});
}

#[test]
fn handing_over_a_container_hands_over_its_content_in_one_write() {
	build_and_execute(|| {
		let bags = issue_bags(&["B1", "B2", "B3"]);
		let case = issue_cases(&["C1"])[0];
		assert_ok!(pack(MERCHANT, case, &bags));
		let before: Vec<_> = bags.iter().map(|bag| record(*bag)).collect();

		hand_over(case, MERCHANT, CARRIER);

		// Only the container's record changed; the items follow it.
		let after: Vec<_> = bags.iter().map(|bag| record(*bag)).collect();
		assert_eq!(before, after);
		for bag in &bags {
			assert_eq!(Traceability::effective_custodian(bag), Some(CARRIER));
		}
		assert_eq!(record(case).custodian, CARRIER);
	});
}

#[test]
fn packed_items_travel_only_with_their_container() {
	build_and_execute(|| {
		let pair = claim_pair(9);
		register_products();
		let bag = issue_items(
			bag(),
			vec![IssueItem { serial: serial("B"), lot: None, claim_key: Some(pair.public()) }],
		)[0];
		let case = issue_cases(&["C1"])[0];
		assert_ok!(pack(MERCHANT, case, &[bag]));
		hand_over(case, MERCHANT, RETAILER);

		assert_noop!(
			Traceability::propose_handover(
				RuntimeOrigin::signed(MERCHANT),
				bag,
				CARRIER,
				None,
				None
			),
			Error::<Test>::CodePacked
		);
		assert_noop!(
			Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None),
			Error::<Test>::CodePacked
		);
		assert_noop!(
			Traceability::destroy(RuntimeOrigin::signed(MERCHANT), bag, text("x"), None, None),
			Error::<Test>::CodePacked
		);
		assert_noop!(
			Traceability::decommission(RuntimeOrigin::signed(MERCHANT), bag, text("x")),
			Error::<Test>::CodePacked
		);
		let signature = pair.sign(&Traceability::claim_message(&bag, &CONSUMER));
		assert_noop!(
			Traceability::claim(
				frame_system::RawOrigin::Authorized.into(),
				bag,
				CONSUMER,
				signature
			),
			Error::<Test>::NotSold
		);
		// Inspections reach packed items.
		assert_ok!(Traceability::inspect(
			RuntimeOrigin::signed(CUSTOMS),
			bag,
			InspectionOutcome::Conformant,
			None,
			None,
			None
		));
	});
}

#[test]
fn unpack_works() {
	build_and_execute(|| {
		let bags = issue_bags(&["B1", "B2"]);
		let case = issue_cases(&["C1"])[0];
		assert_ok!(pack(MERCHANT, case, &bags));
		hand_over(case, MERCHANT, CARRIER);

		assert_ok!(Traceability::unpack(
			RuntimeOrigin::signed(CARRIER),
			case,
			codes(&bags[..1]),
			Some(place("Hub"))
		));

		let taken = record(bags[0]);
		assert_eq!(taken.parent, None);
		assert_eq!(taken.custodian, CARRIER);
		assert!(!Children::<Test>::contains_key(case, bags[0]));
		let event = last_trace(bags[0]);
		assert_eq!((event.step, event.disposition), (BizStep::Unpacking, Disposition::Active));
		assert_eq!(event.container, Some(case));
		let event = last_trace(case);
		assert_eq!(
			(event.step, event.disposition),
			(BizStep::Unpacking, Disposition::ContainerOpen)
		);
		assert_eq!(record(case).children, 1);
		assert_eq!(record(bags[1]).parent, Some(case));
		System::assert_last_event(
			Event::Unpacked { container: case, items: codes(&bags[..1]) }.into(),
		);

		// The unpacked bag is the carrier's own now.
		assert_ok!(Traceability::propose_handover(
			RuntimeOrigin::signed(CARRIER),
			bags[0],
			RETAILER,
			None,
			None
		));
	});
}

#[test]
fn containers_nest() {
	build_and_execute(|| {
		let bag = issue_bag();
		let [case, pallet, sea] = issue_cases(&["CASE", "PALLET", "SEA"])[..] else {
			unreachable!()
		};
		assert_ok!(pack(MERCHANT, case, &[bag]));
		assert_ok!(pack(MERCHANT, pallet, &[case]));
		assert_ok!(pack(MERCHANT, sea, &[pallet]));
		assert_eq!(Traceability::containers_of(&bag), vec![case, pallet, sea]);
		assert_eq!(record(sea).height, 3);

		hand_over(sea, MERCHANT, CARRIER);
		assert_eq!(Traceability::effective_custodian(&bag), Some(CARRIER));
		assert_eq!(Traceability::effective_custodian(&case), Some(CARRIER));

		// The carrier unpacks the inner case from the pallet, deep inside the sea container.
		assert_ok!(unpack(CARRIER, pallet, &[case]));
		assert_eq!(record(case).custodian, CARRIER);
		assert_eq!(Traceability::containers_of(&bag), vec![case]);
		assert_eq!(Traceability::effective_custodian(&bag), Some(CARRIER));
		assert!(Traceability::containers_of(&H256::zero()).is_empty());
		assert_eq!(Traceability::effective_custodian(&H256::zero()), None);
	});
}

#[test]
fn packing_into_a_packed_container_raises_the_heights_above() {
	build_and_execute(|| {
		let bag = issue_bag();
		let [case, pallet] = issue_cases(&["CASE", "PALLET"])[..] else { unreachable!() };
		assert_ok!(pack(MERCHANT, pallet, &[case]));
		assert_eq!((record(pallet).height, record(case).height), (1, 0));
		assert_ok!(pack(MERCHANT, case, &[bag]));
		assert_eq!((record(pallet).height, record(case).height), (2, 1));
	});
}

#[test]
fn no_cycles() {
	build_and_execute(|| {
		let [case, pallet] = issue_cases(&["CASE", "PALLET"])[..] else { unreachable!() };
		assert_noop!(pack(MERCHANT, case, &[case]), Error::<Test>::WouldCreateCycle);
		assert_ok!(pack(MERCHANT, pallet, &[case]));
		assert_noop!(pack(MERCHANT, case, &[pallet]), Error::<Test>::WouldCreateCycle);
	});
}

#[test]
fn nesting_depth_is_bounded() {
	build_and_execute(|| {
		let bag = issue_bag();
		let chain = issue_cases(&["C0", "C1", "C2", "C3"]);
		// MaxNestingDepth is 3: C3 in C2 in C1 in C0 is as deep as it gets.
		assert_ok!(pack(MERCHANT, chain[2], &[chain[3]]));
		assert_ok!(pack(MERCHANT, chain[1], &[chain[2]]));
		assert_ok!(pack(MERCHANT, chain[0], &[chain[1]]));
		assert_noop!(pack(MERCHANT, chain[3], &[bag]), Error::<Test>::TooDeep);
		// A tall item does not fit in a container either.
		let other = issue_cases(&["OTHER"])[0];
		assert_noop!(pack(MERCHANT, other, &[chain[0]]), Error::<Test>::TooDeep);
	});
}

#[test]
fn an_item_is_in_one_container_at_most() {
	build_and_execute(|| {
		let bag = issue_bag();
		let [first, second] = issue_cases(&["C1", "C2"])[..] else { unreachable!() };
		assert_ok!(pack(MERCHANT, first, &[bag]));
		assert_noop!(pack(MERCHANT, second, &[bag]), Error::<Test>::AlreadyPacked);
		assert_noop!(pack(MERCHANT, first, &[bag]), Error::<Test>::AlreadyPacked);
	});
}

#[test]
fn containers_have_room_for_max_children() {
	build_and_execute(|| {
		let serials: Vec<String> = (0..9).map(|i| format!("B{i}")).collect();
		let bags = issue_bags(&serials.iter().map(String::as_str).collect::<Vec<_>>());
		let case = issue_cases(&["C1"])[0];
		// MaxChildrenPerContainer is 8.
		assert_noop!(pack(MERCHANT, case, &bags), Error::<Test>::ContainerFull);
		assert_ok!(pack(MERCHANT, case, &bags[..8]));
		assert_noop!(pack(MERCHANT, case, &bags[8..]), Error::<Test>::ContainerFull);
	});
}

#[test]
fn pack_rejects_bad_input() {
	build_and_execute(|| {
		let [first, second] = issue_bags(&["B1", "B2"])[..] else { unreachable!() };
		let case = issue_cases(&["C1"])[0];
		assert_noop!(pack(MERCHANT, case, &[]), Error::<Test>::EmptyBatch);
		assert_noop!(pack(MERCHANT, case, &[first, first]), Error::<Test>::DuplicateItem);
		assert_noop!(pack(MERCHANT, H256::zero(), &[first]), Error::<Test>::CodeNotFound);
		assert_noop!(pack(MERCHANT, case, &[H256::zero()]), Error::<Test>::CodeNotFound);
		assert_noop!(pack(CARRIER, case, &[first]), Error::<Test>::NotCustodian);
		assert_noop!(
			Traceability::pack(
				RuntimeOrigin::signed(MERCHANT),
				case,
				codes(&[first]),
				Some(place(""))
			),
			Error::<Test>::InvalidLocation
		);
		// The signer must hold the items too.
		hand_over(second, MERCHANT, CARRIER);
		assert_noop!(pack(MERCHANT, case, &[second]), Error::<Test>::NotCustodian);
		// Neither container nor item may be in transit, sold or gone.
		assert_ok!(Traceability::propose_handover(
			RuntimeOrigin::signed(MERCHANT),
			case,
			CARRIER,
			None,
			None
		));
		assert_noop!(pack(MERCHANT, case, &[first]), Error::<Test>::HandoverPending);
		assert_ok!(Traceability::cancel_handover(RuntimeOrigin::signed(MERCHANT), case));
		hand_over(second, CARRIER, RETAILER);
		assert_ok!(Traceability::sell(RuntimeOrigin::signed(RETAILER), second, None, None));
		hand_over(case, MERCHANT, RETAILER);
		assert_noop!(pack(RETAILER, case, &[second]), Error::<Test>::CodeSold);
	});
}

#[test]
fn unpack_rejects_bad_input() {
	build_and_execute(|| {
		let [inside, outside] = issue_bags(&["B1", "B2"])[..] else { unreachable!() };
		let [case, pallet] = issue_cases(&["C1", "P1"])[..] else { unreachable!() };
		assert_ok!(pack(MERCHANT, case, &[inside]));
		assert_ok!(pack(MERCHANT, pallet, &[case]));
		assert_noop!(unpack(MERCHANT, case, &[]), Error::<Test>::EmptyBatch);
		assert_noop!(unpack(MERCHANT, case, &[inside, inside]), Error::<Test>::DuplicateItem);
		assert_noop!(unpack(MERCHANT, case, &[outside]), Error::<Test>::NotInContainer);
		assert_noop!(unpack(MERCHANT, pallet, &[inside]), Error::<Test>::NotInContainer);
		assert_noop!(unpack(MERCHANT, case, &[H256::zero()]), Error::<Test>::CodeNotFound);
		assert_noop!(unpack(CARRIER, case, &[inside]), Error::<Test>::NotCustodian);
		assert_noop!(
			Traceability::unpack(
				RuntimeOrigin::signed(MERCHANT),
				case,
				codes(&[inside]),
				Some(place(""))
			),
			Error::<Test>::InvalidLocation
		);
		// Nothing comes out while the outermost container is on its way.
		assert_ok!(Traceability::propose_handover(
			RuntimeOrigin::signed(MERCHANT),
			pallet,
			CARRIER,
			None,
			None
		));
		assert_noop!(unpack(MERCHANT, case, &[inside]), Error::<Test>::HandoverPending);
		assert_ok!(accept_handover_of(pallet));
		assert_ok!(unpack(CARRIER, case, &[inside]));
	});
}

fn accept_handover_of(code: CodeId) -> sp_runtime::DispatchResult {
	Traceability::accept_handover(RuntimeOrigin::signed(CARRIER), code, None, None)
}

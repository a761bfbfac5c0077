//! Storage migrations: v1 → v2 fills `PrefixStems` from the prefixes already admitted; v2 → v3
//! moves the hand-kept counts into the counted maps.

use crate::{mock::*, *};
use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

#[test]
fn v2_counts_the_admitted_prefixes_under_their_stems() {
	new_test_ext_with_cast().execute_with(|| {
		// A chain at storage version 1 had no stems.
		let _ = PrefixStems::<Test>::clear(u32::MAX, None);
		StorageVersion::new(1).put::<Traceability>();
		assert!(Traceability::do_try_state().is_err(), "try_state sees the missing stems");

		migrations::v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();

		assert_eq!(Traceability::on_chain_storage_version(), StorageVersion::new(2));
		let stem = |p: &str| {
			PrefixStems::<Test>::get(CompanyPrefix::try_from(p.as_bytes().to_vec()).unwrap())
		};
		// MERCHANT owns 4006381 and 0614141, MERCHANT2 9506000.
		assert_eq!((stem("4006"), stem("40063"), stem("400638")), (1, 1, 1));
		assert_eq!((stem("0614"), stem("9506"), stem("4006381")), (1, 1, 0));
		Traceability::do_try_state().expect("invariants hold after the migration");

		// Run again, it does nothing: the version is 2 already.
		migrations::v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert_eq!(stem("4006"), 1);
	});
}

#[test]
fn v3_moves_the_hand_kept_counts_into_the_counted_maps() {
	use migrations::v3::{old, MigrateV2ToV3};
	new_test_ext_with_cast().execute_with(|| {
		register_products();
		issue_items(bag(), vec![IssueItem { serial: serial("M1"), lot: None, claim_key: None }]);
		let counts =
			(Participants::<Test>::count(), Products::<Test>::count(), Codes::<Test>::count());
		assert!(counts.0 > 0 && counts.1 > 0 && counts.2 > 0, "the cast has entries: {counts:?}");
		// A chain at storage version 2 kept the counts in three values and had no counters.
		old::ParticipantCount::<Test>::put(counts.0);
		old::ProductCount::<Test>::put(counts.1);
		old::CodeCount::<Test>::put(counts.2);
		for key in [
			Participants::<Test>::counter_storage_final_key(),
			Products::<Test>::counter_storage_final_key(),
			Codes::<Test>::counter_storage_final_key(),
		] {
			frame_support::storage::unhashed::kill(&key);
		}
		StorageVersion::new(2).put::<Traceability>();
		assert!(Traceability::do_try_state().is_err(), "try_state sees the missing counters");

		MigrateV2ToV3::<Test>::on_runtime_upgrade();

		assert_eq!(Traceability::on_chain_storage_version(), StorageVersion::new(3));
		assert_eq!(
			(Participants::<Test>::count(), Products::<Test>::count(), Codes::<Test>::count()),
			counts
		);
		assert!(!old::ParticipantCount::<Test>::exists());
		assert!(!old::ProductCount::<Test>::exists());
		assert!(!old::CodeCount::<Test>::exists());
		Traceability::do_try_state().expect("invariants hold after the migration");

		// Run again, it does nothing: the version is 3 already.
		old::CodeCount::<Test>::put(7);
		MigrateV2ToV3::<Test>::on_runtime_upgrade();
		assert_eq!(Codes::<Test>::count(), counts.2);
	});
}

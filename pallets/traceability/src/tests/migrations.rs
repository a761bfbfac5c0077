//! Storage migrations: v1 → v2 fills `PrefixStems` from the prefixes already admitted.

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

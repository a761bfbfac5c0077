//! Runtime-level tests: sizes, presets and the integrity tests of every pallet.

use super::*;
use frame_support::traits::IntegrityTest;

/// `RuntimeCall` is moved around in every extrinsic: a large call blows up every block's
/// memory use. A pallet that pushes it past this bound must box its large arguments.
#[test]
fn runtime_call_stays_small() {
	let size = size_of::<RuntimeCall>();
	assert!(size <= 256, "RuntimeCall is {size} bytes, more than 256: box large call arguments");
}

#[test]
fn integrity_test_of_every_pallet_passes() {
	sp_io::TestExternalities::new_empty().execute_with(AllPalletsWithSystem::integrity_test);
}

#[test]
fn every_preset_is_offered_and_builds_a_genesis_patch() {
	let names = genesis_config_presets::preset_names();
	assert_eq!(names.len(), 2);
	for name in names {
		let patch = genesis_config_presets::get_preset(&name).expect("preset is offered");
		let json: serde_json::Value = serde_json::from_slice(&patch).expect("preset is JSON");
		for key in ["balances", "aura", "grandpa", "sudo", "traceability"] {
			assert!(json.get(key).is_some(), "preset {name:?} lacks {key}");
		}
	}
	assert!(genesis_config_presets::get_preset(&"no-such-preset".into()).is_none());
}

#[test]
fn local_testnet_has_four_validators_and_development_one() {
	let authorities = |json: serde_json::Value| {
		json["aura"]["authorities"].as_array().map(Vec::len).unwrap_or_default()
	};
	assert_eq!(authorities(genesis_config_presets::development_config_genesis()), 1);
	assert_eq!(authorities(genesis_config_presets::local_config_genesis()), 4);
}

//! Runtime-level tests: sizes, presets and the integrity tests of every pallet; the
//! consortium's powers in [`governance`].

use super::*;
use frame_support::traits::IntegrityTest;

mod governance;

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
	assert_eq!(names.len(), 3);
	for name in names {
		let patch = genesis_config_presets::get_preset(&name).expect("preset is offered");
		let json: serde_json::Value = serde_json::from_slice(&patch).expect("preset is JSON");
		for key in
			["balances", "session", "validators", "consortiumMembership", "sudo", "traceability"]
		{
			assert!(json.get(key).is_some(), "preset {name:?} lacks {key}");
		}
		// Aura's and GRANDPA's authorities come from the session keys.
		for key in ["aura", "grandpa"] {
			assert!(json.get(key).is_none(), "preset {name:?} sets {key} itself");
		}
		// Every preset builds a genesis state.
		let _ = state_of(serde_json::from_slice(&patch).unwrap());
	}
	assert!(genesis_config_presets::get_preset(&"no-such-preset".into()).is_none());
}

#[test]
fn local_testnet_has_four_validators_and_development_one() {
	let validators = |json: serde_json::Value| {
		json["session"]["keys"].as_array().map(Vec::len).unwrap_or_default()
	};
	assert_eq!(validators(genesis_config_presets::development_config_genesis()), 1);
	assert_eq!(validators(genesis_config_presets::local_config_genesis()), 4);
	assert_eq!(validators(genesis_config_presets::production_config_genesis()), 0);
}

/// Only the development preset has a sudo key; every other one sets it to `null`.
#[test]
fn no_sudo_outside_development() {
	let sudo = |json: serde_json::Value| json["sudo"]["key"].clone();
	assert_eq!(
		sudo(genesis_config_presets::development_config_genesis()),
		serde_json::to_value(sp_keyring::Sr25519Keyring::Alice.to_account_id()).unwrap()
	);
	assert!(sudo(genesis_config_presets::local_config_genesis()).is_null());
	assert!(sudo(genesis_config_presets::production_config_genesis()).is_null());
	local_state().execute_with(|| assert_eq!(pallet_sudo::Key::<Runtime>::get(), None));
	development_state().execute_with(|| {
		assert_eq!(
			pallet_sudo::Key::<Runtime>::get(),
			Some(sp_keyring::Sr25519Keyring::Alice.to_account_id())
		)
	});
}

/// The genesis state of a preset's patch over the default configuration.
pub(crate) fn state_of(patch: serde_json::Value) -> sp_io::TestExternalities {
	fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
		match (base, patch) {
			(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
				for (key, value) in patch {
					merge(base.entry(key).or_insert(serde_json::Value::Null), value);
				}
			},
			(base, patch) => *base = patch,
		}
	}
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut config, patch);
	let config: RuntimeGenesisConfig = serde_json::from_value(config).unwrap();
	sp_io::TestExternalities::new(BuildStorage::build_storage(&config).unwrap())
}

/// The dev genesis state (the `development` preset over the default configuration).
pub(crate) fn development_state() -> sp_io::TestExternalities {
	state_of(genesis_config_presets::development_config_genesis())
}

/// The local testnet's genesis state: four validators, four consortium members, no sudo.
pub(crate) fn local_state() -> sp_io::TestExternalities {
	state_of(genesis_config_presets::local_config_genesis())
}

/// What a light client downloads to verify one code: the storage proof of everything
/// `trace_report` reads for the demo handbag after its whole journey (issue, two handovers,
/// a customs inspection, a sale and a claim: 8 events; a product certification). Printed, and bounded
/// so that a change that bloats verification fails here.
#[test]
fn the_proof_of_one_code_is_small() {
	use pallet_traceability::{IssueItem, Location, TextOf};
	use sp_core::{sr25519, Pair};
	use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};

	let mut ext = development_state();
	let gtin = *b"08012345000012";
	let code = Traceability::code_id(&gtin, b"HB-0001").unwrap();
	let claim_key = sr25519::Pair::from_string("//TraceDemo//HB-0001", None).unwrap();
	ext.execute_with(|| {
		let text = |s: &str| TextOf::<Runtime>::try_from(s.as_bytes().to_vec()).unwrap();
		let place =
			|s: &str| Location::<Runtime> { gln: None, coordinates: None, description: text(s) };
		let signed = |who: sp_keyring::Sr25519Keyring| RuntimeOrigin::signed(who.to_account_id());
		System::set_block_number(1);
		pallet_timestamp::Now::<Runtime>::put(1_764_000_000_000);
		let hash = sp_core::H256::repeat_byte(7);
		Traceability::register_product(
			signed(Alice),
			gtin,
			text("Borsa Milano"),
			text("handbag"),
			*b"IT",
			hash,
		)
		.unwrap();
		Traceability::attest(
			signed(Eve),
			pallet_traceability::CertSubject::Product(gtin),
			hash,
			None,
		)
		.unwrap();
		let item = IssueItem {
			serial: b"HB-0001".to_vec().try_into().unwrap(),
			lot: Some(b"L1".to_vec().try_into().unwrap()),
			claim_key: Some(claim_key.public()),
		};
		Traceability::issue_codes(
			signed(Alice),
			gtin,
			vec![item].try_into().unwrap(),
			place("Milan"),
			1_763_000_000_000,
			hash,
		)
		.unwrap();
		for (from, to) in [(Alice, Bob), (Bob, Dave)] {
			Traceability::propose_handover(
				signed(from),
				code,
				to.to_account_id(),
				Some(place("Hangzhou")),
				None,
			)
			.unwrap();
			Traceability::accept_handover(signed(to), code, Some(place("Hangzhou")), None).unwrap();
			if to == Bob {
				Traceability::inspect(
					signed(Charlie),
					code,
					pallet_traceability::InspectionOutcome::Conformant,
					Some(place("Xiasha bonded warehouse 3, Hangzhou")),
					None,
					Some(hash),
				)
				.unwrap();
			}
		}
		Traceability::sell(signed(Dave), code, Some(place("Shanghai")), None).unwrap();
		let ferdie = Ferdie.to_account_id();
		let signature = claim_key.sign(&Traceability::claim_message(&code, &ferdie));
		Traceability::claim(frame_system::RawOrigin::Authorized.into(), code, ferdie, signature)
			.unwrap();
	});
	ext.commit_all().unwrap();

	let (report, proof) = ext.execute_and_prove(|| Traceability::trace_report(&code));
	let report = report.expect("the code exists");
	assert_eq!(report.events.len(), 8);
	let size = codec::Encode::encoded_size(&proof);
	println!("storage proof of one code's report: {size} bytes in {} trie nodes", proof.len());
	assert!(size < 16 * 1024, "the proof of one code is {size} bytes");
}

/// What storage deposits cost a merchant: `docs/abuse-paths.md` quotes these figures, so a
/// change of the deposits or of the records' sizes fails here until the documentation follows.
#[test]
fn a_million_codes_hold_what_the_documentation_says() {
	let code = Traceability::deposit_of(Traceability::code_footprint(false));
	let claimable = Traceability::deposit_of(Traceability::code_footprint(true));
	let event = Traceability::deposit_of(Traceability::event_footprint());
	let million = claimable * 1_000_000;
	println!(
		"deposit per code: {code} plancks ({} bytes), with a claim key: {claimable}; per event: \
		 {event} ({} bytes); a million claimable codes: {million}",
		Traceability::code_footprint(false).bytes,
		Traceability::event_footprint().bytes,
	);
	assert_eq!((code, claimable, event), DOCUMENTED_DEPOSITS);
}

/// (code, code with a claim key, event) in plancks, as `docs/abuse-paths.md` quotes them.
const DOCUMENTED_DEPOSITS: (Balance, Balance, Balance) =
	(1_762_000_000, 2_337_000_000, 575_000_000);

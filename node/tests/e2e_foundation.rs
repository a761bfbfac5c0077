//! End-to-end tests of the foundation against a real release `trace-node --dev`.

mod common;

use common::*;
use serde_json::json;
use sp_keyring::Sr25519Keyring;
use std::time::Duration;
use trace_runtime::{currency::UNIT, Address, RuntimeCall, RuntimeEvent};
use trace_test_support::DevNode;

#[test]
fn signed_transfer_is_finalized_with_its_event() {
	let node = DevNode::start(NODE);
	node.wait_finalized(2, Duration::from_secs(90));

	let alice = Sr25519Keyring::Alice;
	let bob = Sr25519Keyring::Bob;
	let amount = 42 * UNIT;
	let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: Address::Id(bob.to_account_id()),
		value: amount,
	});
	let nonce = node.next_nonce(&alice.to_account_id());
	let xt = signed_extrinsic(call, &alice.pair(), nonce, node.genesis_hash());
	let xt_hex = to_hex(&xt);
	let from = node.best_number();
	let tx_hash = node.rpc("author_submitExtrinsic", json!([xt_hex]));
	assert!(tx_hash.as_str().unwrap().starts_with("0x"));

	let mut block = None;
	node.wait_until(Duration::from_secs(90), "the transfer to be finalized", |n| {
		block = n.find_finalized_block_with(&xt_hex, from);
		block.is_some()
	});
	let events = node.events_at(&block.unwrap());
	let expected = RuntimeEvent::Balances(pallet_balances::Event::Transfer {
		from: alice.to_account_id(),
		to: bob.to_account_id(),
		amount,
	});
	assert!(events.contains(&expected), "no Transfer event in {events:?}");
	assert!(
		events.iter().any(|e| matches!(
			e,
			RuntimeEvent::System(frame_system::Event::ExtrinsicSuccess { .. })
		)),
		"no ExtrinsicSuccess in {events:?}"
	);
	assert_eq!(node.next_nonce(&alice.to_account_id()), nonce + 1);
}

#[test]
fn malformed_extrinsic_is_an_rpc_error_and_blocks_keep_coming() {
	let node = DevNode::start(NODE);
	node.wait_until(Duration::from_secs(60), "block #1", |n| n.best_number() >= 1);

	for garbage in ["0x00", "0xdeadbeef", "0x", "not hex at all"] {
		let err = node
			.try_rpc("author_submitExtrinsic", json!([garbage]))
			.expect_err("garbage must be rejected");
		assert!(err.get("code").is_some(), "{garbage}: not a JSON-RPC error: {err}");
	}
	// A well-formed extrinsic with a bad signature is rejected too.
	let call = RuntimeCall::System(frame_system::Call::remark { remark: b"hi".to_vec() });
	let xt = signed_extrinsic(call, &Sr25519Keyring::Alice.pair(), 0, Default::default());
	let err = node.try_rpc("author_submitExtrinsic", json!([to_hex(&xt)])).unwrap_err();
	assert!(err["message"].as_str().unwrap_or_default().contains("Invalid"), "{err}");

	let before = node.best_number();
	node.wait_until(Duration::from_secs(60), "two more blocks", |n| n.best_number() >= before + 2);
}

#[test]
fn standard_rpc_namespaces_are_served() {
	let node = DevNode::start(NODE);
	let methods = node.rpc("rpc_methods", json!([]));
	let methods: Vec<&str> = methods["methods"]
		.as_array()
		.unwrap()
		.iter()
		.filter_map(|m| m.as_str())
		.collect();
	for method in [
		"system_health",
		"system_accountNextIndex",
		"chain_getBlock",
		"chain_getFinalizedHead",
		"state_getMetadata",
		"state_getStorage",
		"author_submitExtrinsic",
		"author_submitAndWatchExtrinsic",
		"payment_queryInfo",
		"rpc_methods",
	] {
		assert!(methods.contains(&method), "{method} is not served");
	}
	let properties = node.rpc("system_properties", json!([]));
	assert_eq!(properties["tokenSymbol"], "TRACE");
	assert_eq!(properties["tokenDecimals"], 12);
}

#[test]
fn missing_or_corrupt_chain_spec_is_a_readable_error_not_a_panic() {
	let base = tempfile::tempdir().unwrap();
	let (ok, stderr) = run_node_to_exit(
		&["--chain", "/nonexistent/trace-spec.json", "--no-telemetry"],
		base.path(),
	);
	assert!(!ok);
	assert!(stderr.contains("does not exist"), "{stderr}");
	assert!(!stderr.contains("panicked"), "{stderr}");

	let corrupt = base.path().join("corrupt.json");
	std::fs::write(&corrupt, "{ \"name\": ").unwrap();
	let (ok, stderr) =
		run_node_to_exit(&["--chain", corrupt.to_str().unwrap(), "--no-telemetry"], base.path());
	assert!(!ok);
	assert!(stderr.contains("is not a valid chain spec"), "{stderr}");
	assert!(!stderr.contains("panicked"), "{stderr}");
}

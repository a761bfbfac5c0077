//! End to end through the `trace_*` RPC: a merchant registers a product and issues a code with
//! signed extrinsics on a real dev node; the RPC then reports and verifies it.

mod common;

use common::*;
use pallet_traceability::{Coordinates, IssueItem, Location};
use serde_json::json;
use sp_core::H256;
use sp_keyring::Sr25519Keyring;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use trace_runtime::{Runtime, RuntimeCall, RuntimeEvent};

/// GTIN-14 inside alice's dev-chain company prefix 8012345.
const GTIN: &[u8; 14] = b"08012345000012";
const LINK: &str = "https://id.trace.example/01/08012345000012/21/HB-0001";

fn submit_and_wait(node: &DevNode, calls: Vec<RuntimeCall>) -> Vec<RuntimeEvent> {
	let alice = Sr25519Keyring::Alice;
	let genesis = node.genesis_hash();
	let nonce = node.next_nonce(&alice.to_account_id());
	let mut events = Vec::new();
	for (i, call) in calls.into_iter().enumerate() {
		let xt = signed_extrinsic(call, &alice.pair(), nonce + i as u32, genesis);
		let hex = to_hex(&xt);
		let from = node.best_number();
		node.rpc("author_submitExtrinsic", json!([hex]));
		let mut block = None;
		node.wait_until(Duration::from_secs(90), "the extrinsic to be finalized", |n| {
			block = n.find_finalized_block_with(&hex, from);
			block.is_some()
		});
		events.extend(node.events_at(&block.unwrap()));
	}
	events
}

#[test]
fn issued_code_is_reported_and_verified_over_rpc() {
	let node = DevNode::start();
	node.wait_until(Duration::from_secs(60), "block #1", |n| n.best_number() >= 1);

	let now_ms = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as u64;
	let milan = Location::<Runtime> {
		gln: None,
		coordinates: Some(Coordinates { latitude: 45_464_200, longitude: 9_190_000 }),
		description: b"Via Montenapoleone, Milan".to_vec().try_into().unwrap(),
	};
	let events = submit_and_wait(
		&node,
		vec![
			RuntimeCall::Traceability(pallet_traceability::Call::register_product {
				gtin: *GTIN,
				name: b"Tote bag, calfskin".to_vec().try_into().unwrap(),
				category: b"Handbags".to_vec().try_into().unwrap(),
				country: *b"IT",
				sheet_digest: H256::repeat_byte(7),
			}),
			RuntimeCall::Traceability(pallet_traceability::Call::issue_codes {
				gtin: *GTIN,
				items: vec![IssueItem {
					serial: b"HB-0001".to_vec().try_into().unwrap(),
					lot: None,
					claim_key: None,
				}]
				.try_into()
				.unwrap(),
				purchase_location: milan,
				purchased_at: now_ms - 86_400_000,
				officer_commitment: H256::repeat_byte(9),
			}),
		],
	);
	assert!(
		events.iter().any(|e| matches!(
			e,
			RuntimeEvent::Traceability(pallet_traceability::Event::CodeIssued { .. })
		)),
		"no CodeIssued in {events:?}"
	);

	let verdict = node.rpc("trace_verify", json!([LINK]));
	assert_eq!(verdict["verdict"], "genuine", "{verdict}");
	let key = node.rpc("trace_codeId", json!([LINK]));
	assert_eq!(verdict["code"], key);

	let report = node.rpc("trace_report", json!([key]));
	assert_eq!(report["gtin"], "08012345000012");
	assert_eq!(report["serial"], "HB-0001");
	assert_eq!(report["product"]["name"], "Tote bag, calfskin");
	assert_eq!(report["product"]["origin"], "IT");
	assert_eq!(report["issuer"], report["custodian"]);
	assert_eq!(report["status"], "active", "{report}");
	assert_eq!(report["claimable"], false, "no claim key was registered: {report}");
	assert_eq!(report["events"][0]["bizStep"], "commissioning", "{report}");
	assert_eq!(report["purchase"]["location"]["description"], "Via Montenapoleone, Milan");

	let unknown = "https://id.trace.example/01/08012345000012/21/NO-SUCH";
	assert_eq!(node.rpc("trace_verify", json!([unknown]))["verdict"], "unknown");
	assert!(node.rpc("trace_report", json!([unknown])).is_null());

	let err = node
		.try_rpc("trace_verify", json!(["https://id.trace.example/01/08012345000013/21/X"]))
		.unwrap_err();
	assert_eq!(err["code"], 4001, "{err}");
	assert!(err["message"].as_str().unwrap().contains("check digit"), "{err}");
}

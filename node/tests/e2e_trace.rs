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
use trace_test_support::{DevNode, Head};

/// GTIN-14 inside alice's dev-chain company prefix 8012345.
const GTIN: &[u8; 14] = b"08012345000012";
const LINK: &str = "https://id.trace.example/01/08012345000012/21/HB-0001";

/// Submits `calls` signed by alice and waits until each is finalized; returns their events.
fn submit_and_wait(node: &DevNode, calls: Vec<RuntimeCall>) -> Vec<RuntimeEvent> {
	submit_until(node, calls, Head::Finalized).0
}

/// Submits `calls` signed by alice, one after the other, each once the previous one is in a
/// block at `head`; returns their events and the block of the last one.
fn submit_until(
	node: &DevNode,
	calls: Vec<RuntimeCall>,
	head: Head,
) -> (Vec<RuntimeEvent>, String) {
	let alice = Sr25519Keyring::Alice;
	let genesis = node.genesis_hash();
	let nonce = node.next_nonce(&alice.to_account_id());
	let mut events = Vec::new();
	let mut last = String::new();
	for (i, call) in calls.into_iter().enumerate() {
		let xt = signed_extrinsic(call, &alice.pair(), nonce + i as u32, genesis);
		let hex = to_hex(&xt);
		let from = node.best_number();
		node.rpc("author_submitExtrinsic", json!([hex]));
		let mut block = None;
		node.wait_until(
			Duration::from_secs(90),
			&format!("the extrinsic in a {head:?} block"),
			|n| {
				block = n.find_block_with(head, &hex, from);
				block.is_some()
			},
		);
		last = block.unwrap();
		events.extend(node.events_at(&last));
	}
	(events, last)
}

fn milan() -> Location<Runtime> {
	Location::<Runtime> {
		gln: None,
		coordinates: Some(Coordinates { latitude: 45_464_200, longitude: 9_190_000 }),
		description: b"Via Montenapoleone, Milan".to_vec().try_into().unwrap(),
	}
}

/// Registers the tote bag product and issues `serial` of it.
fn register_and_issue(serial: &[u8]) -> Vec<RuntimeCall> {
	let now_ms = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as u64;
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
				serial: serial.to_vec().try_into().unwrap(),
				lot: None,
				claim_key: None,
			}]
			.try_into()
			.unwrap(),
			purchase_location: milan(),
			purchased_at: now_ms - 86_400_000,
			officer_commitment: H256::repeat_byte(9),
		}),
	]
}

#[test]
fn issued_code_is_reported_and_verified_over_rpc() {
	let node = DevNode::start(NODE);
	node.wait_until(Duration::from_secs(60), "block #1", |n| n.best_number() >= 1);

	let events = submit_and_wait(&node, register_and_issue(b"HB-0001"));
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

/// A verdict must not come from a block that a fork may still replace (attack 8 of
/// `docs/abuse-paths.md`). With finality stopped (`--no-grandpa`), a code issued in the best
/// block is not in the finalized state yet: by default the RPC does not know it, and it answers
/// from the best block only when asked for that block by hash.
#[test]
fn verdicts_come_from_the_finalized_head_unless_a_block_is_named() {
	let node = DevNode::start_with(NODE, &["--no-grandpa"]);
	node.wait_until(Duration::from_secs(60), "block #1", |n| n.best_number() >= 1);
	let (events, best) = submit_until(&node, register_and_issue(b"HB-0001"), Head::Best);
	assert!(
		events.iter().any(|e| matches!(
			e,
			RuntimeEvent::Traceability(pallet_traceability::Event::CodeIssued { .. })
		)),
		"no CodeIssued in {events:?}"
	);
	assert_eq!(node.finalized_number(), 0, "nothing is finalized without GRANDPA");

	assert_eq!(node.rpc("trace_verify", json!([LINK]))["verdict"], "unknown");
	let key = node.rpc("trace_codeId", json!([LINK]));
	assert!(node.rpc("trace_report", json!([key])).is_null());

	let verdict = node.rpc("trace_verify", json!([LINK, best]));
	assert_eq!(verdict["verdict"], "genuine", "{verdict}");
	let report = node.rpc("trace_report", json!([key, best]));
	assert_eq!(report["serial"], "HB-0001", "{report}");
}

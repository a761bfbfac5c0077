//! The node's end-to-end tests: a release `trace-node --dev` started with `trace-test-support`
//! (loopback ports the node picks itself, a temporary base path, killed on drop), what they read
//! from it with the runtime's own types, and signed extrinsics built from those types.

#![allow(dead_code)]

use codec::{Decode, Encode};
use serde_json::json;
use sp_core::{sr25519, H256};
use std::{path::Path, process::Command};
use trace_runtime::{signing, Nonce, RuntimeCall, RuntimeEvent, UncheckedExtrinsic};
use trace_test_support::DevNode;

/// Path of the node binary cargo built for these tests.
pub const NODE: &str = env!("CARGO_BIN_EXE_trace-node");

/// What the tests read from a [`DevNode`] with the runtime's own types.
pub trait RuntimeRpc {
	/// Genesis hash.
	fn genesis_hash(&self) -> H256;
	/// Next nonce of `account`, as the transaction pool sees it.
	fn next_nonce(&self, account: &sp_runtime::AccountId32) -> Nonce;
	/// The events of the block with this hash, decoded with the runtime's types.
	fn events_at(&self, block_hash: &str) -> Vec<RuntimeEvent>;
}

impl RuntimeRpc for DevNode {
	fn genesis_hash(&self) -> H256 {
		let hash = self.rpc("chain_getBlockHash", json!([0]));
		decode_hex(hash.as_str().unwrap())
	}

	fn next_nonce(&self, account: &sp_runtime::AccountId32) -> Nonce {
		let ss58 = sp_core::crypto::Ss58Codec::to_ss58check(account);
		self.rpc("system_accountNextIndex", json!([ss58])).as_u64().unwrap() as Nonce
	}

	fn events_at(&self, block_hash: &str) -> Vec<RuntimeEvent> {
		let key = format!("0x{}", hex::encode(events_storage_key()));
		let raw = self.rpc("state_getStorage", json!([key, block_hash]));
		let bytes = hex::decode(raw.as_str().unwrap().trim_start_matches("0x")).unwrap();
		type Records = Vec<frame_system::EventRecord<RuntimeEvent, H256>>;
		Records::decode(&mut &bytes[..]).unwrap().into_iter().map(|r| r.event).collect()
	}
}

/// `twox128("System") ++ twox128("Events")`.
pub fn events_storage_key() -> Vec<u8> {
	let mut key = sp_io::hashing::twox_128(b"System").to_vec();
	key.extend(sp_io::hashing::twox_128(b"Events"));
	key
}

/// Decodes a 0x-prefixed 32-byte hash.
pub fn decode_hex(s: &str) -> H256 {
	let bytes = hex::decode(s.trim_start_matches("0x")).unwrap();
	H256::from_slice(&bytes)
}

/// A signed, immortal extrinsic of `call` by `signer`, built exactly as a wallet does (by the
/// runtime's own `signing::sign`, as the node's benchmarks build theirs).
pub fn signed_extrinsic(
	call: RuntimeCall,
	signer: &sr25519::Pair,
	nonce: Nonce,
	genesis: H256,
) -> UncheckedExtrinsic {
	signing::sign(call, signer, nonce, genesis, signing::Lifetime::Immortal)
}

/// `0x`-prefixed hex of an encodable value.
pub fn to_hex(value: &impl Encode) -> String {
	format!("0x{}", hex::encode(value.encode()))
}

/// Runs the node binary with `args` to completion and returns (exit success, stderr).
pub fn run_node_to_exit(args: &[&str], base: &Path) -> (bool, String) {
	let output = Command::new(NODE)
		.args(args)
		.arg("--base-path")
		.arg(base)
		.output()
		.expect("trace-node runs");
	(output.status.success(), String::from_utf8_lossy(&output.stderr).into_owned())
}

//! A release `trace-node --dev` started on free loopback ports with a temporary base path,
//! a minimal JSON-RPC client for it, and signed extrinsics built from the runtime's own types.
//! The node is killed when the handle drops, so no process outlives a test.

#![allow(dead_code)]

use codec::{Decode, Encode};
use serde_json::{json, Value};
use sp_core::{crypto::Pair as _, sr25519, H256};
use sp_runtime::generic::Era;
use std::{
	io::{BufRead, BufReader},
	net::TcpListener,
	path::Path,
	process::{Child, Command, Stdio},
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};
use trace_runtime::{
	Address, Nonce, RuntimeCall, RuntimeEvent, Signature, SignedPayload, TxExtension,
	UncheckedExtrinsic, VERSION,
};

/// Path of the node binary cargo built for these tests.
pub const NODE: &str = env!("CARGO_BIN_EXE_trace-node");

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A running dev node.
pub struct DevNode {
	child: Child,
	/// The HTTP/WebSocket RPC port.
	pub rpc_port: u16,
	/// What the node printed on stderr so far (for failure messages).
	pub log: Arc<Mutex<String>>,
	_base: tempfile::TempDir,
}

impl DevNode {
	/// Starts `trace-node --dev` on loopback and waits until its RPC answers.
	pub fn start() -> Self {
		Self::start_with(&[])
	}

	/// Starts the dev node with extra arguments.
	pub fn start_with(extra: &[&str]) -> Self {
		let base = tempfile::tempdir().unwrap();
		let rpc_port = free_port();
		let p2p_port = free_port();
		let mut child = Command::new(NODE)
			.args(["--dev", "--no-telemetry", "--no-prometheus", "--no-mdns"])
			.arg("--base-path")
			.arg(base.path())
			.args(["--rpc-port", &rpc_port.to_string()])
			.args(["--listen-addr", &format!("/ip4/127.0.0.1/tcp/{p2p_port}")])
			.args(extra)
			.stdout(Stdio::null())
			.stderr(Stdio::piped())
			.spawn()
			.expect("trace-node starts");
		let log = Arc::new(Mutex::new(String::new()));
		let stderr = child.stderr.take().unwrap();
		let sink = log.clone();
		std::thread::spawn(move || {
			for line in BufReader::new(stderr).lines().map_while(Result::ok) {
				let mut log = sink.lock().unwrap();
				log.push_str(&line);
				log.push('\n');
			}
		});
		let node = DevNode { child, rpc_port, log, _base: base };
		node.wait_until(Duration::from_secs(60), "RPC to answer", |n| {
			n.try_rpc("system_health", json!([])).is_ok()
		});
		node
	}

	/// Calls `method`; `Err` carries the JSON-RPC error object or the transport error.
	pub fn try_rpc(&self, method: &str, params: Value) -> Result<Value, Value> {
		let body = json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params});
		let response: Value = ureq::post(&format!("http://127.0.0.1:{}", self.rpc_port))
			.timeout(Duration::from_secs(10))
			.send_json(body)
			.map_err(|e| json!(e.to_string()))?
			.into_json()
			.map_err(|e| json!(e.to_string()))?;
		match response.get("error") {
			Some(error) => Err(error.clone()),
			None => Ok(response["result"].clone()),
		}
	}

	/// Calls `method` and panics with the node's log on an error.
	pub fn rpc(&self, method: &str, params: Value) -> Value {
		self.try_rpc(method, params)
			.unwrap_or_else(|e| panic!("{method} failed: {e}\n--- node log ---\n{}", self.log()))
	}

	/// The node's stderr so far.
	pub fn log(&self) -> String {
		self.log.lock().unwrap().clone()
	}

	/// Polls `done` every 200 ms until it holds, or panics after `timeout`.
	pub fn wait_until(&self, timeout: Duration, what: &str, mut done: impl FnMut(&Self) -> bool) {
		let start = Instant::now();
		while !done(self) {
			assert!(
				start.elapsed() < timeout,
				"timed out after {timeout:?} waiting for {what}\n--- node log ---\n{}",
				self.log()
			);
			std::thread::sleep(Duration::from_millis(200));
		}
	}

	/// Number of the block with this hash.
	pub fn block_number(&self, hash: &str) -> u32 {
		let header = self.rpc("chain_getHeader", json!([hash]));
		let number = header["number"].as_str().unwrap().trim_start_matches("0x");
		u32::from_str_radix(number, 16).unwrap()
	}

	/// Number of the last finalized block.
	pub fn finalized_number(&self) -> u32 {
		let hash = self.rpc("chain_getFinalizedHead", json!([]));
		self.block_number(hash.as_str().unwrap())
	}

	/// Number of the best block.
	pub fn best_number(&self) -> u32 {
		let header = self.rpc("chain_getHeader", json!([]));
		u32::from_str_radix(header["number"].as_str().unwrap().trim_start_matches("0x"), 16)
			.unwrap()
	}

	/// Waits until block `n` is finalized.
	pub fn wait_finalized(&self, n: u32, timeout: Duration) {
		self.wait_until(timeout, &format!("block #{n} to be finalized"), |node| {
			node.finalized_number() >= n
		});
	}

	/// Genesis hash.
	pub fn genesis_hash(&self) -> H256 {
		let hash = self.rpc("chain_getBlockHash", json!([0]));
		decode_hex(hash.as_str().unwrap())
	}

	/// Next nonce of `account`, as the transaction pool sees it.
	pub fn next_nonce(&self, account: &sp_runtime::AccountId32) -> Nonce {
		let ss58 = sp_core::crypto::Ss58Codec::to_ss58check(account);
		self.rpc("system_accountNextIndex", json!([ss58])).as_u64().unwrap() as Nonce
	}

	/// The events of the block with this hash, decoded with the runtime's types.
	pub fn events_at(&self, block_hash: &str) -> Vec<RuntimeEvent> {
		let key = format!("0x{}", hex::encode(events_storage_key()));
		let raw = self.rpc("state_getStorage", json!([key, block_hash]));
		let bytes = hex::decode(raw.as_str().unwrap().trim_start_matches("0x")).unwrap();
		type Records = Vec<frame_system::EventRecord<RuntimeEvent, H256>>;
		Records::decode(&mut &bytes[..]).unwrap().into_iter().map(|r| r.event).collect()
	}

	/// Finds, among the finalized blocks numbered `from` or more, the one containing this
	/// extrinsic (hex with 0x); returns its hash. `from` is the best block number read before
	/// submitting, so each poll reads only the blocks made since.
	pub fn find_finalized_block_with(&self, extrinsic_hex: &str, from: u32) -> Option<String> {
		self.find_block_with(Head::Finalized, extrinsic_hex, from)
	}

	/// Finds, among the blocks numbered `from` or more up to `head`, the one containing this
	/// extrinsic (hex with 0x); returns its hash.
	pub fn find_block_with(&self, head: Head, extrinsic_hex: &str, from: u32) -> Option<String> {
		let head = match head {
			Head::Finalized => self.rpc("chain_getFinalizedHead", json!([])),
			Head::Best => self.rpc("chain_getBlockHash", json!([])),
		};
		let mut hash = head.as_str()?.to_string();
		loop {
			let block = self.rpc("chain_getBlock", json!([hash]));
			let extrinsics = block["block"]["extrinsics"].as_array()?;
			if extrinsics.iter().any(|x| x.as_str() == Some(extrinsic_hex)) {
				return Some(hash);
			}
			let number = block["block"]["header"]["number"].as_str()?;
			if u32::from_str_radix(number.trim_start_matches("0x"), 16).ok()? <= from {
				return None;
			}
			hash = block["block"]["header"]["parentHash"].as_str()?.to_string();
		}
	}
}

/// Which chain head a lookup starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Head {
	/// The best block, which a fork may still replace.
	Best,
	/// The finalized block.
	Finalized,
}

impl Drop for DevNode {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
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

/// A signed, immortal extrinsic of `call` by `signer`, built exactly as a wallet does.
pub fn signed_extrinsic(
	call: RuntimeCall,
	signer: &sr25519::Pair,
	nonce: Nonce,
	genesis: H256,
) -> UncheckedExtrinsic {
	let tx_ext: TxExtension = (
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	);
	let implicit = (
		(),
		(),
		VERSION.spec_version,
		VERSION.transaction_version,
		genesis,
		genesis,
		(),
		(),
		(),
		None,
		(),
	);
	let payload = SignedPayload::from_raw(call.clone(), tx_ext.clone(), implicit);
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	let account: sp_runtime::AccountId32 = signer.public().into();
	UncheckedExtrinsic::new_signed(
		call,
		Address::Id(account),
		Signature::Sr25519(signature),
		tx_ext,
	)
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

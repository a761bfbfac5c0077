//! What the end-to-end tests of trace-chain share: a `trace-node --dev` started for one test
//! on loopback with a temporary base path, its log, and a minimal JSON-RPC client for it. The
//! node is killed when its [`DevNode`] drops, so no process outlives a test.
//!
//! Ports cannot collide between tests running in parallel, in one test process or in several:
//! the node is started with `--rpc-port 0` and `--listen-addr /ip4/127.0.0.1/tcp/0`, so the
//! kernel gives each of its listeners a port no other socket holds, and [`DevNode`] learns the
//! ports from the node itself: the RPC port from the line `Running JSON-RPC server: addr=…` that
//! `sc-rpc-server` logs once its listeners are bound, the p2p port and the peer id from the
//! `system_localListenAddresses` RPC. No port is picked beforehand in the hope that it is still
//! free when the node binds it.

pub mod vectors;

use serde_json::{json, Value};
use std::{
	io::{BufRead, BufReader},
	net::{IpAddr, Ipv4Addr, SocketAddr},
	path::{Path, PathBuf},
	process::{Child, Command, ExitStatus, Stdio},
	sync::{
		mpsc::{self, RecvTimeoutError},
		Arc, Mutex, PoisonError,
	},
	time::{Duration, Instant},
};

/// How long a node may take to bind its RPC server, and then to answer RPC and report its p2p
/// address.
const START_TIMEOUT: Duration = Duration::from_secs(120);

/// What `sc-rpc-server` logs once its listeners are bound, followed by their addresses separated
/// by commas: `127.0.0.1:PORT,[::1]:PORT`, or `127.0.0.1:PORT,` when only one could be bound.
const RPC_LINE: &str = "Running JSON-RPC server: addr=";

/// The `trace-node` named by the environment variable `TRACE_NODE` (tests of crates other than
/// the node's, which cargo does not build the node for).
pub fn node_binary_from_env() -> PathBuf {
	PathBuf::from(std::env::var("TRACE_NODE").expect("set TRACE_NODE to a release trace-node"))
}

/// The multiaddr of `peer_id` listening on 127.0.0.1:`port`.
pub fn multiaddr(port: u16, peer_id: &str) -> String {
	format!("/ip4/127.0.0.1/tcp/{port}/p2p/{peer_id}")
}

/// A running `trace-node --dev`, killed on drop.
pub struct DevNode {
	child: Mutex<Child>,
	rpc_port: u16,
	p2p_port: u16,
	peer_id: String,
	/// What the node printed on stderr so far.
	log: Arc<Mutex<String>>,
	/// Holds the base path (`node/`) and whatever files the test writes; removed on drop, after
	/// the node is killed.
	dir: tempfile::TempDir,
}

impl DevNode {
	/// Starts `binary --dev` on loopback and waits until its RPC answers and it reports its p2p
	/// address.
	pub fn start(binary: impl AsRef<Path>) -> Self {
		Self::start_with(binary, &[])
	}

	/// Starts `binary --dev` with `extra` arguments after the ones this crate passes
	/// (`--no-telemetry --no-prometheus --no-mdns`, the base path, `--rpc-port 0` and
	/// `--listen-addr /ip4/127.0.0.1/tcp/0`), e.g. `--no-grandpa` or `--bootnodes`. `extra` must
	/// not name ports (that would bring back collisions) nor hide the `info` log of
	/// `sc_rpc_server`, which tells the RPC port.
	pub fn start_with(binary: impl AsRef<Path>, extra: &[&str]) -> Self {
		let binary = binary.as_ref();
		let dir = tempfile::Builder::new()
			.prefix("trace-node-")
			.tempdir()
			.expect("cannot create a temporary directory");
		let mut child = Command::new(binary)
			.args(["--dev", "--no-telemetry", "--no-prometheus", "--no-mdns"])
			.arg("--base-path")
			.arg(dir.path().join("node"))
			.args(["--rpc-port", "0", "--listen-addr", "/ip4/127.0.0.1/tcp/0"])
			.args(extra)
			.stdout(Stdio::null())
			.stderr(Stdio::piped())
			.spawn()
			.unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));

		let stderr = child.stderr.take().expect("stderr is piped");
		let log = Arc::new(Mutex::new(String::new()));
		let (rpc_port_tx, rpc_port_rx) = mpsc::channel();
		let sink = log.clone();
		std::thread::spawn(move || {
			let mut rpc_port_tx = Some(rpc_port_tx);
			for line in BufReader::new(stderr).lines().map_while(Result::ok) {
				{
					let mut log = sink.lock().unwrap_or_else(PoisonError::into_inner);
					log.push_str(&line);
					log.push('\n');
				}
				if let Some(port) = rpc_port_in(&line) {
					if let Some(tx) = rpc_port_tx.take() {
						let _ = tx.send(port);
					}
				}
			}
		});

		// From here on a panic drops `node`, which kills the process.
		let mut node = DevNode {
			child: Mutex::new(child),
			rpc_port: 0,
			p2p_port: 0,
			peer_id: String::new(),
			log,
			dir,
		};
		let rpc_port = match rpc_port_rx.recv_timeout(START_TIMEOUT) {
			Ok(port) => port,
			Err(RecvTimeoutError::Timeout) => panic!(
				"the node logged no `{RPC_LINE}` with a 127.0.0.1 address within \
				 {START_TIMEOUT:?}\n--- node log ---\n{}",
				node.log()
			),
			Err(RecvTimeoutError::Disconnected) => panic!(
				"the node closed its stderr (exited?) before its RPC server ran\n\
				 --- node log ---\n{}",
				node.log()
			),
		};
		node.rpc_port = rpc_port;
		let mut p2p = None;
		node.wait_until(START_TIMEOUT, "RPC to answer and report a p2p address", |n| {
			if n.try_rpc("system_health", json!([])).is_err() {
				return false;
			}
			p2p = n
				.try_rpc("system_localListenAddresses", json!([]))
				.ok()
				.and_then(|addresses| loopback_tcp(&addresses));
			p2p.is_some()
		});
		let (p2p_port, peer_id) = p2p.expect("wait_until returns once p2p is known");
		node.p2p_port = p2p_port;
		node.peer_id = peer_id;
		node
	}

	/// The JSON-RPC port on 127.0.0.1 (HTTP and WebSocket).
	pub fn rpc_port(&self) -> u16 {
		self.rpc_port
	}

	/// The WebSocket RPC endpoint.
	pub fn ws_url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}

	/// The HTTP RPC endpoint.
	pub fn http_url(&self) -> String {
		format!("http://127.0.0.1:{}", self.rpc_port)
	}

	/// The libp2p TCP port on 127.0.0.1.
	pub fn p2p_port(&self) -> u16 {
		self.p2p_port
	}

	/// The libp2p peer id.
	pub fn peer_id(&self) -> &str {
		&self.peer_id
	}

	/// The node's multiaddr, for a light client or another node's `--bootnodes`.
	pub fn bootnode(&self) -> String {
		multiaddr(self.p2p_port, &self.peer_id)
	}

	/// The test's temporary directory: the node's base path is `node/` in it, and a test may
	/// write its own files there. Removed when the node drops.
	pub fn dir(&self) -> &Path {
		self.dir.path()
	}

	/// The node's base path.
	pub fn base_path(&self) -> PathBuf {
		self.dir.path().join("node")
	}

	/// The node's stderr so far.
	pub fn log(&self) -> String {
		self.log.lock().unwrap_or_else(PoisonError::into_inner).clone()
	}

	/// How the node exited, if it did.
	pub fn exit_status(&self) -> Option<ExitStatus> {
		self.child
			.lock()
			.unwrap_or_else(PoisonError::into_inner)
			.try_wait()
			.ok()
			.flatten()
	}

	/// Calls `method`; `Err` carries the JSON-RPC error object or the transport error.
	pub fn try_rpc(&self, method: &str, params: Value) -> Result<Value, Value> {
		let body = json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params});
		let response: Value = ureq::post(&self.http_url())
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

	/// Polls `done` every 200 ms until it holds; panics with the node's log after `timeout`, or
	/// as soon as the node has exited.
	pub fn wait_until(&self, timeout: Duration, what: &str, mut done: impl FnMut(&Self) -> bool) {
		let start = Instant::now();
		while !done(self) {
			if let Some(status) = self.exit_status() {
				panic!(
					"the node exited ({status}) while waiting for {what}\n--- node log ---\n{}",
					self.log()
				);
			}
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
		hex_number(&header["number"])
	}

	/// Number of the last finalized block.
	pub fn finalized_number(&self) -> u32 {
		let hash = self.rpc("chain_getFinalizedHead", json!([]));
		self.block_number(hash.as_str().expect("a block hash"))
	}

	/// Number of the best block.
	pub fn best_number(&self) -> u32 {
		let header = self.rpc("chain_getHeader", json!([]));
		hex_number(&header["number"])
	}

	/// Waits until block `n` is finalized.
	pub fn wait_finalized(&self, n: u32, timeout: Duration) {
		self.wait_until(timeout, &format!("block #{n} to be finalized"), |node| {
			node.finalized_number() >= n
		});
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

impl Drop for DevNode {
	fn drop(&mut self) {
		let child = self.child.get_mut().unwrap_or_else(PoisonError::into_inner);
		let _ = child.kill();
		let _ = child.wait();
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

/// A block number as the RPC writes it: a 0x-prefixed hex string.
fn hex_number(number: &Value) -> u32 {
	let hex = number.as_str().expect("a hex block number").trim_start_matches("0x");
	u32::from_str_radix(hex, 16).expect("a hex block number")
}

/// The RPC port on 127.0.0.1 that a log `line` of `sc-rpc-server` names, if it is that line.
fn rpc_port_in(line: &str) -> Option<u16> {
	let (_, addresses) = line.split_once(RPC_LINE)?;
	addresses
		.split(',')
		.filter_map(|address| address.trim().parse::<SocketAddr>().ok())
		.find(|address| address.ip() == IpAddr::V4(Ipv4Addr::LOCALHOST))
		.map(|address| address.port())
}

/// The port and peer id of the `/ip4/127.0.0.1/tcp/PORT/p2p/PEER` address among the answer of
/// `system_localListenAddresses`.
fn loopback_tcp(addresses: &Value) -> Option<(u16, String)> {
	addresses.as_array()?.iter().filter_map(Value::as_str).find_map(|address| {
		match address.split('/').collect::<Vec<_>>().as_slice() {
			["", "ip4", "127.0.0.1", "tcp", port, "p2p", peer_id] => {
				Some((port.parse::<u16>().ok()?, (*peer_id).to_owned()))
			},
			_ => None,
		}
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_rpc_port_is_read_from_the_log_line() {
		let line = "2026-01-01 12:00:00 Running JSON-RPC server: addr=127.0.0.1:40111,[::1]:40112";
		assert_eq!(rpc_port_in(line), Some(40111));
		let ipv6_first = "Running JSON-RPC server: addr=[::1]:40112,127.0.0.1:40111";
		assert_eq!(rpc_port_in(ipv6_first), Some(40111));
		assert_eq!(rpc_port_in("Running JSON-RPC server: addr=127.0.0.1:9944,"), Some(9944));
		assert_eq!(rpc_port_in("Running JSON-RPC server: addr=[::1]:9944,"), None);
		assert_eq!(rpc_port_in("🏷  Local node identity is: 12D3KooW"), None);
	}

	#[test]
	fn the_p2p_port_and_peer_id_are_read_from_the_listen_addresses() {
		let addresses = json!([
			"/ip6/::1/tcp/30333/p2p/12D3KooWA",
			"/ip4/127.0.0.1/tcp/40113/ws/p2p/12D3KooWA",
			"/ip4/127.0.0.1/tcp/40114/p2p/12D3KooWA",
		]);
		assert_eq!(loopback_tcp(&addresses), Some((40114, "12D3KooWA".to_owned())));
		assert_eq!(loopback_tcp(&json!([])), None);
		assert_eq!(loopback_tcp(&json!(null)), None);
	}

	#[test]
	fn a_multiaddr_names_loopback_tcp_and_the_peer() {
		assert_eq!(multiaddr(30333, "12D3KooWA"), "/ip4/127.0.0.1/tcp/30333/p2p/12D3KooWA");
	}
}

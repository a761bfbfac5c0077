//! What the end-to-end tests share: a `trace-node --dev` on free loopback ports, the `trace`
//! binary, and a TCP proxy that can tamper with what the node sends.

use std::{
	io::{BufRead, BufReader, Read, Write},
	net::{Shutdown, TcpListener, TcpStream},
	path::{Path, PathBuf},
	process::{Child, Command, Output, Stdio},
	sync::{
		atomic::{AtomicUsize, Ordering},
		mpsc, Arc,
	},
	time::{Duration, Instant},
};

/// A node started for a test, stopped on drop.
pub struct Node {
	child: Child,
	/// Its WebSocket RPC endpoint.
	pub rpc: String,
	/// Its libp2p TCP port on 127.0.0.1.
	pub p2p_port: u16,
	/// Its libp2p peer id.
	pub peer_id: String,
	/// Its base path and the test's files.
	pub dir: tempfile::TempDir,
}

impl Drop for Node {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

impl Node {
	/// Its multiaddr, for a light client.
	pub fn bootnode(&self) -> String {
		multiaddr(self.p2p_port, &self.peer_id)
	}
}

/// The multiaddr of `peer_id` listening on 127.0.0.1:`port`.
pub fn multiaddr(port: u16, peer_id: &str) -> String {
	format!("/ip4/127.0.0.1/tcp/{port}/p2p/{peer_id}")
}

/// A free TCP port on the loopback interface.
pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The release `trace-node` named by `TRACE_NODE`.
pub fn node_binary() -> PathBuf {
	PathBuf::from(std::env::var("TRACE_NODE").expect("set TRACE_NODE to a release trace-node"))
}

/// Starts `trace-node --dev` and waits until it has a peer id and serves RPC.
pub fn start_node(binary: &Path) -> Node {
	let (rpc_port, p2p_port) = (free_port(), free_port());
	let dir = tempfile::tempdir().unwrap();
	let mut child = Command::new(binary)
		.args(["--dev", "--base-path"])
		.arg(dir.path().join("node"))
		.args(["--rpc-port", &rpc_port.to_string()])
		.args(["--listen-addr", &format!("/ip4/127.0.0.1/tcp/{p2p_port}")])
		.arg("--no-prometheus")
		.stdout(Stdio::null())
		.stderr(Stdio::piped())
		.spawn()
		.expect("cannot start the node");
	let (tx, rx) = mpsc::channel();
	let stderr = child.stderr.take().unwrap();
	std::thread::spawn(move || {
		for line in BufReader::new(stderr).lines().map_while(Result::ok) {
			if let Some(id) = line.split("Local node identity is: ").nth(1) {
				let _ = tx.send(id.trim().to_owned());
			}
		}
	});
	let peer_id = rx.recv_timeout(Duration::from_secs(60)).expect("the node printed no identity");
	let deadline = Instant::now() + Duration::from_secs(60);
	while TcpStream::connect(("127.0.0.1", rpc_port)).is_err() {
		assert!(Instant::now() < deadline, "the node's RPC server did not start");
		std::thread::sleep(Duration::from_millis(200));
	}
	Node { child, rpc: format!("ws://127.0.0.1:{rpc_port}"), p2p_port, peer_id, dir }
}

/// The raw dev chain spec without bootnodes, written next to the node's files.
pub fn chain_spec(binary: &Path, node: &Node) -> PathBuf {
	let output = Command::new(binary)
		.args(["build-spec", "--chain", "dev", "--raw", "--disable-default-bootnode"])
		.stderr(Stdio::null())
		.output()
		.expect("cannot export the chain spec");
	assert!(output.status.success(), "build-spec failed");
	let path = node.dir.path().join("dev.json");
	std::fs::write(&path, output.stdout).unwrap();
	path
}

/// Runs `trace` with `args` (and `--url` of `node`), echoing what it printed.
pub fn trace(node: &Node, args: &[&str]) -> Output {
	let started = Instant::now();
	let output = Command::new(env!("CARGO_BIN_EXE_trace"))
		.args(args)
		.args(["--url", &node.rpc])
		.output()
		.expect("cannot run trace");
	eprintln!(
		"$ trace {}\n{}{}(exit {}, {:.2} s wall)",
		args.join(" "),
		String::from_utf8_lossy(&output.stdout),
		String::from_utf8_lossy(&output.stderr),
		output.status.code().unwrap_or(-1),
		started.elapsed().as_secs_f64()
	);
	output
}

/// Runs `trace` and expects success; returns its standard output.
pub fn ok(node: &Node, args: &[&str]) -> String {
	let output = trace(node, args);
	assert!(output.status.success(), "trace {} failed", args.join(" "));
	String::from_utf8(output.stdout).unwrap()
}

/// Runs `trace` and expects failure; returns its standard error.
pub fn fails(node: &Node, args: &[&str]) -> String {
	let output = trace(node, args);
	assert!(!output.status.success(), "trace {} should have succeeded", args.join(" "));
	String::from_utf8(output.stderr).unwrap()
}

/// What a [`Proxy`] does to the bytes the node sends back.
#[derive(Clone, Debug)]
pub enum Tamper {
	/// Replaces every occurrence of `from` by `to` (same length): forges data in a plain
	/// protocol such as JSON-RPC over WebSocket, which carries storage values as hex.
	Replace { from: Vec<u8>, to: Vec<u8> },
	/// Flips bits of every 64th byte once `after` bytes went through: corrupts an encrypted
	/// stream once its handshake is done.
	Corrupt { after: usize },
}

/// A TCP proxy on 127.0.0.1 in front of a port of the node. It forwards what the client sends
/// unchanged and tampers with what the node answers. It runs until the test process ends.
pub struct Proxy {
	/// The port clients connect to.
	pub port: u16,
	/// How many times a [`Tamper::Replace`] pattern was found and rewritten so far.
	forged: Arc<AtomicUsize>,
}

impl Proxy {
	/// Starts a proxy in front of 127.0.0.1:`target`.
	pub fn start(target: u16, tamper: Tamper) -> Self {
		if let Tamper::Replace { from, to } = &tamper {
			assert_eq!(from.len(), to.len(), "a replacement must keep the length");
		}
		let listener = TcpListener::bind("127.0.0.1:0").unwrap();
		let port = listener.local_addr().unwrap().port();
		let tamper = Arc::new(tamper);
		let forged = Arc::new(AtomicUsize::new(0));
		let count = forged.clone();
		std::thread::spawn(move || {
			for client in listener.incoming().map_while(Result::ok) {
				let Ok(server) = TcpStream::connect(("127.0.0.1", target)) else { continue };
				let (client_in, server_out) =
					(client.try_clone().unwrap(), server.try_clone().unwrap());
				std::thread::spawn(move || forward(client_in, server_out));
				let (tamper, count) = (tamper.clone(), count.clone());
				std::thread::spawn(move || tamper_with(server, client, &tamper, &count));
			}
		});
		Proxy { port, forged }
	}

	/// How many forgeries the proxy made: occurrences of the pattern it found in the node's
	/// answers and rewrote.
	pub fn forgeries(&self) -> usize {
		self.forged.load(Ordering::SeqCst)
	}
}

/// Copies `from` to `to` unchanged.
fn forward(mut from: TcpStream, mut to: TcpStream) {
	let _ = std::io::copy(&mut from, &mut to);
	let _ = to.shutdown(Shutdown::Both);
}

/// Copies `from` to `to`, tampering on the way.
fn tamper_with(mut from: TcpStream, mut to: TcpStream, tamper: &Tamper, forged: &AtomicUsize) {
	let mut pending = Vec::new();
	let mut sent = 0usize;
	let mut buffer = [0u8; 16 * 1024];
	loop {
		let read = match from.read(&mut buffer) {
			Ok(0) | Err(_) => break,
			Ok(read) => read,
		};
		pending.extend_from_slice(&buffer[..read]);
		let held = match tamper {
			Tamper::Replace { from: pattern, to: replacement } => {
				let mut at = 0;
				while let Some(found) = find(&pending[at..], pattern) {
					let start = at + found;
					pending[start..start + pattern.len()].copy_from_slice(replacement);
					forged.fetch_add(1, Ordering::SeqCst);
					at = start + pattern.len();
				}
				// Hold back a tail that may be the start of a match split across reads.
				(1..pattern.len())
					.rev()
					.find(|&len| pending.len() >= len && pending.ends_with(&pattern[..len]))
					.unwrap_or(0)
			},
			Tamper::Corrupt { after } => {
				for (offset, byte) in pending.iter_mut().enumerate() {
					let position = sent + offset;
					if position >= *after && position.is_multiple_of(64) {
						*byte ^= 0x5a;
					}
				}
				0
			},
		};
		let ready = pending.len() - held;
		if to.write_all(&pending[..ready]).is_err() {
			break;
		}
		sent += ready;
		pending.drain(..ready);
	}
	let _ = to.write_all(&pending);
	let _ = to.shutdown(Shutdown::Both);
}

/// Where `needle` first occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
	haystack.windows(needle.len()).position(|window| window == needle)
}

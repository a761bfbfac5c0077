//! What the end-to-end tests share besides the node (a `trace-node --dev` from
//! `trace-test-support`): the dev chain spec, the `trace` binary, and a TCP proxy that can
//! tamper with what the node sends.

use std::{
	io::{Read, Write},
	net::{Shutdown, TcpListener, TcpStream},
	path::{Path, PathBuf},
	process::{Command, Output, Stdio},
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc,
	},
	time::Instant,
};
use trace_test_support::DevNode;

/// The raw dev chain spec without bootnodes, written next to the node's files.
pub fn chain_spec(binary: &Path, node: &DevNode) -> PathBuf {
	let output = Command::new(binary)
		.args(["build-spec", "--chain", "dev", "--raw", "--disable-default-bootnode"])
		.stderr(Stdio::null())
		.output()
		.expect("cannot export the chain spec");
	assert!(output.status.success(), "build-spec failed");
	let path = node.dir().join("dev.json");
	std::fs::write(&path, output.stdout).unwrap();
	path
}

/// Runs `trace` with `args` (and `--url` of `node`), echoing what it printed.
pub fn trace(node: &DevNode, args: &[&str]) -> Output {
	let started = Instant::now();
	let output = Command::new(env!("CARGO_BIN_EXE_trace"))
		.args(args)
		.args(["--url", &node.ws_url()])
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
pub fn ok(node: &DevNode, args: &[&str]) -> String {
	let output = trace(node, args);
	assert!(output.status.success(), "trace {} failed", args.join(" "));
	String::from_utf8(output.stdout).unwrap()
}

/// Runs `trace` and expects failure; returns its standard error.
pub fn fails(node: &DevNode, args: &[&str]) -> String {
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

//! `trace-loadgen`: saturates a trace-chain node with pre-signed transactions, counts what
//! lands in finalized blocks and writes `docs/performance.md` with a plot.
//!
//! Workloads, in the order they run against the same node: (a) balance transfers, the
//! reference; (c) bulk code issuance, which also makes the codes of the next ones;
//! (b) single-item handovers; (d) container handovers, after packing; (e) verification
//! through the runtime API and through a light client. `scripts/bench.sh` starts the node
//! and runs this.

mod chain;
mod report;
mod stats;
mod submit;
mod workloads;

use anyhow::Result;
use clap::Parser;
use std::{path::PathBuf, time::Instant};
use workloads::{Bench, Settings};

/// Command-line arguments.
#[derive(Parser, Debug)]
#[command(name = "trace-loadgen", about = "Throughput of a trace-chain node, measured")]
struct Args {
	/// The node's WebSocket RPC endpoint.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	url: String,
	/// The node's process id, for its CPU time and peak memory.
	#[arg(long)]
	node_pid: Option<String>,
	/// The node's command line, quoted in the report.
	#[arg(long, default_value = "")]
	node_command: String,
	/// Where to write the report.
	#[arg(long, default_value = "docs/performance.md")]
	out: PathBuf,
	/// Where to write the plot (PNG); the report links it by file name.
	#[arg(long, default_value = "docs/performance.png")]
	plot: PathBuf,
	/// WebSocket connections for submissions and calls.
	#[arg(long, default_value_t = 4)]
	connections: usize,
	/// Transactions submitted and not yet in a block, at most.
	#[arg(long, default_value_t = 5_000)]
	window: usize,
	/// Submissions in flight.
	#[arg(long, default_value_t = 256)]
	concurrency: usize,
	/// Funded bench accounts (`//Alice//bench/{i}`), senders of the transfers.
	#[arg(long, default_value_t = 1024)]
	accounts: usize,
	/// Of them, participants (a multiple of 4): issuers, handover and container pairs.
	#[arg(long, default_value_t = 128)]
	participants: usize,
	/// Transfers signed ahead per account.
	#[arg(long, default_value_t = 30)]
	transfers_per_account: usize,
	/// Codes per `issue_codes` call (at most the runtime's `MaxCodesPerCall`).
	#[arg(long, default_value_t = 500)]
	issue_batch: usize,
	/// Seconds of transfers.
	#[arg(long, default_value_t = 40)]
	transfer_seconds: u64,
	/// Seconds of handover proposals.
	#[arg(long, default_value_t = 50)]
	handover_seconds: u64,
	/// Seconds of container handovers.
	#[arg(long, default_value_t = 40)]
	container_seconds: u64,
	/// Seconds of runtime API verifications.
	#[arg(long, default_value_t = 20)]
	verify_seconds: u64,
	/// Concurrent runtime API calls.
	#[arg(long, default_value_t = 64)]
	verify_concurrency: usize,
	/// The `trace` CLI, for light-client verifications.
	#[arg(long)]
	trace_bin: Option<String>,
	/// Raw chain spec for the light client.
	#[arg(long)]
	chain_spec: Option<String>,
	/// The node's multiaddr for the light client.
	#[arg(long)]
	bootnode: Option<String>,
	/// Light-client verifications to time.
	#[arg(long, default_value_t = 2)]
	light_runs: usize,
	/// Seconds already spent by the calling script (build, node start), added to the total.
	#[arg(long)]
	seconds_before: Option<f64>,
}

#[tokio::main]
async fn main() -> Result<()> {
	let args = Args::parse();
	let started = Instant::now();
	let light_client = match (&args.trace_bin, &args.chain_spec, &args.bootnode) {
		(Some(bin), Some(spec), Some(bootnode)) if args.light_runs > 0 => {
			Some((bin.clone(), spec.clone(), bootnode.clone(), args.light_runs))
		},
		_ => None,
	};
	let settings = Settings {
		accounts: args.accounts,
		participants: args.participants,
		concurrency: args.concurrency,
		transfers_per_account: args.transfers_per_account,
		issue_batch: args.issue_batch,
		transfer_seconds: args.transfer_seconds,
		handover_seconds: args.handover_seconds,
		container_seconds: args.container_seconds,
		verify_seconds: args.verify_seconds,
		verify_concurrency: args.verify_concurrency,
		light_client,
	};
	let mut bench =
		Bench::connect(&args.url, args.connections, args.window, settings, args.node_pid.clone())
			.await?;
	bench.prepare().await?;
	bench.transfers().await?;
	bench.issuance().await?;
	bench.handovers().await?;
	bench.containers().await?;
	bench.verification().await?;

	let loadgen_command = format!(
		"trace-loadgen --accounts {} --participants {} --concurrency {} --connections {} \
		 --window {} --issue-batch {} --transfer-seconds {} --handover-seconds {} \
		 --container-seconds {} --verify-seconds {} --verify-concurrency {}",
		args.accounts,
		args.participants,
		args.concurrency,
		args.connections,
		args.window,
		args.issue_batch,
		args.transfer_seconds,
		args.handover_seconds,
		args.container_seconds,
		args.verify_seconds,
		args.verify_concurrency
	);
	let context = report::RunContext {
		node_command: args.node_command.clone(),
		loadgen_command,
		started,
		total_seconds: args.seconds_before.map(|before| before + started.elapsed().as_secs_f64()),
		failures: bench.failures(),
		plot_name: args
			.plot
			.file_name()
			.map_or_else(|| "performance.png".into(), |name| name.to_string_lossy().into_owned()),
	};
	report::write(
		&args.out,
		&args.plot,
		&bench.figures,
		&bench.blocks(),
		&bench.limits,
		&bench.weights,
		&context,
	)?;
	println!("wrote {} and {}", args.out.display(), args.plot.display());
	Ok(())
}

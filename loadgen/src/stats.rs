//! Figures of a workload: throughput, latency, block fullness, CPU and memory.

use crate::{
	chain::{BlockRecord, Limits, TxInfo},
	workloads::Workload,
};
use std::time::{Duration, Instant};

/// CPU time and peak memory of a process, from `/proc`.
#[derive(Clone, Copy, Debug, Default)]
pub struct ProcSample {
	/// User + system CPU time, in clock ticks.
	pub ticks: u64,
	/// Peak resident set (`VmHWM`), in KiB.
	pub peak_rss_kib: u64,
	/// When it was taken.
	pub at: Option<Instant>,
}

/// Clock ticks per second of `/proc/<pid>/stat` (`getconf CLK_TCK`, 100 on Linux).
const TICKS_PER_SECOND: f64 = 100.0;

impl ProcSample {
	/// Samples process `pid` (`self` for this process); zeros if it cannot be read.
	pub fn take(pid: &str) -> Self {
		let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
		// Fields after the command name (which may hold spaces) : state is field 3, utime 14,
		// stime 15.
		let rest = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
		let fields: Vec<&str> = rest.split_whitespace().collect();
		let field = |n: usize| fields.get(n - 3).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
		let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
		let peak_rss_kib = status
			.lines()
			.find_map(|line| line.strip_prefix("VmHWM:"))
			.and_then(|value| value.split_whitespace().next())
			.and_then(|value| value.parse().ok())
			.unwrap_or(0);
		Self { ticks: field(14) + field(15), peak_rss_kib, at: Some(Instant::now()) }
	}

	/// CPU use between `earlier` and `self`, in percent of one core.
	pub fn cpu_percent_since(&self, earlier: &Self) -> f64 {
		let (Some(now), Some(then)) = (self.at, earlier.at) else { return 0.0 };
		let wall = now.duration_since(then).as_secs_f64();
		if wall <= 0.0 {
			return 0.0;
		}
		self.ticks.saturating_sub(earlier.ticks) as f64 / TICKS_PER_SECOND / wall * 100.0
	}
}

/// The `p`-th percentile of sorted `values`, in seconds.
fn percentile(sorted: &[Duration], p: usize) -> f64 {
	if sorted.is_empty() {
		return f64::NAN;
	}
	let index = (sorted.len() - 1) * p / 100;
	sorted.get(index).map_or(f64::NAN, Duration::as_secs_f64)
}

/// The figures of one workload.
#[derive(Clone, Debug, Default)]
pub struct Figures {
	/// Short name.
	pub name: String,
	/// What it does.
	pub description: String,
	/// What an item is, if items are counted.
	pub item: Option<String>,
	/// Transactions accepted by the pool.
	pub submitted: usize,
	/// Refused by the node at submission.
	pub refused: usize,
	/// Included in a finalized block and dispatched without error.
	pub succeeded: usize,
	/// Included but failed.
	pub failed: usize,
	/// Never finalized within the wait.
	pub missing: usize,
	/// Successful transactions per second.
	pub tx_per_s: f64,
	/// Items per second.
	pub items_per_s: f64,
	/// Submission → inclusion (best block), p50 and p95, in seconds.
	pub inclusion: (f64, f64),
	/// Submission → finality, p50 and p95, in seconds.
	pub finality: (f64, f64),
	/// Successful transactions of the workload per block: mean and maximum.
	pub per_block: (f64, u64),
	/// Share of the normal class's weight limit used, in percent: mean and maximum.
	pub weight_full: (f64, f64),
	/// Share of the normal class's length limit used, in percent: mean and maximum.
	pub length_full: (f64, f64),
	/// Blocks the figures are taken over.
	pub blocks: usize,
	/// All extrinsics (not only this workload's) per block over those blocks, mean.
	pub all_per_block: f64,
	/// Containers moved (container workload).
	pub containers: usize,
	/// Items per container (container workload).
	pub items_per_container: u32,
	/// Node CPU over the workload, percent of one core.
	pub node_cpu: f64,
	/// Node peak RSS at the end of the workload, in MiB.
	pub node_peak_mib: f64,
	/// Load generator CPU over the workload, percent of one core.
	pub client_cpu: f64,
	/// Weight of one call of the workload, in µs of ref time (from `query_info`).
	pub call_weight_us: Option<f64>,
	/// The first refusal message.
	pub first_error: Option<String>,
	/// Extra remarks.
	pub notes: Vec<String>,
}

impl Figures {
	/// Computes the throughput, latency and fullness of a workload from its transactions and
	/// the blocks.
	///
	/// Throughput is taken between the blocks that carry the workload: the successful
	/// transactions of every block after the first, divided by the time between the first and
	/// the last (as seen by this client), so that the wait for the first block does not count;
	/// a workload all in one block is counted over one block time, `block_seconds`.
	pub fn compute(
		&mut self,
		workload: Workload,
		txs: &[TxInfo],
		blocks: &[BlockRecord],
		limits: &Limits,
		block_seconds: f64,
	) {
		self.succeeded = txs.iter().filter(|tx| tx.success == Some(true)).count();
		self.failed = txs.iter().filter(|tx| tx.success == Some(false)).count();
		self.missing = txs.iter().filter(|tx| tx.finalized.is_none()).count();
		let mut inclusion: Vec<Duration> = txs
			.iter()
			.filter_map(|tx| tx.included.map(|(at, _)| at.duration_since(tx.submitted)))
			.collect();
		let mut finality: Vec<Duration> = txs
			.iter()
			.filter_map(|tx| tx.finalized.map(|at| at.duration_since(tx.submitted)))
			.collect();
		inclusion.sort();
		finality.sort();
		self.inclusion = (percentile(&inclusion, 50), percentile(&inclusion, 95));
		self.finality = (percentile(&finality, 50), percentile(&finality, 95));

		let carrying: Vec<&BlockRecord> = blocks
			.iter()
			.filter(|block| block.per_workload.contains_key(&workload))
			.collect();
		let (Some(first), Some(last)) = (carrying.first(), carrying.last()) else { return };
		let span: Vec<&BlockRecord> = blocks
			.iter()
			.filter(|block| block.number >= first.number && block.number <= last.number)
			.collect();
		let count = |block: &BlockRecord| -> Option<(u64, u64)> {
			block.per_workload.get(&workload).copied()
		};
		let (txs_after, items_after) = span
			.iter()
			.skip(1)
			.filter_map(|block| count(block))
			.fold((0, 0), |(t, i), (bt, bi)| (t + bt, i + bi));
		let seconds = last.seen.duration_since(first.seen).as_secs_f64();
		if seconds > 0.0 {
			self.tx_per_s = txs_after as f64 / seconds;
			self.items_per_s = items_after as f64 / seconds;
		} else if let Some((t, i)) = count(first) {
			// One block only: count it over one block time.
			self.tx_per_s = t as f64 / block_seconds;
			self.items_per_s = i as f64 / block_seconds;
			self.notes
				.push(format!("all in one block: rates over one {block_seconds} s block"));
		}
		let per_block: Vec<u64> = span.iter().map(|b| count(b).map_or(0, |c| c.0)).collect();
		self.per_block = (
			per_block.iter().sum::<u64>() as f64 / per_block.len().max(1) as f64,
			per_block.iter().copied().max().unwrap_or(0),
		);
		// Fullness over the blocks in the middle of the run (the first and last are partial).
		let middle: Vec<&&BlockRecord> = if span.len() > 2 {
			span.iter().skip(1).take(span.len() - 2).collect()
		} else {
			span.iter().collect()
		};
		self.blocks = middle.len();
		self.all_per_block =
			middle.iter().map(|b| b.extrinsics as f64).sum::<f64>() / middle.len().max(1) as f64;
		let weight_limit = limits.normal_weight().max(1) as f64;
		let length_limit = f64::from(limits.length.normal.max(1));
		let weights: Vec<f64> =
			middle.iter().map(|b| b.weight_normal as f64 / weight_limit * 100.0).collect();
		let lengths: Vec<f64> =
			middle.iter().map(|b| b.length as f64 / length_limit * 100.0).collect();
		self.weight_full = mean_max(&weights);
		self.length_full = mean_max(&lengths);
	}
}

/// Mean and maximum.
fn mean_max(values: &[f64]) -> (f64, f64) {
	if values.is_empty() {
		return (f64::NAN, f64::NAN);
	}
	let mean = values.iter().sum::<f64>() / values.len() as f64;
	(mean, values.iter().copied().fold(f64::MIN, f64::max))
}

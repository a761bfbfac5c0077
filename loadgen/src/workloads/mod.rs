//! The workloads: setup (funding, admission, products), then transfers, bulk issuance,
//! single-item handovers, packing and container handovers, and verification; one file each.
//! This module holds what they share: the run ([`Bench`]), its settings, the workloads' names
//! ([`Workload`]) and the measuring of a workload from start to drain.

mod containers;
mod handovers;
mod issuance;
mod packing;
mod setup;
mod transfers;
mod verification;

use crate::{
	chain::{BlockRecord, ChainWeights, Hash, Limits, Rpc, Signed, Tracker},
	stats::{Figures, ProcSample},
	submit::{bench_account, submit_all},
};
use anyhow::{anyhow, bail, Context, Result};
use futures::StreamExt;
use std::{
	collections::BTreeMap,
	ops::Range,
	sync::Arc,
	time::{Duration, Instant},
};
use subxt::{utils::H256, OnlineClient};
use subxt_signer::sr25519::Keypair;
use trace_client::{
	api::runtime_types::pallet_traceability::types::Location, AtBlock, Roles, TraceConfig,
};
use trace_gs1::Gtin;

/// The bench participants' roles: merchant, carrier, retailer.
const BENCH_ROLES: Roles = Roles::MERCHANT.union(Roles::CARRIER).union(Roles::RETAILER);

/// How long a workload may take to drain (everything submitted finalized).
const DRAIN: Duration = Duration::from_secs(120);

/// A workload: the tracker's label of the transactions it submits, and the key of its figures.
///
/// The order is that of the plot's colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Workload {
	/// Funding, admissions and products, before any measure.
	Setup,
	/// (a) Balance transfers, the reference.
	Transfers,
	/// (b) Single-item handovers.
	Handovers,
	/// (c) Bulk issuance.
	Issuance,
	/// (d) Container handovers.
	Containers,
	/// (e) Verification.
	Verification,
	/// (d0) Packing items into containers, the setup of (d).
	Packing,
}

impl Workload {
	/// Its short name, for the console.
	pub fn name(self) -> &'static str {
		match self {
			Self::Setup => "setup",
			Self::Transfers => "transfers",
			Self::Handovers => "handovers",
			Self::Issuance => "issuance",
			Self::Containers => "containers",
			Self::Verification => "verification",
			Self::Packing => "packing",
		}
	}
}

/// Settings of a run.
#[derive(Clone, Debug)]
pub struct Settings {
	/// Funded bench accounts (senders of transfers).
	pub accounts: usize,
	/// Of them, admitted as participants (merchant, carrier, retailer).
	pub participants: usize,
	/// Submissions in flight.
	pub concurrency: usize,
	/// Transfers per account signed ahead.
	pub transfers_per_account: usize,
	/// Codes per `issue_codes` call.
	pub issue_batch: usize,
	/// Seconds of transfers.
	pub transfer_seconds: u64,
	/// Seconds of handover proposals.
	pub handover_seconds: u64,
	/// Seconds of container handovers.
	pub container_seconds: u64,
	/// Seconds of verification calls.
	pub verify_seconds: u64,
	/// Concurrent verification calls.
	pub verify_concurrency: usize,
	/// Light-client verifications: the `trace` binary, chain spec, bootnode, runs.
	pub light_client: Option<(String, String, String, usize)>,
}

/// A run against one node.
pub struct Bench {
	client: OnlineClient<TraceConfig>,
	rpc: Rpc,
	/// One unit of the chain's token ([`trace_client::token_unit`]).
	unit: u128,
	tracker: Arc<Tracker>,
	at: AtBlock,
	/// The runtime's block limits.
	pub limits: Limits,
	/// What the chain charges, read once at the start.
	pub weights: ChainWeights,
	accounts: Vec<Keypair>,
	settings: Settings,
	node_pid: Option<String>,
	/// The GTIN of each participant's product.
	gtins: Vec<Gtin>,
	/// The serials each participant issued.
	issued: Vec<Vec<Vec<u8>>>,
	/// The figures of every workload run.
	pub figures: BTreeMap<Workload, Figures>,
}

/// The GTIN-14 of participant `index`: company prefix `9{index+1:06}`, item reference 1.
fn gtin_of(index: usize) -> Result<(Gtin, Vec<u8>)> {
	let prefix = format!("9{:06}", index + 1);
	let body = format!("0{prefix}00001");
	let digits: &[u8; trace_gs1::GTIN_BODY_LEN] = body
		.as_bytes()
		.try_into()
		.map_err(|_| anyhow!("GTIN body {body}: not 13 digits"))?;
	let gtin = trace_gs1::gtin_from_body(digits)
		.map_err(|error| anyhow!("check digit of {body}: {error:?}"))?;
	Ok((gtin, prefix.into_bytes()))
}

/// The on-chain key of a code.
fn code_key(gtin: &Gtin, serial: &[u8]) -> H256 {
	H256(trace_gs1::code_key(gtin, serial))
}

/// A location given on issuance.
fn bench_location() -> Location {
	Location { gln: None, coordinates: None, description: b"trace-loadgen".to_vec() }
}

impl Bench {
	/// Connects, reads the limits, the weights and the token's unit, and derives the bench
	/// accounts.
	pub async fn connect(
		url: &str,
		connections: usize,
		window: usize,
		settings: Settings,
		node_pid: Option<String>,
	) -> Result<Self> {
		let client = trace_client::connect_rpc(url).await?;
		let at = client.at_current_block().await.context("cannot get the finalized block")?;
		let limits = Limits::read(&at)?;
		let rpc = Rpc::connect(url, connections).await?;
		let weights = ChainWeights::query(&rpc, &at, &limits).await?;
		let unit = trace_client::token_unit(rpc.client()).await?;
		let tracker = Tracker::new(rpc.clone(), at.clone(), window);
		tracker.start().await?;
		if settings.participants > settings.accounts || !settings.participants.is_multiple_of(4) {
			bail!("--participants must be a multiple of 4, at most --accounts");
		}
		let accounts = (0..settings.accounts).map(bench_account).collect::<Result<Vec<_>>>()?;
		Ok(Self {
			client,
			rpc,
			unit,
			tracker,
			at,
			limits,
			weights,
			accounts,
			settings,
			node_pid,
			gtins: Vec::new(),
			issued: Vec::new(),
			figures: BTreeMap::new(),
		})
	}

	/// Every block the tracker saw.
	pub fn blocks(&self) -> Vec<BlockRecord> {
		self.tracker.blocks()
	}

	/// A sample of the dispatch errors seen.
	pub fn failures(&self) -> Vec<String> {
		self.tracker.failures()
	}

	/// The next nonces of accounts `range`.
	async fn nonces(&self, range: Range<usize>) -> Result<Vec<u64>> {
		let accounts = &self.accounts;
		let rpc = &self.rpc;
		futures::stream::iter(range)
			.map(|index| async move {
				let account = accounts.get(index).ok_or_else(|| anyhow!("no account {index}"))?;
				rpc.nonce(&account.public_key().0).await
			})
			.buffered(64)
			.collect::<Vec<_>>()
			.await
			.into_iter()
			.collect()
	}

	/// Submits setup transactions and waits until all are finalized and succeeded.
	async fn setup(&self, what: &str, txs: Vec<Signed>) -> Result<()> {
		let workload = Workload::Setup;
		let hashes: Vec<Hash> = txs.iter().map(|tx| tx.hash).collect();
		let far = Instant::now() + Duration::from_secs(3600);
		let outcome =
			submit_all(&self.rpc, &self.tracker, workload, txs, self.settings.concurrency, far)
				.await;
		if outcome.refused > 0 {
			bail!(
				"{what}: the node refused {} transactions: {}",
				outcome.refused,
				outcome.first_error.unwrap_or_default()
			);
		}
		let missing = self.tracker.wait_finalized(workload, DRAIN).await;
		if missing > 0 {
			bail!("{what}: {missing} transactions not finalized");
		}
		let failed = hashes.iter().filter(|hash| !self.tracker.succeeded(hash)).count();
		if failed > 0 {
			bail!("{what}: {failed} transactions failed: {:?}", self.tracker.failures());
		}
		println!("{}: {what} done ({} transactions)", workload.name(), hashes.len());
		Ok(())
	}

	/// Measures a workload of pre-signed `txs`: submits them until `deadline`, fills the
	/// submission counts of `figures`, and waits for the drain ([`Bench::finish`]). Returns the
	/// transactions' hashes, in order, for [`Tracker::succeeded`].
	async fn measure(
		&mut self,
		workload: Workload,
		txs: Vec<Signed>,
		mut figures: Figures,
		deadline: Instant,
	) -> Result<Vec<Hash>> {
		let hashes = txs.iter().map(|tx| tx.hash).collect();
		let sample = self.begin();
		let outcome = submit_all(
			&self.rpc,
			&self.tracker,
			workload,
			txs,
			self.settings.concurrency,
			deadline,
		)
		.await;
		figures.submitted = outcome.accepted;
		figures.refused = outcome.refused;
		figures.first_error = outcome.first_error;
		self.finish(workload, figures, sample).await?;
		Ok(hashes)
	}

	/// Starts measuring a workload.
	fn begin(&self) -> (ProcSample, ProcSample) {
		(self.node_sample(), ProcSample::take("self"))
	}

	fn node_sample(&self) -> ProcSample {
		self.node_pid.as_deref().map(ProcSample::take).unwrap_or_default()
	}

	/// Waits for the workload to drain and computes its figures.
	async fn finish(
		&mut self,
		workload: Workload,
		mut figures: Figures,
		(node, client): (ProcSample, ProcSample),
	) -> Result<()> {
		let missing = self.tracker.wait_finalized(workload, DRAIN).await;
		if missing > 0 {
			println!(
				"{}: {missing} transactions not finalized within {} s",
				workload.name(),
				DRAIN.as_secs()
			);
		}
		let (node_after, client_after) = (self.node_sample(), ProcSample::take("self"));
		figures.node_cpu = node_after.cpu_percent_since(&node);
		figures.client_cpu = client_after.cpu_percent_since(&client);
		figures.node_peak_mib = node_after.peak_rss_kib as f64 / 1024.0;
		let txs = self.tracker.txs_of(workload);
		figures.compute(
			workload,
			&txs,
			&self.tracker.blocks(),
			&self.limits,
			self.weights.block_seconds,
		);
		println!(
			"{}: {} ok, {} failed, {} refused, {:.1} tx/s, {:.1} items/s, weight {:.0} % (max {:.0} %)",
			figures.name,
			figures.succeeded,
			figures.failed,
			figures.refused,
			figures.tx_per_s,
			figures.items_per_s,
			figures.weight_full.0,
			figures.weight_full.1
		);
		self.figures.insert(workload, figures);
		Ok(())
	}

	/// The charged weight of `tx` (call and transaction extensions), in µs.
	async fn weight_us(&self, tx: Option<&Signed>) -> Option<f64> {
		let tx = tx?;
		self.rpc
			.call_weight(&self.at, &tx.bytes)
			.await
			.ok()
			.map(|w| w.ref_time as f64 / 1e6)
	}
}

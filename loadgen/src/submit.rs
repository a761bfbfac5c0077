//! Signing transactions ahead of time, and submitting them as fast as the node takes them.

use crate::{
	chain::{Rpc, Signed, Tracker},
	workloads::Workload,
};
use anyhow::{anyhow, Context, Result};
use futures::StreamExt;
use std::{
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc, Mutex,
	},
	time::Instant,
};
use subxt::{config::DefaultExtrinsicParamsBuilder, tx::Payload};
use subxt_signer::sr25519::Keypair;
use trace_client::{AtBlock, TraceConfig};

/// The bench account `//Alice//bench/{index}`.
pub fn bench_account(index: usize) -> Result<Keypair> {
	trace_client::from_suri(&format!("//Alice//bench/{index}"))
		.context("cannot derive a bench account")
}

/// Signs `call` by `signer` with `nonce`, immortal.
pub fn sign<Call: Payload>(
	at: &AtBlock,
	call: &Call,
	signer: &Keypair,
	nonce: u64,
	items: u32,
) -> Result<Signed> {
	let params = DefaultExtrinsicParamsBuilder::<TraceConfig>::new().nonce(nonce).build();
	let mut signable = at
		.tx()
		.create_signable_offline(call, params)
		.map_err(|error| anyhow!("cannot build a transaction: {error}"))?;
	let signed = signable
		.sign(signer)
		.map_err(|error| anyhow!("cannot sign a transaction: {error}"))?;
	Ok(Signed::new(signed.into_encoded(), items))
}

/// One transaction to sign: the call, the signer's index in `signers`, the nonce, the items.
pub struct Job<Call> {
	/// The call.
	pub call: Call,
	/// Index of the signer.
	pub signer: usize,
	/// The nonce.
	pub nonce: u64,
	/// Items carried.
	pub items: u32,
}

/// Signs `jobs` on every core, keeping their order.
pub fn sign_all<Call: Payload + Send + Sync>(
	at: &AtBlock,
	signers: &[Keypair],
	jobs: &[Job<Call>],
) -> Result<Vec<Signed>> {
	let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
	let chunk = jobs.len().div_ceil(threads).max(1);
	std::thread::scope(|scope| {
		let handles: Vec<_> = jobs
			.chunks(chunk)
			.map(|part| {
				scope.spawn(move || {
					part.iter()
						.map(|job| {
							let signer = signers
								.get(job.signer)
								.ok_or_else(|| anyhow!("no signer {}", job.signer))?;
							sign(at, &job.call, signer, job.nonce, job.items)
						})
						.collect::<Result<Vec<_>>>()
				})
			})
			.collect();
		let mut all = Vec::with_capacity(jobs.len());
		for handle in handles {
			let part = handle.join().map_err(|_| anyhow!("a signing thread panicked"))??;
			all.extend(part);
		}
		Ok(all)
	})
}

/// The outcome of a submission run.
#[derive(Clone, Debug, Default)]
pub struct Submitted {
	/// Accepted into the pool.
	pub accepted: usize,
	/// Refused by the node.
	pub refused: usize,
	/// The first refusal.
	pub first_error: Option<String>,
}

/// The answers to submissions as they come: what [`submit_all`] counts, and what a workload
/// that submits one transaction at a time from several tasks shares among them, so that every
/// refusal is counted the same way.
#[derive(Debug, Default)]
pub struct Tally {
	accepted: AtomicUsize,
	refused: AtomicUsize,
	first_error: Mutex<Option<String>>,
}

impl Tally {
	/// Counts the answer to one submission.
	pub fn record(&self, answer: &Result<()>) {
		match answer {
			Ok(()) => {
				self.accepted.fetch_add(1, Ordering::Relaxed);
			},
			Err(error) => {
				self.refused.fetch_add(1, Ordering::Relaxed);
				let mut first =
					self.first_error.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
				first.get_or_insert_with(|| format!("{error:#}"));
			},
		}
	}

	/// Submissions answered so far, accepted or refused.
	pub fn answered(&self) -> usize {
		self.accepted.load(Ordering::Relaxed) + self.refused.load(Ordering::Relaxed)
	}

	/// What was counted so far.
	pub fn outcome(&self) -> Submitted {
		Submitted {
			accepted: self.accepted.load(Ordering::Relaxed),
			refused: self.refused.load(Ordering::Relaxed),
			first_error: self
				.first_error
				.lock()
				.unwrap_or_else(|poisoned| poisoned.into_inner())
				.clone(),
		}
	}
}

/// Submits `txs` in order, `concurrency` at a time, each waiting for room in the tracker's
/// window (transactions submitted but not yet in a block), until `deadline`.
///
/// The order must keep each account's nonces increasing; with more accounts than
/// `concurrency`, an account's next transaction starts only after its previous one was
/// answered.
pub async fn submit_all(
	rpc: &Rpc,
	tracker: &Arc<Tracker>,
	workload: Workload,
	txs: Vec<Signed>,
	concurrency: usize,
	deadline: Instant,
) -> Submitted {
	let tally = Tally::default();
	futures::stream::iter(txs)
		.take_while(|_| futures::future::ready(Instant::now() < deadline))
		.for_each_concurrent(concurrency, |tx| {
			let tally = &tally;
			async move {
				tally.record(&submit_one(rpc, tracker, workload, &tx).await);
			}
		})
		.await;
	tally.outcome()
}

/// Submits one transaction once the window has room.
pub async fn submit_one(
	rpc: &Rpc,
	tracker: &Arc<Tracker>,
	workload: Workload,
	tx: &Signed,
) -> Result<()> {
	let permit = tracker
		.window
		.clone()
		.acquire_owned()
		.await
		.map_err(|_| anyhow!("the submission window closed"))?;
	tracker.register(workload, tx);
	match rpc.submit(&tx.bytes).await {
		Ok(()) => {
			permit.forget();
			Ok(())
		},
		Err(error) => {
			tracker.forget(&tx.hash);
			Err(error)
		},
	}
}

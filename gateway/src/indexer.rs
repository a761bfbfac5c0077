//! The indexer: follows its node's finalized blocks, from the block after the cursor (the
//! first block on a new database) to the finalized head, and writes what each block did to the
//! traceability records into the database, one transaction per block.
//!
//! For each block it decodes the traceability pallet's events (through the block's own
//! metadata, which subxt reads again after a runtime upgrade), collects the codes they name
//! (an item, a container and the items packed into or out of it, a certified code), reads
//! each one's report at that block through the runtime API (`TraceabilityApi_trace_report`, as
//! the node's `trace_report` RPC does) and stores the report and its history as EPCIS events.
//! Only finalized blocks are read, so nothing indexed is ever rolled back; the database holds
//! the hash of the last block, and the gateway refuses to index a node of another chain.
//!
//! Blocks are read at their state, which a node keeps for the last 256 blocks by default:
//! to back-fill a longer chain, run the gateway's node with `--state-pruning archive-canonical`.

use crate::{
	db::{BlockRows, Database},
	metrics::Metrics,
	rows::{code_rows, key_text},
};
use anyhow::{bail, Context, Result};
use std::{collections::BTreeSet, time::Duration};
use subxt::OnlineClient;
use trace_client::{
	api::{
		self,
		runtime_types::pallet_traceability::{
			pallet::Event as TraceabilityEvent, types::CertSubject,
		},
	},
	epcis::EpcisOptions,
	read,
	report::CodeId,
	AtBlock, TraceConfig,
};

/// How long to wait before trying again after a failure (the node restarting, say).
const RETRY: Duration = Duration::from_secs(2);

/// The pallet whose events the indexer reads.
const PALLET: &str = "Traceability";

/// Follows a node's finalized blocks into a [`Database`].
pub struct Indexer {
	url: String,
	client: OnlineClient<TraceConfig>,
	db: Database,
	options: EpcisOptions,
	metrics: Metrics,
}

impl Indexer {
	/// Connects to the node's WebSocket RPC at `url`. EPCIS events name items by their Digital
	/// Links on `resolver`.
	pub async fn connect(
		url: &str,
		db: Database,
		resolver: &str,
		metrics: Metrics,
	) -> Result<Self> {
		let client = trace_client::connect_rpc(url).await?;
		let options = EpcisOptions { resolver: resolver.to_owned(), ..EpcisOptions::default() };
		Ok(Self { url: url.to_owned(), client, db, options, metrics })
	}

	/// Fails unless the database is empty or indexes the node's chain: the node's block at the
	/// cursor must have the hash the database holds.
	pub async fn check_chain(&self) -> Result<()> {
		let Some((number, hash)) = self.db.cursor().await? else { return Ok(()) };
		let block = u64::try_from(number).context("the index cursor is negative")?;
		let at = self.client.at_block(block).await.with_context(|| {
			format!(
				"the database has indexed block #{number}, which the node at {} does not have: \
				 it indexes another chain (give another --data-dir or --database)",
				self.url
			)
		})?;
		let node_hash = key_text(&at.block_hash().0);
		if node_hash != hash {
			bail!(
				"the database has indexed block #{number} as {hash}, but the node's block \
				 #{number} is {node_hash}: it indexes another chain (give another --data-dir or \
				 --database)"
			);
		}
		Ok(())
	}

	/// The number of the node's last finalized block.
	pub async fn finalized(&self) -> Result<u64> {
		let at = self
			.client
			.at_current_block()
			.await
			.context("cannot read the node's finalized head")?;
		Ok(at.block_number())
	}

	/// The last block indexed (0 for none).
	pub async fn cursor(&self) -> Result<u64> {
		match self.db.cursor().await? {
			Some((number, _)) => u64::try_from(number).context("the index cursor is negative"),
			None => Ok(0),
		}
	}

	/// Indexes every finalized block after the cursor, up to the finalized head as it is when
	/// called; returns the last block indexed.
	pub async fn catch_up(&self) -> Result<u64> {
		let head = self.finalized().await?;
		let mut last = self.cursor().await?;
		self.metrics.observe(head, last);
		while last < head {
			let next = last.saturating_add(1);
			self.index_block(next).await?;
			last = next;
			self.metrics.observe(head, last);
		}
		Ok(last)
	}

	/// Indexes finalized block `number` (again, if it was: that changes nothing); returns how
	/// many codes its events named.
	pub async fn index_block(&self, number: u64) -> Result<usize> {
		let at = self
			.client
			.at_block(number)
			.await
			.with_context(|| format!("cannot read block #{number}"))?;
		let codes = touched_codes(&at)
			.await
			.with_context(|| format!("cannot read the events of block #{number}"))?;
		let block = i64::try_from(number).context("the block number is out of range")?;
		let mut rows =
			BlockRows { number: block, hash: key_text(&at.block_hash().0), codes: Vec::new() };
		for code in codes {
			let report = read::report_at(&at, code).await.with_context(|| {
				format!("cannot read the report of {} at block #{number}", key_text(&code))
			})?;
			if let Some(report) = report {
				rows.codes.push(code_rows(&report, &self.options, block)?);
			}
		}
		self.db.write_block(&rows).await?;
		Ok(rows.codes.len())
	}

	/// Follows the finalized chain for ever, looking for new blocks every `poll`. A failure is
	/// logged and the node reconnected to; nothing half-written stays behind, as each block is
	/// one transaction.
	pub async fn follow(mut self, poll: Duration) {
		loop {
			match self.catch_up().await {
				Ok(_) => tokio::time::sleep(poll).await,
				Err(error) => {
					eprintln!("trace-gateway: indexing failed, retrying: {error:#}");
					tokio::time::sleep(RETRY).await;
					match trace_client::connect_rpc(&self.url).await {
						Ok(client) => self.client = client,
						Err(error) => eprintln!("trace-gateway: {error:#}"),
					}
				},
			}
		}
	}
}

/// The codes the traceability pallet's events of the block at `at` name.
async fn touched_codes(at: &AtBlock) -> Result<BTreeSet<CodeId>> {
	let events = at.events().fetch().await.context("cannot fetch the events")?;
	let mut codes = BTreeSet::new();
	for event in events.iter() {
		let event = event.context("cannot decode an event")?;
		if event.pallet_name() != PALLET {
			continue;
		}
		let decoded = event.decode_as::<api::Event>().with_context(|| {
			format!("cannot decode the event {}.{}", event.pallet_name(), event.event_name())
		})?;
		if let api::Event::Traceability(event) = decoded {
			named_codes(event, &mut codes);
		}
	}
	Ok(codes)
}

/// Adds the codes `event` names to `codes`: those whose history or report it changed.
fn named_codes(event: TraceabilityEvent, codes: &mut BTreeSet<CodeId>) {
	use TraceabilityEvent as E;
	match event {
		E::CodeIssued { code, .. }
		| E::HandoverProposed { code, .. }
		| E::HandoverAccepted { code, .. }
		| E::HandoverRejected { code, .. }
		| E::HandoverCancelled { code, .. }
		| E::CustodyForced { code, .. }
		| E::Inspected { code, .. }
		| E::Sold { code, .. }
		| E::Destroyed { code, .. }
		| E::Decommissioned { code, .. }
		| E::Claimed { code, .. }
		| E::OwnershipOffered { code, .. }
		| E::OwnershipTransferred { code, .. }
		| E::OwnershipOfferCancelled { code, .. }
		| E::ClaimSecretHandedOver { code, .. }
		| E::ChipRegistered { code, .. }
		| E::ChipScanned { code, .. }
		| E::Attested { subject: CertSubject::Code(code), .. }
		| E::CertificationRevoked { subject: CertSubject::Code(code), .. }
		| E::CertificationRevokedByGovernance { subject: CertSubject::Code(code), .. } => {
			codes.insert(code.0);
		},
		E::Packed { container, items, .. } | E::Unpacked { container, items, .. } => {
			codes.insert(container.0);
			codes.extend(items.iter().map(|item| item.0));
		},
		// Participants, products, recalls and product certifications: no code's history.
		_ => {},
	}
}

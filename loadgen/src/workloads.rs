//! The workloads: setup (funding, admission, products), then transfers, bulk issuance,
//! single-item handovers, container handovers and verification.

use crate::{
	chain::{Hash, Limits, Rpc, Signed, Tracker},
	stats::{Figures, ProcSample},
	submit::{bench_account, sign, sign_all, submit_all, submit_one, Job},
};
use anyhow::{anyhow, bail, Context, Result};
use futures::StreamExt;
use std::{
	collections::HashMap,
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc,
	},
	time::{Duration, Instant},
};
use subxt::{
	utils::{MultiAddress, H256},
	OnlineClient,
};
use subxt_signer::sr25519::{dev, Keypair};
use trace_client::{
	account_id,
	api::{
		self,
		runtime_types::{
			pallet_balances::pallet::Call as BalancesCall,
			pallet_traceability::{
				pallet::Call as TraceCall,
				types::{IssueItem, Location},
			},
			pallet_utility::pallet::Call as UtilityCall,
			trace_runtime::RuntimeCall,
		},
	},
	AtBlock, Roles, TraceConfig,
};
use trace_gs1::Gtin;

/// The bench participants' roles: merchant, carrier, retailer.
const BENCH_ROLES: Roles = Roles::MERCHANT.union(Roles::CARRIER).union(Roles::RETAILER);

/// How long a workload may take to drain (everything submitted finalized).
const DRAIN: Duration = Duration::from_secs(120);

/// Workload ids (the tracker's labels).
const SETUP: usize = 0;
/// Balance transfers.
pub const TRANSFERS: usize = 1;
/// Single-item handovers.
pub const HANDOVERS: usize = 2;
/// Bulk issuance.
pub const ISSUANCE: usize = 3;
/// Container handovers.
pub const CONTAINERS: usize = 4;
/// Verification.
pub const VERIFY: usize = 5;
/// Packing items into containers (setup of the container workload).
pub const PACKING: usize = 6;

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
	accounts: Vec<Keypair>,
	settings: Settings,
	node_pid: Option<String>,
	/// The GTIN of each participant's product.
	gtins: Vec<Gtin>,
	/// The serials each participant issued.
	issued: Vec<Vec<Vec<u8>>>,
	/// The figures of every workload run, by id.
	pub figures: HashMap<usize, Figures>,
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
	/// Connects, reads the limits and the token's unit, and derives the bench accounts.
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
			accounts,
			settings,
			node_pid,
			gtins: Vec::new(),
			issued: Vec::new(),
			figures: HashMap::new(),
		})
	}

	/// Every block the tracker saw.
	pub fn blocks(&self) -> Vec<crate::chain::BlockRecord> {
		self.tracker.blocks()
	}

	/// A sample of the dispatch errors seen.
	pub fn failures(&self) -> Vec<String> {
		self.tracker.failures()
	}

	/// The next nonces of accounts `range`.
	async fn nonces(&self, range: std::ops::Range<usize>) -> Result<Vec<u64>> {
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
		let hashes: Vec<Hash> = txs.iter().map(|tx| tx.hash).collect();
		let far = Instant::now() + Duration::from_secs(3600);
		let outcome =
			submit_all(&self.rpc, &self.tracker, SETUP, txs, self.settings.concurrency, far).await;
		if outcome.refused > 0 {
			bail!(
				"{what}: the node refused {} transactions: {}",
				outcome.refused,
				outcome.first_error.unwrap_or_default()
			);
		}
		let missing = self.tracker.wait_finalized(SETUP, DRAIN).await;
		if missing > 0 {
			bail!("{what}: {missing} transactions not finalized");
		}
		let failed = hashes.iter().filter(|hash| !self.tracker.succeeded(hash)).count();
		if failed > 0 {
			bail!("{what}: {failed} transactions failed: {:?}", self.tracker.failures());
		}
		println!("setup: {what} done ({} transactions)", hashes.len());
		Ok(())
	}

	/// Funds the bench accounts from //Alice, admits the participants (through sudo) and
	/// registers one product per participant.
	pub async fn prepare(&mut self) -> Result<()> {
		let alice = dev::alice();
		let nonce = self.rpc.nonce(&alice.public_key().0).await?;
		let transfers = self
			.accounts
			.iter()
			.map(|pair| {
				RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
					dest: MultiAddress::Id(account_id(pair)),
					value: 100 * self.unit,
				})
			})
			.collect();
		let fund = api::tx().utility().batch_all(transfers);
		let mut admissions = Vec::new();
		for (index, pair) in self.accounts.iter().take(self.settings.participants).enumerate() {
			let (gtin, prefix) = gtin_of(index)?;
			self.gtins.push(gtin);
			admissions.push(RuntimeCall::Traceability(TraceCall::admit_participant {
				who: account_id(pair),
				roles: trace_client::roles(BENCH_ROLES),
				name: format!("Bench {index}").into_bytes(),
				company_prefixes: vec![prefix],
			}));
		}
		let admit = api::tx()
			.sudo()
			.sudo(RuntimeCall::Utility(UtilityCall::batch_all { calls: admissions }));
		let txs = vec![
			sign(&self.at, &fund, &alice, nonce, 0)?,
			sign(&self.at, &admit, &alice, nonce + 1, 0)?,
		];
		self.setup("fund and admit the bench accounts", txs).await?;
		let last = self.accounts.get(self.settings.participants.saturating_sub(1));
		if let Some(pair) = last {
			let at = self.client.at_current_block().await?;
			let admitted = at
				.storage()
				.try_fetch(api::storage().traceability().participants(), (account_id(pair),))
				.await
				.context("cannot read Traceability::Participants")?;
			if admitted.is_none() {
				bail!("the admissions failed (sudo reported an error): {:?}", self.failures());
			}
		}

		let nonces = self.nonces(0..self.settings.participants).await?;
		let jobs: Vec<_> = self
			.gtins
			.iter()
			.enumerate()
			.map(|(index, gtin)| Job {
				call: api::tx().traceability().register_product(
					*gtin,
					format!("Bench product {index}").into_bytes(),
					b"Bench".to_vec(),
					*b"IT",
					H256::zero(),
				),
				signer: index,
				nonce: nonces.get(index).copied().unwrap_or_default(),
				items: 0,
			})
			.collect();
		let txs = sign_all(&self.at, &self.accounts, &jobs)?;
		self.setup("register one product per participant", txs).await
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
		id: usize,
		mut figures: Figures,
		(node, client): (ProcSample, ProcSample),
	) -> Result<()> {
		self.tracker.wait_finalized(id, DRAIN).await;
		let (node_after, client_after) = (self.node_sample(), ProcSample::take("self"));
		figures.node_cpu = node_after.cpu_percent_since(&node);
		figures.client_cpu = client_after.cpu_percent_since(&client);
		figures.node_peak_mib = node_after.peak_rss_kib as f64 / 1024.0;
		let txs = self.tracker.txs_of(id);
		figures.compute(id, &txs, &self.tracker.blocks(), &self.limits);
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
		self.figures.insert(id, figures);
		Ok(())
	}

	/// The weight of the call of `tx`, in µs.
	async fn weight_us(&self, tx: Option<&Signed>) -> Option<f64> {
		let tx = tx?;
		self.rpc
			.call_weight(&self.at, &tx.bytes)
			.await
			.ok()
			.map(|w| w.ref_time as f64 / 1e6)
	}

	/// (a) `Balances::transfer_keep_alive` from every bench account to the next one.
	pub async fn transfers(&mut self) -> Result<()> {
		let count = self.accounts.len();
		let nonces = self.nonces(0..count).await?;
		let mut jobs = Vec::new();
		for k in 0..self.settings.transfers_per_account {
			for (index, nonce) in nonces.iter().enumerate() {
				let to = account_id(&self.accounts[(index + 1) % count]);
				jobs.push(Job {
					call: api::tx().balances().transfer_keep_alive(MultiAddress::Id(to), self.unit),
					signer: index,
					nonce: nonce + k as u64,
					items: 1,
				});
			}
		}
		let started = Instant::now();
		let txs = sign_all(&self.at, &self.accounts, &jobs)?;
		println!("transfers: {} signed in {:.1} s", txs.len(), started.elapsed().as_secs_f64());
		let mut figures = Figures {
			name: "(a) transfers".into(),
			description: "`Balances::transfer_keep_alive`, the reference".into(),
			call_weight_us: self.weight_us(txs.first()).await,
			..Default::default()
		};
		let sample = self.begin();
		let deadline = Instant::now() + Duration::from_secs(self.settings.transfer_seconds);
		let outcome = submit_all(
			&self.rpc,
			&self.tracker,
			TRANSFERS,
			txs,
			self.settings.concurrency,
			deadline,
		)
		.await;
		figures.submitted = outcome.accepted;
		figures.refused = outcome.refused;
		figures.first_error = outcome.first_error;
		self.finish(TRANSFERS, figures, sample).await
	}

	/// (c) Bulk issuance: every participant issues `issue_batch` codes in one call.
	pub async fn issuance(&mut self) -> Result<()> {
		let participants = self.settings.participants;
		let nonces = self.nonces(0..participants).await?;
		let batch = self.settings.issue_batch;
		let mut serials = Vec::new();
		let mut jobs = Vec::new();
		for (index, gtin) in self.gtins.iter().enumerate() {
			let mine: Vec<Vec<u8>> =
				(0..batch).map(|k| format!("B{index}-{k}").into_bytes()).collect();
			let items = mine
				.iter()
				.map(|serial| IssueItem { serial: serial.clone(), lot: None, claim_key: None })
				.collect();
			jobs.push(Job {
				call: api::tx().traceability().issue_codes(
					*gtin,
					items,
					bench_location(),
					1_700_000_000_000,
					H256::zero(),
				),
				signer: index,
				nonce: nonces.get(index).copied().unwrap_or_default(),
				items: u32::try_from(batch)?,
			});
			serials.push(mine);
		}
		let txs = sign_all(&self.at, &self.accounts, &jobs)?;
		let hashes: Vec<Hash> = txs.iter().map(|tx| tx.hash).collect();
		let mut figures = Figures {
			name: "(c) bulk issuance".into(),
			description: format!("`issue_codes`, {batch} codes per call"),
			item: Some("codes".into()),
			call_weight_us: self.weight_us(txs.first()).await,
			..Default::default()
		};
		let sample = self.begin();
		let far = Instant::now() + Duration::from_secs(600);
		let outcome =
			submit_all(&self.rpc, &self.tracker, ISSUANCE, txs, self.settings.concurrency, far)
				.await;
		figures.submitted = outcome.accepted;
		figures.refused = outcome.refused;
		figures.first_error = outcome.first_error;
		self.finish(ISSUANCE, figures, sample).await?;
		self.issued = serials
			.into_iter()
			.zip(&hashes)
			.map(|(mine, hash)| if self.tracker.succeeded(hash) { mine } else { Vec::new() })
			.collect();
		Ok(())
	}

	/// (b) Single-item handovers: in pairs among the first half of the participants, the
	/// first proposes each of its codes to the second, who accepts it as soon as the
	/// proposal is in a block.
	pub async fn handovers(&mut self) -> Result<()> {
		let half = self.settings.participants / 2;
		let nonces = self.nonces(0..half).await?;
		let mut proposes = Vec::new();
		let mut accepts = Vec::new();
		let per_pair = (0..half)
			.step_by(2)
			.map(|from| self.issued.get(from).map_or(0, Vec::len))
			.min()
			.unwrap_or(0);
		if per_pair == 0 {
			bail!("handovers: the proposers have no issued codes");
		}
		for k in 0..per_pair {
			for from in (0..half).step_by(2) {
				let to = from + 1;
				let serial = &self.issued[from][k];
				let code = code_key(&self.gtins[from], serial);
				proposes.push(Job {
					call: api::tx().traceability().propose_handover(
						code,
						account_id(&self.accounts[to]),
						None,
						None,
					),
					signer: from,
					nonce: nonces[from] + k as u64,
					items: 0,
				});
				accepts.push(Job {
					call: api::tx().traceability().accept_handover(code, None, None),
					signer: to,
					nonce: nonces[to] + k as u64,
					items: 1,
				});
			}
		}
		let mut proposes = sign_all(&self.at, &self.accounts, &proposes)?;
		let accepts = sign_all(&self.at, &self.accounts, &accepts)?;
		for tx in &mut proposes {
			tx.notify = true;
		}
		let mut figures = Figures {
			name: "(b) single-item handovers".into(),
			description: "`propose_handover` then `accept_handover` of one code; each counts \
			              as one transaction"
				.into(),
			item: Some("handovers".into()),
			call_weight_us: self.weight_us(proposes.first()).await,
			..Default::default()
		};
		if let Some(accept) = self.weight_us(accepts.first()).await {
			figures.notes.push(format!("accept_handover weighs {accept:.1} µs"));
		}
		let follow: HashMap<Hash, Signed> =
			proposes.iter().map(|tx| tx.hash).zip(accepts).collect();
		let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel();
		self.tracker.set_notify(Some(sender));
		let sent = Arc::new(AtomicUsize::new(0));
		let follower = {
			let (rpc, tracker, sent) = (self.rpc.clone(), self.tracker.clone(), sent.clone());
			tokio::spawn(async move {
				let mut follow = follow;
				while let Some((hash, _)) = receiver.recv().await {
					let Some(accept) = follow.remove(&hash) else { continue };
					let (rpc, tracker, sent) = (rpc.clone(), tracker.clone(), sent.clone());
					tokio::spawn(async move {
						let _ = submit_one(&rpc, &tracker, HANDOVERS, &accept).await;
						sent.fetch_add(1, Ordering::Relaxed);
					});
				}
			})
		};
		let sample = self.begin();
		let deadline = Instant::now() + Duration::from_secs(self.settings.handover_seconds);
		let outcome = submit_all(
			&self.rpc,
			&self.tracker,
			HANDOVERS,
			proposes,
			self.settings.concurrency,
			deadline,
		)
		.await;
		// Every proposal the pool took gets its acceptance.
		let waited = Instant::now();
		while sent.load(Ordering::Relaxed) < outcome.accepted && waited.elapsed() < DRAIN {
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
		self.tracker.set_notify(None);
		follower.abort();
		figures.submitted = outcome.accepted * 2;
		figures.refused = outcome.refused;
		figures.first_error = outcome.first_error;
		self.finish(HANDOVERS, figures, sample).await
	}

	/// (d) Container handovers: in pairs among the second half of the participants, the first
	/// packs its codes into one of them, then the container goes back and forth between the
	/// two (propose, accept) until the time is up.
	pub async fn containers(&mut self) -> Result<()> {
		let participants = self.settings.participants;
		let half = participants / 2;
		let mut nonces: Vec<u64> = self.nonces(0..participants).await?;
		// Packing.
		let mut containers = Vec::new();
		let mut jobs = Vec::new();
		for from in (half..participants).step_by(2) {
			let codes: Vec<H256> = self.issued[from]
				.iter()
				.map(|serial| code_key(&self.gtins[from], serial))
				.collect();
			let Some((container, items)) = codes.split_first() else { continue };
			let count = u32::try_from(items.len())?;
			jobs.push(Job {
				call: api::tx().traceability().pack(*container, items.to_vec(), None),
				signer: from,
				nonce: nonces[from],
				items: count,
			});
			nonces[from] += 1;
			containers.push(Container {
				code: *container,
				holder: from,
				other: from + 1,
				items: count,
			});
		}
		if containers.is_empty() {
			bail!("containers: no codes to pack");
		}
		let txs = sign_all(&self.at, &self.accounts, &jobs)?;
		let mut packing = Figures {
			name: "(d0) packing".into(),
			description: "`pack`, the items of each container in one call (setup of (d))".into(),
			item: Some("items packed".into()),
			call_weight_us: self.weight_us(txs.first()).await,
			..Default::default()
		};
		let hashes: Vec<Hash> = txs.iter().map(|tx| tx.hash).collect();
		let sample = self.begin();
		let far = Instant::now() + Duration::from_secs(600);
		let outcome =
			submit_all(&self.rpc, &self.tracker, PACKING, txs, self.settings.concurrency, far)
				.await;
		packing.submitted = outcome.accepted;
		packing.refused = outcome.refused;
		packing.first_error = outcome.first_error;
		self.finish(PACKING, packing, sample).await?;
		let containers: Vec<Container> = containers
			.into_iter()
			.zip(&hashes)
			.filter(|(_, hash)| self.tracker.succeeded(hash))
			.map(|(container, _)| container)
			.collect();
		if containers.is_empty() {
			bail!("containers: packing failed: {:?}", self.failures());
		}
		let items_per_container = containers.iter().map(|c| c.items).max().unwrap_or(0);

		// Back and forth.
		let mut figures = Figures {
			name: "(d) container handovers".into(),
			description: format!(
				"`propose_handover` + `accept_handover` of {} containers of {} items, back \
				 and forth",
				containers.len(),
				items_per_container
			),
			item: Some("items moved".into()),
			containers: containers.len(),
			items_per_container,
			..Default::default()
		};
		let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel();
		self.tracker.set_notify(Some(sender));
		let sample = self.begin();
		let deadline = Instant::now() + Duration::from_secs(self.settings.container_seconds);
		let mut pending: HashMap<Hash, (usize, bool)> = HashMap::new();
		let mut containers = containers;
		let mut submitted = 0;
		for (index, container) in containers.iter().enumerate() {
			let tx = self.propose(container, &mut nonces)?;
			if figures.call_weight_us.is_none() {
				figures.call_weight_us = self.weight_us(Some(&tx)).await;
			}
			submit_one(&self.rpc, &self.tracker, CONTAINERS, &tx).await?;
			submitted += 1;
			pending.insert(tx.hash, (index, true));
		}
		while !pending.is_empty() {
			let next = tokio::time::timeout(DRAIN, receiver.recv()).await;
			let Ok(Some((hash, success))) = next else { break };
			let Some((index, was_proposal)) = pending.remove(&hash) else { continue };
			let container = &mut containers[index];
			let tx = if was_proposal {
				if !success {
					continue;
				}
				let signer =
					self.accounts.get(container.other).ok_or_else(|| anyhow!("no account"))?;
				let call = api::tx().traceability().accept_handover(container.code, None, None);
				let tx = sign(&self.at, &call, signer, nonces[container.other], container.items)?;
				nonces[container.other] += 1;
				tx
			} else {
				if success {
					std::mem::swap(&mut container.holder, &mut container.other);
				}
				if Instant::now() >= deadline {
					continue;
				}
				self.propose(container, &mut nonces)?
			};
			let tx = Signed { notify: true, ..tx };
			match submit_one(&self.rpc, &self.tracker, CONTAINERS, &tx).await {
				Ok(()) => {
					submitted += 1;
					pending.insert(tx.hash, (index, !was_proposal));
				},
				Err(error) => {
					figures.refused += 1;
					figures.first_error.get_or_insert_with(|| format!("{error:#}"));
				},
			}
		}
		self.tracker.set_notify(None);
		figures.submitted = submitted;
		self.finish(CONTAINERS, figures, sample).await
	}

	/// Signs the proposal of `container` from its holder to the other.
	fn propose(&self, container: &Container, nonces: &mut [u64]) -> Result<Signed> {
		let signer = self.accounts.get(container.holder).ok_or_else(|| anyhow!("no account"))?;
		let to = self.accounts.get(container.other).ok_or_else(|| anyhow!("no account"))?;
		let call =
			api::tx()
				.traceability()
				.propose_handover(container.code, account_id(to), None, None);
		let nonce = nonces.get_mut(container.holder).ok_or_else(|| anyhow!("no nonce"))?;
		let tx = sign(&self.at, &call, signer, *nonce, 0)?;
		*nonce += 1;
		Ok(Signed { notify: true, ..tx })
	}

	/// (e) Verification: `TraceabilityApi_verify` through `state_call`, concurrently, over
	/// every issued code; then light-client verifications with the `trace` CLI.
	pub async fn verification(&mut self) -> Result<()> {
		let codes: Vec<[u8; 32]> = self
			.issued
			.iter()
			.zip(&self.gtins)
			.flat_map(|(serials, gtin)| serials.iter().map(|serial| code_key(gtin, serial).0))
			.collect();
		if codes.is_empty() {
			bail!("verification: no issued codes");
		}
		let mut figures = Figures {
			name: "(e) verification".into(),
			description: format!(
				"`TraceabilityApi_verify` via `state_call`, {} concurrent calls",
				self.settings.verify_concurrency
			),
			item: Some("codes verified".into()),
			..Default::default()
		};
		let sample = self.begin();
		let started = Instant::now();
		let deadline = started + Duration::from_secs(self.settings.verify_seconds);
		let rpc = &self.rpc;
		let results: Vec<(Duration, Result<u8>)> = futures::stream::iter(codes.iter().cycle())
			.take_while(|_| futures::future::ready(Instant::now() < deadline))
			.map(|code| async move {
				let begun = Instant::now();
				let verdict = rpc
					.state_call("TraceabilityApi_verify", code)
					.await
					.and_then(|bytes| bytes.first().copied().ok_or_else(|| anyhow!("empty")));
				(begun.elapsed(), verdict)
			})
			.buffer_unordered(self.settings.verify_concurrency)
			.collect()
			.await;
		let elapsed = started.elapsed().as_secs_f64();
		let ok = results.iter().filter(|(_, verdict)| verdict.is_ok()).count();
		let unknown = results.iter().filter(|(_, verdict)| matches!(verdict, Ok(0))).count();
		let mut latencies: Vec<Duration> = results.iter().map(|(latency, _)| *latency).collect();
		latencies.sort();
		let pick = |p: usize| {
			latencies
				.get((latencies.len().saturating_sub(1)) * p / 100)
				.map_or(0.0, |d| d.as_secs_f64() * 1000.0)
		};
		figures.submitted = results.len();
		figures.succeeded = ok;
		figures.failed = results.len() - ok;
		figures.tx_per_s = ok as f64 / elapsed;
		figures.items_per_s = figures.tx_per_s;
		figures.notes.push(format!(
			"{ok} calls in {elapsed:.1} s over {} codes; call latency p50 {:.1} ms, p95 {:.1} ms; \
			 {unknown} verdicts `Unknown` (expected 0)",
			codes.len(),
			pick(50),
			pick(95)
		));
		if let Some(error) = results.iter().find_map(|(_, verdict)| verdict.as_ref().err()) {
			figures.first_error = Some(format!("{error:#}"));
		}
		let (node_after, client_after) = (self.node_sample(), ProcSample::take("self"));
		figures.node_cpu = node_after.cpu_percent_since(&sample.0);
		figures.client_cpu = client_after.cpu_percent_since(&sample.1);
		figures.node_peak_mib = node_after.peak_rss_kib as f64 / 1024.0;
		println!("verification: {:.0} calls/s; {}", figures.tx_per_s, figures.notes.join("; "));

		if let Some((binary, spec, bootnode, runs)) = self.settings.light_client.clone() {
			let link = match (self.issued.first().and_then(|s| s.first()), self.gtins.first()) {
				(Some(serial), Some(gtin)) => format!(
					"/01/{}/21/{}",
					String::from_utf8_lossy(gtin),
					String::from_utf8_lossy(serial)
				),
				_ => bail!("verification: no code for the light client"),
			};
			for run in 0..runs {
				let note = light_verify(&binary, &spec, &bootnode, &link).await;
				println!("light client run {}: {note}", run + 1);
				figures.notes.push(format!("light client run {}: {note}", run + 1));
			}
		}
		self.figures.insert(VERIFY, figures);
		Ok(())
	}
}

/// A container moving between two participants.
struct Container {
	code: H256,
	holder: usize,
	other: usize,
	items: u32,
}

/// Runs `trace verify` through a light client and describes its timing.
async fn light_verify(binary: &str, spec: &str, bootnode: &str, link: &str) -> String {
	let (binary, spec, bootnode, link) =
		(binary.to_owned(), spec.to_owned(), bootnode.to_owned(), link.to_owned());
	let run = tokio::task::spawn_blocking(move || {
		let started = Instant::now();
		let output = std::process::Command::new(&binary)
			.args(["verify", &link, "--chain-spec", &spec, "--bootnode", &bootnode])
			.output();
		(started.elapsed(), output)
	})
	.await;
	match run {
		Ok((elapsed, Ok(output))) => {
			let stderr = String::from_utf8_lossy(&output.stderr);
			let timing = stderr
				.lines()
				.find(|line| line.contains("connected in"))
				.map(str::trim)
				.unwrap_or("no timing line");
			let verified = String::from_utf8_lossy(&output.stdout).contains("Verified by a light");
			format!(
				"{:.1} s end to end {timing}{}",
				elapsed.as_secs_f64(),
				if output.status.success() && verified { "" } else { " (FAILED)" }
			)
		},
		Ok((_, Err(error))) => format!("cannot run {}: {error}", "trace verify"),
		Err(error) => format!("the light-client task failed: {error}"),
	}
}

//! Talking to the node: a few WebSocket connections for submissions and runtime API calls,
//! a block tracker that follows the best and finalized heads and matches the extrinsics of
//! every block against the transactions submitted, and what the chain charges
//! ([`ChainWeights`]), read once for the report. Connections, the typed interface and the
//! block limits are `trace-client`'s; the raw values read here (a block's weight, a call's
//! dispatch info) are decoded as its generated types, by the types the metadata gives them.

use crate::workloads::Workload;
use anyhow::{anyhow, Context, Result};
use codec::Decode;
use std::{
	collections::{BTreeMap, HashMap, HashSet},
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc, Mutex, MutexGuard,
	},
	time::{Duration, Instant},
};
use subxt::{
	events::Phase,
	ext::scale_decode::DecodeAsType,
	rpcs::{rpc_params, RpcClient},
	tx::Payload,
	utils::{AccountId32, MultiAddress, H256},
	Metadata,
};
use tokio::sync::{mpsc, Semaphore};
use trace_client::{
	api::{
		self,
		runtime_types::{
			frame_support::dispatch::PerDispatchClass, frame_system::limits::BlockWeights,
			pallet_traceability::types::InspectionOutcome,
			pallet_transaction_payment::types::RuntimeDispatchInfo, sp_weights::weight_v2::Weight,
		},
	},
	AtBlock,
};

/// A transaction hash: `blake2_256` of the encoded extrinsic.
pub type Hash = [u8; 32];

/// Storage key of `System::Events`.
fn events_key() -> Vec<u8> {
	storage_key(b"System", b"Events")
}

/// Storage key of `System::BlockWeight`.
fn block_weight_key() -> Vec<u8> {
	storage_key(b"System", b"BlockWeight")
}

/// The key of a plain storage value: `twox_128(pallet) ++ twox_128(item)`.
fn storage_key(pallet: &[u8], item: &[u8]) -> Vec<u8> {
	let mut key = sp_crypto_hashing::twox_128(pallet).to_vec();
	key.extend_from_slice(&sp_crypto_hashing::twox_128(item));
	key
}

/// `0x`-prefixed hexadecimal.
pub fn to_hex(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

/// Bytes from `0x`-prefixed hexadecimal.
fn from_hex(text: &str) -> Result<Vec<u8>> {
	hex::decode(text.trim_start_matches("0x")).context("the node sent malformed hexadecimal")
}

/// `bytes` decoded as `T`, a generated type, by the type `ty` of `metadata` (`what` names it).
fn decode_as<T: DecodeAsType>(
	metadata: &Metadata,
	ty: Option<u32>,
	bytes: &[u8],
	what: &str,
) -> Result<T> {
	let ty = ty.ok_or_else(|| anyhow!("the metadata has no {what}"))?;
	T::decode_as_type(&mut &bytes[..], ty, metadata.types())
		.map_err(|error| anyhow!("cannot decode {what}: {error}"))
}

/// The type of storage value `pallet::entry` in `metadata`.
fn storage_type(metadata: &Metadata, pallet: &str, entry: &str) -> Option<u32> {
	let pallet = metadata.pallet_by_name(pallet)?;
	Some(pallet.storage()?.entry_by_name(entry)?.value_ty())
}

/// The type of the answer of runtime API function `api_name::method` in `metadata`.
fn runtime_api_output_type(metadata: &Metadata, api_name: &str, method: &str) -> Option<u32> {
	let runtime_api = metadata.runtime_api_trait_by_name(api_name)?;
	Some(runtime_api.method_by_name(method)?.output_ty())
}

/// The block limits the runtime declares in its metadata.
#[derive(Clone, Debug)]
pub struct Limits {
	/// `System::BlockWeights`.
	pub weights: BlockWeights,
	/// `System::BlockLength`, the largest length per class.
	pub length: PerDispatchClass<u32>,
}

impl Limits {
	/// Reads the limits from the metadata's constants.
	pub fn read(at: &AtBlock) -> Result<Self> {
		let weights = trace_client::block_weights(at)?;
		let length = trace_client::block_length(at)?.max;
		Ok(Self { weights, length })
	}

	/// The weight normal extrinsics may fill in a block.
	pub fn normal_weight(&self) -> u64 {
		let normal = &self.weights.per_class.normal;
		normal.max_total.as_ref().unwrap_or(&self.weights.max_block).ref_time
	}
}

/// A few WebSocket connections to one node, used round-robin.
#[derive(Clone)]
pub struct Rpc {
	clients: Arc<Vec<RpcClient>>,
	next: Arc<AtomicUsize>,
}

impl Rpc {
	/// Opens `connections` connections to `url`.
	pub async fn connect(url: &str, connections: usize) -> Result<Self> {
		let mut clients = Vec::new();
		for _ in 0..connections.max(1) {
			clients.push(trace_client::connect_raw(url).await?);
		}
		Ok(Self { clients: Arc::new(clients), next: Arc::new(AtomicUsize::new(0)) })
	}

	/// The next connection.
	pub fn client(&self) -> &RpcClient {
		let index = self.next.fetch_add(1, Ordering::Relaxed) % self.clients.len();
		&self.clients[index]
	}

	/// `author_submitExtrinsic`: the node validates `tx` and puts it in its pool.
	pub async fn submit(&self, tx: &[u8]) -> Result<()> {
		let _hash: String = self
			.client()
			.request("author_submitExtrinsic", rpc_params![to_hex(tx)])
			.await
			.map_err(|error| anyhow!("{error}"))?;
		Ok(())
	}

	/// `state_call` of a runtime API function at the best block.
	pub async fn state_call(&self, method: &str, data: &[u8]) -> Result<Vec<u8>> {
		let result: String = self
			.client()
			.request("state_call", rpc_params![method, to_hex(data)])
			.await
			.map_err(|error| anyhow!("state_call {method}: {error}"))?;
		from_hex(&result)
	}

	/// A storage value at block `at`.
	async fn storage(&self, key: &[u8], at: &str) -> Result<Option<Vec<u8>>> {
		let result: Option<String> = self
			.client()
			.request("state_getStorage", rpc_params![to_hex(key), at])
			.await
			.map_err(|error| anyhow!("state_getStorage: {error}"))?;
		result.map(|value| from_hex(&value)).transpose()
	}

	/// The hash of block `number` of the best chain.
	async fn block_hash(&self, number: u64) -> Result<String> {
		let result: Option<String> = self
			.client()
			.request("chain_getBlockHash", rpc_params![number])
			.await
			.map_err(|error| anyhow!("chain_getBlockHash: {error}"))?;
		result.ok_or_else(|| anyhow!("no block {number}"))
	}

	/// The extrinsics of block `hash`, encoded.
	async fn block_body(&self, hash: &str) -> Result<Vec<Vec<u8>>> {
		let block: serde_json::Value = self
			.client()
			.request("chain_getBlock", rpc_params![hash])
			.await
			.map_err(|error| anyhow!("chain_getBlock: {error}"))?;
		let extrinsics = block
			.pointer("/block/extrinsics")
			.and_then(|list| list.as_array())
			.ok_or_else(|| anyhow!("block {hash} has no extrinsics list"))?;
		extrinsics.iter().map(|tx| from_hex(tx.as_str().unwrap_or_default())).collect()
	}

	/// The next nonce of `account` (pool included), through the `AccountNonceApi`.
	pub async fn nonce(&self, account: &[u8; 32]) -> Result<u64> {
		let bytes = self.state_call("AccountNonceApi_account_nonce", account).await?;
		let nonce = u32::decode(&mut &bytes[..]).context("cannot decode a nonce")?;
		Ok(u64::from(nonce))
	}

	/// The weight of the call in `tx` (an encoded extrinsic), from
	/// `TransactionPaymentApi_query_info`, decoded with the metadata of `at`.
	pub async fn call_weight(&self, at: &AtBlock, tx: &[u8]) -> Result<Weight> {
		let mut data = tx.to_vec();
		data.extend_from_slice(&u32::try_from(tx.len()).unwrap_or(u32::MAX).to_le_bytes());
		let bytes = self.state_call("TransactionPaymentApi_query_info", &data).await?;
		let metadata = at.metadata_ref();
		let ty = runtime_api_output_type(metadata, "TransactionPaymentApi", "query_info");
		let info: RuntimeDispatchInfo<u128, Weight> =
			decode_as(metadata, ty, &bytes, "TransactionPaymentApi_query_info's answer")?;
		Ok(info.weight)
	}

	/// The weight of `call` alone, without the transaction extensions a signed extrinsic adds,
	/// from `TransactionPaymentCallApi_query_call_info`; encoded and decoded with the metadata
	/// of `at`.
	pub async fn bare_call_weight<Call: Payload>(
		&self,
		at: &AtBlock,
		call: &Call,
	) -> Result<Weight> {
		let mut data = at
			.tx()
			.call_data(call)
			.map_err(|error| anyhow!("cannot encode a call: {error}"))?;
		let length = u32::try_from(data.len()).unwrap_or(u32::MAX);
		data.extend_from_slice(&length.to_le_bytes());
		let bytes = self.state_call("TransactionPaymentCallApi_query_call_info", &data).await?;
		let metadata = at.metadata_ref();
		let ty = runtime_api_output_type(metadata, "TransactionPaymentCallApi", "query_call_info");
		let info: RuntimeDispatchInfo<u128, Weight> =
			decode_as(metadata, ty, &bytes, "TransactionPaymentCallApi_query_call_info's answer")?;
		Ok(info.weight)
	}
}

/// Picoseconds of ref time in µs.
fn micros(ref_time: u64) -> f64 {
	ref_time as f64 / 1e6
}

/// What the chain charges, read from it once at the start of the run: the report quotes these
/// and never restates the weights of `pallets/traceability/src/weights.rs` or pallet_balances,
/// which the next benchmark run changes.
#[derive(Clone, Debug, Default)]
pub struct ChainWeights {
	/// `System::BlockWeights`: the base weight of every normal extrinsic, in µs.
	pub base_extrinsic_us: f64,
	/// `System::DbWeight`: one storage read, in µs.
	pub read_us: f64,
	/// `System::DbWeight`: one storage write, in µs.
	pub write_us: f64,
	/// `Aura::SlotDuration`: the time between two blocks, in seconds.
	pub block_seconds: f64,
	/// `Traceability::MaxChildrenPerContainer`: the most items a container holds.
	pub max_children: u32,
	/// `Balances::transfer_keep_alive` alone, without the transaction extensions
	/// (`TransactionPaymentCallApi_query_call_info`), in µs.
	pub transfer_call_us: f64,
	/// `Traceability::propose_handover` alone, in µs.
	pub propose_call_us: f64,
	/// `Traceability::accept_handover` alone, in µs.
	pub accept_call_us: f64,
	/// `Traceability::inspect` alone, in µs.
	pub inspect_call_us: f64,
}

impl ChainWeights {
	/// Reads the constants at `at` and asks the node the weights of the calls measured (their
	/// weights do not depend on their arguments, so any code and account do).
	pub async fn query(rpc: &Rpc, at: &AtBlock, limits: &Limits) -> Result<Self> {
		let constants = at.constants();
		let db = constants
			.entry(api::constants().system().db_weight())
			.context("cannot read System::DbWeight")?;
		let slot_ms = constants
			.entry(api::constants().aura().slot_duration())
			.context("cannot read Aura::SlotDuration")?;
		let max_children = constants
			.entry(api::constants().traceability().max_children_per_container())
			.context("cannot read Traceability::MaxChildrenPerContainer")?;
		let nobody = AccountId32([0; 32]);
		let code = H256::zero();
		let transfer =
			api::tx().balances().transfer_keep_alive(MultiAddress::Id(nobody.clone()), 1);
		let propose = api::tx().traceability().propose_handover(code, nobody, None, None);
		let accept = api::tx().traceability().accept_handover(code, None, None);
		let inspect =
			api::tx()
				.traceability()
				.inspect(code, InspectionOutcome::Conformant, None, None, None);
		let call_us = |weight: Result<Weight>, name: &str| -> Result<f64> {
			weight
				.map(|weight| micros(weight.ref_time))
				.with_context(|| format!("the weight of {name}"))
		};
		Ok(Self {
			base_extrinsic_us: micros(limits.weights.per_class.normal.base_extrinsic.ref_time),
			read_us: micros(db.read),
			write_us: micros(db.write),
			block_seconds: slot_ms as f64 / 1000.0,
			max_children,
			transfer_call_us: call_us(
				rpc.bare_call_weight(at, &transfer).await,
				"Balances::transfer_keep_alive",
			)?,
			propose_call_us: call_us(
				rpc.bare_call_weight(at, &propose).await,
				"Traceability::propose_handover",
			)?,
			accept_call_us: call_us(
				rpc.bare_call_weight(at, &accept).await,
				"Traceability::accept_handover",
			)?,
			inspect_call_us: call_us(
				rpc.bare_call_weight(at, &inspect).await,
				"Traceability::inspect",
			)?,
		})
	}
}

/// A pre-signed transaction.
#[derive(Clone)]
pub struct Signed {
	/// The encoded extrinsic.
	pub bytes: Vec<u8>,
	/// Its hash.
	pub hash: Hash,
	/// How many items (codes) it carries, for items/s.
	pub items: u32,
	/// Whether the tracker reports its inclusion to the workload.
	pub notify: bool,
}

impl Signed {
	/// Wraps an encoded extrinsic.
	pub fn new(bytes: Vec<u8>, items: u32) -> Self {
		let hash = sp_crypto_hashing::blake2_256(&bytes);
		Self { bytes, hash, items, notify: false }
	}
}

/// What became of a submitted transaction.
#[derive(Clone, Debug)]
pub struct TxInfo {
	/// The workload it belongs to.
	pub workload: Workload,
	/// Items it carries.
	pub items: u32,
	/// When it was submitted.
	pub submitted: Instant,
	/// When the block including it was seen as best block, and its number.
	pub included: Option<(Instant, u64)>,
	/// When that block was seen finalized.
	pub finalized: Option<Instant>,
	/// Whether it dispatched without error.
	pub success: Option<bool>,
	/// Whether to report its inclusion.
	notify: bool,
}

/// One block, as the tracker saw it.
#[derive(Clone, Debug)]
pub struct BlockRecord {
	/// Its number.
	pub number: u64,
	/// When it was seen as best block.
	pub seen: Instant,
	/// When it was seen finalized.
	pub finalized: Option<Instant>,
	/// Extrinsics besides the inherents.
	pub extrinsics: usize,
	/// Encoded length of those extrinsics.
	pub length: u64,
	/// `System::BlockWeight`, normal class, ref time.
	pub weight_normal: u64,
	/// Successful tracked transactions per workload: (transactions, items).
	pub per_workload: BTreeMap<Workload, (u64, u64)>,
	/// Hashes of the tracked transactions it includes.
	tracked: Vec<Hash>,
}

/// Shared state of the tracker.
#[derive(Default)]
struct State {
	txs: HashMap<Hash, TxInfo>,
	blocks: BTreeMap<u64, BlockRecord>,
	last_best: u64,
	last_finalized: u64,
	failures: Vec<String>,
}

/// Follows the chain and the submitted transactions.
pub struct Tracker {
	state: Mutex<State>,
	/// Transactions submitted and not yet included: the submission window.
	pub window: Arc<Semaphore>,
	notify: Mutex<Option<mpsc::UnboundedSender<(Hash, bool)>>>,
	at: AtBlock,
	rpc: Rpc,
}

impl Tracker {
	/// A tracker that lets `window` transactions wait in the pool at most.
	pub fn new(rpc: Rpc, at: AtBlock, window: usize) -> Arc<Self> {
		Arc::new(Self {
			state: Mutex::new(State::default()),
			window: Arc::new(Semaphore::new(window)),
			notify: Mutex::new(None),
			at,
			rpc,
		})
	}

	fn state(&self) -> MutexGuard<'_, State> {
		self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
	}

	/// Sends the inclusion (hash, success) of transactions marked `notify` to `sender`.
	pub fn set_notify(&self, sender: Option<mpsc::UnboundedSender<(Hash, bool)>>) {
		*self.notify.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = sender;
	}

	/// Starts following the chain from the current best block.
	pub async fn start(self: &Arc<Self>) -> Result<()> {
		let header: serde_json::Value = self
			.rpc
			.client()
			.request("chain_getHeader", rpc_params![])
			.await
			.map_err(|error| anyhow!("chain_getHeader: {error}"))?;
		let best = header_number(&header)?;
		{
			let mut state = self.state();
			state.last_best = best;
			state.last_finalized = best;
		}
		let tracker = Arc::clone(self);
		tokio::spawn(async move {
			if let Err(error) = tracker.follow().await {
				eprintln!("block tracker stopped: {error:#}");
			}
		});
		Ok(())
	}

	async fn follow(&self) -> Result<()> {
		let client = self.rpc.client();
		let mut best = client
			.subscribe::<serde_json::Value>(
				"chain_subscribeNewHeads",
				rpc_params![],
				"chain_unsubscribeNewHeads",
			)
			.await
			.map_err(|error| anyhow!("cannot subscribe to new heads: {error}"))?;
		let mut finalized = client
			.subscribe::<serde_json::Value>(
				"chain_subscribeFinalizedHeads",
				rpc_params![],
				"chain_unsubscribeFinalizedHeads",
			)
			.await
			.map_err(|error| anyhow!("cannot subscribe to finalized heads: {error}"))?;
		loop {
			tokio::select! {
				header = best.next() => {
					let header = header.ok_or_else(|| anyhow!("new heads ended"))??;
					self.on_best(header_number(&header)?).await?;
				},
				header = finalized.next() => {
					let header = header.ok_or_else(|| anyhow!("finalized heads ended"))??;
					let number = header_number(&header)?;
					self.on_best(number).await?;
					self.on_finalized(number);
				},
			}
		}
	}

	/// Reads every block up to `number` not read yet.
	async fn on_best(&self, number: u64) -> Result<()> {
		let from = self.state().last_best + 1;
		for n in from..=number {
			let record = self.read_block(n).await?;
			self.record(record);
			self.state().last_best = n;
		}
		Ok(())
	}

	/// Reads block `number`: body, events and weight.
	async fn read_block(&self, number: u64) -> Result<(BlockRecord, Vec<Hash>, HashSet<u32>)> {
		let hash = self.rpc.block_hash(number).await?;
		let (events_key, weight_key) = (events_key(), block_weight_key());
		let (body, events, weight) = tokio::try_join!(
			self.rpc.block_body(&hash),
			self.rpc.storage(&events_key, &hash),
			self.rpc.storage(&weight_key, &hash),
		)?;
		let seen = Instant::now();
		let metadata = self.at.metadata_ref();
		let weight_type = storage_type(metadata, "System", "BlockWeight");
		let weight = weight
			.map(|bytes| {
				decode_as::<PerDispatchClass<Weight>>(
					metadata,
					weight_type,
					&bytes,
					"System::BlockWeight",
				)
			})
			.transpose()?;
		let mut succeeded = HashSet::new();
		let mut inherents = 0_usize;
		let mut inherent_length = 0_u64;
		let events = self.at.events().from_bytes(events.unwrap_or_default());
		let mut failures = Vec::new();
		for event in events.iter() {
			let event = event.context("cannot decode an event")?;
			let Phase::ApplyExtrinsic(index) = event.phase() else { continue };
			if event.pallet_name() != "System" {
				continue;
			}
			match event.event_name() {
				"ExtrinsicSuccess" => {
					let class = event
						.decode_fields_as::<api::system::events::ExtrinsicSuccess>()
						.and_then(Result::ok)
						.map(|success| success.dispatch_info.class);
					if matches!(
						class,
						Some(api::runtime_types::frame_support::dispatch::DispatchClass::Mandatory)
					) {
						inherents += 1;
						inherent_length += body.get(index as usize).map_or(0, |tx| tx.len() as u64);
					}
					succeeded.insert(index);
				},
				"ExtrinsicFailed" => {
					if let Some(Ok(failed)) =
						event.decode_fields_as::<api::system::events::ExtrinsicFailed>()
					{
						failures.push(format!("{:?}", failed.dispatch_error));
					}
				},
				_ => {},
			}
		}
		if !failures.is_empty() {
			let mut state = self.state();
			if state.failures.len() < 20 {
				state.failures.extend(failures.into_iter().take(5));
			}
		}
		let total_length: u64 = body.iter().map(|tx| tx.len() as u64).sum();
		let hashes = body.iter().map(|tx| sp_crypto_hashing::blake2_256(tx)).collect();
		let record = BlockRecord {
			number,
			seen,
			finalized: None,
			extrinsics: body.len().saturating_sub(inherents),
			length: total_length.saturating_sub(inherent_length),
			weight_normal: weight.map_or(0, |weight| weight.normal.ref_time),
			per_workload: BTreeMap::new(),
			tracked: Vec::new(),
		};
		Ok((record, hashes, succeeded))
	}

	/// Matches a block's extrinsics against the transactions submitted.
	fn record(&self, (mut record, hashes, succeeded): (BlockRecord, Vec<Hash>, HashSet<u32>)) {
		let mut notes = Vec::new();
		let mut released = 0;
		{
			let mut state = self.state();
			for (index, hash) in hashes.iter().enumerate() {
				let Some(tx) = state.txs.get_mut(hash) else { continue };
				if tx.included.is_some() {
					continue;
				}
				let success = u32::try_from(index).is_ok_and(|index| succeeded.contains(&index));
				tx.included = Some((record.seen, record.number));
				tx.success = Some(success);
				released += 1;
				if success {
					let entry = record.per_workload.entry(tx.workload).or_default();
					entry.0 += 1;
					entry.1 += u64::from(tx.items);
				}
				if tx.notify {
					notes.push((*hash, success));
				}
				record.tracked.push(*hash);
			}
			state.blocks.insert(record.number, record);
		}
		self.window.add_permits(released);
		if !notes.is_empty() {
			if let Some(sender) =
				self.notify.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).as_ref()
			{
				for note in notes {
					let _ = sender.send(note);
				}
			}
		}
	}

	/// Stamps the blocks up to `number` finalized.
	fn on_finalized(&self, number: u64) {
		let now = Instant::now();
		let mut state = self.state();
		let from = state.last_finalized + 1;
		for n in from..=number {
			let tracked = match state.blocks.get_mut(&n) {
				Some(block) => {
					block.finalized = Some(now);
					block.tracked.clone()
				},
				None => continue,
			};
			for hash in tracked {
				if let Some(tx) = state.txs.get_mut(&hash) {
					tx.finalized = Some(now);
				}
			}
		}
		state.last_finalized = state.last_finalized.max(number);
	}

	/// Registers a transaction about to be submitted.
	pub fn register(&self, workload: Workload, tx: &Signed) {
		self.state().txs.insert(
			tx.hash,
			TxInfo {
				workload,
				items: tx.items,
				submitted: Instant::now(),
				included: None,
				finalized: None,
				success: None,
				notify: tx.notify,
			},
		);
	}

	/// Forgets a transaction the node refused.
	pub fn forget(&self, hash: &Hash) {
		self.state().txs.remove(hash);
	}

	/// Waits until every transaction of `workload` is in a finalized block, or `timeout`.
	/// Returns how many are still missing.
	pub async fn wait_finalized(&self, workload: Workload, timeout: Duration) -> usize {
		let started = Instant::now();
		loop {
			let missing = self
				.state()
				.txs
				.values()
				.filter(|tx| tx.workload == workload && tx.finalized.is_none())
				.count();
			if missing == 0 || started.elapsed() >= timeout {
				return missing;
			}
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
	}

	/// The transactions of `workload`.
	pub fn txs_of(&self, workload: Workload) -> Vec<TxInfo> {
		self.state()
			.txs
			.values()
			.filter(|tx| tx.workload == workload)
			.cloned()
			.collect()
	}

	/// Whether transaction `hash` was included and dispatched without error.
	pub fn succeeded(&self, hash: &Hash) -> bool {
		self.state().txs.get(hash).and_then(|tx| tx.success).unwrap_or(false)
	}

	/// Every block seen, in order.
	pub fn blocks(&self) -> Vec<BlockRecord> {
		self.state().blocks.values().cloned().collect()
	}

	/// The dispatch errors seen so far (a sample).
	pub fn failures(&self) -> Vec<String> {
		self.state().failures.clone()
	}
}

/// The number of a header in JSON.
fn header_number(header: &serde_json::Value) -> Result<u64> {
	let text = header
		.get("number")
		.and_then(|number| number.as_str())
		.ok_or_else(|| anyhow!("a header without number"))?;
	u64::from_str_radix(text.trim_start_matches("0x"), 16).context("a malformed block number")
}

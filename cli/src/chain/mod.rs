//! Talking to the chain: connecting (trusted RPC or light client), submitting calls and
//! explaining what happened.
//!
//! Every submission waits until its block is finalized, then prints the events of the
//! transaction, or fails with the dispatch error named and documented from the metadata
//! (`Traceability::NotCustodian: The signer is not the code's custodian.`).

mod read;

pub use read::{
	company_prefixes, location_to_chain, participant_record, product_of, product_record, report_at,
};

use crate::{
	pretty,
	runtime::api::{self, runtime_types},
	sanitize::shown,
};
use anyhow::{anyhow, bail, Context, Result};
use std::path::Path;
use subxt::{
	config::DefaultExtrinsicParamsBuilder,
	error::{DispatchError, TransactionEventsError, TransactionProgressError},
	lightclient::{ChainConfig, LightClient},
	tx::{Payload, TransactionInBlock},
	utils::{AccountId32, MultiSignature, H256},
	Metadata, OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;

/// How long the light client may take, by default, to find peers and sync the finalized
/// headers.
pub const SYNC_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

/// The chain's configuration as subxt sees it: SS58 accounts, sr25519/`MultiSignature`,
/// `MultiAddress<AccountId, ()>`, the default transaction extensions.
pub type TraceConfig = PolkadotConfig;

/// A client at one block.
pub type AtBlock = subxt::OnlineClientAtBlock<TraceConfig>;

/// How far the data read can be trusted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trust {
	/// Whatever the RPC server says.
	Rpc(String),
	/// A light client checking storage and runtime-call proofs against finalized headers.
	LightClient,
}

/// A connection to trace-chain.
pub struct Chain {
	client: OnlineClient<TraceConfig>,
	trust: Trust,
	/// Keeps smoldot running while the client is used.
	_light_client: Option<LightClient>,
}

/// Waits until the light client has peers and has caught up with their chain: before that,
/// its "latest finalized block" may be the genesis block, where no code exists yet, and a
/// genuine code would show as unknown.
async fn wait_until_synced(
	rpc: &subxt::lightclient::LightClientRpc,
	timeout: std::time::Duration,
) -> Result<()> {
	let deadline = std::time::Instant::now() + timeout;
	loop {
		let health = rpc
			.request("system_health".to_owned(), None)
			.await
			.map_err(|error| anyhow!("the light client failed: {error}"))?;
		let health: serde_json::Value = serde_json::from_str(health.get())
			.context("the light client's system_health is not JSON")?;
		let peers = health.get("peers").and_then(serde_json::Value::as_u64).unwrap_or(0);
		let syncing = health.get("isSyncing").and_then(serde_json::Value::as_bool).unwrap_or(true);
		if peers > 0 && !syncing {
			return Ok(());
		}
		if std::time::Instant::now() >= deadline {
			bail!(
				"the light client could not sync within {} s ({peers} peers): are the bootnodes \
				 reachable, and is the chain spec this chain's?",
				timeout.as_secs()
			);
		}
		tokio::time::sleep(std::time::Duration::from_millis(100)).await;
	}
}

/// The outcome of a finalized transaction.
pub struct Submitted {
	/// The block it is in.
	pub block: H256,
	/// Its events, printed.
	pub events: Vec<String>,
}

impl Submitted {
	/// Prints the block and the events.
	pub fn print(&self) {
		println!("Finalized in block 0x{}", hex::encode(self.block.0));
		for event in &self.events {
			println!("  {event}");
		}
	}
}

impl Chain {
	/// Connects to a node's RPC server, which is then trusted.
	pub async fn rpc(url: &str) -> Result<Self> {
		let client = OnlineClient::<TraceConfig>::from_insecure_url(url)
			.await
			.with_context(|| format!("cannot connect to a trace-chain node at {url}"))?;
		Ok(Self { client, trust: Trust::Rpc(url.to_owned()), _light_client: None })
	}

	/// Starts a light client (smoldot) from a chain spec. The chain spec must list bootnodes
	/// (its `bootNodes`, or `bootnodes` given here): the light client finds the chain through
	/// them, syncs its finalized headers (GRANDPA) and checks every storage value it reads, its
	/// own and those of the runtime API calls it runs, against their state roots. It gives up
	/// after `timeout`.
	pub async fn light(
		chain_spec: &Path,
		bootnodes: &[String],
		timeout: std::time::Duration,
	) -> Result<Self> {
		let spec = std::fs::read_to_string(chain_spec)
			.with_context(|| format!("cannot read chain spec {}", chain_spec.display()))?;
		let json: serde_json::Value = serde_json::from_str(&spec)
			.with_context(|| format!("chain spec {} is not JSON", chain_spec.display()))?;
		let listed = json.get("bootNodes").and_then(|nodes| nodes.as_array()).map_or(0, Vec::len);
		if listed == 0 && bootnodes.is_empty() {
			bail!(
				"chain spec {} lists no bootnodes: the light client needs at least one \
				 (--bootnode /ip4/127.0.0.1/tcp/30333/p2p/<peer id>)",
				chain_spec.display()
			);
		}
		let mut config = ChainConfig::chain_spec(spec.as_str());
		if !bootnodes.is_empty() {
			config = config
				.set_bootnodes(bootnodes.iter().map(String::as_str))
				.map_err(|error| anyhow!("cannot add the bootnodes: {error}"))?;
		}
		let (light_client, rpc) = LightClient::relay_chain(config)
			.map_err(|error| anyhow!("the light client rejected the chain spec: {error}"))?;
		let started = std::time::Instant::now();
		wait_until_synced(&rpc, timeout).await?;
		let left = timeout.saturating_sub(started.elapsed());
		let client = tokio::time::timeout(left, OnlineClient::<TraceConfig>::from_rpc_client(rpc))
			.await
			.map_err(|_| {
				anyhow!(
					"the light client could not sync within {} s: are the bootnodes reachable, \
					 and is the chain spec this chain's?",
					timeout.as_secs()
				)
			})?
			.context("the light client could not sync with the chain")?;
		Ok(Self { client, trust: Trust::LightClient, _light_client: Some(light_client) })
	}

	/// The hash of the chain's genesis block, which names the network (claims are signed for
	/// it).
	pub fn genesis_hash(&self) -> H256 {
		self.client.genesis_hash()
	}

	/// One line saying how the data was obtained.
	pub fn trust_line(&self) -> String {
		match &self.trust {
			Trust::Rpc(url) => format!(
				"TRUSTING the RPC server at {url}: a dishonest server could show anything. Verify \
				 with --chain-spec for a light-client check."
			),
			Trust::LightClient => "Verified by a light client: every value was checked against \
			                       a GRANDPA-finalized block header."
				.to_owned(),
		}
	}

	/// A client at the latest finalized block.
	pub async fn at_finalized(&self) -> Result<AtBlock> {
		self.client
			.at_current_block()
			.await
			.context("cannot get the latest finalized block")
	}

	/// Signs `call` with `signer`, submits it, waits until its block is finalized and returns
	/// its events; a failed dispatch is an error naming the pallet's error.
	pub async fn submit<Call: Payload>(&self, call: &Call, signer: &Keypair) -> Result<Submitted> {
		let at = self.at_finalized().await?;
		let mut tx = at.tx();
		let progress = tx
			.sign_and_submit_then_watch_default(call, signer)
			.await
			.map_err(|error| anyhow!("the node refused the transaction: {error}"))?;
		let in_block = progress.wait_for_finalized().await.map_err(progress_error)?;
		self.finish(&at, in_block).await
	}

	/// Like [`Chain::submit`] with an explicit nonce, for several transactions in flight.
	pub async fn submit_with_nonce<Call: Payload>(
		&self,
		at: &AtBlock,
		call: &Call,
		signer: &Keypair,
		nonce: u64,
	) -> Result<Submitted> {
		let params = DefaultExtrinsicParamsBuilder::<TraceConfig>::new().nonce(nonce).build();
		let mut tx = at.tx();
		let progress = tx
			.sign_and_submit_then_watch(call, signer, params)
			.await
			.map_err(|error| anyhow!("the node refused the transaction: {error}"))?;
		let in_block = progress.wait_for_finalized().await.map_err(progress_error)?;
		self.finish(at, in_block).await
	}

	/// The next nonce of `account` at `at`.
	pub async fn nonce(&self, at: &AtBlock, account: &AccountId32) -> Result<u64> {
		at.tx().account_nonce(account).await.context("cannot read the account nonce")
	}

	/// Submits `call` as governance: wrapped in `Sudo::sudo`, signed by the sudo key. The
	/// inner call's error, reported in `Sudo::Sudid`, is an error here too.
	pub async fn submit_sudo(
		&self,
		call: runtime_types::trace_runtime::RuntimeCall,
		signer: &Keypair,
	) -> Result<Submitted> {
		let submitted = self.submit(&api::tx().sudo().sudo(call), signer).await?;
		Ok(submitted)
	}

	/// Submits a token-less call authorized by its pallet (`#[pallet::authorize]`): a v5
	/// *general* transaction without signer, whose only acting extension is `AuthorizeCall`
	/// (nonce, tip and signature extensions see no signer and do nothing).
	pub async fn submit_authorized<Call: Payload>(&self, call: &Call) -> Result<Submitted> {
		let at = self.at_finalized().await?;
		let params = DefaultExtrinsicParamsBuilder::<TraceConfig>::new()
			.nonce(0)
			.mortal_from_unchecked(64, at.block_number(), at.block_hash())
			.build();
		let mut signable = at
			.tx()
			.create_v5_signable_offline(call, params)
			.map_err(|error| anyhow!("cannot build the general transaction: {error}"))?;
		// No extension of this runtime carries a signature, so these are not encoded: the call's
		// own `authorize` function is what the pool and the block check.
		let transaction = signable
			.sign_with_account_and_signature(
				&AccountId32([0; 32]),
				&MultiSignature::Sr25519([0; 64]),
			)
			.map_err(|error| anyhow!("cannot encode the general transaction: {error}"))?;
		let progress = transaction
			.submit_and_watch()
			.await
			.map_err(|error| anyhow!("the node refused the transaction: {error}"))?;
		let in_block = progress.wait_for_finalized().await.map_err(progress_error)?;
		self.finish(&at, in_block).await
	}

	/// Events of a finalized transaction, or its dispatch error explained.
	async fn finish(
		&self,
		at: &AtBlock,
		in_block: TransactionInBlock<
			TraceConfig,
			subxt::client::OnlineClientAtBlockImpl<TraceConfig>,
		>,
	) -> Result<Submitted> {
		let block = in_block.block_hash();
		let metadata = at.metadata();
		let events = match in_block.wait_for_success().await {
			Ok(events) => events,
			Err(TransactionEventsError::ExtrinsicFailed(error)) => {
				return Err(anyhow!("{}", dispatch_error_text(&error)));
			},
			Err(error) => return Err(anyhow!("cannot read the transaction's events: {error}")),
		};
		let mut printed = Vec::new();
		for event in events.iter() {
			let event = event.context("cannot decode an event")?;
			let (pallet, name) = (event.pallet_name(), event.event_name());
			if pallet == "System" && name == "ExtrinsicSuccess" {
				continue;
			}
			if pallet == "Sudo" && name == "Sudid" {
				if let Some(Ok(sudid)) = event.decode_fields_as::<api::sudo::events::Sudid>() {
					if let Err(error) = sudid.sudo_result {
						bail!(
							"the governance call failed: {}",
							runtime_error_text(&metadata, &error)
						);
					}
				}
			}
			printed.push(event_text(
				&metadata,
				pallet,
				event.event_index(),
				name,
				event.field_bytes(),
			));
		}
		Ok(Submitted { block, events: printed })
	}
}

/// An event as text, its fields decoded with their types.
fn event_text(metadata: &Metadata, pallet: &str, index: u8, name: &str, bytes: &[u8]) -> String {
	let types = metadata.types();
	let Some(variant) = metadata
		.pallet_by_name(pallet)
		.and_then(|pallet| pallet.event_variant_by_index(index))
	else {
		return format!("{}.{} 0x{}", shown(pallet), shown(name), hex::encode(bytes));
	};
	let mut input = bytes;
	let mut fields = Vec::new();
	for field in &variant.fields {
		match subxt::ext::scale_value::scale::decode_as_type(&mut input, field.ty.id, types) {
			Ok(value) => fields.push((field.name.clone(), value)),
			Err(_) => return format!("{}.{} 0x{}", shown(pallet), shown(name), hex::encode(bytes)),
		}
	}
	pretty::event(pallet, name, &fields, types)
}

/// `Pallet::Error: its documentation` for a dispatch error. The names and documentation come
/// from the chain's metadata, and are [`shown`] as chain text.
pub fn dispatch_error_text(error: &DispatchError) -> String {
	let text = match error {
		DispatchError::Module(module) => match module.details() {
			Ok(details) => format!(
				"{}::{}: {}",
				details.pallet.name(),
				details.variant.name,
				details.variant.docs.join(" ").trim()
			),
			Err(_) => module.to_string(),
		},
		other => format!("{other}"),
	};
	shown(&text).into_owned()
}

/// `Pallet::Error: its documentation` for a runtime dispatch error decoded from an event or a
/// runtime API's answer.
pub fn runtime_error_text(
	metadata: &Metadata,
	error: &runtime_types::sp_runtime::DispatchError,
) -> String {
	match error {
		runtime_types::sp_runtime::DispatchError::Module(module) => {
			module_error_text(metadata, module.index, module.error[0])
		},
		other => format!("{other:?}"),
	}
}

/// The name of a dispatch error the runtime reported, as the node's RPC gives it: the pallet
/// error's variant name from the metadata (`CodeClaimed`, `NotSold`…) for module errors,
/// `sp_runtime`'s variant name (`BadOrigin`, `Token`…) for the others.
pub fn error_name(metadata: &Metadata, error: &runtime_types::sp_runtime::DispatchError) -> String {
	use runtime_types::sp_runtime::DispatchError as E;
	match error {
		E::Module(module) => metadata
			.pallet_by_error_index(module.index)
			.and_then(|pallet| pallet.error_variant_by_index(module.error[0]))
			.map(|variant| variant.name.clone())
			.unwrap_or_else(|| "Module".into()),
		other => {
			let debug = format!("{other:?}");
			debug.split(['(', ' ', '{']).next().unwrap_or_default().to_owned()
		},
	}
}

/// `Pallet::Error: its documentation` by pallet and error index.
pub fn module_error_text(metadata: &Metadata, pallet_index: u8, error_index: u8) -> String {
	let Some(pallet) = metadata.pallet_by_error_index(pallet_index) else {
		return format!("error {error_index} of pallet {pallet_index}");
	};
	let text = match pallet.error_variant_by_index(error_index) {
		Some(variant) => {
			format!("{}::{}: {}", pallet.name(), variant.name, variant.docs.join(" ").trim())
		},
		None => format!("error {error_index} of pallet {}", pallet.name()),
	};
	shown(&text).into_owned()
}

/// `Pallet::Error: its documentation` by names, for errors the CLI detects before submitting
/// (so that they read exactly as the chain's).
pub fn named_error_text(metadata: &Metadata, pallet: &str, error: &str) -> String {
	let docs = metadata
		.pallet_by_name(pallet)
		.and_then(|pallet| pallet.error_variants())
		.and_then(|variants| variants.iter().find(|variant| variant.name == error))
		.map(|variant| variant.docs.join(" "))
		.unwrap_or_default();
	format!("{pallet}::{error}: {}", shown(docs.trim()))
}

/// A transaction that did not make it into a finalized block.
fn progress_error(error: TransactionProgressError) -> anyhow::Error {
	anyhow!("the transaction was not finalized: {error}")
}

//! Connecting to trace-chain: a node's RPC server, which is then trusted, or a light client
//! (smoldot) started from a chain spec, which checks what it reads against GRANDPA-finalized
//! headers.

use anyhow::{anyhow, bail, Context, Result};
use std::{
	path::Path,
	time::{Duration, Instant},
};
use subxt::{
	lightclient::{ChainConfig, LightClient, LightClientRpc},
	rpcs::RpcClient,
	utils::H256,
	OnlineClient, PolkadotConfig,
};

/// How long the light client may take, by default, to find peers and sync the finalized
/// headers.
pub const SYNC_TIMEOUT: Duration = Duration::from_secs(120);

/// The chain's configuration as subxt sees it: SS58 accounts, sr25519/`MultiSignature`,
/// `MultiAddress<AccountId, ()>`, the default transaction extensions.
pub type TraceConfig = PolkadotConfig;

/// A client at one block.
pub type AtBlock = subxt::OnlineClientAtBlock<TraceConfig>;

/// A subxt client of a node's WebSocket RPC server at `url`, which is trusted.
pub async fn connect_rpc(url: &str) -> Result<OnlineClient<TraceConfig>> {
	OnlineClient::<TraceConfig>::from_insecure_url(url)
		.await
		.with_context(|| format!("cannot connect to a trace-chain node at {url}"))
}

/// A bare JSON-RPC client of the node at `url`, for calls subxt does not make (raw
/// submissions, storage and `state_call` at chosen blocks, `system_properties`).
pub async fn connect_raw(url: &str) -> Result<RpcClient> {
	RpcClient::from_insecure_url(url)
		.await
		.with_context(|| format!("cannot connect to a trace-chain node at {url}"))
}

/// A connection to trace-chain: a subxt client, and the light client behind it if there is one.
pub struct Connection {
	client: OnlineClient<TraceConfig>,
	/// Keeps smoldot running while the client is used.
	light_client: Option<LightClient>,
}

impl Connection {
	/// Connects to a node's RPC server, which is then trusted.
	pub async fn rpc(url: &str) -> Result<Self> {
		Ok(Self { client: connect_rpc(url).await?, light_client: None })
	}

	/// Starts a light client (smoldot) from a chain spec. The chain spec must list bootnodes
	/// (its `bootNodes`, or `bootnodes` given here): the light client finds the chain through
	/// them, syncs its finalized headers (GRANDPA) and checks every storage value it reads, its
	/// own and those of the runtime API calls it runs, against their state roots. It gives up
	/// after `timeout`.
	pub async fn light(chain_spec: &Path, bootnodes: &[String], timeout: Duration) -> Result<Self> {
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
		let started = Instant::now();
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
		Ok(Self { client, light_client: Some(light_client) })
	}

	/// Whether the data comes through a light client (else from a trusted RPC server).
	pub fn is_light(&self) -> bool {
		self.light_client.is_some()
	}

	/// The subxt client.
	pub fn client(&self) -> &OnlineClient<TraceConfig> {
		&self.client
	}

	/// The hash of the chain's genesis block, which names the network (claims are signed for
	/// it).
	pub fn genesis_hash(&self) -> H256 {
		self.client.genesis_hash()
	}

	/// A client at the latest finalized block.
	pub async fn at_finalized(&self) -> Result<AtBlock> {
		self.client
			.at_current_block()
			.await
			.context("cannot get the latest finalized block")
	}
}

/// Waits until the light client has peers and has caught up with their chain: before that,
/// its "latest finalized block" may be the genesis block, where no code exists yet, and a
/// genuine code would show as unknown.
async fn wait_until_synced(rpc: &LightClientRpc, timeout: Duration) -> Result<()> {
	let deadline = Instant::now() + timeout;
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
		if Instant::now() >= deadline {
			bail!(
				"the light client could not sync within {} s ({peers} peers): are the bootnodes \
				 reachable, and is the chain spec this chain's?",
				timeout.as_secs()
			);
		}
		tokio::time::sleep(Duration::from_millis(100)).await;
	}
}

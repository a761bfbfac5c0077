//! Talking to the chain: connecting (trusted RPC or light client, through `trace-client`),
//! submitting calls and explaining what happened.
//!
//! Every submission waits until its block is finalized, then prints the events of the
//! transaction, or fails with the dispatch error named and documented from the metadata
//! (`Traceability::NotCustodian: The signer is not the code's custodian.`).

mod read;

pub use read::{
	company_prefixes, link_of, location_to_chain, participant_record, product_of, product_record,
	report_at,
};

use crate::{pretty, sanitize::shown};
use anyhow::{anyhow, bail, Context, Result};
use std::{path::Path, time::Duration};
use subxt::{
	config::DefaultExtrinsicParamsBuilder,
	tx::Payload,
	utils::{AccountId32, MultiSignature, H256},
	Metadata,
};
use subxt_signer::sr25519::Keypair;
use trace_client::{
	api::{self, runtime_types},
	submit::{self, ChainError, Finalized, SubmitError},
	AtBlock, Connection, TraceConfig,
};

/// How far the data read can be trusted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trust {
	/// Whatever the RPC server says.
	Rpc(String),
	/// A light client checking storage and runtime-call proofs against finalized headers.
	LightClient,
}

/// A connection to trace-chain ([`trace_client::Connection`]), and how far it is trusted.
pub struct Chain {
	connection: Connection,
	trust: Trust,
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
		let connection = Connection::rpc(url).await?;
		Ok(Self { connection, trust: Trust::Rpc(url.to_owned()) })
	}

	/// Starts a light client from a chain spec ([`Connection::light`]): nothing is trusted. It
	/// gives up after `timeout`.
	pub async fn light(chain_spec: &Path, bootnodes: &[String], timeout: Duration) -> Result<Self> {
		let connection = Connection::light(chain_spec, bootnodes, timeout).await?;
		Ok(Self { connection, trust: Trust::LightClient })
	}

	/// The hash of the chain's genesis block, which names the network (claims are signed for
	/// it).
	pub fn genesis_hash(&self) -> H256 {
		self.connection.genesis_hash()
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
		self.connection.at_finalized().await
	}

	/// The hash of block `number` of the chain the node follows (a chip's challenge binds
	/// one).
	pub async fn block_hash(&self, number: u32) -> Result<H256> {
		let at = self
			.connection
			.client()
			.at_block(number)
			.await
			.with_context(|| format!("cannot find block #{number}"))?;
		Ok(at.block_hash())
	}

	/// The longest free text the runtime takes, in bytes, at the latest finalized block
	/// ([`trace_client::string_limit`]).
	pub async fn string_limit(&self) -> Result<usize> {
		trace_client::string_limit(&self.at_finalized().await?)
	}

	/// Signs `call` with `signer`, submits it, waits until its block is finalized and returns
	/// its events; a failed dispatch is an error naming the pallet's error.
	pub async fn submit<Call: Payload>(&self, call: &Call, signer: &Keypair) -> Result<Submitted> {
		let at = self.at_finalized().await?;
		let mut tx = at.tx();
		let progress = tx.sign_and_submit_then_watch_default(call, signer).await;
		self.finish(&at, submit::watch(progress).await).await
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
		let progress = tx.sign_and_submit_then_watch(call, signer, params).await;
		self.finish(at, submit::watch(progress).await).await
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
			.mortal_from_unchecked(submit::MORTAL_PERIOD, at.block_number(), at.block_hash())
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
		self.finish(&at, submit::submit_and_finalize(&transaction).await).await
	}

	/// Events of a finalized transaction, or why it did not succeed, its dispatch error
	/// explained.
	async fn finish(
		&self,
		at: &AtBlock,
		outcome: Result<Finalized, SubmitError>,
	) -> Result<Submitted> {
		let metadata = at.metadata();
		let Finalized { block, events } = outcome.map_err(|error| match error {
			SubmitError::Failed { .. } => anyhow!("{}", shown(&error.to_string())),
			other => anyhow!("{other}"),
		})?;
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

/// `Pallet::Error: its documentation` for a runtime dispatch error decoded from an event or a
/// runtime API's answer ([`submit::runtime_error_text`]). The names and documentation come from
/// the chain's metadata, and are [`shown`] as chain text.
pub fn runtime_error_text(
	metadata: &Metadata,
	error: &runtime_types::sp_runtime::DispatchError,
) -> String {
	shown(&submit::runtime_error_text(metadata, error)).into_owned()
}

/// `Pallet::Error: its documentation` by names, for errors the CLI detects before submitting
/// (so that they read exactly as the chain's: [`ChainError::named`]).
pub fn named_error_text(metadata: &Metadata, pallet: &str, error: &str) -> String {
	shown(&ChainError::named(metadata, pallet, error).to_string()).into_owned()
}

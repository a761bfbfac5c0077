//! Signing, dry-running and submitting transactions, and explaining what happened to them: the
//! one path from a call to its finalized outcome that the CLI and the gateway share.
//!
//! - [`watch`] and [`submit_and_finalize`] wait until a submitted transaction is in a finalized
//!   block and give its events, or a [`SubmitError`]: refused by the node, never finalized, or
//!   dispatched and failed ([`SubmitError::Failed`], with its dispatch error).
//! - [`ChainError`] names and documents a dispatch error from the chain's metadata:
//!   `Traceability::NotCustodian: The signer is not the code's custodian.`;
//!   [`dispatch_error_text`], [`module_error_text`] and [`runtime_error_text`] are its one
//!   line of text, as the CLI prints it.
//! - [`sign_mortal`] signs a call with a chosen nonce, valid for [`MORTAL_PERIOD`] blocks from a
//!   block, so that the same bytes can be submitted again without ever being included twice.
//! - [`dry_run`] asks the node what would happen (`system_dryRun`), and [`included`] finds a
//!   transaction by its hash in a block, with its outcome.

use crate::{api::runtime_types, AtBlock, TraceConfig};
use anyhow::{anyhow, Context, Result};
use codec::Decode;
use sp_runtime::{transaction_validity::TransactionValidityError, ApplyExtrinsicResult};
use std::fmt;
use subxt::{
	client::OnlineClientAtBlockImpl,
	config::DefaultExtrinsicParamsBuilder,
	error::{DispatchError, ExtrinsicError, TransactionEventsError},
	extrinsics::ExtrinsicEvents,
	rpcs::{rpc_params, RpcClient},
	tx::{Payload, SubmittableTransaction, TransactionInBlock, TransactionProgress},
	utils::H256,
	Metadata,
};
use subxt_signer::sr25519::Keypair;

/// How many blocks a transaction signed by [`sign_mortal`] is valid for, from the block it is
/// signed at: a power of two, well below the chain's `BlockHashCount`.
pub const MORTAL_PERIOD: u64 = 64;

/// A transaction being watched, as subxt gives it.
pub type Progress = TransactionProgress<TraceConfig, OnlineClientAtBlockImpl<TraceConfig>>;

/// A transaction in a block, as subxt gives it.
pub type InBlock = TransactionInBlock<TraceConfig, OnlineClientAtBlockImpl<TraceConfig>>;

/// A signed transaction ready to submit.
pub type Submittable = SubmittableTransaction<TraceConfig, OnlineClientAtBlockImpl<TraceConfig>>;

/// A dispatch error as the chain's metadata names and documents it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainError {
	/// `Pallet::Error` for a pallet's error (`Traceability::NotCustodian`), else the
	/// dispatch error's variant (`BadOrigin`, `Token`).
	pub name: String,
	/// Its documentation: the error's doc comment in the metadata for a pallet's error.
	pub doc: String,
}

impl fmt::Display for ChainError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "{}: {}", self.name, self.doc)
	}
}

impl ChainError {
	/// Error `error_index` of the pallet whose errors have index `pallet_index`, or `None` if
	/// the metadata has no such pallet or error.
	pub fn of_module(metadata: &Metadata, pallet_index: u8, error_index: u8) -> Option<Self> {
		let pallet = metadata.pallet_by_error_index(pallet_index)?;
		let variant = pallet.error_variant_by_index(error_index)?;
		Some(Self {
			name: format!("{}::{}", pallet.name(), variant.name),
			doc: variant.docs.join(" ").trim().to_owned(),
		})
	}

	/// Error `error` of pallet `pallet`, by names: an error a client detects before
	/// submitting, so that it reads exactly as the chain's (no documentation if the metadata
	/// has no such error).
	pub fn named(metadata: &Metadata, pallet: &str, error: &str) -> Self {
		let doc = metadata
			.pallet_by_name(pallet)
			.and_then(|pallet| pallet.error_variants())
			.and_then(|variants| variants.iter().find(|variant| variant.name == error))
			.map(|variant| variant.docs.join(" "))
			.unwrap_or_default();
		Self { name: format!("{pallet}::{error}"), doc: doc.trim().to_owned() }
	}

	/// A dispatch error subxt decoded from a block's events.
	pub fn of_dispatch(error: &DispatchError) -> Self {
		match error {
			DispatchError::Module(module) => match module.details() {
				Ok(details) => Self {
					name: format!("{}::{}", details.pallet.name(), details.variant.name),
					doc: details.variant.docs.join(" ").trim().to_owned(),
				},
				Err(_) => Self { name: "Module".to_owned(), doc: module.to_string() },
			},
			other => Self { name: variant_name(&format!("{other:?}")), doc: other.to_string() },
		}
	}

	/// A dispatch error the runtime gave as SCALE (a dry run's answer, an event's field).
	pub fn of_runtime(metadata: &Metadata, error: &sp_runtime::DispatchError) -> Self {
		match error {
			sp_runtime::DispatchError::Module(module) => {
				let index = module.error[0];
				Self::of_module(metadata, module.index, index).unwrap_or_else(|| Self {
					name: "Module".to_owned(),
					doc: format!("error {index} of pallet {}", module.index),
				})
			},
			other => Self {
				name: variant_name(&format!("{other:?}")),
				doc: <&'static str>::from(*other).to_owned(),
			},
		}
	}

	/// Why the node would not take a transaction at all (a dry run's answer): `Invalid(Payment)`
	/// and what it means.
	pub fn of_validity(error: &TransactionValidityError) -> Self {
		Self { name: format!("{error:?}"), doc: <&'static str>::from(*error).to_owned() }
	}
}

/// The variant's name of a `Debug` text: `Token` of `Token(FundsUnavailable)`.
fn variant_name(debug: &str) -> String {
	debug.split(['(', ' ', '{']).next().unwrap_or_default().to_owned()
}

/// `Pallet::Error: its documentation` for a dispatch error subxt decoded; another dispatch
/// error as subxt describes it.
pub fn dispatch_error_text(error: &DispatchError) -> String {
	match error {
		DispatchError::Module(module) if module.details().is_err() => module.to_string(),
		DispatchError::Module(_) => ChainError::of_dispatch(error).to_string(),
		other => other.to_string(),
	}
}

/// `Pallet::Error: its documentation` by pallet and error index.
pub fn module_error_text(metadata: &Metadata, pallet_index: u8, error_index: u8) -> String {
	if let Some(error) = ChainError::of_module(metadata, pallet_index, error_index) {
		return error.to_string();
	}
	match metadata.pallet_by_error_index(pallet_index) {
		Some(pallet) => format!("error {error_index} of pallet {}", pallet.name()),
		None => format!("error {error_index} of pallet {pallet_index}"),
	}
}

/// `Pallet::Error: its documentation` for a dispatch error decoded from an event or a runtime
/// API's answer into the generated type.
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

/// Why a submitted transaction did not succeed.
#[derive(Debug)]
pub enum SubmitError {
	/// The node did not take it into its pool.
	Refused(String),
	/// It did not make it into a finalized block (the pool dropped it, the connection broke).
	NotFinalized(String),
	/// It is in finalized block `block`, and its call failed with `error`.
	Failed {
		/// The block it is in.
		block: H256,
		/// Its dispatch error.
		error: DispatchError,
	},
	/// It is in a finalized block, but its events could not be read.
	Events(String),
}

impl fmt::Display for SubmitError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Refused(error) => write!(f, "the node refused the transaction: {error}"),
			Self::NotFinalized(error) => write!(f, "the transaction was not finalized: {error}"),
			Self::Failed { error, .. } => f.write_str(&dispatch_error_text(error)),
			Self::Events(error) => write!(f, "cannot read the transaction's events: {error}"),
		}
	}
}

impl std::error::Error for SubmitError {}

/// A transaction in a finalized block whose call succeeded.
pub struct Finalized {
	/// The block it is in.
	pub block: H256,
	/// Its events.
	pub events: ExtrinsicEvents<TraceConfig>,
}

/// Waits until the transaction `progress` watches (or the node's refusal of it) is in a
/// finalized block, then gives its outcome ([`outcome`]).
pub async fn watch(progress: Result<Progress, ExtrinsicError>) -> Result<Finalized, SubmitError> {
	let progress = progress.map_err(|error| SubmitError::Refused(error.to_string()))?;
	let in_block = progress
		.wait_for_finalized()
		.await
		.map_err(|error| SubmitError::NotFinalized(error.to_string()))?;
	outcome(&in_block).await
}

/// Submits `transaction` and waits until it is in a finalized block ([`watch`]).
pub async fn submit_and_finalize(transaction: &Submittable) -> Result<Finalized, SubmitError> {
	watch(transaction.submit_and_watch().await).await
}

/// The events of a transaction in a block, or its dispatch error.
pub async fn outcome(in_block: &InBlock) -> Result<Finalized, SubmitError> {
	let block = in_block.block_hash();
	match in_block.wait_for_success().await {
		Ok(events) => Ok(Finalized { block, events }),
		Err(TransactionEventsError::ExtrinsicFailed(error)) => {
			Err(SubmitError::Failed { block, error })
		},
		Err(error) => Err(SubmitError::Events(error.to_string())),
	}
}

/// `call` signed by `signer` with nonce `nonce`, valid for [`MORTAL_PERIOD`] blocks from the
/// block of `at`: its SCALE bytes, as `author_submitExtrinsic` and `system_dryRun` take them.
pub fn sign_mortal<Call: Payload>(
	at: &AtBlock,
	call: &Call,
	signer: &Keypair,
	nonce: u64,
) -> Result<Vec<u8>> {
	let params = DefaultExtrinsicParamsBuilder::<TraceConfig>::new()
		.nonce(nonce)
		.mortal_from_unchecked(MORTAL_PERIOD, at.block_number(), at.block_hash())
		.build();
	let mut signable = at
		.tx()
		.create_signable_offline(call, params)
		.map_err(|error| anyhow!("cannot build the transaction: {error}"))?;
	let signed = signable
		.sign(signer)
		.map_err(|error| anyhow!("cannot sign the transaction: {error}"))?;
	Ok(signed.into_encoded())
}

/// What the node says a signed transaction would do at a block (`system_dryRun`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DryRun {
	/// It would be included, and its call succeed.
	Succeeds,
	/// It would be included, and its call fail with this error.
	Fails(sp_runtime::DispatchError),
	/// The node would not take it (a bad nonce, no funds for the fee, too heavy…).
	Invalid(TransactionValidityError),
	/// The node does not dry-run: `system_dryRun` is unsafe, and the node denies unsafe RPC
	/// methods to this client (`--rpc-methods safe`), or it does not know the method. What the
	/// node said.
	Unavailable(String),
}

/// Dry-runs the signed transaction `extrinsic` at block `at` (`system_dryRun`, which applies
/// it to that block's state and throws the result away).
pub async fn dry_run(rpc: &RpcClient, extrinsic: &[u8], at: H256) -> Result<DryRun> {
	let params =
		rpc_params![format!("0x{}", hex::encode(extrinsic)), format!("0x{}", hex::encode(at.0))];
	let answer: String = match rpc.request("system_dryRun", params).await {
		Ok(answer) => answer,
		Err(subxt::rpcs::Error::User(error)) => return Ok(DryRun::Unavailable(error.to_string())),
		Err(error) => return Err(anyhow!("system_dryRun: {error}")),
	};
	let bytes = hex::decode(answer.trim_start_matches("0x"))
		.map_err(|_| anyhow!("system_dryRun answered `{answer}`, which is not hex"))?;
	let result = ApplyExtrinsicResult::decode(&mut &bytes[..])
		.context("cannot decode the answer of system_dryRun")?;
	Ok(match result {
		Ok(Ok(())) => DryRun::Succeeds,
		Ok(Err(error)) => DryRun::Fails(error),
		Err(error) => DryRun::Invalid(error),
	})
}

/// Whether the transaction whose hash is `hash` is in the block of `at`: `None` if not, else
/// its call's outcome, read from its events (`System::ExtrinsicFailed` carries the error).
pub async fn included(
	at: &AtBlock,
	hash: H256,
) -> Result<Option<Result<(), sp_runtime::DispatchError>>> {
	let number = at.block_number();
	let extrinsics = at
		.extrinsics()
		.fetch()
		.await
		.with_context(|| format!("cannot read the transactions of block #{number}"))?;
	// A transaction that does not decode with the block's metadata is nobody's we signed.
	let Some(extrinsic) = extrinsics.iter().flatten().find(|extrinsic| extrinsic.hash() == hash)
	else {
		return Ok(None);
	};
	let events = extrinsic
		.events()
		.await
		.with_context(|| format!("cannot read the events of block #{number}"))?;
	for event in events.iter() {
		let event = event.with_context(|| format!("cannot decode an event of block #{number}"))?;
		if event.pallet_name() == "System" && event.event_name() == "ExtrinsicFailed" {
			let mut fields = event.field_bytes();
			let error = sp_runtime::DispatchError::decode(&mut fields)
				.with_context(|| format!("cannot decode a dispatch error of block #{number}"))?;
			return Ok(Some(Err(error)));
		}
	}
	Ok(Some(Ok(())))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn variant_names_are_the_first_word_of_the_debug_text() {
		assert_eq!(variant_name("BadOrigin"), "BadOrigin");
		assert_eq!(variant_name("Token(FundsUnavailable)"), "Token");
		assert_eq!(variant_name("Module { index: 10 }"), "Module");
	}

	#[test]
	fn errors_read_as_name_and_documentation() {
		let error = ChainError { name: "Traceability::NotCustodian".into(), doc: "No.".into() };
		assert_eq!(error.to_string(), "Traceability::NotCustodian: No.");
		let other = sp_runtime::DispatchError::BadOrigin;
		let metadata = metadata();
		let named = ChainError::of_runtime(&metadata, &other);
		assert_eq!(named.name, "BadOrigin");
		assert!(!named.doc.is_empty());
		let invalid = TransactionValidityError::Invalid(
			sp_runtime::transaction_validity::InvalidTransaction::Payment,
		);
		assert_eq!(ChainError::of_validity(&invalid).name, "Invalid(Payment)");
	}

	#[test]
	fn pallet_errors_are_named_from_the_metadata() {
		let metadata = metadata();
		let pallet = metadata.pallet_by_name("Traceability").expect("the pallet");
		let index = pallet.error_index();
		let variant = pallet
			.error_variants()
			.and_then(|variants| variants.iter().find(|variant| variant.name == "NotCustodian"))
			.expect("the error")
			.index;
		let error = ChainError::of_module(&metadata, index, variant).expect("a known error");
		assert_eq!(error.name, "Traceability::NotCustodian");
		assert_eq!(error.doc, "The signer is not the code's custodian.");
		assert_eq!(ChainError::named(&metadata, "Traceability", "NotCustodian"), error);
		let runtime = sp_runtime::DispatchError::Module(sp_runtime::ModuleError {
			index,
			error: [variant, 0, 0, 0],
			message: None,
		});
		assert_eq!(ChainError::of_runtime(&metadata, &runtime), error);
		assert_eq!(module_error_text(&metadata, index, variant), error.to_string());
		assert_eq!(module_error_text(&metadata, 250, 1), "error 1 of pallet 250");
		let unknown = sp_runtime::ModuleError { index: 250, error: [1, 0, 0, 0], message: None };
		let unknown =
			ChainError::of_runtime(&metadata, &sp_runtime::DispatchError::Module(unknown));
		assert_eq!(unknown.name, "Module");
		assert_eq!(unknown.doc, "error 1 of pallet 250");
	}

	/// The committed metadata.
	fn metadata() -> Metadata {
		Metadata::decode_from(include_bytes!("../metadata/trace.scale"))
			.expect("the committed metadata decodes")
	}
}

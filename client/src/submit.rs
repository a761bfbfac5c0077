//! Submitting transactions and explaining what happened to them: the one path from a signed
//! call to its finalized outcome that the clients share.
//!
//! - [`watch`] and [`submit_and_finalize`] wait until a submitted transaction is in a finalized
//!   block and give its events, or a [`SubmitError`]: refused by the node, never finalized, or
//!   dispatched and failed ([`SubmitError::Failed`], with its dispatch error).
//! - [`ChainError`] names and documents a dispatch error from the chain's metadata:
//!   `Traceability::NotCustodian: The signer is not the code's custodian.`;
//!   [`dispatch_error_text`], [`module_error_text`] and [`runtime_error_text`] are its one
//!   line of text, as the CLI prints it.

use crate::{api::runtime_types, TraceConfig};
use sp_runtime::transaction_validity::TransactionValidityError;
use std::fmt;
use subxt::{
	client::OnlineClientAtBlockImpl,
	error::{DispatchError, ExtrinsicError, TransactionEventsError},
	extrinsics::ExtrinsicEvents,
	tx::{SubmittableTransaction, TransactionInBlock, TransactionProgress},
	utils::H256,
	Metadata,
};

/// How many blocks a mortal transaction of the clients is valid for, from the block it is made
/// at: a power of two, well below the chain's `BlockHashCount`.
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

//! What the chain commands share: connecting, the signer, naming codes, checking free text.

use crate::{
	args::{self, Text},
	chain::{named_error_text, Chain},
	cli::{CodeArg, Global},
	ident::{parse_code, CodeRef},
	secrets,
};
use anyhow::{anyhow, Context, Result};
use subxt::utils::H256;
use subxt_signer::sr25519::Keypair;
use trace_client::{
	api::{self, runtime_types::pallet_traceability::report::TraceReport},
	AtBlock,
};

/// The node of `--url`.
pub async fn connect(global: &Global) -> Result<Chain> {
	Chain::rpc(&global.url).await
}

/// The signer of `--suri`, `--suri-file`, `--keystore` or `$TRACE_SURI`.
pub fn signer(global: &Global) -> Result<Keypair> {
	secrets::signer(global, &secrets::process_env)
}

/// The code named by a [`CodeArg`].
pub fn code(arg: &CodeArg) -> Result<CodeRef> {
	Ok(parse_code(&arg.code, arg.serial.as_deref())?)
}

/// The code named by one argument (a Digital Link, path or key).
pub fn single_code(text: &str) -> Result<CodeRef> {
	Ok(parse_code(text, None)?)
}

/// A code's key as the chain takes it.
pub fn key(code: &CodeRef) -> H256 {
	H256(code.id)
}

/// The runtime's report of `code` at `at` (`TraceabilityApi_trace_report`), as the chain
/// gives it: what the token-less steps (claim, ownership, chip) read before they sign. A code
/// never issued is the pallet's `CodeNotFound`.
pub async fn chain_report(at: &AtBlock, code: &CodeRef) -> Result<TraceReport> {
	at.runtime_apis()
		.call(api::runtime_apis().traceability_api().trace_report(key(code)))
		.await
		.context("cannot call the runtime API TraceabilityApi_trace_report")?
		.ok_or_else(|| {
			anyhow!("{}", named_error_text(&at.metadata(), "Traceability", "CodeNotFound"))
		})
}

/// Checks the free text a call carries (a `None` is an option not given) against the runtime's
/// `StringLimit`, read from the chain: the one check that needs it, done before signing.
pub async fn check_texts(chain: &Chain, texts: &[Option<Text<'_>>]) -> Result<()> {
	if texts.iter().all(Option::is_none) {
		return Ok(());
	}
	args::check_texts(texts, chain.string_limit().await?)
}

/// Connects, checks the free text `call` carries ([`check_texts`]), signs `call` with the
/// signer, submits it and prints the outcome.
pub async fn sign_and_submit<Call: subxt::tx::Payload>(
	global: &Global,
	texts: &[Option<Text<'_>>],
	call: Call,
) -> Result<()> {
	let signer = signer(global)?;
	let chain = connect(global).await?;
	check_texts(&chain, texts).await?;
	chain.submit(&call, &signer).await?.print();
	Ok(())
}

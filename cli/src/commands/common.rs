//! What the chain commands share: connecting, the signer, naming codes, checking free text.

use crate::{
	args::{self, Text},
	chain::Chain,
	cli::{CodeArg, Global},
	ident::{parse_code, CodeRef},
	secrets,
};
use anyhow::Result;
use subxt::utils::H256;
use subxt_signer::sr25519::Keypair;

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

//! `trace claim`: a consumer claims an item with the secret under its label, without tokens.
//!
//! The claim key signs the pallet's `claim_payload`: `(b"trace-chain/claim", genesis, code,
//! claimer)`, with the genesis hash of the chain connected to, so that the signature is good on
//! that network only. The call goes out as a v5 general transaction with no signer, which the
//! pallet's `authorize_claim` admits (through the runtime's `AuthorizeCall` extension). Before
//! submitting, the CLI asks the runtime (`TraceabilityApi_trace_report`, whose `claim_refusal`
//! is the pallet's decision) and checks that the secret is the code's claim key, so that a
//! refused claim reads as the pallet's error (a second claim: `Traceability::CodeClaimed: The
//! code is claimed: …`) rather than as the pool's terse "invalid transaction".

use super::common::{chain_report, code, connect, key, signer};
use crate::{
	args,
	chain::{named_error_text, runtime_error_text},
	cli::{ClaimArgs, Global},
	keys, secrets,
};
use anyhow::{bail, Context, Result};
use trace_client::{account_id, api};

/// Claims an item.
pub async fn run(global: &Global, args: ClaimArgs) -> Result<()> {
	let code = code(&args.code)?;
	let secret = secrets::claim_secret(&args, &secrets::process_env)?;
	let claim_key = keys::from_suri(&secret).context("the claim secret")?;
	let claimer = match &args.claimer {
		Some(text) => args::account(text)?,
		None => account_id(&signer(global).context("claim for whom? give --for ACCOUNT")?),
	};

	let chain = connect(global).await?;
	let signature = keys::sign_claim(&claim_key, &chain.genesis_hash(), &code.id, &claimer.0);
	let at = chain.at_finalized().await?;
	let metadata = at.metadata();
	let report = chain_report(&at, &code).await?;
	// The runtime's own decision, every check but the signature (`Pallet::claim_refusal`).
	if let Some(refusal) = &report.claim_refusal {
		bail!("{}", runtime_error_text(&metadata, refusal));
	}
	if report.record.claim_key != Some(claim_key.public_key().0) {
		bail!(
			"{} (the secret does not belong to this code)",
			named_error_text(&metadata, "Traceability", "BadClaimSignature")
		);
	}

	let call = api::tx().traceability().claim(key(&code), claimer, signature.0);
	chain.submit_authorized(&call).await?.print();
	println!("Claimed {code} for {claimer}");
	Ok(())
}

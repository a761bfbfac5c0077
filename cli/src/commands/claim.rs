//! `trace claim`: a consumer claims an item with the secret under its label, without tokens.
//!
//! The claim key signs the pallet's `claim_payload`: `(b"trace-chain/claim", genesis, code,
//! claimer)`, with the genesis hash of the chain connected to, so that the signature is good on
//! that network only. The call goes out as a v5 general transaction with no signer, which the
//! pallet's `authorize_claim` admits (through the runtime's `AuthorizeCall` extension). Before
//! submitting, the CLI checks what the pallet checks, in the same order, so that a refused claim
//! reads as the pallet's error (a second claim: `Traceability::AlreadyClaimed: The code was
//! claimed already.`) rather than as the pool's terse "invalid transaction".

use super::common::{code, connect, key, signer};
use crate::{
	args,
	chain::{code_record, named_error_text},
	cli::{ClaimArgs, Global},
	keys,
	runtime::api::{self, runtime_types::pallet_traceability::types::CodeStatus},
	secrets,
};
use anyhow::{bail, Context, Result};
use subxt::utils::AccountId32;

/// Most events a code's history holds (`MaxEventsPerCode`); the last is kept for destruction.
const HISTORY_ROOM_MARGIN: u32 = 1;

/// Claims an item.
pub async fn run(global: &Global, args: ClaimArgs) -> Result<()> {
	let code = code(&args.code)?;
	let secret = secrets::claim_secret(&args, &secrets::process_env)?;
	let claim_key = keys::from_suri(&secret).context("the claim secret")?;
	let claimer = match &args.claimer {
		Some(text) => args::account(text)?,
		None => AccountId32(
			signer(global).context("claim for whom? give --for ACCOUNT")?.public_key().0,
		),
	};

	let chain = connect(global).await?;
	let signature = keys::sign_claim(&claim_key, &chain.genesis_hash(), &code.id, &claimer.0);
	let at = chain.at_finalized().await?;
	let metadata = at.metadata();
	let refuse = |error: &str| named_error_text(&metadata, "Traceability", error);
	let Some(record) = code_record(&at, code.id).await? else {
		bail!("{}", refuse("CodeNotFound"));
	};
	let Some(registered) = &record.claim_key else {
		bail!("{}", refuse("ClaimKeyMissing"));
	};
	if record.claim.is_some() {
		bail!("{}", refuse("AlreadyClaimed"));
	}
	match record.status {
		CodeStatus::Sold => {},
		CodeStatus::Active => bail!("{}", refuse("NotSold")),
		CodeStatus::InTransit => bail!("{}", refuse("HandoverPending")),
		CodeStatus::Claimed => bail!("{}", refuse("AlreadyClaimed")),
		CodeStatus::Destroyed => bail!("{}", refuse("CodeDestroyed")),
		CodeStatus::Decommissioned => bail!("{}", refuse("CodeDecommissioned")),
	}
	if record.parent.is_some() {
		bail!("{}", refuse("CodePacked"));
	}
	if record.children > 0 {
		bail!("{}", refuse("ContainerNotEmpty"));
	}
	let max_events = at
		.constants()
		.entry(api::constants().traceability().max_events_per_code())
		.context("cannot read Traceability::MaxEventsPerCode")?;
	if record.event_count + HISTORY_ROOM_MARGIN >= max_events {
		bail!("{}", refuse("HistoryFull"));
	}
	if *registered != claim_key.public_key().0 {
		bail!("{} (the secret does not belong to this code)", refuse("BadClaimSignature"));
	}

	let call = api::tx().traceability().claim(key(&code), claimer, signature.0);
	chain.submit_authorized(&call).await?.print();
	println!("Claimed {code} for {claimer}");
	Ok(())
}

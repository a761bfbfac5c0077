//! `trace ownership`: the owner of a claimed item passes it on to a next owner (offer, then
//! acceptance, or cancellation), or hands a new claim secret over to the next buyer, without
//! tokens.
//!
//! The acting account (the `--suri`, `--suri-file` or `--keystore` key, as `trace claim` takes
//! the claimer's) signs the pallet's `ownership_payload`: `(b"trace-chain/ownership", genesis,
//! code, action, nonce)`, with the genesis hash of the chain connected to and the code's
//! `event_count` at the latest finalized block as the nonce, so that the signature is good for
//! this one step ([`keys::sign_ownership`]). As a claim does, the call goes out as a v5 general
//! transaction with no signer ([`Chain::submit_authorized`]), which the pallet's `authorize_*`
//! functions admit: the account needs no tokens.
//!
//! The CLI reads the runtime's report (`TraceabilityApi_trace_report`) for what the message
//! names (the owner, the pending offer, the nonce) and reports their absence, and a key that is
//! not the acting party's, with the pallet's own errors (`Traceability::NotClaimed`,
//! `NoOwnershipOffer`, `OwnershipOfferPending`, `BadOwnershipSignature`), so that these read as
//! the chain's and not as the pool's terse "invalid transaction". Every other rule is the
//! chain's to apply.

use super::{
	codes::{claim_key, write_secrets},
	common::{chain_report, code, connect, key, signer},
};
use crate::{
	args,
	bulk::ClaimKeySpec,
	chain::{link_of, named_error_text, Chain},
	cli::{CodeArg, Global, HandOverArgs, OfferArgs, OwnershipCommand},
	ident::CodeRef,
	keys,
};
use anyhow::{anyhow, bail, Result};
use pallet_traceability::OwnershipAction;
use subxt::{tx::Payload, utils::AccountId32};
use subxt_signer::sr25519::Keypair;
use trace_client::{
	account_id,
	api::{
		self,
		runtime_types::{pallet_traceability::report::TraceReport, sp_runtime::MultiSignature},
	},
	AtBlock,
};

/// Runs `trace ownership …`.
pub async fn run(global: &Global, command: OwnershipCommand) -> Result<()> {
	match command {
		OwnershipCommand::Offer(args) => offer(global, &args).await,
		OwnershipCommand::Accept(args) => accept(global, &args).await,
		OwnershipCommand::Cancel(args) => cancel(global, &args).await,
		OwnershipCommand::HandOver(args) => hand_over(global, &args).await,
	}
}

/// Offers an item to its next owner.
async fn offer(global: &Global, args: &OfferArgs) -> Result<()> {
	let to = args::account(&args.to)?;
	let step = Step::start(global, &args.code).await?;
	let owner = step.owner()?;
	step.ensure_no_offer()?;
	step.ensure_actor(&owner, "owner")?;
	step.submit(&OwnershipAction::Offer { to }, |signature| {
		api::tx()
			.traceability()
			.propose_ownership_transfer(key(&step.code), to, signature)
	})
	.await?;
	println!("Offered {} to {to}: the offer stands until {to} accepts it or you cancel", step.code);
	Ok(())
}

/// Accepts an item offered to the acting account.
async fn accept(global: &Global, args: &CodeArg) -> Result<()> {
	let step = Step::start(global, args).await?;
	let owner = step.owner()?;
	let to = step.offered_to()?;
	step.ensure_actor(&to, "proposed next owner")?;
	step.submit(&OwnershipAction::Accept { from: owner }, |signature| {
		api::tx().traceability().accept_ownership(key(&step.code), signature)
	})
	.await?;
	println!("{to} owns {} now (from {owner})", step.code);
	Ok(())
}

/// Withdraws the acting owner's offer.
async fn cancel(global: &Global, args: &CodeArg) -> Result<()> {
	let step = Step::start(global, args).await?;
	let owner = step.owner()?;
	let to = step.offered_to()?;
	step.ensure_actor(&owner, "owner")?;
	step.submit(&OwnershipAction::Cancel { to }, |signature| {
		api::tx().traceability().cancel_ownership_transfer(key(&step.code), signature)
	})
	.await?;
	println!("Withdrew the offer of {} to {to}: {owner} keeps it", step.code);
	Ok(())
}

/// Hands a new claim secret over: the item can be claimed again, by that secret only.
async fn hand_over(global: &Global, args: &HandOverArgs) -> Result<()> {
	let spec = ClaimKeySpec::parse(&args.new_claim_key)
		.map_err(|error| anyhow!("--new-claim-key: {error}"))?;
	let step = Step::start(global, &args.code).await?;
	let owner = step.owner()?;
	step.ensure_no_offer()?;
	step.ensure_actor(&owner, "owner")?;
	let new_key = claim_key(&spec)?;
	let Some(public) = new_key.public else {
		bail!("--new-claim-key: give `generate` or the new claim key's public key");
	};
	// Written before anything is submitted, as `code issue` does: a secret on chain but lost
	// would leave the item claimable by nobody.
	if let (Some(path), Some(_)) = (&args.claim_secrets, &new_key.secret) {
		write_secrets(path, &[(link_of(&step.report.record), &new_key)])?;
		println!("New claim secret written to {}", path.display());
	}
	let action = OwnershipAction::HandOverClaimSecret {
		claim_key: sp_core::sr25519::Public::from_raw(public),
	};
	step.submit(&action, |signature| {
		api::tx()
			.traceability()
			.hand_over_claim_secret(key(&step.code), public, signature)
	})
	.await?;
	println!(
		"Handed {} over: whoever holds the new claim secret claims it with `trace claim`",
		step.code
	);
	if let (None, Some(secret)) = (&args.claim_secrets, &new_key.secret) {
		println!("New claim secret (give it to the buyer): {secret}");
	}
	Ok(())
}

/// An ownership step in the making: the code's state at the latest finalized block, read from
/// the runtime, and the acting account's key.
struct Step {
	/// The node.
	chain: Chain,
	/// The latest finalized block, where the report was read.
	at: AtBlock,
	/// The code.
	code: CodeRef,
	/// The runtime's report of the code at `at`.
	report: TraceReport,
	/// The acting account's key.
	actor: Keypair,
}

impl Step {
	/// Takes the acting account's key, connects and reads the code's report.
	async fn start(global: &Global, code_arg: &CodeArg) -> Result<Self> {
		let code = code(code_arg)?;
		let actor = signer(global)?;
		let chain = connect(global).await?;
		let at = chain.at_finalized().await?;
		let report = chain_report(&at, &code).await?;
		Ok(Self { chain, at, code, report, actor })
	}

	/// The pallet's error `name`, as the chain would report it, and why here.
	fn refused(&self, name: &str, why: &str) -> anyhow::Error {
		anyhow!("{} ({why})", named_error_text(&self.at.metadata(), "Traceability", name))
	}

	/// The item's owner: who claimed it, or whom it was transferred to since.
	fn owner(&self) -> Result<AccountId32> {
		self.report.record.claim.as_ref().map(|claim| claim.by).ok_or_else(|| {
			self.refused("NotClaimed", "nobody owns the item: it is claimed with `trace claim`")
		})
	}

	/// The proposed next owner of the pending offer.
	fn offered_to(&self) -> Result<AccountId32> {
		self.report
			.ownership_offer
			.as_ref()
			.map(|offer| offer.to)
			.ok_or_else(|| self.refused("NoOwnershipOffer", "the item is not offered to anyone"))
	}

	/// Fails if an offer is pending.
	fn ensure_no_offer(&self) -> Result<()> {
		match &self.report.ownership_offer {
			Some(offer) => Err(self.refused(
				"OwnershipOfferPending",
				&format!("offered to {}: it accepts, or the owner cancels, first", offer.to),
			)),
			None => Ok(()),
		}
	}

	/// Fails unless the acting key is `party`'s, the `role` that signs this step.
	fn ensure_actor(&self, party: &AccountId32, role: &str) -> Result<()> {
		let actor = account_id(&self.actor);
		if actor != *party {
			return Err(self.refused(
				"BadOwnershipSignature",
				&format!("the key given is {actor}'s; the {role} is {party}"),
			));
		}
		Ok(())
	}

	/// Signs `action` for the code's state read (its `event_count` is the nonce) on this
	/// chain, and submits the call `call` makes of the signature.
	async fn submit<Call: Payload>(
		&self,
		action: &OwnershipAction<AccountId32>,
		call: impl FnOnce(MultiSignature) -> Call,
	) -> Result<()> {
		let signature = keys::sign_ownership(
			&self.actor,
			&self.chain.genesis_hash(),
			&self.code.id,
			action,
			self.report.record.event_count,
		);
		let call = call(MultiSignature::Sr25519(signature.0));
		self.chain.submit_authorized(&call).await?.print();
		Ok(())
	}
}

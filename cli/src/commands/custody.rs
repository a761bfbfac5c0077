//! `trace handover`: custody moves in two steps. The custodian proposes, the recipient accepts
//! or rejects, the custodian may cancel. A container carries everything packed in it.

use super::common::{code, key, sign_and_submit};
use crate::{
	args,
	chain::location_to_chain,
	cli::{AcceptArgs, Global, HandoverCommand, ProposeArgs, ReasonArgs},
};
use anyhow::Result;
use trace_client::api;

/// Runs `trace handover …`.
pub async fn run(global: &Global, command: HandoverCommand) -> Result<()> {
	match command {
		HandoverCommand::Propose(args) => propose(global, &args).await,
		HandoverCommand::Accept(args) => accept(global, &args).await,
		HandoverCommand::Reject(args) => reject(global, &args).await,
		HandoverCommand::Cancel(args) => {
			let code = code(&args)?;
			sign_and_submit(global, &[], api::tx().traceability().cancel_handover(key(&code))).await
		},
	}
}

/// Proposes a handover.
async fn propose(global: &Global, args: &ProposeArgs) -> Result<()> {
	let code = code(&args.code)?;
	let to = args::account(&args.to)?;
	let location = args::location(&args.location)?.as_ref().map(location_to_chain);
	let declared_at = args::declared(&args.when)?;
	let call = api::tx().traceability().propose_handover(key(&code), to, location, declared_at);
	sign_and_submit(global, &[args::place(&args.location)], call).await
}

/// Accepts a handover.
async fn accept(global: &Global, args: &AcceptArgs) -> Result<()> {
	let code = code(&args.code)?;
	let location = args::location(&args.location)?.as_ref().map(location_to_chain);
	let declared_at = args::declared(&args.when)?;
	let call = api::tx().traceability().accept_handover(key(&code), location, declared_at);
	sign_and_submit(global, &[args::place(&args.location)], call).await
}

/// Rejects a handover.
async fn reject(global: &Global, args: &ReasonArgs) -> Result<()> {
	let code = code(&args.code)?;
	let call = api::tx()
		.traceability()
		.reject_handover(key(&code), args.reason.clone().into_bytes());
	sign_and_submit(global, &[Some(("--reason", args.reason.as_str()))], call).await
}

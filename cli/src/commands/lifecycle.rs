//! Single-code steps: `trace inspect` (customs), `trace sell` (retailers), `trace destroy`
//! (custodian or issuer), `trace decommission` (issuer).

use super::common::{code, key, sign_and_submit};
use crate::{
	args,
	chain::location_to_chain,
	cli::{DestroyArgs, Global, InspectArgs, Outcome, ReasonArgs, SellArgs},
};
use anyhow::Result;
use subxt::utils::H256;
use trace_client::api::{self, runtime_types::pallet_traceability::types::InspectionOutcome};

/// Records an inspection.
pub async fn inspect(global: &Global, args: InspectArgs) -> Result<()> {
	let code = code(&args.code)?;
	let outcome = match args.outcome {
		Outcome::Conformant => InspectionOutcome::Conformant,
		Outcome::NonConformant => InspectionOutcome::NonConformant,
	};
	let location = args::location(&args.location)?.as_ref().map(location_to_chain);
	let declared_at = args::declared(&args.when)?;
	let document = args::digest(&args.report)?.map(H256);
	let call =
		api::tx()
			.traceability()
			.inspect(key(&code), outcome, location, declared_at, document);
	sign_and_submit(global, &[args::place(&args.location)], call).await
}

/// Marks an item sold.
pub async fn sell(global: &Global, args: SellArgs) -> Result<()> {
	let code = code(&args.code)?;
	let location = args::location(&args.location)?.as_ref().map(location_to_chain);
	let declared_at = args::declared(&args.when)?;
	let call = api::tx().traceability().sell(key(&code), location, declared_at);
	sign_and_submit(global, &[args::place(&args.location)], call).await
}

/// Destroys a code.
pub async fn destroy(global: &Global, args: DestroyArgs) -> Result<()> {
	let code = code(&args.code)?;
	let reason = args.reason.clone().into_bytes();
	let location = args::location(&args.location)?.as_ref().map(location_to_chain);
	let declared_at = args::declared(&args.when)?;
	let call = api::tx().traceability().destroy(key(&code), reason, location, declared_at);
	let texts = [Some(("--reason", args.reason.as_str())), args::place(&args.location)];
	sign_and_submit(global, &texts, call).await
}

/// Withdraws a code.
pub async fn decommission(global: &Global, args: ReasonArgs) -> Result<()> {
	let code = code(&args.code)?;
	let call = api::tx()
		.traceability()
		.decommission(key(&code), args.reason.clone().into_bytes());
	sign_and_submit(global, &[Some(("--reason", args.reason.as_str()))], call).await
}

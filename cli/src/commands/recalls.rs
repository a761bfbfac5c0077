//! `trace recall`: the product's merchant, or governance with `--sudo`, recalls a product or
//! one of its lots.

use super::common::{connect, sign_and_submit, signer};
use crate::{
	args,
	cli::{Global, RecallCommand},
	ident::{parse_gtin_arg, parse_lot_arg},
	runtime::api::{
		self,
		runtime_types::{pallet_traceability::pallet::Call, trace_runtime::RuntimeCall},
	},
};
use anyhow::Result;

/// Runs `trace recall …`.
pub async fn run(global: &Global, command: RecallCommand) -> Result<()> {
	match command {
		RecallCommand::Product { gtin, reason, sudo } => {
			let gtin = parse_gtin_arg(&gtin)?;
			let reason = args::text(&reason, "--reason")?.into_bytes();
			if sudo {
				let call = RuntimeCall::Traceability(Call::recall_product { gtin, reason });
				return as_governance(global, call).await;
			}
			sign_and_submit(global, api::tx().traceability().recall_product(gtin, reason)).await
		},
		RecallCommand::Lot { gtin, lot, reason, sudo } => {
			let gtin = parse_gtin_arg(&gtin)?;
			let lot = parse_lot_arg(&lot)?;
			let reason = args::text(&reason, "--reason")?.into_bytes();
			if sudo {
				let call = RuntimeCall::Traceability(Call::recall_lot { gtin, lot, reason });
				return as_governance(global, call).await;
			}
			sign_and_submit(global, api::tx().traceability().recall_lot(gtin, lot, reason)).await
		},
	}
}

/// Submits `call` through `Sudo::sudo`.
async fn as_governance(global: &Global, call: RuntimeCall) -> Result<()> {
	let signer = signer(global)?;
	let chain = connect(global).await?;
	chain.submit_sudo(call, &signer).await?.print();
	Ok(())
}

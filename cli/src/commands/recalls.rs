//! `trace recall`: the product's merchant, or governance with `--sudo`, recalls a product or
//! one of its lots.

use super::common::{check_texts, connect, sign_and_submit, signer};
use crate::{
	args::Text,
	cli::{Global, RecallCommand},
	ident::{parse_gtin_arg, parse_lot_arg},
};
use anyhow::Result;
use trace_client::api::{
	self,
	runtime_types::{pallet_traceability::pallet::Call, trace_runtime::RuntimeCall},
};

/// Runs `trace recall …`.
pub async fn run(global: &Global, command: RecallCommand) -> Result<()> {
	match command {
		RecallCommand::Product { gtin, reason, sudo } => {
			let gtin = parse_gtin_arg(&gtin)?;
			let texts = [Some(("--reason", reason.as_str()))];
			let reason = reason.clone().into_bytes();
			if sudo {
				let call = RuntimeCall::Traceability(Call::recall_product { gtin, reason });
				return as_governance(global, &texts, call).await;
			}
			let call = api::tx().traceability().recall_product(gtin, reason);
			sign_and_submit(global, &texts, call).await
		},
		RecallCommand::Lot { gtin, lot, reason, sudo } => {
			let gtin = parse_gtin_arg(&gtin)?;
			let lot = parse_lot_arg(&lot)?;
			let texts = [Some(("--reason", reason.as_str()))];
			let reason = reason.clone().into_bytes();
			if sudo {
				let call = RuntimeCall::Traceability(Call::recall_lot { gtin, lot, reason });
				return as_governance(global, &texts, call).await;
			}
			let call = api::tx().traceability().recall_lot(gtin, lot, reason);
			sign_and_submit(global, &texts, call).await
		},
	}
}

/// Submits `call` through `Sudo::sudo`, once its free text is checked.
async fn as_governance(
	global: &Global,
	texts: &[Option<Text<'_>>],
	call: RuntimeCall,
) -> Result<()> {
	let signer = signer(global)?;
	let chain = connect(global).await?;
	check_texts(&chain, texts).await?;
	chain.submit_sudo(call, &signer).await?.print();
	Ok(())
}

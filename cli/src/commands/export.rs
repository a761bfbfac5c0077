//! `trace export --epcis`: a code's history as an EPCIS 2.0 JSON-LD document.

use super::common::code;
use crate::{
	chain::{company_prefixes, report_at, Chain},
	cli::{ExportArgs, Global},
	epcis::{self, EpcisOptions},
	sanitize, time,
};
use anyhow::{anyhow, Context, Result};

/// Exports a code's history.
pub async fn run(global: &Global, args: ExportArgs) -> Result<()> {
	let code = code(&args.code)?;
	let chain = match &args.chain_spec {
		Some(spec) => Chain::light(spec, &args.bootnodes, trace_client::SYNC_TIMEOUT).await?,
		None => Chain::rpc(&global.url).await?,
	};
	let at = chain.at_finalized().await?;
	let report = report_at(&at, code.id)
		.await?
		.ok_or_else(|| anyhow!("{}: no such code was ever issued", code))?;
	let mut parties = vec![report.merchant];
	parties.extend(report.events.iter().map(|event| event.actor));
	parties.sort_by_key(|a| a.0);
	parties.dedup();
	let options = EpcisOptions {
		resolver: args.resolver.clone(),
		company_prefixes: company_prefixes(&at, &parties).await?,
		default_prefix_len: args.gcp_length,
		created_at: time::now_ms(),
	};
	let document = epcis::document(&report, &options);
	// The document quotes the chain's text: its controls are escaped, as JSON allows, so that it
	// is safe to print and means the same.
	let text = sanitize::json(&serde_json::to_string_pretty(&document)?).into_owned();
	match &args.output {
		Some(path) => {
			std::fs::write(path, text + "\n")
				.with_context(|| format!("cannot write {}", path.display()))?;
			eprintln!(
				"EPCIS 2.0 document with {} events written to {}",
				report.events.len(),
				path.display()
			);
		},
		None => println!("{text}"),
	}
	Ok(())
}

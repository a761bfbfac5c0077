//! Reading the chain at one block: a code's full report and the stored records the clients
//! need.
//!
//! The report is the runtime's own: the runtime API `TraceabilityApi_trace_report`, called at
//! one block, gives the code's record, history, product, recalls, custodian, containers,
//! certifications with their statuses, and the verdict, all by the pallet's rules (the same
//! call serves the node's `trace_report` RPC and the web page). [`report_at`] converts it
//! ([`crate::report::report_of`], as the node does its own) and adds only the Digital Links of
//! the containers, read from `Codes` at the same block. The CLI reads a code with it, and the
//! gateway (`trace-gateway`) reads every code a finalized block touched with it.
//!
//! Through a light client nothing of it is taken on trust: smoldot runs the runtime call
//! itself, on a call proof whose every storage value it checks against that block's state root,
//! and checks each storage read the same way, so a lying server is detected rather than
//! believed.

use crate::{
	api::{
		self,
		runtime_types::{pallet_traceability::types as chain, sp_runtime::DispatchError},
	},
	report::{container_ids, link_of, report_of, AccountId, CodeId, TraceReport},
	AtBlock,
};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use subxt::{utils::H256, Metadata};
use trace_gs1::{DigitalLink, Gtin};

/// The stored record of `code`.
pub async fn code_record(at: &AtBlock, code: CodeId) -> Result<Option<chain::TraceCode>> {
	let value = at
		.storage()
		.try_fetch(api::storage().traceability().codes(), (H256(code),))
		.await
		.context("cannot read Traceability::Codes")?;
	value
		.map(|value| value.decode().context("cannot decode a trace code"))
		.transpose()
}

/// The stored product `gtin`.
pub async fn product_record(at: &AtBlock, gtin: Gtin) -> Result<Option<chain::Product>> {
	let value = at
		.storage()
		.try_fetch(api::storage().traceability().products(), (gtin,))
		.await
		.context("cannot read Traceability::Products")?;
	value.map(|value| value.decode().context("cannot decode a product")).transpose()
}

/// The stored participant `who`.
pub async fn participant_record(
	at: &AtBlock,
	who: &AccountId,
) -> Result<Option<chain::Participant>> {
	let value = at
		.storage()
		.try_fetch(api::storage().traceability().participants(), (*who,))
		.await
		.context("cannot read Traceability::Participants")?;
	value
		.map(|value| value.decode().context("cannot decode a participant"))
		.transpose()
}

/// The GS1 company prefixes of `accounts` (to name GLNs as SGLNs in EPCIS).
pub async fn company_prefixes(at: &AtBlock, accounts: &[AccountId]) -> Result<Vec<String>> {
	let mut out = Vec::new();
	for account in accounts {
		if let Some(participant) = participant_record(at, account).await? {
			out.extend(
				participant
					.company_prefixes
					.iter()
					.map(|prefix| String::from_utf8_lossy(prefix).into_owned()),
			);
		}
	}
	out.sort();
	out.dedup();
	Ok(out)
}

/// The full report of `code` at `at`, as the runtime API `TraceabilityApi_trace_report` makes
/// it, or `None` if the code was never issued. Only the Digital Links of its containers are read
/// from `Codes` besides, at the same block.
pub async fn report_at(at: &AtBlock, code: CodeId) -> Result<Option<TraceReport>> {
	let call = api::runtime_apis().traceability_api().trace_report(H256(code));
	let Some(report) = at
		.runtime_apis()
		.call(call)
		.await
		.context("cannot call the runtime API TraceabilityApi_trace_report")?
	else {
		return Ok(None);
	};
	let mut links: BTreeMap<CodeId, Option<DigitalLink>> = BTreeMap::new();
	for id in container_ids(&report) {
		let link = code_record(at, id).await?.as_ref().map(link_of);
		links.insert(id, link);
	}
	let number = u32::try_from(at.block_number()).unwrap_or(u32::MAX);
	let refusal = report.claim_refusal.as_ref().map(|error| error_name(&at.metadata(), error));
	Ok(Some(report_of(report, &links, refusal, number, at.block_hash().0)))
}

/// The name of a dispatch error the runtime reported, as the node's RPC gives it: the pallet
/// error's variant name from the metadata (`CodeClaimed`, `NotSold`…) for module errors,
/// `sp_runtime`'s variant name (`BadOrigin`, `Token`…) for the others.
pub fn error_name(metadata: &Metadata, error: &DispatchError) -> String {
	match error {
		DispatchError::Module(module) => metadata
			.pallet_by_error_index(module.index)
			.and_then(|pallet| pallet.error_variant_by_index(module.error[0]))
			.map(|variant| variant.name.clone())
			.unwrap_or_else(|| "Module".into()),
		other => {
			let debug = format!("{other:?}");
			debug.split(['(', ' ', '{']).next().unwrap_or_default().to_owned()
		},
	}
}

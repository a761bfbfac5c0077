//! The `trace_*` JSON-RPC namespace: trace reports and consumer verdicts as readable JSON,
//! computed by the runtime API `TraceabilityApi` at the best block or a given one.
//!
//! Every method takes a code as either its 32-byte key (`0x…`) or a GS1 Digital Link
//! (`https://resolver/01/{gtin}/21/{serial}`, or just the path).
//!
//! | method | result |
//! |---|---|
//! | `trace_codeId(code)` | the code's key, `0x…` |
//! | `trace_verify(code, at?)` | `{ code, verdict, claimedAt? }` |
//! | `trace_report(code, at?)` | the full report, or `null` for a code never issued |

use codec::Decode;
use jsonrpsee::{
	core::{async_trait, RpcResult},
	proc_macros::rpc,
	types::{ErrorObject, ErrorObjectOwned},
};
use pallet_traceability::{
	report::{TraceReport, Verdict},
	CertSubject, Error as TraceabilityError, Location, Recall, TraceEvent,
};
use pallet_traceability_runtime_api::TraceabilityApi;
use serde_json::{json, Value};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{crypto::Ss58Codec, H256};
use sp_runtime::DispatchError;
use std::sync::Arc;
use trace_runtime::{opaque::Block, AccountId, Runtime};

/// The report type of this runtime.
pub type Report = TraceReport<Runtime>;

/// JSON-RPC error code: the code argument is malformed.
pub const INVALID_CODE: i32 = 4001;
/// JSON-RPC error code: the runtime API call failed.
pub const RUNTIME_ERROR: i32 = 4002;

/// The `trace_*` methods.
#[rpc(server, namespace = "trace")]
pub trait TraceApi<BlockHash> {
	/// The key of a code given as a Digital Link or a key.
	#[method(name = "codeId")]
	fn code_id(&self, code: String) -> RpcResult<H256>;

	/// The consumer verdict of a code.
	#[method(name = "verify")]
	fn verify(&self, code: String, at: Option<BlockHash>) -> RpcResult<Value>;

	/// The full trace report of a code, `null` if it was never issued.
	#[method(name = "report")]
	fn report(&self, code: String, at: Option<BlockHash>) -> RpcResult<Option<Value>>;
}

/// Serves [`TraceApiServer`] from a client.
pub struct Trace<C> {
	client: Arc<C>,
}

impl<C> Trace<C> {
	/// Serves the namespace from `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

fn invalid_code(message: String) -> ErrorObjectOwned {
	ErrorObject::owned(INVALID_CODE, message, None::<()>)
}

/// Parses a code argument: a `0x` key of 32 bytes or a GS1 Digital Link.
pub fn parse_code(code: &str) -> Result<H256, ErrorObjectOwned> {
	let code = code.trim();
	if let Some(hex) = code.strip_prefix("0x") {
		let bytes = hex::decode(hex)
			.map_err(|e| invalid_code(format!("code key {code} is not hex: {e}")))?;
		if bytes.len() != 32 {
			return Err(invalid_code(format!(
				"code key {code} has {} bytes, expected 32",
				bytes.len()
			)));
		}
		return Ok(H256::from_slice(&bytes));
	}
	let link = trace_gs1::DigitalLink::parse(code)
		.map_err(|e| invalid_code(format!("{code} is not a GS1 Digital Link: {e}")))?;
	Ok(H256::from(link.key()))
}

#[async_trait]
impl<C> TraceApiServer<<Block as sp_runtime::traits::Block>::Hash> for Trace<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TraceabilityApi<Block, Report, Verdict>,
{
	fn code_id(&self, code: String) -> RpcResult<H256> {
		parse_code(&code)
	}

	fn verify(&self, code: String, at: Option<H256>) -> RpcResult<Value> {
		let key = parse_code(&code)?;
		let at = at.unwrap_or_else(|| self.client.info().finalized_hash);
		let verdict = self.client.runtime_api().verify(at, key).map_err(runtime_error)?;
		Ok(verdict_json(key, &verdict))
	}

	fn report(&self, code: String, at: Option<H256>) -> RpcResult<Option<Value>> {
		let key = parse_code(&code)?;
		let at = at.unwrap_or_else(|| self.client.info().finalized_hash);
		let report = self.client.runtime_api().trace_report(at, key).map_err(runtime_error)?;
		Ok(report.map(|report| report_json(&report)))
	}
}

fn runtime_error(e: sp_api::ApiError) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, format!("runtime API error: {e}"), None::<()>)
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

fn account(who: &AccountId) -> String {
	who.to_ss58check()
}

/// The verdict as JSON: `{ code, verdict: "genuine" | ..., claimedAt?, flags? }`.
pub fn verdict_json(code: H256, verdict: &Verdict) -> Value {
	let mut value = json!({ "code": format!("{code:?}"), "verdict": verdict.as_str() });
	if let Verdict::Claimed { at } = verdict {
		value["claimedAt"] = json!(at);
	}
	if let Verdict::Flagged { failed_inspection, revoked_certification } = verdict {
		value["flags"] = json!({
			"failedInspection": failed_inspection,
			"revokedCertification": revoked_certification,
		});
	}
	value
}

fn location_json(location: &Location<Runtime>) -> Value {
	json!({
		"gln": location.gln.as_ref().map(|gln| text(gln)),
		"coordinates": location.coordinates.map(|c| json!({
			"latitude": f64::from(c.latitude) / 1e6,
			"longitude": f64::from(c.longitude) / 1e6,
		})),
		"description": text(&location.description),
	})
}

fn recall_json(recall: &Recall<Runtime>) -> Value {
	json!({ "by": recall.by.as_ref().map(account), "reason": text(&recall.reason), "at": recall.at })
}

fn event_json(event: &TraceEvent<Runtime>) -> Value {
	json!({
		"bizStep": event.step.as_cbv_str(),
		"disposition": event.disposition.as_cbv_str(),
		"actor": account(&event.actor),
		"block": event.block,
		"at": event.at,
		"declaredAt": event.declared_at,
		"location": event.location.as_ref().map(location_json),
		"counterparty": event.counterparty.as_ref().map(account),
		"container": event.container.map(|c| format!("{c:?}")),
		"document": event.document.map(|d| format!("{d:?}")),
		"reason": event.reason.as_ref().map(|r| text(r)),
	})
}

/// The report as JSON, with text fields as strings and accounts as SS58 addresses.
pub fn report_json(report: &Report) -> Value {
	let record = &report.record;
	let mut value = verdict_json(report.code, &report.verdict);
	value["gtin"] = json!(text(&record.gtin));
	value["serial"] = json!(text(&record.serial));
	value["lot"] = json!(record.lot.as_ref().map(|lot| text(lot)));
	value["digitalLink"] = json!(text(&trace_gs1::canonical_path(&record.gtin, &record.serial)));
	value["status"] = json!(record.status.as_str());
	value["issuer"] = json!(account(&record.merchant));
	value["custodian"] = json!(account(&report.custodian));
	value["pendingHandoverTo"] = json!(record.pending.as_ref().map(|p| account(&p.to)));
	value["containers"] =
		json!(report.containers.iter().map(|c| format!("{c:?}")).collect::<Vec<_>>());
	value["purchase"] = json!({
		"location": location_json(&record.purchase_location),
		"at": record.purchased_at,
		"officerCommitment": format!("{:?}", record.officer_commitment),
	});
	value["issuedAt"] = json!(record.issued_at);
	value["claimKey"] = json!(record.claim_key.map(|key| format!("0x{}", hex::encode(key))));
	value["claim"] = json!(record.claim.as_ref().map(|c| json!({
		"by": account(&c.by),
		"at": c.at,
		"block": c.block,
	})));
	// The pallet's claim decision (all of its checks but the signature, which needs the secret).
	value["claimable"] = json!(report.claim_refusal.is_none());
	value["claimRefusal"] = json!(report.claim_refusal.as_ref().map(error_name));
	value["product"] = json!(report.product.as_ref().map(|p| json!({
		"name": text(&p.name),
		"category": text(&p.category),
		"origin": text(&p.origin),
		"merchant": account(&p.merchant),
		"sheetDigest": format!("{:?}", p.sheet_digest),
		"recall": p.recall.as_ref().map(recall_json),
	})));
	value["lotRecall"] = json!(report.lot_recall.as_ref().map(recall_json));
	value["liftedRecalls"] = json!(report
		.lifted_recalls
		.iter()
		.map(|lifted| json!({
			"lot": lifted.lot.as_ref().map(|lot| text(lot)),
			"recall": recall_json(&lifted.recall),
			"liftedAt": lifted.lifted_at,
			"reason": text(&lifted.reason),
		}))
		.collect::<Vec<_>>());
	value["events"] = json!(report.events.iter().map(event_json).collect::<Vec<_>>());
	// The block time the report was made at (statuses and the verdict are as of then).
	value["now"] = json!(report.now);
	value["owners"] = json!(report.owners);
	value["ownedSince"] = json!(report.owned_since);
	value["ownershipOffer"] = json!(report.ownership_offer.as_ref().map(|offer| json!({
		"to": account(&offer.to),
		"offeredAt": offer.offered_at,
	})));
	value["chip"] = json!(report.chip.as_ref().map(|chip| json!({
		"type": chip.as_str(),
		"publicKey": format!("0x{}", hex::encode(chip.public())),
	})));
	value["certifications"] = json!(report
		.certifications
		.iter()
		.map(|c| json!({
			"subject": match &c.subject {
				CertSubject::Product(gtin) => json!({ "product": text(gtin) }),
				CertSubject::Code(code) => json!({ "code": format!("{code:?}") }),
			},
			"certifier": account(&c.certifier),
			"digest": format!("{:?}", c.certification.digest),
			"issuedAt": c.certification.issued_at,
			"expiresAt": c.certification.expires_at,
			"status": c.status.as_str(),
		}))
		.collect::<Vec<_>>());
	value
}

/// The name of a dispatch error the runtime reported: the traceability pallet's variant name
/// (`CodeClaimed`, `NotSold`…) for its errors, `sp_runtime`'s name for the others.
fn error_name(error: &DispatchError) -> &'static str {
	if let DispatchError::Module(module) = error {
		if let Ok(pallet_error) = TraceabilityError::<Runtime>::decode(&mut &module.error[..]) {
			return pallet_error.into();
		}
	}
	(*error).into()
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;

	#[test]
	fn codes_parse_from_keys_and_digital_links() {
		let link = "https://id.trace.example/01/09506000134352/21/ABC123";
		let key = parse_code(link).unwrap();
		assert_eq!(parse_code(&format!("{key:?}")).unwrap(), key);
		assert_eq!(parse_code("/01/09506000134352/21/ABC123").unwrap(), key);
	}

	#[test]
	fn claim_refusals_are_named_by_the_pallet_error() {
		let refusal = DispatchError::from(TraceabilityError::<Runtime>::NotSold);
		// The runtime API's answer carries no message: decode it as a client gets it.
		let decoded = DispatchError::decode(&mut &refusal.encode()[..]).unwrap();
		assert_eq!(error_name(&decoded), "NotSold");
		assert_eq!(error_name(&DispatchError::BadOrigin), "Bad origin");
	}

	#[test]
	fn malformed_codes_say_what_is_wrong() {
		let err = parse_code("0x1234").unwrap_err();
		assert!(err.message().contains("has 2 bytes, expected 32"), "{}", err.message());
		let err = parse_code("https://id.trace.example/01/09506000134353/21/A").unwrap_err();
		assert!(err.message().contains("check digit"), "{}", err.message());
		assert_eq!(err.code(), INVALID_CODE);
	}
}

//! The one JSON shape of a trace report: what the node's `trace_report` and `trace_verify` RPC
//! serve (`node/src/rpc/trace.rs`) and `trace verify --json` prints. Both write it here, from a
//! [`TraceReport`], so that they cannot drift apart; `docs/rpc.md` describes every field.
//!
//! Text as strings (invalid UTF-8 replaced by `U+FFFD`), accounts as SS58 addresses (prefix
//! 42), keys and digests as `0x` and 64 lower-case hex digits, times in milliseconds,
//! vocabularies by the pallet's names (`as_cbv_str`, `as_str`). The page's browser test
//! (`web/test/agree.test.mjs`) checks, for every demo code, that the CLI's output, the node's
//! answer and the page's reading at the same block are equal.

use super::{AccountId, CertSubject, CodeId, HistoryEvent, Location, Recall, TraceReport, Verdict};
use serde_json::{json, Value};

/// `0x` and lower-case hex.
fn hex32(bytes: &[u8; 32]) -> String {
	format!("0x{}", hex::encode(bytes))
}

fn account(who: &AccountId) -> String {
	who.to_string()
}

fn location(location: &Location) -> Value {
	json!({
		"gln": location.gln.as_ref().map(|gln| String::from_utf8_lossy(gln)),
		"coordinates": location.coordinates.map(|(latitude, longitude)| json!({
			"latitude": f64::from(latitude) / 1e6,
			"longitude": f64::from(longitude) / 1e6,
		})),
		"description": location.description,
	})
}

fn recall(recall: &Recall) -> Value {
	json!({ "by": recall.by.as_ref().map(account), "reason": recall.reason, "at": recall.at })
}

fn event(event: &HistoryEvent) -> Value {
	json!({
		"bizStep": event.step.as_cbv_str(),
		"disposition": event.disposition.as_cbv_str(),
		"actor": account(&event.actor),
		"block": event.block,
		"at": event.at,
		"declaredAt": event.declared_at,
		"location": event.location.as_ref().map(location),
		"counterparty": event.counterparty.as_ref().map(account),
		"container": event.container.as_ref().map(|c| hex32(&c.id)),
		"document": event.document.as_ref().map(hex32),
		"reason": event.reason,
	})
}

/// The verdict of code `code`, as `trace_verify` serves it and a report begins:
/// `{ code, verdict, claimedAt?, flags? }`.
pub fn verdict(code: &CodeId, verdict: &Verdict) -> Value {
	let mut value = json!({ "code": hex32(code), "verdict": verdict.as_str() });
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

/// The report, as the node's `trace_report` RPC serves it.
pub fn report(report: &TraceReport) -> Value {
	let link = &report.link;
	let mut value = verdict(&report.id, &report.verdict);
	value["gtin"] = json!(String::from_utf8_lossy(&link.gtin));
	value["serial"] = json!(String::from_utf8_lossy(&link.serial));
	value["lot"] = json!(link.lot.as_ref().map(|lot| String::from_utf8_lossy(lot).into_owned()));
	value["digitalLink"] =
		json!(String::from_utf8_lossy(&trace_gs1::canonical_path(&link.gtin, &link.serial)));
	value["status"] = json!(report.status.as_str());
	value["issuer"] = json!(account(&report.merchant));
	value["custodian"] = json!(account(&report.custodian));
	value["pendingHandoverTo"] = json!(report.pending_to.as_ref().map(account));
	value["containers"] = json!(report.containers.iter().map(|c| hex32(&c.id)).collect::<Vec<_>>());
	value["purchase"] = json!({
		"location": location(&report.purchase_location),
		"at": report.purchased_at,
		"officerCommitment": hex32(&report.officer_commitment),
	});
	value["issuedAt"] = json!(report.issued_at);
	value["claimKey"] = json!(report.claim_key.as_ref().map(hex32));
	value["claim"] = json!(report.claim.as_ref().map(|c| json!({
		"by": account(&c.by),
		"at": c.at,
		"block": c.block,
	})));
	value["claimable"] = json!(report.claim_refusal.is_none());
	value["claimRefusal"] = json!(report.claim_refusal);
	value["product"] = json!(report.product.as_ref().map(|p| json!({
		"name": p.name,
		"category": p.category,
		"origin": p.origin,
		"merchant": account(&p.merchant),
		"sheetDigest": hex32(&p.sheet_digest),
		"recall": p.recall.as_ref().map(recall),
	})));
	value["lotRecall"] = json!(report.lot_recall.as_ref().map(recall));
	value["liftedRecalls"] = json!(report
		.lifted_recalls
		.iter()
		.map(|lifted| json!({
			"lot": lifted.lot,
			"recall": recall(&lifted.recall),
			"liftedAt": lifted.lifted_at,
			"reason": lifted.reason,
		}))
		.collect::<Vec<_>>());
	value["events"] = json!(report.events.iter().map(event).collect::<Vec<_>>());
	value["now"] = json!(report.read_at.time);
	value["owners"] = json!(report.owners);
	value["ownedSince"] = json!(report.owned_since);
	value["ownershipOffer"] = json!(report
		.ownership_offer
		.as_ref()
		.map(|(to, block)| json!({ "to": account(to), "offeredAt": block })));
	value["chip"] = json!(report.chip.as_ref().map(|chip| json!({
		"type": chip.as_str(),
		"publicKey": format!("0x{}", hex::encode(chip.public())),
	})));
	value["certifications"] = json!(report
		.certifications
		.iter()
		.map(|c| json!({
			"subject": match &c.subject {
				CertSubject::Product(gtin) => json!({ "product": String::from_utf8_lossy(gtin) }),
				CertSubject::Code(code) => json!({ "code": hex32(code) }),
			},
			"certifier": account(&c.certifier),
			"digest": hex32(&c.digest),
			"issuedAt": c.issued_at,
			"expiresAt": c.expires_at,
			"status": c.status.as_str(),
		}))
		.collect::<Vec<_>>());
	value
}

/// What `trace verify --json` prints: the block read at, how it was read, and the report
/// (`null` for a code never issued).
pub fn output(report: Option<&TraceReport>, block: (u32, [u8; 32]), light_client: bool) -> Value {
	json!({
		"block": { "number": block.0, "hash": hex32(&block.1) },
		"lightClient": light_client,
		"report": report.map(self::report),
	})
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::report::sample::handbag;

	#[test]
	fn the_handbag_reads_as_the_node_writes_it() {
		let bag = handbag();
		let value = report(&bag);
		assert_eq!(value["verdict"], "claimed_already");
		assert_eq!(value["claimedAt"], bag.claim.as_ref().unwrap().at);
		assert_eq!(value["code"], format!("0x{}", hex::encode(bag.id)));
		assert_eq!(value["digitalLink"], "/01/09506000134352/21/BAG-0001");
		assert_eq!(value["lot"], "L2025-03");
		assert_eq!(value["status"], "claimed");
		assert_eq!(value["claimable"], false);
		assert_eq!(value["claimRefusal"], "CodeClaimed");
		assert_eq!(value["purchase"]["location"]["gln"], "9501101020016");
		assert_eq!(value["purchase"]["location"]["coordinates"]["latitude"], 45.4642);
		assert_eq!(value["purchase"]["officerCommitment"], format!("0x{}", "03".repeat(32)));
		assert_eq!(value["events"].as_array().unwrap().len(), bag.events.len());
		assert_eq!(value["events"][2]["bizStep"], "shipping");
		assert_eq!(value["events"][2]["disposition"], "in_transit");
		assert_eq!(value["events"][3]["document"], format!("0x{}", "07".repeat(32)));
		assert_eq!(value["events"][0]["declaredAt"], bag.events[0].declared_at.unwrap());
		assert_eq!(value["certifications"][0]["status"], "expired");
		assert_eq!(value["certifications"][0]["subject"]["product"], "09506000134352");
		assert_eq!(value["issuer"], bag.merchant.to_string());
		assert!(value["issuer"].as_str().unwrap().starts_with('5'), "SS58, prefix 42");
		assert_eq!(value["pendingHandoverTo"], Value::Null);
		assert_eq!(value["liftedRecalls"], json!([]));
		assert_eq!(value["claimKey"], format!("0x{}", "04".repeat(32)));
		assert_eq!(value["now"], bag.read_at.time);
		assert_eq!(value["owners"], 1);
		assert_eq!(value["ownedSince"], bag.owned_since.unwrap());
		assert_eq!(value["ownershipOffer"], Value::Null);
		assert_eq!(
			value["chip"],
			json!({ "type": "ed25519", "publicKey": format!("0x{}", "06".repeat(32)) })
		);
	}

	#[test]
	fn a_flagged_verdict_names_its_flags_and_an_unknown_code_has_no_report() {
		let mut bag = handbag();
		bag.verdict = Verdict::Flagged { failed_inspection: true, revoked_certification: false };
		let value = report(&bag);
		assert_eq!(value["verdict"], "flagged");
		assert_eq!(
			value["flags"],
			json!({ "failedInspection": true, "revokedCertification": false })
		);
		assert!(value.get("claimedAt").is_none());
		let out = output(None, (7, [2; 32]), true);
		assert_eq!(out["report"], Value::Null);
		assert_eq!(out["block"]["number"], 7);
		assert_eq!(out["lightClient"], true);
	}
}

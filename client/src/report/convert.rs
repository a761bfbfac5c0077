//! The report in the clients' terms, from what the chain gives.
//!
//! The runtime API `TraceabilityApi_trace_report` returns the pallet's `TraceReport<Runtime>`;
//! subxt decodes it into the generated [`chain_report::TraceReport`], and [`report_of`] makes a
//! [`TraceReport`] of that. The node holds the pallet's own type instead: [`from_pallet`]
//! SCALE-encodes it and decodes the bytes into the same generated type, by the pallet's type
//! information, so that both readers share one conversion and one JSON writer.

use super::{
	CertSubject, Certification, Claim, CodeId, CodeLink, HistoryEvent, LiftedRecall, Location,
	Product, ReadAt, Recall, TraceReport,
};
use crate::api::runtime_types::pallet_traceability::{report as chain_report, types as chain};
use codec::{Decode, Encode};
use scale_info::{meta_type, PortableRegistry, Registry, TypeInfo};
use sp_runtime::DispatchError;
use std::collections::{BTreeMap, BTreeSet};
use subxt::{ext::scale_decode::DecodeAsType, utils::H256};
use trace_gs1::DigitalLink;

/// The pallet's report of a code, `pallet_traceability::TraceReport<T>`, in the clients' terms:
/// what the node's `trace_report` RPC serves through [`super::json::report`].
///
/// The report is SCALE-encoded and decoded into the generated type that subxt decodes the
/// runtime API's answer into, by `TraceReport<T>`'s own type information, then converted as
/// [`report_of`] converts a report read through subxt: one conversion for both. The containers
/// get no Digital Links (the JSON names them by key), the claim refusal is named by
/// [`pallet_error_name`], and the report is read at block `number` with hash `hash`.
pub fn from_pallet<T>(
	report: &pallet_traceability::TraceReport<T>,
	number: u32,
	hash: [u8; 32],
	finalized: bool,
) -> Result<TraceReport, subxt::ext::scale_decode::Error>
where
	T: pallet_traceability::Config,
	pallet_traceability::TraceReport<T>: Encode + TypeInfo + 'static,
	pallet_traceability::Error<T>: Decode + Into<&'static str>,
{
	let mut registry = Registry::new();
	let type_id = registry.register_type(&meta_type::<pallet_traceability::TraceReport<T>>()).id;
	let types = PortableRegistry::from(registry);
	let bytes = report.encode();
	let served = <chain_report::TraceReport as DecodeAsType>::decode_as_type(
		&mut &bytes[..],
		type_id,
		&types,
	)?;
	let claim_refusal = report
		.claim_refusal
		.as_ref()
		.map(|error| pallet_error_name::<T>(error).to_owned());
	let mut converted = report_of(served, &BTreeMap::new(), claim_refusal, number, hash);
	converted.read_at.finalized = finalized;
	Ok(converted)
}

/// The name of a dispatch error the runtime reported: the traceability pallet's variant name
/// (`CodeClaimed`, `NotSold`…) for its errors, `sp_runtime`'s name for the others. (A reader
/// through subxt names it from the chain's metadata instead, `crate::read::error_name` (with the
/// feature `connect`): the same names for the pallet's errors, which are all a claim refusal
/// is.)
pub fn pallet_error_name<T>(error: &DispatchError) -> &'static str
where
	T: pallet_traceability::Config,
	pallet_traceability::Error<T>: Decode + Into<&'static str>,
{
	if let DispatchError::Module(module) = error {
		if let Ok(pallet_error) = pallet_traceability::Error::<T>::decode(&mut &module.error[..]) {
			return pallet_error.into();
		}
	}
	(*error).into()
}

/// The codes a report names as containers: those around the code and those of its packing and
/// unpacking events.
pub fn container_ids(report: &chain_report::TraceReport) -> BTreeSet<CodeId> {
	report
		.containers
		.iter()
		.chain(report.events.iter().filter_map(|event| event.container.as_ref()))
		.map(|id| id.0)
		.collect()
}

/// The runtime's report in the clients' terms, read at block `number` with hash `hash` (a
/// finalized one). Status, custodian, containers, certification statuses and verdict are the
/// runtime's, as it gives them; `links` names the containers by their Digital Links where the
/// reader looked them up; `claim_refusal` is the name of the report's `claim_refusal`.
pub fn report_of(
	report: chain_report::TraceReport,
	links: &BTreeMap<CodeId, Option<DigitalLink>>,
	claim_refusal: Option<String>,
	number: u32,
	hash: [u8; 32],
) -> TraceReport {
	let record = report.record;
	let link = link_of(&record);
	let linked = |id: &H256| CodeLink { id: id.0, link: links.get(&id.0).cloned().flatten() };
	TraceReport {
		id: report.code.0,
		link,
		status: record.status.0,
		merchant: record.merchant,
		custodian: report.custodian,
		pending_to: record.pending.as_ref().map(|pending| pending.to),
		containers: report.containers.iter().map(linked).collect(),
		children: record.children,
		product: report.product.map(product_of),
		lot_recall: report.lot_recall.map(recall_of),
		lifted_recalls: report.lifted_recalls.into_iter().map(lifted_recall_of).collect(),
		purchase_location: location_of(record.purchase_location),
		purchased_at: record.purchased_at,
		officer_commitment: record.officer_commitment.0,
		issued_at: record.issued_at,
		claim_key: record.claim_key,
		claim: record
			.claim
			.map(|claim| Claim { by: claim.by, at: claim.at, block: claim.block }),
		owners: report.owners,
		owned_since: report.owned_since,
		ownership_offer: report.ownership_offer.map(|offer| (offer.to, offer.offered_at)),
		chip: report.chip.map(|chip| chip.0),
		events: report
			.events
			.into_iter()
			.zip(0u32..)
			.map(|(event, index)| history_event(index, event, links))
			.collect(),
		certifications: report.certifications.into_iter().map(certification_of).collect(),
		verdict: report.verdict.0,
		claim_refusal,
		read_at: ReadAt { number, hash, time: report.now, finalized: true },
	}
}

/// The Digital Link of a stored code.
pub fn link_of(record: &chain::TraceCode) -> DigitalLink {
	DigitalLink { gtin: record.gtin, serial: record.serial.clone(), lot: record.lot.clone() }
}

/// A stored location in the clients' terms.
pub fn location_of(location: chain::Location) -> Location {
	Location {
		gln: location.gln,
		coordinates: location.coordinates.map(|c| (c.latitude, c.longitude)),
		description: String::from_utf8_lossy(&location.description).into_owned(),
	}
}

/// A location for a call.
pub fn location_to_chain(location: &Location) -> chain::Location {
	chain::Location {
		gln: location.gln,
		coordinates: location
			.coordinates
			.map(|(latitude, longitude)| chain::Coordinates { latitude, longitude }),
		description: location.description.as_bytes().to_vec(),
	}
}

/// A stored recall in the clients' terms.
pub fn recall_of(recall: chain::Recall) -> Recall {
	Recall {
		by: recall.by,
		reason: String::from_utf8_lossy(&recall.reason).into_owned(),
		at: recall.at,
	}
}

/// A lifted recall in the clients' terms.
pub fn lifted_recall_of(lifted: chain::LiftedRecall) -> LiftedRecall {
	LiftedRecall {
		lot: lifted.lot.map(|lot| String::from_utf8_lossy(&lot).into_owned()),
		recall: recall_of(lifted.recall),
		lifted_at: lifted.lifted_at,
		reason: String::from_utf8_lossy(&lifted.reason).into_owned(),
	}
}

/// A certification of a report in the clients' terms, with the status the runtime gave it.
pub fn certification_of(entry: chain_report::CertificationEntry) -> Certification {
	Certification {
		subject: match entry.subject {
			chain::CertSubject::Code(id) => CertSubject::Code(id.0),
			chain::CertSubject::Product(gtin) => CertSubject::Product(gtin),
		},
		certifier: entry.certifier,
		digest: entry.certification.digest.0,
		issued_at: entry.certification.issued_at,
		expires_at: entry.certification.expires_at,
		revoked_at: entry.certification.revoked_at,
		status: entry.status.0,
	}
}

/// A stored product in the clients' terms.
pub fn product_of(product: chain::Product) -> Product {
	Product {
		merchant: product.merchant,
		name: String::from_utf8_lossy(&product.name).into_owned(),
		category: String::from_utf8_lossy(&product.category).into_owned(),
		origin: String::from_utf8_lossy(&product.origin).into_owned(),
		sheet_digest: product.sheet_digest.0,
		recall: product.recall.map(recall_of),
	}
}

/// A stored trace event in the clients' terms, number `index` of its history; `containers`
/// names its container by its Digital Link where the reader looked it up.
pub fn history_event(
	index: u32,
	event: chain::TraceEvent,
	containers: &BTreeMap<CodeId, Option<DigitalLink>>,
) -> HistoryEvent {
	HistoryEvent {
		index,
		step: event.step.0,
		disposition: event.disposition.0,
		actor: event.actor,
		block: event.block,
		at: event.at,
		declared_at: event.declared_at,
		location: event.location.map(location_of),
		counterparty: event.counterparty,
		container: event
			.container
			.map(|id| CodeLink { id: id.0, link: containers.get(&id.0).cloned().flatten() }),
		document: event.document.map(|digest| digest.0),
		reason: event.reason.map(|reason| String::from_utf8_lossy(&reason).into_owned()),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use pallet_traceability::{
		report::CertificationEntry, BizStep, CertificationStatus, ChipKey, ClaimRecord, CodeStatus,
		Coordinates, Disposition, Error as TraceabilityError, OwnershipOffer, PendingHandover,
		TraceCode, TraceEvent, Verdict,
	};
	use serde_json::{json, Value};
	use sp_core::{crypto::Ss58Codec, sr25519, H256 as CodeKey};
	use sp_runtime::AccountId32;
	use trace_runtime::Runtime;

	#[test]
	fn claim_refusals_are_named_by_the_pallet_error() {
		let error_name = pallet_error_name::<Runtime>;
		let refusal = DispatchError::from(TraceabilityError::<Runtime>::NotSold);
		// The runtime API's answer carries no message: decode it as a client gets it.
		let decoded = DispatchError::decode(&mut &refusal.encode()[..]).unwrap();
		assert_eq!(error_name(&decoded), "NotSold");
		assert_eq!(error_name(&DispatchError::BadOrigin), "Bad origin");
	}

	fn account(n: u8) -> AccountId32 {
		AccountId32::new([n; 32])
	}

	fn bytes<B: TryFrom<Vec<u8>>>(text: &str) -> B
	where
		B::Error: std::fmt::Debug,
	{
		B::try_from(text.as_bytes().to_vec()).unwrap()
	}

	fn hangzhou() -> pallet_traceability::Location<Runtime> {
		pallet_traceability::Location {
			gln: Some(*b"9501101020016"),
			coordinates: Some(Coordinates { latitude: 30_274_100, longitude: -120_155_100 }),
			description: bytes("Bonded warehouse 3, Hangzhou"),
		}
	}

	/// A report of the pallet's type with every optional part filled: a packed, claimed and
	/// offered item with a pending handover, a lifted lot recall, a chip and a revoked
	/// certification (not all of it reachable together on chain; the conversion does not care).
	fn served() -> pallet_traceability::TraceReport<Runtime> {
		let gtin = *b"09506000134352";
		let code = CodeKey::from(trace_gs1::code_key(&gtin, b"BAG-0001"));
		let case = CodeKey::repeat_byte(0xca);
		let recall =
			pallet_traceability::Recall::<Runtime> { by: None, reason: bytes("dye"), at: 1_000 };
		pallet_traceability::TraceReport {
			code,
			record: TraceCode {
				gtin,
				serial: bytes("BAG-0001"),
				lot: Some(bytes("L2025-03")),
				merchant: account(1),
				custodian: account(1),
				status: CodeStatus::Claimed,
				pending: Some(PendingHandover { to: account(5), proposed_at: 30 }),
				parent: Some(case),
				children: 0,
				height: 0,
				claim_key: Some(sr25519::Public::from_raw([4; 32])),
				claim: Some(ClaimRecord { by: account(9), at: 5_000, block: 17 }),
				officer_commitment: CodeKey::repeat_byte(3),
				purchase_location: hangzhou(),
				purchased_at: 100,
				issued_at: 200,
				event_count: 2,
			},
			product: Some(pallet_traceability::Product {
				merchant: account(1),
				name: bytes("Borsa Milano"),
				category: bytes("handbag"),
				origin: *b"IT",
				sheet_digest: CodeKey::repeat_byte(5),
				registered_at: 50,
				recall: None,
			}),
			lot_recall: None,
			lifted_recalls: vec![pallet_traceability::LiftedRecall {
				lot: Some(bytes("L2025-03")),
				recall,
				lifted_at: 2_000,
				reason: bytes("dye was fine"),
			}],
			custodian: account(4),
			containers: vec![case],
			events: vec![
				TraceEvent {
					step: BizStep::Commissioning,
					disposition: Disposition::Active,
					actor: account(1),
					block: 10,
					at: 200,
					declared_at: Some(100),
					location: Some(hangzhou()),
					counterparty: None,
					container: None,
					document: None,
					reason: None,
				},
				TraceEvent {
					step: BizStep::Packing,
					disposition: Disposition::InProgress,
					actor: account(1),
					block: 11,
					at: 300,
					declared_at: None,
					location: None,
					counterparty: Some(account(2)),
					container: Some(case),
					document: Some(CodeKey::repeat_byte(7)),
					reason: Some(bytes("into the case")),
				},
			],
			certifications: vec![CertificationEntry {
				subject: pallet_traceability::CertSubject::Code(code),
				certifier: account(6),
				certification: pallet_traceability::Certification {
					digest: CodeKey::repeat_byte(8),
					issued_at: 200,
					expires_at: None,
					revoked_at: Some(4_000),
				},
				status: CertificationStatus::Revoked,
			}],
			now: 6_000,
			verdict: Verdict::Claimed { at: 5_000 },
			claim_refusal: Some(TraceabilityError::<Runtime>::CodeClaimed.into()),
			owners: 1,
			owned_since: Some(5_000),
			ownership_offer: Some(OwnershipOffer { to: account(7), offered_at: 18 }),
			chip: Some(ChipKey::Ed25519([6; 32])),
		}
	}

	/// The node's report reads as the node wrote it before the writer was shared: keys and
	/// digests as `H256`'s `{:?}`, accounts as `to_ss58check`, text as strings.
	#[test]
	fn the_nodes_report_converts_and_reads_as_the_node_writes_it() {
		let served = served();
		let report = from_pallet(&served, 42, [1; 32], false).unwrap();
		assert_eq!(report.id, served.code.0);
		assert_eq!(
			report.read_at,
			ReadAt { number: 42, hash: [1; 32], time: 6_000, finalized: false }
		);
		assert_eq!(report.claim_refusal.as_deref(), Some("CodeClaimed"));
		assert_eq!(report.containers, [CodeLink { id: [0xca; 32], link: None }]);
		assert_eq!(report.events[1].index, 1);

		let value = crate::report::json::report(&report);
		let ss58 = |n: u8| Value::from(account(n).to_ss58check());
		let key = |key: &CodeKey| Value::from(format!("{key:?}"));
		assert_eq!(value["code"], key(&served.code));
		assert_eq!(value["verdict"], "claimed_already");
		assert_eq!(value["claimedAt"], 5_000);
		assert_eq!(value["gtin"], "09506000134352");
		assert_eq!(value["serial"], "BAG-0001");
		assert_eq!(value["lot"], "L2025-03");
		assert_eq!(value["digitalLink"], "/01/09506000134352/21/BAG-0001");
		assert_eq!(value["status"], "claimed");
		assert_eq!(value["issuer"], ss58(1));
		assert_eq!(value["custodian"], ss58(4));
		assert_eq!(value["pendingHandoverTo"], ss58(5));
		assert_eq!(value["containers"], json!([key(&CodeKey::repeat_byte(0xca))]));
		assert_eq!(
			value["purchase"],
			json!({
				"location": {
					"gln": "9501101020016",
					"coordinates": { "latitude": 30.2741, "longitude": -120.1551 },
					"description": "Bonded warehouse 3, Hangzhou",
				},
				"at": 100,
				"officerCommitment": key(&CodeKey::repeat_byte(3)),
			})
		);
		assert_eq!(value["issuedAt"], 200);
		assert_eq!(value["claimKey"], format!("0x{}", "04".repeat(32)));
		assert_eq!(value["claim"], json!({ "by": ss58(9), "at": 5_000, "block": 17 }));
		assert_eq!(value["claimable"], false);
		assert_eq!(value["claimRefusal"], "CodeClaimed");
		assert_eq!(
			value["product"],
			json!({
				"name": "Borsa Milano",
				"category": "handbag",
				"origin": "IT",
				"merchant": ss58(1),
				"sheetDigest": key(&CodeKey::repeat_byte(5)),
				"recall": null,
			})
		);
		assert_eq!(value["lotRecall"], Value::Null);
		assert_eq!(
			value["liftedRecalls"],
			json!([{
				"lot": "L2025-03",
				"recall": { "by": null, "reason": "dye", "at": 1_000 },
				"liftedAt": 2_000,
				"reason": "dye was fine",
			}])
		);
		assert_eq!(value["events"][0]["bizStep"], "commissioning");
		assert_eq!(value["events"][0]["declaredAt"], 100);
		assert_eq!(value["events"][0]["location"], value["purchase"]["location"]);
		assert_eq!(
			value["events"][1],
			json!({
				"bizStep": "packing",
				"disposition": "in_progress",
				"actor": ss58(1),
				"block": 11,
				"at": 300,
				"declaredAt": null,
				"location": null,
				"counterparty": ss58(2),
				"container": key(&CodeKey::repeat_byte(0xca)),
				"document": key(&CodeKey::repeat_byte(7)),
				"reason": "into the case",
			})
		);
		assert_eq!(value["now"], 6_000);
		assert_eq!(value["owners"], 1);
		assert_eq!(value["ownedSince"], 5_000);
		assert_eq!(value["ownershipOffer"], json!({ "to": ss58(7), "offeredAt": 18 }));
		assert_eq!(
			value["chip"],
			json!({ "type": "ed25519", "publicKey": format!("0x{}", "06".repeat(32)) })
		);
		assert_eq!(
			value["certifications"],
			json!([{
				"subject": { "code": key(&served.code) },
				"certifier": ss58(6),
				"digest": key(&CodeKey::repeat_byte(8)),
				"issuedAt": 200,
				"expiresAt": null,
				"status": "revoked",
			}])
		);
	}
}

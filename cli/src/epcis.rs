//! A code's history as a GS1 EPCIS 2.0 JSON-LD document.
//!
//! Each [`HistoryEvent`] becomes one EPCIS event:
//!
//! | history step | EPCIS event | action |
//! |---|---|---|
//! | `commissioning` | `ObjectEvent` (with the lot as `ilmd`) | `ADD` |
//! | `packing` / `unpacking` of an item | `AggregationEvent`, the container as `parentID` | `ADD` / `DELETE` |
//! | `packing` / `unpacking` of a container | `ObjectEvent` | `OBSERVE` |
//! | `destroying`, `decommissioning` | `ObjectEvent` | `DELETE` |
//! | every other step | `ObjectEvent` | `OBSERVE` |
//!
//! No step transforms inputs into outputs, so there is no `TransformationEvent`.
//!
//! `bizStep` and `disposition` are CBV 2.0 bare names (`"shipping"`, `"in_transit"`), which the
//! EPCIS 2.0 context expands; the claim step, a trace-chain extension, is a URI in the
//! [`TRACE_VOCAB`] namespace. `eventTime` is the time the actor declared, else the block time,
//! which is always the `recordTime`; both are UTC. Items are named by their GS1 Digital Link on
//! the resolver of [`EpcisOptions`] (canonically `https://id.gs1.org`). A read point with a GLN
//! is an SGLN EPC URI when the GLN's company prefix is known (`urn:epc:id:sgln:…`), else the
//! GLN's Digital Link (`…/414/{gln}`); without a GLN it is the `geo:` URI of the coordinates;
//! a description goes into the `trace:location` extension. Actors and parties are accounts,
//! `urn:trace-chain:account:{ss58}`.

use crate::{
	model::{BizStep, CodeLink, HistoryEvent, Location, TraceReport},
	time::to_rfc3339,
};
use serde_json::{json, Map, Value};
use trace_gs1::{validate_company_prefix, GLN_LEN, MAX_COMPANY_PREFIX_LEN, MIN_COMPANY_PREFIX_LEN};

/// The EPCIS 2.0 JSON-LD context.
pub const EPCIS_CONTEXT: &str = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

/// Namespace of trace-chain's extension fields and vocabulary (prefix `trace:`).
pub const TRACE_VOCAB: &str = "https://id.trace.example/voc/";

/// The canonical GS1 Digital Link host, the default for EPCs.
pub const GS1_RESOLVER: &str = "https://id.gs1.org";

/// The CBV 2.0 business steps the export uses.
#[cfg(test)]
const CBV_BIZ_STEPS: &[&str] = &[
	"commissioning",
	"shipping",
	"receiving",
	"void_shipping",
	"packing",
	"unpacking",
	"inspecting",
	"retail_selling",
	"destroying",
	"decommissioning",
];

/// The CBV 2.0 dispositions the export uses.
#[cfg(test)]
const CBV_DISPOSITIONS: &[&str] = &[
	"active",
	"in_transit",
	"in_progress",
	"container_closed",
	"container_open",
	"conformant",
	"non_conformant",
	"retail_sold",
	"destroyed",
	"inactive",
];

/// How to write the document.
#[derive(Clone, Debug)]
pub struct EpcisOptions {
	/// Host (and path prefix) of the Digital Link URIs naming items.
	pub resolver: String,
	/// Known GS1 company prefixes, to split GLNs into SGLN URIs.
	pub company_prefixes: Vec<String>,
	/// Company prefix length to assume for GLNs no known prefix matches.
	pub default_prefix_len: Option<usize>,
	/// The document's `creationDate`, in milliseconds.
	pub created_at: u64,
}

impl Default for EpcisOptions {
	fn default() -> Self {
		Self {
			resolver: GS1_RESOLVER.to_owned(),
			company_prefixes: Vec::new(),
			default_prefix_len: None,
			created_at: 0,
		}
	}
}

/// The EPCIS 2.0 document of `report`'s history.
pub fn document(report: &TraceReport, options: &EpcisOptions) -> Value {
	let events: Vec<Value> =
		report.events.iter().map(|event| epcis_event(report, event, options)).collect();
	json!({
		"@context": [EPCIS_CONTEXT, { "trace": TRACE_VOCAB }],
		"type": "EPCISDocument",
		"schemaVersion": "2.0",
		"creationDate": to_rfc3339(options.created_at),
		"epcisBody": { "eventList": events },
	})
}

/// The EPCIS event of one history entry.
fn epcis_event(report: &TraceReport, event: &HistoryEvent, options: &EpcisOptions) -> Value {
	let epc = report.link.to_uri(&options.resolver);
	let mut out = Map::new();
	let aggregation =
		matches!(event.step, BizStep::Packing | BizStep::Unpacking) && event.container.is_some();
	let action = match event.step {
		BizStep::Commissioning => "ADD",
		BizStep::Destroying | BizStep::Decommissioning => "DELETE",
		BizStep::Packing if aggregation => "ADD",
		BizStep::Unpacking if aggregation => "DELETE",
		_ => "OBSERVE",
	};
	let kind = if aggregation { "AggregationEvent" } else { "ObjectEvent" };
	out.insert("type".into(), kind.into());
	out.insert(
		"eventID".into(),
		format!("urn:trace-chain:event:0x{}:{}", hex::encode(report.id), event.index).into(),
	);
	out.insert("eventTime".into(), to_rfc3339(event.event_time()).into());
	out.insert("eventTimeZoneOffset".into(), "+00:00".into());
	out.insert("recordTime".into(), to_rfc3339(event.at).into());
	match (&event.container, aggregation) {
		(Some(container), true) => {
			out.insert("parentID".into(), code_uri(container, options).into());
			out.insert("childEPCs".into(), json!([epc]));
		},
		_ => {
			out.insert("epcList".into(), json!([epc]));
		},
	}
	out.insert("action".into(), action.into());
	out.insert("bizStep".into(), biz_step(event.step).into());
	out.insert("disposition".into(), disposition(event).into());
	if let Some(location) = &event.location {
		if let Some(id) = read_point(location, options) {
			out.insert("readPoint".into(), json!({ "id": id }));
		}
		if !location.description.is_empty() {
			out.insert("trace:location".into(), location.description.clone().into());
		}
	}
	let party = |account: &crate::model::AccountId| format!("urn:trace-chain:account:{account}");
	match (event.step, &event.counterparty) {
		(BizStep::Shipping, Some(to)) => {
			out.insert(
				"sourceList".into(),
				json!([source("possessing_party", party(&event.actor))]),
			);
			out.insert(
				"destinationList".into(),
				json!([destination("possessing_party", party(to))]),
			);
		},
		(BizStep::Receiving, Some(from)) => {
			out.insert("sourceList".into(), json!([source("possessing_party", party(from))]));
			out.insert(
				"destinationList".into(),
				json!([destination("possessing_party", party(&event.actor))]),
			);
		},
		_ => {},
	}
	if event.step == BizStep::Commissioning {
		if let Some(lot) = &report.link.lot {
			out.insert("ilmd".into(), json!({ "cbvmda:lotNumber": String::from_utf8_lossy(lot) }));
		}
	}
	out.insert("trace:actor".into(), party(&event.actor).into());
	out.insert("trace:block".into(), event.block.into());
	if let Some(counterparty) = &event.counterparty {
		out.insert("trace:counterparty".into(), party(counterparty).into());
	}
	if let Some(document) = &event.document {
		out.insert("trace:document".into(), format!("0x{}", hex::encode(document)).into());
	}
	if let Some(reason) = &event.reason {
		out.insert("trace:reason".into(), reason.clone().into());
	}
	Value::Object(out)
}

/// The URI of a code: its Digital Link, or a URN of its key when its identity is unknown.
fn code_uri(code: &CodeLink, options: &EpcisOptions) -> String {
	match &code.link {
		Some(link) => link.to_uri(&options.resolver),
		None => format!("urn:trace-chain:code:0x{}", hex::encode(code.id)),
	}
}

/// The `bizStep` value: a CBV name or an extension URI.
fn biz_step(step: BizStep) -> String {
	if step.is_cbv() {
		step.as_cbv_str().to_owned()
	} else {
		format!("{TRACE_VOCAB}bizstep-{}", step.as_cbv_str())
	}
}

/// The `disposition` value: a CBV name or an extension URI.
fn disposition(event: &HistoryEvent) -> String {
	if event.disposition.is_cbv() {
		event.disposition.as_cbv_str().to_owned()
	} else {
		format!("{TRACE_VOCAB}disp-{}", event.disposition.as_cbv_str())
	}
}

/// The read point of `location`: SGLN or GLN Digital Link, else a `geo:` URI.
fn read_point(location: &Location, options: &EpcisOptions) -> Option<String> {
	if let Some(gln) = location.gln_text() {
		return Some(gln_uri(gln, options));
	}
	location.geo_uri()
}

/// A GLN as an SGLN EPC URI, `urn:epc:id:sgln:{company prefix}.{location reference}.0`, when the
/// length of its company prefix is known, else as its Digital Link, `{resolver}/414/{gln}`.
pub fn gln_uri(gln: &str, options: &EpcisOptions) -> String {
	let prefix_lengths = MIN_COMPANY_PREFIX_LEN..=MAX_COMPANY_PREFIX_LEN;
	let known = options
		.company_prefixes
		.iter()
		.filter(|prefix| {
			validate_company_prefix(prefix.as_bytes()).is_ok() && gln.starts_with(prefix.as_str())
		})
		.map(String::len)
		.max();
	match known.or(options.default_prefix_len.filter(|len| prefix_lengths.contains(len))) {
		// The location reference runs from the prefix to the check digit, which SGLN leaves out.
		Some(len) if gln.len() == GLN_LEN => {
			format!("urn:epc:id:sgln:{}.{}.0", &gln[..len], &gln[len..GLN_LEN - 1])
		},
		_ => format!("{}/414/{gln}", options.resolver.trim_end_matches('/')),
	}
}

/// A CBV source entry.
fn source(kind: &str, id: String) -> Value {
	json!({ "type": kind, "source": id })
}

/// A CBV destination entry.
fn destination(kind: &str, id: String) -> Value {
	json!({ "type": kind, "destination": id })
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::model::sample::handbag;

	fn options() -> EpcisOptions {
		EpcisOptions {
			company_prefixes: vec!["9501101".into()],
			created_at: 1_750_000_000_000,
			..EpcisOptions::default()
		}
	}

	fn events(doc: &Value) -> &Vec<Value> {
		doc["epcisBody"]["eventList"].as_array().unwrap()
	}

	#[test]
	fn document_has_the_required_fields() {
		let doc = document(&handbag(), &options());
		assert_eq!(doc["@context"][0], EPCIS_CONTEXT);
		assert_eq!(doc["type"], "EPCISDocument");
		assert_eq!(doc["schemaVersion"], "2.0");
		assert_eq!(doc["creationDate"], "2025-06-15T15:06:40.000Z");
		assert_eq!(events(&doc).len(), 8);
		for event in events(&doc) {
			for field in ["type", "eventTime", "eventTimeZoneOffset", "action", "bizStep"] {
				assert!(event.get(field).is_some(), "{field} missing in {event}");
			}
			assert_eq!(event["eventTimeZoneOffset"], "+00:00");
			let time = event["eventTime"].as_str().unwrap();
			assert_eq!(to_rfc3339(crate::time::parse(time).unwrap()), time);
			assert!(["ADD", "OBSERVE", "DELETE"].contains(&event["action"].as_str().unwrap()));
		}
	}

	#[test]
	fn vocabulary_is_cbv_or_namespaced() {
		let doc = document(&handbag(), &options());
		for event in events(&doc) {
			let step = event["bizStep"].as_str().unwrap();
			assert!(CBV_BIZ_STEPS.contains(&step) || step.starts_with(TRACE_VOCAB), "{step}");
			let disposition = event["disposition"].as_str().unwrap();
			assert!(
				CBV_DISPOSITIONS.contains(&disposition) || disposition.starts_with(TRACE_VOCAB),
				"{disposition}"
			);
		}
		let steps: Vec<_> = events(&doc).iter().map(|e| e["bizStep"].as_str().unwrap()).collect();
		assert_eq!(
			steps[..7],
			[
				"commissioning",
				"packing",
				"shipping",
				"inspecting",
				"receiving",
				"unpacking",
				"retail_selling"
			]
		);
		assert_eq!(steps[7], format!("{TRACE_VOCAB}bizstep-claiming"));
		assert_eq!(events(&doc)[2]["disposition"], "in_transit");
	}

	#[test]
	fn object_events_list_the_item_digital_link() {
		let doc = document(&handbag(), &options());
		let first = &events(&doc)[0];
		assert_eq!(first["type"], "ObjectEvent");
		assert_eq!(first["action"], "ADD");
		assert_eq!(
			first["epcList"][0],
			"https://id.gs1.org/01/09506000134352/10/L2025-03/21/BAG-0001"
		);
		assert_eq!(first["ilmd"]["cbvmda:lotNumber"], "L2025-03");
		// The declared time, an hour before the block time, is the event time.
		assert_eq!(first["eventTime"], "2025-03-01T08:10:00.000Z");
		assert_eq!(first["recordTime"], "2025-03-01T09:10:00.000Z");
		assert_eq!(first["readPoint"]["id"], "urn:epc:id:sgln:9501101.02001.0");
		assert_eq!(first["trace:location"], "Atelier Via Montenapoleone, Milan");
	}

	#[test]
	fn packing_is_an_aggregation_event_with_the_container_as_parent() {
		let doc = document(&handbag(), &options());
		let packing = &events(&doc)[1];
		assert_eq!(packing["type"], "AggregationEvent");
		assert_eq!(packing["action"], "ADD");
		assert_eq!(packing["parentID"], "https://id.gs1.org/01/09506000134352/21/CASE-7");
		assert!(packing["childEPCs"][0].as_str().unwrap().ends_with("/21/BAG-0001"));
		assert!(packing.get("epcList").is_none());
		let unpacking = &events(&doc)[5];
		assert_eq!(unpacking["type"], "AggregationEvent");
		assert_eq!(unpacking["action"], "DELETE");
	}

	#[test]
	fn shipping_names_source_and_destination_and_geo_read_points() {
		let doc = document(&handbag(), &options());
		let shipping = &events(&doc)[2];
		assert_eq!(shipping["sourceList"][0]["type"], "possessing_party");
		assert!(shipping["destinationList"][0]["destination"]
			.as_str()
			.unwrap()
			.starts_with("urn:trace-chain:account:5"));
		let inspecting = &events(&doc)[3];
		assert_eq!(inspecting["readPoint"]["id"], "geo:30.274100,120.155100");
		assert_eq!(inspecting["disposition"], "conformant");
		assert!(inspecting["trace:document"].as_str().unwrap().starts_with("0x0707"));
	}

	#[test]
	fn destruction_is_a_delete() {
		let mut report = handbag();
		report.events.truncate(3);
		let mut destroyed = crate::model::sample::event(
			3,
			BizStep::Destroying,
			crate::model::Disposition::Destroyed,
			1_740_900_000_000,
		);
		destroyed.reason = Some("label peeled off".into());
		report.events.push(destroyed);
		let doc = document(&report, &options());
		let last = events(&doc).last().unwrap();
		assert_eq!(last["action"], "DELETE");
		assert_eq!(last["bizStep"], "destroying");
		assert_eq!(last["disposition"], "destroyed");
		assert_eq!(last["trace:reason"], "label peeled off");
	}

	#[test]
	fn glns_without_a_known_prefix_use_their_digital_link() {
		let mut options = options();
		options.company_prefixes.clear();
		assert_eq!(gln_uri("9501101020016", &options), "https://id.gs1.org/414/9501101020016");
		options.default_prefix_len = Some(9);
		assert_eq!(gln_uri("9501101020016", &options), "urn:epc:id:sgln:950110102.001.0");
	}
}

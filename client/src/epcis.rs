//! A code's history as GS1 EPCIS 2.0 JSON-LD events: the one mapping of trace-chain's history
//! to EPCIS, which `trace export --epcis` writes as an `EPCISDocument` and the gateway
//! (`trace-gateway`) indexes and serves in `EPCISQueryDocument`s.
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
//! [`TRACE_VOCAB`] namespace ([`biz_step_value`] and [`disposition_value`] read the other
//! spellings of CBV values, as queries give them). `eventTime` is the time the actor declared,
//! else the block time, which is always the `recordTime`; both are UTC. Items are named by their
//! GS1 Digital Link on the resolver of [`EpcisOptions`] (canonically `https://id.gs1.org`), a
//! code whose identity is unknown by [`code_urn`]. A read point with a GLN is an SGLN EPC URI
//! when the GLN's company prefix is known (`urn:epc:id:sgln:…`), else the GLN's Digital Link
//! (`…/414/{gln}`); without a GLN it is the `geo:` URI of the coordinates; a description goes
//! into the `trace:location` extension. The read point is also the `bizLocation`, where the
//! item is after the event, except for the steps after which it is not there any more
//! (`shipping`: on its way; `destroying`, `decommissioning`: gone). Actors and parties are
//! accounts, `urn:trace-chain:account:{ss58}`. Every event has a stable `eventID`,
//! [`event_id`] of its code and its position in the code's history.

use crate::{
	report::{AccountId, BizStep, CodeId, CodeLink, HistoryEvent, Location, TraceReport},
	time::to_rfc3339,
};
use serde_json::{json, Map, Value};
use trace_gs1::{
	check_digit, parse_gln, validate_company_prefix, Gln, GLN_LEN, MAX_COMPANY_PREFIX_LEN,
	MIN_COMPANY_PREFIX_LEN,
};

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

/// The JSON-LD `@context` of trace-chain's EPCIS documents: the EPCIS 2.0 context and the
/// `trace:` prefix of its extensions.
pub fn context() -> Value {
	json!([EPCIS_CONTEXT, { "trace": TRACE_VOCAB }])
}

/// The EPCIS 2.0 document of `report`'s history.
pub fn document(report: &TraceReport, options: &EpcisOptions) -> Value {
	json!({
		"@context": context(),
		"type": "EPCISDocument",
		"schemaVersion": "2.0",
		"creationDate": to_rfc3339(options.created_at),
		"epcisBody": { "eventList": events(report, options) },
	})
}

/// The answer to an EPCIS query (`SimpleEventQuery`): an `EPCISQueryDocument` listing `events`
/// (EPCIS events as [`event`] writes them), created at `created_at` (milliseconds).
pub fn query_document(events: Vec<Value>, created_at: u64) -> Value {
	json!({
		"@context": context(),
		"type": "EPCISQueryDocument",
		"schemaVersion": "2.0",
		"creationDate": to_rfc3339(created_at),
		"epcisBody": {
			"queryResults": {
				"queryName": "SimpleEventQuery",
				"resultsBody": { "eventList": events },
			},
		},
	})
}

/// The EPCIS events of `report`'s history, oldest first.
pub fn events(report: &TraceReport, options: &EpcisOptions) -> Vec<Value> {
	report.events.iter().map(|entry| event(report, entry, options)).collect()
}

/// The stable `eventID` of entry `index` of the history of `code`:
/// `urn:trace-chain:event:0x{code}:{index}`. The history is append-only, so an entry keeps its
/// identifier forever.
pub fn event_id(code: &CodeId, index: u32) -> String {
	format!("urn:trace-chain:event:0x{}:{index}", hex::encode(code))
}

/// The URN naming a code whose GS1 identity is not known: `urn:trace-chain:code:0x{key}`.
pub fn code_urn(code: &CodeId) -> String {
	format!("{CODE_URN_PREFIX}{}", hex::encode(code))
}

/// The key of a code named by [`code_urn`] (upper- or lower-case hex digits), or `None` for
/// anything else.
pub fn code_of_urn(urn: &str) -> Option<CodeId> {
	let hex_digits = urn.strip_prefix(CODE_URN_PREFIX)?;
	let mut code = [0u8; 32];
	hex::decode_to_slice(hex_digits, &mut code).ok()?;
	Some(code)
}

/// What [`code_urn`] puts before the key's hex digits.
const CODE_URN_PREFIX: &str = "urn:trace-chain:code:0x";

/// What [`party_urn`] puts before an account's SS58 address.
const PARTY_URN_PREFIX: &str = "urn:trace-chain:account:";

/// The URN naming an account as an EPCIS party (a source, a destination, the actor):
/// `urn:trace-chain:account:{ss58}`.
pub fn party_urn(account: &AccountId) -> String {
	format!("{PARTY_URN_PREFIX}{account}")
}

/// The account a [`party_urn`] names, or `None` for anything else.
pub fn party_of_urn(urn: &str) -> Option<AccountId> {
	urn.strip_prefix(PARTY_URN_PREFIX)?.parse().ok()
}

/// The location a read point or business location `uri` names, as [`event`] writes them: a
/// `geo:` URI of coordinates ([`crate::report::parse_geo_uri`]), or a GLN as an SGLN EPC URI of
/// extension `0` or a GLN Digital Link ([`gln_of_uri`]). The description is empty: it comes
/// with the `trace:location` extension.
pub fn location_of_uri(uri: &str) -> Result<Location, String> {
	if uri.starts_with("geo:") {
		let coordinates = crate::report::parse_geo_uri(uri)?;
		return Ok(Location { coordinates: Some(coordinates), ..Location::default() });
	}
	Ok(Location { gln: Some(gln_of_uri(uri)?), ..Location::default() })
}

/// The GLN `uri` names, the inverse of [`gln_uri`]: `urn:epc:id:sgln:{company prefix}.{location
/// reference}.0` or `{http(s) host and path}/414/{gln}`. An SGLN with another extension names a
/// place within the GLN's site, which the chain does not keep: it is refused.
pub fn gln_of_uri(uri: &str) -> Result<Gln, String> {
	if let Some(sgln) = uri.strip_prefix("urn:epc:id:sgln:") {
		let mut parts = sgln.split('.');
		let (Some(prefix), Some(reference), Some(extension), None) =
			(parts.next(), parts.next(), parts.next(), parts.next())
		else {
			return Err(format!(
				"`{uri}` is not an SGLN: urn:epc:id:sgln:{{company prefix}}.{{location \
				 reference}}.{{extension}}"
			));
		};
		if prefix.len() + reference.len() != GLN_LEN - 1 {
			return Err(format!(
				"`{uri}` is not an SGLN: its company prefix and location reference have {} \
				 digits, not {}",
				prefix.len() + reference.len(),
				GLN_LEN - 1
			));
		}
		if extension != "0" {
			return Err(format!(
				"`{uri}` names extension `{extension}` of a GLN: the chain keeps GLNs, give the \
				 SGLN with extension 0"
			));
		}
		let body = format!("{prefix}{reference}");
		let check = check_digit(body.as_bytes()).map_err(|error| format!("`{uri}`: {error}"))?;
		let gln = format!("{body}{}", char::from(check));
		return parse_gln(&gln).map_err(|error| format!("`{uri}`: {error}"));
	}
	let is_web = ["http://", "https://"].iter().any(|scheme| uri.starts_with(scheme));
	match uri.rsplit_once("/414/") {
		Some((_, gln)) if is_web => parse_gln(gln).map_err(|error| format!("`{uri}`: {error}")),
		_ => Err(format!(
			"`{uri}` names no location the chain keeps: give an SGLN \
			 (urn:epc:id:sgln:….0), a GLN Digital Link (…/414/{{gln}}) or a geo: URI"
		)),
	}
}

/// The URI forms of CBV 2.0 business steps besides the bare name: CBV 1.x URNs and the GS1 web
/// vocabulary.
const BIZ_STEP_PREFIXES: [&str; 2] =
	["urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-"];

/// The URI forms of CBV 2.0 dispositions besides the bare name.
const DISPOSITION_PREFIXES: [&str; 2] =
	["urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-"];

/// The `bizStep` value the events carry for a business step as a query names it: a CBV step as
/// its bare name (`shipping`, from `urn:epcglobal:cbv:bizstep:shipping` or
/// `https://ref.gs1.org/cbv/BizStep-shipping` too), a `trace:` CURIE as its [`TRACE_VOCAB`] URI,
/// anything else as it is.
pub fn biz_step_value(query: &str) -> String {
	vocabulary_value(query, &BIZ_STEP_PREFIXES)
}

/// The `disposition` value the events carry for a disposition as a query names it (as
/// [`biz_step_value`], with `urn:epcglobal:cbv:disp:` and `https://ref.gs1.org/cbv/Disp-`).
pub fn disposition_value(query: &str) -> String {
	vocabulary_value(query, &DISPOSITION_PREFIXES)
}

/// `query` without one of the CBV URI `prefixes`, or with the `trace:` prefix expanded.
fn vocabulary_value(query: &str, prefixes: &[&str]) -> String {
	if let Some(name) = prefixes.iter().find_map(|prefix| query.strip_prefix(prefix)) {
		return name.to_owned();
	}
	match query.strip_prefix("trace:") {
		Some(rest) => format!("{TRACE_VOCAB}{rest}"),
		None => query.to_owned(),
	}
}

/// The EPCIS event of one entry of `report`'s history.
pub fn event(report: &TraceReport, event: &HistoryEvent, options: &EpcisOptions) -> Value {
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
	out.insert("eventID".into(), event_id(&report.id, event.index).into());
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
			if !leaves_location(event.step) {
				out.insert("bizLocation".into(), json!({ "id": id }));
			}
		}
		if !location.description.is_empty() {
			out.insert("trace:location".into(), location.description.clone().into());
		}
	}
	let party = party_urn;
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
		None => code_urn(&code.id),
	}
}

/// Whether the item is not at the event's location any more after `step`: on its way, or gone.
fn leaves_location(step: BizStep) -> bool {
	matches!(step, BizStep::Shipping | BizStep::Destroying | BizStep::Decommissioning)
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
	use crate::report::{sample::handbag, Disposition};

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
		let mut destroyed = crate::report::sample::event(
			3,
			BizStep::Destroying,
			Disposition::Destroyed,
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

	#[test]
	fn the_business_location_is_where_the_item_stays() {
		let doc = document(&handbag(), &options());
		let first = &events(&doc)[0];
		assert_eq!(first["bizLocation"]["id"], first["readPoint"]["id"]);
		let shipping = &events(&doc)[2];
		assert!(shipping.get("readPoint").is_some());
		assert!(shipping.get("bizLocation").is_none(), "a shipped item is on its way");
		let inspecting = &events(&doc)[3];
		assert_eq!(inspecting["bizLocation"]["id"], "geo:30.274100,120.155100");
		// No location, no read point, no business location.
		assert!(events(&doc)[6].get("bizLocation").is_none());
	}

	#[test]
	fn event_ids_name_the_code_and_the_position_in_its_history() {
		let bag = handbag();
		let doc = document(&bag, &options());
		for (event, index) in events(&doc).iter().zip(0u32..) {
			assert_eq!(event["eventID"], event_id(&bag.id, index));
		}
		assert_eq!(
			event_id(&[0xab; 32], 7),
			format!("urn:trace-chain:event:0x{}:7", "ab".repeat(32))
		);
	}

	#[test]
	fn a_query_document_lists_the_events_in_its_results() {
		let bag = handbag();
		let listed = events(&document(&bag, &options())).clone();
		let doc = query_document(listed.clone(), 1_750_000_000_000);
		assert_eq!(doc["type"], "EPCISQueryDocument");
		assert_eq!(doc["schemaVersion"], "2.0");
		assert_eq!(doc["@context"], context());
		assert_eq!(doc["creationDate"], "2025-06-15T15:06:40.000Z");
		let results = &doc["epcisBody"]["queryResults"];
		assert_eq!(results["queryName"], "SimpleEventQuery");
		assert_eq!(results["resultsBody"]["eventList"], Value::Array(listed));
	}

	#[test]
	fn query_values_read_every_spelling_of_cbv_values() {
		for step in [
			"shipping",
			"urn:epcglobal:cbv:bizstep:shipping",
			"https://ref.gs1.org/cbv/BizStep-shipping",
		] {
			assert_eq!(biz_step_value(step), "shipping");
		}
		assert_eq!(
			biz_step_value("trace:bizstep-claiming"),
			format!("{TRACE_VOCAB}bizstep-claiming")
		);
		let claiming = format!("{TRACE_VOCAB}bizstep-claiming");
		assert_eq!(biz_step_value(&claiming), claiming);
		for disposition in [
			"in_transit",
			"urn:epcglobal:cbv:disp:in_transit",
			"https://ref.gs1.org/cbv/Disp-in_transit",
		] {
			assert_eq!(disposition_value(disposition), "in_transit");
		}
	}

	#[test]
	fn party_urns_give_back_their_account() {
		let account = crate::report::sample::account(3);
		assert_eq!(party_of_urn(&party_urn(&account)), Some(account));
		assert_eq!(party_of_urn("urn:trace-chain:account:not-ss58"), None);
		assert_eq!(party_of_urn("urn:epc:id:pgln:9520001.11111"), None);
	}

	#[test]
	fn read_points_give_back_their_location() {
		let options = options();
		for gln in ["9501101020016", "8012345000012"] {
			for uri in [gln_uri(gln, &options), gln_uri(gln, &EpcisOptions::default())] {
				let location = location_of_uri(&uri).unwrap();
				assert_eq!(location.gln_text(), Some(gln), "{uri}");
				assert_eq!(location.coordinates, None);
			}
		}
		let geo = Location { coordinates: Some((30_274_100, -120_155_100)), ..Location::default() };
		assert_eq!(location_of_uri(&geo.geo_uri().unwrap()).unwrap(), geo);
		for bad in [
			"urn:epc:id:sgln:9501101.02001.400",
			"urn:epc:id:sgln:9501101.0200.0",
			"urn:epc:id:sgln:9501101.02001",
			"urn:epc:id:sgln:95011A1.02001.0",
			"https://id.gs1.org/414/9501101020017",
			"ftp://id.gs1.org/414/9501101020016",
			"urn:epc:id:pgln:9501101.02001",
		] {
			assert!(location_of_uri(bad).is_err(), "{bad}");
		}
		let error = location_of_uri("urn:epc:id:sgln:9501101.02001.400").unwrap_err();
		assert!(error.contains("extension `400`"), "{error}");
	}

	#[test]
	fn code_urns_give_back_their_key() {
		let key = [0x5a; 32];
		assert_eq!(code_of_urn(&code_urn(&key)), Some(key));
		assert_eq!(
			code_of_urn(
				&code_urn(&key)
					.to_uppercase()
					.replace("URN:TRACE-CHAIN:CODE:0X", "urn:trace-chain:code:0x")
			),
			Some(key)
		);
		assert_eq!(code_of_urn("urn:trace-chain:code:0x12"), None);
		assert_eq!(code_of_urn("https://id.gs1.org/01/09506000134352/21/BAG-0001"), None);
	}
}

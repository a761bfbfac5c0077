//! What the index stores of a code: its report, as the node's `trace_report` RPC writes it
//! ([`trace_client::report::json`]), and its history as EPCIS events, as `trace export --epcis`
//! writes them ([`trace_client::epcis`]). The columns the queries filter on are read from the
//! EPCIS event itself, so that a query answers exactly what the events say.

use crate::db::{CodeRow, EventRow};
use anyhow::{Context, Result};
use serde_json::Value;
use trace_client::{
	epcis::{self, EpcisOptions},
	report::{json, TraceReport},
};

/// A key as the index writes it: `0x` and 64 lower-case hex digits.
pub fn key_text(key: &[u8; 32]) -> String {
	format!("0x{}", hex::encode(key))
}

/// The key `text` names: `0x` and 64 hex digits, in either case.
pub fn parse_key(text: &str) -> Option<[u8; 32]> {
	let digits = text.strip_prefix("0x")?;
	let mut key = [0u8; 32];
	hex::decode_to_slice(digits, &mut key).ok()?;
	Some(key)
}

/// `value` as a `BIGINT`.
fn int(value: u64, what: &str) -> Result<i64> {
	i64::try_from(value).with_context(|| format!("{what} {value} is out of range"))
}

/// A text field of an EPCIS event.
fn text(event: &Value, field: &str) -> Option<String> {
	event.get(field).and_then(Value::as_str).map(str::to_owned)
}

/// The `id` of a location field (`readPoint`, `bizLocation`) of an EPCIS event.
fn location_id(event: &Value, field: &str) -> Option<String> {
	event.get(field).and_then(|location| text(location, "id"))
}

/// The rows of `report`, read at block `block`: the code, and every entry of its history as
/// an EPCIS event written with `options`.
pub fn code_rows(
	report: &TraceReport,
	options: &EpcisOptions,
	block: i64,
) -> Result<(CodeRow, Vec<EventRow>)> {
	let link = &report.link;
	let code_id = key_text(&report.id);
	let code = CodeRow {
		code_id: code_id.clone(),
		gtin: String::from_utf8_lossy(&link.gtin).into_owned(),
		serial: String::from_utf8_lossy(&link.serial).into_owned(),
		lot: link.lot.as_ref().map(|lot| String::from_utf8_lossy(lot).into_owned()),
		digital_link: link.path(),
		status: report.status.as_str().to_owned(),
		custodian: report.custodian.to_string(),
		verdict: report.verdict.as_str().to_owned(),
		event_count: i64::try_from(report.events.len()).unwrap_or(i64::MAX),
		updated_block: block,
		report: json::report(report).to_string(),
	};
	let mut events = Vec::with_capacity(report.events.len());
	for entry in &report.events {
		let event = epcis::event(report, entry, options);
		let event_type = text(&event, "type").unwrap_or_default();
		let parent_id = match (&entry.container, event_type.as_str()) {
			(Some(container), "AggregationEvent") => Some(key_text(&container.id)),
			_ => None,
		};
		events.push(EventRow {
			event_id: text(&event, "eventID").unwrap_or_default(),
			code_id: code_id.clone(),
			event_index: i64::from(entry.index),
			block_number: i64::from(entry.block),
			event_type,
			action: text(&event, "action").unwrap_or_default(),
			biz_step: text(&event, "bizStep").unwrap_or_default(),
			disposition: text(&event, "disposition").unwrap_or_default(),
			parent_id,
			read_point: location_id(&event, "readPoint"),
			biz_location: location_id(&event, "bizLocation"),
			actor: entry.actor.to_string(),
			event_time: int(entry.event_time(), "the event time")?,
			record_time: int(entry.at, "the block time")?,
			declared_time: entry
				.declared_at
				.map(|declared| int(declared, "the declared time"))
				.transpose()?,
			body: event.to_string(),
		});
	}
	Ok((code, events))
}

#[cfg(test)]
mod tests {
	use super::*;
	use trace_client::report::sample::handbag;

	#[test]
	fn keys_are_written_and_read_as_hex() {
		let key = [0xc3; 32];
		assert_eq!(parse_key(&key_text(&key)), Some(key));
		assert_eq!(parse_key(&key_text(&key).to_uppercase().replacen("0X", "0x", 1)), Some(key));
		assert_eq!(parse_key("c3c3"), None);
		assert_eq!(parse_key("0xc3"), None);
	}

	#[test]
	fn every_history_entry_is_one_event_row_with_the_fields_of_its_epcis_event() {
		let bag = handbag();
		let options = EpcisOptions::default();
		let (code, events) = code_rows(&bag, &options, 42).unwrap();
		assert_eq!(code.code_id, format!("0x{}", hex::encode(bag.id)));
		assert_eq!(code.digital_link, "/01/09506000134352/21/BAG-0001");
		assert_eq!(code.lot.as_deref(), Some("L2025-03"));
		assert_eq!(code.status, "claimed");
		assert_eq!(code.verdict, "claimed_already");
		assert_eq!(code.updated_block, 42);
		let report: Value = serde_json::from_str(&code.report).unwrap();
		assert_eq!(report, json::report(&bag));
		assert_eq!(events.len(), bag.events.len());
		for (row, entry) in events.iter().zip(&bag.events) {
			let event: Value = serde_json::from_str(&row.body).unwrap();
			assert_eq!(event, epcis::event(&bag, entry, &options));
			assert_eq!(row.event_id, epcis::event_id(&bag.id, entry.index));
			assert_eq!(row.event_type, event["type"]);
			assert_eq!(row.biz_step, event["bizStep"]);
			assert_eq!(row.disposition, event["disposition"]);
			assert_eq!(row.block_number, i64::from(entry.block));
			assert_eq!(row.record_time, i64::try_from(entry.at).unwrap());
			assert_eq!(row.event_time, i64::try_from(entry.event_time()).unwrap());
		}
		// Packing into the case: an aggregation event whose parent is the case.
		assert_eq!(events[1].event_type, "AggregationEvent");
		let case = bag.events[1].container.as_ref().unwrap();
		assert_eq!(events[1].parent_id, Some(key_text(&case.id)));
		assert_eq!(events[0].parent_id, None);
		assert_eq!(events[0].read_point, events[0].biz_location);
		assert!(events[0].read_point.as_deref().unwrap().ends_with("/414/9501101020016"));
		assert_eq!(events[2].biz_location, None, "shipped: on its way");
		assert_eq!(
			events[0].declared_time,
			Some(i64::try_from(bag.events[0].declared_at.unwrap()).unwrap())
		);
	}
}

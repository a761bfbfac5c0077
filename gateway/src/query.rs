//! The EPCIS 2.0 query parameters of `GET /events` (the REST binding's `SimpleEventQuery`
//! parameters, as query string), read into conditions on the index.
//!
//! A list parameter takes values separated by `|` (`EQ_bizStep=shipping|receiving`), or the
//! parameter repeated; a value matches if it is one of them. Every other parameter is given at
//! most once. Names are case-sensitive, as the standard writes them; an unknown or unsupported
//! one, an empty or malformed value, is a problem naming the parameter.
//!
//! | parameter | matches an event |
//! |---|---|
//! | `eventType` | whose `type` is one of the values |
//! | `EQ_action` | whose `action` is one of `ADD`, `OBSERVE`, `DELETE` given |
//! | `EQ_bizStep`, `EQ_disposition` | whose `bizStep` / `disposition` is one of the values, bare CBV names or their URIs ([`trace_client::epcis::biz_step_value`]) |
//! | `EQ_eventID` | whose `eventID` is one of the values |
//! | `MATCH_epc` | whose item (`epcList`, `childEPCs`) is one of the EPCs |
//! | `MATCH_parentID` | whose container (`parentID`) is one of the EPCs |
//! | `MATCH_anyEPC` | whose item or container is one of the EPCs |
//! | `EQ_readPoint`, `EQ_bizLocation` | whose `readPoint.id` / `bizLocation.id` is one of the URIs |
//! | `GE_eventTime`, `LT_eventTime`, `GE_recordTime`, `LT_recordTime` | at or after / before the time (RFC 3339) |
//! | `perPage` | (at most this many events per page, 1 to [`MAX_PER_PAGE`], default [`DEFAULT_PER_PAGE`]) |
//! | `nextPageToken` | (the page after the one whose `Link: <…>; rel="next"` gave the token) |
//!
//! EPCs are GS1 Digital Link URIs of items, on any host and with or without a lot (they name
//! the same item: its key is the canonical path's), or `urn:trace-chain:code:0x…`.

use crate::{
	db::{Column, Conditions, Position},
	problem::Problem,
	rows::key_text,
};
use std::collections::BTreeMap;
use trace_client::{epcis, time};
use trace_gs1::DigitalLink;

/// Events per page without `perPage`, as the REST binding's default.
pub const DEFAULT_PER_PAGE: u32 = 30;

/// The most events a page holds.
pub const MAX_PER_PAGE: u32 = 1000;

/// The query parameter naming the page to continue from.
pub const NEXT_PAGE_TOKEN: &str = "nextPageToken";

/// The parameters this repository answers, in the order its problems list them.
const SUPPORTED: &[&str] = &[
	"eventType",
	"EQ_action",
	"EQ_bizStep",
	"EQ_disposition",
	"EQ_eventID",
	"MATCH_epc",
	"MATCH_parentID",
	"MATCH_anyEPC",
	"EQ_readPoint",
	"EQ_bizLocation",
	"GE_eventTime",
	"LT_eventTime",
	"GE_recordTime",
	"LT_recordTime",
	"perPage",
	NEXT_PAGE_TOKEN,
];

/// The parameters that take lists.
const LISTS: &[&str] = &[
	"eventType",
	"EQ_action",
	"EQ_bizStep",
	"EQ_disposition",
	"EQ_eventID",
	"MATCH_epc",
	"MATCH_parentID",
	"MATCH_anyEPC",
	"EQ_readPoint",
	"EQ_bizLocation",
];

/// A query read from its parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventQuery {
	/// What the events must meet, the page's start included.
	pub conditions: Conditions,
	/// Events per page.
	pub per_page: u32,
	/// The query's parameters but `nextPageToken`, in their order, for the next page's link.
	pub pairs: Vec<(String, String)>,
}

/// The key (`0x…`) of the item an EPC names, if it names one.
pub fn epc_key(epc: &str) -> Option<String> {
	if let Some(code) = epcis::code_of_urn(epc) {
		return Some(key_text(&code));
	}
	DigitalLink::parse(epc).ok().map(|link| key_text(&link.key()))
}

/// The token of the page after the one ending at `position`.
pub fn page_token(position: &Position) -> String {
	let code = position.code_id.trim_start_matches("0x");
	format!("{}-{code}-{}", position.block_number, position.event_index)
}

/// The position a [`page_token`] names.
fn position_of(token: &str) -> Option<Position> {
	let mut parts = token.split('-');
	let block_number: u32 = parts.next()?.parse().ok()?;
	let code = parts.next()?;
	let event_index: u32 = parts.next()?.parse().ok()?;
	if parts.next().is_some() {
		return None;
	}
	let mut key = [0u8; 32];
	hex::decode_to_slice(code, &mut key).ok()?;
	Some(Position {
		block_number: i64::from(block_number),
		code_id: key_text(&key),
		event_index: i64::from(event_index),
	})
}

/// Reads the query string `raw` (without `?`). `epc`, for `/epcs/{epc}/events`, restricts the
/// events to those of that item or container, as `MATCH_anyEPC` does.
pub fn parse(raw: Option<&str>, epc: Option<&str>) -> Result<EventQuery, Problem> {
	let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
		.map(|(name, value)| (name.into_owned(), value.into_owned()))
		.collect();
	let mut values: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
	for (name, value) in &pairs {
		let Some(&known) = SUPPORTED.iter().find(|known| **known == name.as_str()) else {
			return Err(Problem::parameter(
				name,
				format!(
					"`{name}` is not a query parameter this EPCIS repository supports; it \
					 supports {}",
					SUPPORTED.join(", ")
				),
			));
		};
		let listed = values.entry(known).or_default();
		if LISTS.contains(&known) {
			for part in value.split('|') {
				if part.is_empty() {
					return Err(Problem::parameter(name, format!("`{name}` has an empty value")));
				}
				listed.push(part);
			}
		} else {
			if !listed.is_empty() {
				return Err(Problem::parameter(name, format!("`{name}` is given twice")));
			}
			if value.is_empty() {
				return Err(Problem::parameter(name, format!("`{name}` has an empty value")));
			}
			listed.push(value.as_str());
		}
	}

	let mut conditions = Conditions::new();
	let list = |name: &str| values.get(name).cloned().unwrap_or_default();
	let owned = |items: Vec<&str>| items.into_iter().map(str::to_owned).collect::<Vec<_>>();
	if values.contains_key("eventType") {
		conditions.one_of(Column::EventType, &owned(list("eventType")));
	}
	if values.contains_key("EQ_action") {
		let actions = list("EQ_action");
		if let Some(bad) =
			actions.iter().find(|action| !["ADD", "OBSERVE", "DELETE"].contains(*action))
		{
			return Err(Problem::parameter(
				"EQ_action",
				format!("`{bad}` is not an action: ADD, OBSERVE or DELETE"),
			));
		}
		conditions.one_of(Column::Action, &owned(actions));
	}
	if values.contains_key("EQ_bizStep") {
		let steps: Vec<String> =
			list("EQ_bizStep").into_iter().map(epcis::biz_step_value).collect();
		conditions.one_of(Column::BizStep, &steps);
	}
	if values.contains_key("EQ_disposition") {
		let dispositions: Vec<String> =
			list("EQ_disposition").into_iter().map(epcis::disposition_value).collect();
		conditions.one_of(Column::Disposition, &dispositions);
	}
	if values.contains_key("EQ_eventID") {
		conditions.one_of(Column::EventId, &owned(list("EQ_eventID")));
	}
	let epcs = |name: &str| -> Result<Vec<String>, Problem> {
		list(name)
			.into_iter()
			.map(|value| {
				epc_key(value).ok_or_else(|| {
					Problem::parameter(
						name,
						format!(
							"`{value}` is not the EPC of an item: give its GS1 Digital Link \
							 (https://id.gs1.org/01/{{gtin}}/21/{{serial}}) or \
							 urn:trace-chain:code:0x{{key}}"
						),
					)
				})
			})
			.collect()
	};
	if values.contains_key("MATCH_epc") {
		conditions.one_of(Column::CodeId, &epcs("MATCH_epc")?);
	}
	if values.contains_key("MATCH_parentID") {
		conditions.one_of(Column::ParentId, &epcs("MATCH_parentID")?);
	}
	if values.contains_key("MATCH_anyEPC") {
		conditions.code_or_parent_in(&epcs("MATCH_anyEPC")?);
	}
	if values.contains_key("EQ_readPoint") {
		conditions.one_of(Column::ReadPoint, &owned(list("EQ_readPoint")));
	}
	if values.contains_key("EQ_bizLocation") {
		conditions.one_of(Column::BizLocation, &owned(list("EQ_bizLocation")));
	}
	let instant = |name: &str| -> Result<Option<i64>, Problem> {
		let Some(text) = list(name).first().copied() else { return Ok(None) };
		let ms = time::parse(text).map_err(|error| Problem::parameter(name, error.to_string()))?;
		i64::try_from(ms)
			.map(Some)
			.map_err(|_| Problem::parameter(name, format!("`{text}` is too far in the future")))
	};
	if let Some(ms) = instant("GE_eventTime")? {
		conditions.at_least(Column::EventTime, ms);
	}
	if let Some(ms) = instant("LT_eventTime")? {
		conditions.less_than(Column::EventTime, ms);
	}
	if let Some(ms) = instant("GE_recordTime")? {
		conditions.at_least(Column::RecordTime, ms);
	}
	if let Some(ms) = instant("LT_recordTime")? {
		conditions.less_than(Column::RecordTime, ms);
	}
	if let Some(epc) = epc {
		let key = epc_key(epc)
			.ok_or_else(|| Problem::no_such_name(format!("`{epc}` is not the EPC of an item")))?;
		conditions.code_or_parent_in(&[key]);
	}
	let per_page = match list("perPage").first() {
		None => DEFAULT_PER_PAGE,
		Some(text) => text
			.parse::<u32>()
			.ok()
			.filter(|count| (1..=MAX_PER_PAGE).contains(count))
			.ok_or_else(|| {
			Problem::parameter(
				"perPage",
				format!("`{text}` is not a number of events from 1 to {MAX_PER_PAGE}"),
			)
		})?,
	};
	if let Some(token) = list(NEXT_PAGE_TOKEN).first() {
		let position = position_of(token).ok_or_else(|| {
			Problem::parameter(
				NEXT_PAGE_TOKEN,
				format!("`{token}` is not a page token this repository gave"),
			)
		})?;
		conditions.after(&position);
	}
	let pairs = pairs.into_iter().filter(|(name, _)| name != NEXT_PAGE_TOKEN).collect();
	Ok(EventQuery { conditions, per_page, pairs })
}

#[cfg(test)]
mod tests {
	use super::*;

	const BAG: &str = "https://id.gs1.org/01/09506000134352/21/BAG-0001";

	fn bag_key() -> String {
		key_text(&DigitalLink::parse(BAG).unwrap().key())
	}

	fn expected(build: impl FnOnce(&mut Conditions)) -> Conditions {
		let mut conditions = Conditions::new();
		build(&mut conditions);
		conditions
	}

	#[test]
	fn lists_are_split_on_bars_and_cbv_uris_read_as_bare_names() {
		let query =
			parse(Some("EQ_bizStep=urn%3Aepcglobal%3Acbv%3Abizstep%3Ashipping%7Creceiving"), None)
				.unwrap();
		assert_eq!(
			query.conditions,
			expected(|c| c.one_of(Column::BizStep, &["shipping".into(), "receiving".into()]))
		);
		assert_eq!(query.per_page, DEFAULT_PER_PAGE);
		let repeated =
			parse(Some("eventType=ObjectEvent&eventType=AggregationEvent"), None).unwrap();
		assert_eq!(
			repeated.conditions,
			expected(
				|c| c.one_of(Column::EventType, &["ObjectEvent".into(), "AggregationEvent".into()])
			)
		);
	}

	#[test]
	fn epcs_are_digital_links_on_any_host_or_code_urns() {
		let key = bag_key();
		for epc in [
			BAG,
			"https://id.trace.example/01/09506000134352/10/L1/21/BAG-0001",
			"/01/9506000134352/21/BAG-0001",
		] {
			assert_eq!(epc_key(epc).as_deref(), Some(key.as_str()), "{epc}");
		}
		let urn = format!("urn:trace-chain:code:{key}");
		assert_eq!(epc_key(&urn), Some(key.clone()));
		assert_eq!(epc_key("urn:epc:id:sgtin:9506000.134352.BAG-0001"), None);
		let query = parse(Some(&format!("MATCH_anyEPC={BAG}")), None).unwrap();
		assert_eq!(query.conditions, expected(|c| c.code_or_parent_in(std::slice::from_ref(&key))));
		let from_path = parse(None, Some(BAG)).unwrap();
		assert_eq!(from_path.conditions, query.conditions);
	}

	#[test]
	fn problems_name_the_parameter() {
		let cases = [
			("EQ_bizStepp=shipping", "EQ_bizStepp"),
			("GE_eventTime=yesterday", "GE_eventTime"),
			("GE_eventTime=2025-01-01T00:00:00Z&GE_eventTime=2025-01-02T00:00:00Z", "GE_eventTime"),
			("perPage=0", "perPage"),
			("perPage=abc", "perPage"),
			("perPage=1001", "perPage"),
			("MATCH_epc=urn:epc:id:sgtin:9506000.134352.1", "MATCH_epc"),
			("EQ_action=MOVE", "EQ_action"),
			("EQ_disposition=", "EQ_disposition"),
			("EQ_bizStep=shipping||receiving", "EQ_bizStep"),
			("nextPageToken=42", "nextPageToken"),
			("WD_readPoint=urn:epc:id:sgln:9501101.02001.0", "WD_readPoint"),
		];
		for (query, parameter) in cases {
			let problem = parse(Some(query), None).unwrap_err();
			assert_eq!(problem.parameter.as_deref(), Some(parameter), "{query}");
			assert_eq!(problem.status, axum::http::StatusCode::BAD_REQUEST);
		}
		let unknown = parse(None, Some("https://id.gs1.org/414/9501101020016")).unwrap_err();
		assert_eq!(unknown.status, axum::http::StatusCode::NOT_FOUND);
	}

	#[test]
	fn times_pages_and_tokens() {
		let position = Position { block_number: 42, code_id: bag_key(), event_index: 3 };
		let token = page_token(&position);
		assert_eq!(position_of(&token), Some(position.clone()));
		let query = parse(
			Some(&format!(
				"GE_eventTime=2025-03-01T09:00:00Z&LT_recordTime=1740820200000&perPage=5&\
				 nextPageToken={token}"
			)),
			None,
		)
		.unwrap();
		assert_eq!(query.per_page, 5);
		assert_eq!(
			query.conditions,
			expected(|c| {
				c.at_least(Column::EventTime, 1_740_819_600_000);
				c.less_than(Column::RecordTime, 1_740_820_200_000);
				c.after(&position);
			})
		);
		assert_eq!(
			query.pairs,
			[
				("GE_eventTime".to_owned(), "2025-03-01T09:00:00Z".to_owned()),
				("LT_recordTime".to_owned(), "1740820200000".to_owned()),
				("perPage".to_owned(), "5".to_owned()),
			]
		);
	}
}

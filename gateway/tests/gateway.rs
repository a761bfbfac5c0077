//! End to end against a real dev node and a real database, SQLite and PostgreSQL: a journey is
//! recorded through `trace-client` ([`support::chain`]), the gateway indexes the finalized
//! chain, and its EPCIS query interface answers, for each standard parameter, exactly the
//! events the chain holds. The expected events are the chain's own: every code's report at the
//! indexed block through the runtime API (the node's `trace_report` RPC agrees with it, checked
//! here), mapped by the one EPCIS mapping (`trace_client::epcis`) and filtered as the EPCIS
//! standard defines each parameter. Then paging, RFC 9457 problems, the resolver's linksets and
//! redirects, the metrics, and a restart of the indexer: it resumes from its cursor, and indexing
//! every block again adds nothing.
//!
//! Needs a release `trace-node`, and for PostgreSQL Debian's `postgresql` package (the test
//! fails, naming it, without it):
//! `TRACE_NODE=$CARGO_TARGET_DIR/release/trace-node cargo test --release -p trace-gateway --test
//! gateway -- --ignored`. Each test starts its own `--dev` node (and PostgreSQL server) on
//! ports nobody else holds, and stops them when done.

mod support;

use serde_json::{json, Value};
use std::{collections::BTreeSet, sync::Arc};
use support::{
	chain::{record, Journey},
	http::{get, query, Answer},
	postgres::Postgres,
};
use trace_client::{
	epcis::{self, EpcisOptions, GS1_RESOLVER},
	read::report_at,
	report::{Location, TraceReport},
	time,
};
use trace_gateway::{db, router, Database, Gateway, HttpConfig, Indexer, Metrics, Targets};
use trace_gs1::DigitalLink;
use trace_test_support::{node_binary_from_env, DevNode};

/// Where the tests say the consumer's page is.
const PAGE_URL: &str = "http://127.0.0.1:8080";

#[test]
#[ignore = "needs a release trace-node in TRACE_NODE; run with --ignored"]
fn the_sqlite_index_answers_epcis_queries_as_the_chain_holds_them() {
	let node = DevNode::start(node_binary_from_env());
	let dir = node.dir().join("gateway");
	std::fs::create_dir_all(&dir).expect("a directory for the index");
	let url = db::sqlite_url(&dir.join("index.sqlite")).expect("an SQLite URL");
	exercise(&node, &url);
}

#[test]
#[ignore = "needs a release trace-node in TRACE_NODE and Debian's postgresql; run with --ignored"]
fn the_postgresql_index_answers_epcis_queries_as_the_chain_holds_them() {
	let postgres = Postgres::start();
	let node = DevNode::start(node_binary_from_env());
	exercise(&node, &postgres.url());
}

/// The key of a code, as the index and the RPC write it.
fn key_hex(link: &DigitalLink) -> String {
	format!("0x{}", hex::encode(link.key()))
}

/// Whether the URI `epc` names the item `link`.
fn names(epc: &Value, link: &DigitalLink) -> bool {
	epc.as_str()
		.and_then(|epc| DigitalLink::parse(epc).ok())
		.is_some_and(|named| named.key() == link.key())
}

/// Whether `event`'s item (`epcList` or `childEPCs`) is `link`.
fn item_is(event: &Value, link: &DigitalLink) -> bool {
	["epcList", "childEPCs"].iter().any(|list| {
		event[*list]
			.as_array()
			.is_some_and(|epcs| epcs.iter().any(|epc| names(epc, link)))
	})
}

/// Whether `event`'s container (`parentID`) is `link`.
fn parent_is(event: &Value, link: &DigitalLink) -> bool {
	names(&event["parentID"], link)
}

/// A time field of `event`, in milliseconds.
fn ms(event: &Value, field: &str) -> u64 {
	time::parse(event[field].as_str().expect("a time")).expect("an RFC 3339 time")
}

/// The `eventID`s of `events`.
fn ids<'a>(events: impl IntoIterator<Item = &'a Value>) -> BTreeSet<String> {
	events
		.into_iter()
		.map(|event| event["eventID"].as_str().expect("an eventID").to_owned())
		.collect()
}

/// The events of an `EPCISQueryDocument`.
fn listed(answer: &Answer) -> Vec<Value> {
	assert_eq!(answer.status, 200, "{}", answer.body);
	assert!(answer.content_type.starts_with("application/ld+json"), "{}", answer.content_type);
	let document = answer.json();
	assert_eq!(document["type"], "EPCISQueryDocument");
	assert_eq!(document["schemaVersion"], "2.0");
	assert_eq!(document["@context"], epcis::context());
	document["epcisBody"]["queryResults"]["resultsBody"]["eventList"]
		.as_array()
		.expect("an event list")
		.clone()
}

/// Every event `url` answers, following its pages; panics on a page seen twice.
fn all_pages(url: &str) -> (Vec<Value>, usize) {
	let mut events = Vec::new();
	let mut next = Some(url.to_owned());
	let mut pages = 0;
	while let Some(url) = next {
		let answer = get(&url, None);
		events.extend(listed(&answer));
		pages += 1;
		assert!(pages < 1000, "paging does not end");
		next = answer.next_page();
	}
	(events, pages)
}

/// The events a query answers, over all its pages: their IDs, each once.
fn answered(base: &str, path: &str, pairs: &[(&str, &str)]) -> BTreeSet<String> {
	let (events, _) = all_pages(&format!("{base}{path}?{}", query(pairs)));
	let found = ids(&events);
	assert_eq!(found.len(), events.len(), "an event came twice for {pairs:?}");
	found
}

/// Indexes the journey into the database at `database_url` and checks what the gateway answers.
fn exercise(node: &DevNode, database_url: &str) {
	let runtime = tokio::runtime::Builder::new_multi_thread()
		.enable_all()
		.build()
		.expect("a tokio runtime");
	let journey = runtime.block_on(record(&node.ws_url()));

	// Index the finalized chain.
	let database = runtime.block_on(Database::open(database_url)).expect("the database opens");
	let metrics = Metrics::new().expect("metrics");
	let indexer = runtime
		.block_on(Indexer::connect(&node.ws_url(), database.clone(), GS1_RESOLVER, metrics.clone()))
		.expect("the indexer connects");
	runtime.block_on(indexer.check_chain()).expect("an empty index fits any chain");
	let head = runtime.block_on(indexer.catch_up()).expect("the chain is indexed");
	assert!(head > 0);
	assert_eq!(runtime.block_on(indexer.cursor()).expect("a cursor"), head);
	assert_eq!(metrics.lag(), 0);

	// What the chain holds at that block: every code's report, as the runtime API makes it, and
	// as the node's `trace_report` RPC serves it.
	let client = runtime
		.block_on(trace_client::connect_rpc(&node.ws_url()))
		.expect("the node's RPC answers");
	let at = runtime.block_on(client.at_block(head)).expect("the indexed block");
	let block_hash = format!("0x{}", hex::encode(at.block_hash().0));
	let options = EpcisOptions { resolver: GS1_RESOLVER.to_owned(), ..EpcisOptions::default() };
	let mut reports: Vec<TraceReport> = Vec::new();
	for link in journey.codes() {
		let report = runtime
			.block_on(report_at(&at, link.key()))
			.expect("the runtime API answers")
			.expect("the code was issued");
		let served = node.rpc("trace_report", json!([key_hex(link), block_hash]));
		let served_events = served["events"].as_array().expect("the RPC lists the events");
		assert_eq!(served_events.len(), report.events.len(), "{served}");
		for (served, entry) in served_events.iter().zip(&report.events) {
			assert_eq!(served["bizStep"], entry.step.as_cbv_str());
			assert_eq!(served["disposition"], entry.disposition.as_cbv_str());
			assert_eq!(served["block"], entry.block);
			assert_eq!(served["at"], entry.at);
			assert_eq!(served["declaredAt"], json!(entry.declared_at));
		}
		reports.push(report);
	}
	let chain: Vec<Value> =
		reports.iter().flat_map(|report| epcis::events(report, &options)).collect();
	assert_eq!(chain.len(), 7, "commissioning ×3, packing ×2, shipping, receiving: {chain:#?}");

	// Serve it.
	let listener = runtime
		.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
		.expect("a port for the gateway");
	let base = format!("http://{}", listener.local_addr().expect("its address"));
	let gateway = Arc::new(Gateway {
		db: database.clone(),
		metrics: metrics.clone(),
		config: HttpConfig {
			targets: Targets {
				public_url: base.clone(),
				epc_resolver: GS1_RESOLVER.to_owned(),
				page_url: Some(PAGE_URL.to_owned()),
				serves_page: false,
			},
			web_dirs: Vec::new(),
		},
	});
	let server = runtime.spawn(async move { axum::serve(listener, router(gateway)).await });

	check_queries(&base, &journey, &chain, &reports);
	check_paging_and_problems(&base, &chain);
	check_resolver(&base, &journey, &chain);
	let metrics_text = get(&format!("{base}/metrics"), None);
	assert_eq!(metrics_text.status, 200);
	assert!(
		metrics_text.body.contains("trace_gateway_index_lag_blocks 0"),
		"{}",
		metrics_text.body
	);
	assert!(metrics_text.body.contains(&format!("trace_gateway_last_indexed_block {head}")));

	// A restart resumes from the cursor; indexing every block again adds nothing.
	server.abort();
	drop(indexer);
	runtime.block_on(database.close());
	let database = runtime.block_on(Database::open(database_url)).expect("the database reopens");
	let indexer = runtime
		.block_on(Indexer::connect(&node.ws_url(), database.clone(), GS1_RESOLVER, metrics))
		.expect("the indexer reconnects");
	runtime.block_on(indexer.check_chain()).expect("the index is this chain's");
	assert_eq!(runtime.block_on(indexer.cursor()).expect("a cursor"), head);
	let resumed = runtime.block_on(indexer.catch_up()).expect("the chain is indexed");
	assert!(resumed >= head);
	let count = || runtime.block_on(database.event_count()).expect("a count");
	assert_eq!(count(), 7);
	for block in 1..=head {
		runtime.block_on(indexer.index_block(block)).expect("a block is indexed again");
	}
	assert_eq!(count(), 7, "indexing blocks again duplicated events");
	let stored = runtime
		.block_on(database.events(&db::Conditions::new(), 1000))
		.expect("the events");
	let stored_ids: BTreeSet<String> = stored
		.iter()
		.map(|event| {
			let body: Value = serde_json::from_str(&event.body).expect("JSON");
			body["eventID"].as_str().expect("an eventID").to_owned()
		})
		.collect();
	assert_eq!(stored_ids, ids(&chain));
	runtime.block_on(database.close());
}

/// Which events a query case expects: those its predicate keeps.
type Keep<'a> = Box<dyn Fn(&Value) -> bool + 'a>;

/// A query's parameters and the events it should answer.
fn query_case<'a>(
	pairs: &[(&'a str, &'a str)],
	keep: impl Fn(&Value) -> bool + 'a,
) -> (Vec<(&'a str, &'a str)>, Keep<'a>) {
	(pairs.to_vec(), Box::new(keep))
}

/// Each query parameter answers exactly the events that meet it.
fn check_queries(base: &str, journey: &Journey, chain: &[Value], reports: &[TraceReport]) {
	let filter = |keep: &dyn Fn(&Value) -> bool| ids(chain.iter().filter(|&event| keep(event)));
	let options = EpcisOptions { resolver: GS1_RESOLVER.to_owned(), ..EpcisOptions::default() };
	let everything = ids(chain);
	assert_eq!(answered(base, "/events", &[]), everything);

	// Each code's events are those of its report, in the RPC's order of the history.
	for (report, link) in reports.iter().zip(journey.codes()) {
		let expected: BTreeSet<String> = report
			.events
			.iter()
			.map(|entry| epcis::event_id(&report.id, entry.index))
			.collect();
		let epc = link.to_uri(GS1_RESOLVER);
		assert_eq!(answered(base, "/events", &[("MATCH_epc", epc.as_str())]), expected, "{epc}");
	}

	let case = journey.case.to_uri(GS1_RESOLVER);
	let case = case.as_str();
	// The item on another host, with its lot: the same item.
	let handed_over = journey.handed_over.to_uri("https://id.trace.example");
	let handed_over = handed_over.as_str();
	let warehouse = epcis::gln_uri(&String::from_utf8_lossy(&journey.warehouse), &options);
	let warehouse = warehouse.as_str();
	let atelier = Location { coordinates: Some(journey.atelier), ..Location::default() }
		.geo_uri()
		.expect("coordinates");
	let atelier = atelier.as_str();
	let mut times: Vec<u64> = chain.iter().map(|event| ms(event, "eventTime")).collect();
	times.sort_unstable();
	let middle_event_time = time::to_rfc3339(times[times.len() / 2]);
	let middle_event_time = middle_event_time.as_str();
	let mut records: Vec<u64> = chain.iter().map(|event| ms(event, "recordTime")).collect();
	records.sort_unstable();
	let middle_record_time = time::to_rfc3339(records[records.len() / 2]);
	let middle_record_time = middle_record_time.as_str();

	let cases = [
		query_case(&[("eventType", "ObjectEvent")], |e| e["type"] == "ObjectEvent"),
		query_case(&[("eventType", "AggregationEvent")], |e| e["type"] == "AggregationEvent"),
		query_case(&[("EQ_bizStep", "shipping")], |e| e["bizStep"] == "shipping"),
		query_case(&[("EQ_bizStep", "urn:epcglobal:cbv:bizstep:receiving|shipping")], |e| {
			e["bizStep"] == "receiving" || e["bizStep"] == "shipping"
		}),
		query_case(&[("EQ_disposition", "in_transit")], |e| e["disposition"] == "in_transit"),
		query_case(&[("EQ_action", "ADD")], |e| e["action"] == "ADD"),
		query_case(&[("MATCH_epc", handed_over)], |e| item_is(e, &journey.handed_over)),
		query_case(&[("MATCH_parentID", case)], |e| parent_is(e, &journey.case)),
		query_case(&[("MATCH_anyEPC", case)], |e| {
			item_is(e, &journey.case) || parent_is(e, &journey.case)
		}),
		query_case(&[("GE_eventTime", middle_event_time)], |e| {
			ms(e, "eventTime") >= times[times.len() / 2]
		}),
		query_case(&[("LT_eventTime", middle_event_time)], |e| {
			ms(e, "eventTime") < times[times.len() / 2]
		}),
		query_case(&[("GE_recordTime", middle_record_time)], |e| {
			ms(e, "recordTime") >= records[records.len() / 2]
		}),
		query_case(&[("EQ_bizLocation", warehouse)], |e| e["bizLocation"]["id"] == warehouse),
		query_case(&[("EQ_readPoint", atelier)], |e| e["readPoint"]["id"] == atelier),
		query_case(&[("EQ_bizStep", "packing"), ("MATCH_anyEPC", case)], |e| {
			e["bizStep"] == "packing" && (item_is(e, &journey.case) || parent_is(e, &journey.case))
		}),
	];
	for (pairs, keep) in &cases {
		let expected = filter(&**keep);
		assert!(!expected.is_empty(), "{pairs:?} should match some of the journey's events");
		if pairs.len() == 1 && !pairs[0].0.ends_with("Time") {
			assert_ne!(expected, everything, "{pairs:?} should not match every event");
		}
		assert_eq!(answered(base, "/events", pairs), expected, "{pairs:?}");
	}

	// `/epcs/{epc}/events` is `MATCH_anyEPC` of its EPC, and takes the other parameters.
	let path = format!(
		"/epcs/{}/events",
		form_urlencoded::byte_serialize(case.as_bytes()).collect::<String>()
	);
	let of_case = filter(&|e: &Value| item_is(e, &journey.case) || parent_is(e, &journey.case));
	assert_eq!(answered(base, &path, &[]), of_case);
	let packing = filter(&|e: &Value| {
		e["bizStep"] == "packing" && (item_is(e, &journey.case) || parent_is(e, &journey.case))
	});
	assert_eq!(answered(base, &path, &[("EQ_bizStep", "packing")]), packing);
}

/// Paging returns every event once; bad parameters are RFC 9457 problems naming them.
fn check_paging_and_problems(base: &str, chain: &[Value]) {
	let (events, pages) = all_pages(&format!("{base}/events?perPage=2"));
	assert_eq!(pages, chain.len().div_ceil(2), "pages of two events");
	assert_eq!(events.len(), chain.len());
	assert_eq!(ids(&events), ids(chain));

	for (bad, parameter) in [
		("EQ_bizStepp=shipping", "EQ_bizStepp"),
		("GE_eventTime=yesterday", "GE_eventTime"),
		("perPage=0", "perPage"),
		("MATCH_epc=urn:epc:id:sgtin:8012345.000004.GW-0001", "MATCH_epc"),
		("nextPageToken=not-a-token", "nextPageToken"),
	] {
		let answer = get(&format!("{base}/events?{bad}"), None);
		assert_eq!(answer.status, 400, "{bad}: {}", answer.body);
		assert!(answer.content_type.starts_with("application/problem+json"), "{bad}");
		let problem = answer.json();
		assert_eq!(problem["status"], 400);
		assert_eq!(problem["type"], "epcisException:QueryParameterException");
		assert_eq!(problem["parameter"], parameter, "{bad}: {problem}");
		assert!(problem["title"].as_str().is_some_and(|title| title.contains(parameter)));
	}
}

/// The resolver: its description, linksets, redirects by link type, and bad links.
fn check_resolver(base: &str, journey: &Journey, chain: &[Value]) {
	let description = get(&format!("{base}/.well-known/gs1resolver"), None);
	assert_eq!(description.status, 200);
	assert_eq!(description.json()["resolverRoot"], base);

	let item = &journey.handed_over;
	let path = item.to_uri("");
	assert!(path.starts_with("/01/") && path.contains("/10/L7/"), "{path}");
	let by_parameter = get(&format!("{base}{path}?linkType=linkset"), None);
	assert_eq!(by_parameter.status, 200, "{}", by_parameter.body);
	assert!(by_parameter.content_type.starts_with("application/linkset+json"));
	let by_accept = get(&format!("{base}{path}"), Some("application/linkset+json"));
	assert_eq!(by_accept.status, 200);
	assert_eq!(by_accept.json(), by_parameter.json());
	let linkset = by_parameter.json();
	let set = &linkset["linkset"][0];
	assert_eq!(set["anchor"], format!("{base}{path}"));
	assert_eq!(set["https://gs1.org/voc/pip"][0]["href"], format!("{PAGE_URL}{path}"));
	assert_eq!(set["https://gs1.org/voc/defaultLink"][0], set["https://gs1.org/voc/pip"][0]);

	// gs1:traceability is the item's EPCIS events.
	let events_url = set["https://gs1.org/voc/traceability"][0]["href"].as_str().expect("a link");
	let (events, _) = all_pages(events_url);
	let expected = ids(chain.iter().filter(|event| item_is(event, item)));
	assert_eq!(ids(&events), expected);

	// Other link types redirect; the default is the consumer's page.
	let default = get(&format!("{base}{path}"), None);
	assert_eq!(default.status, 307);
	assert_eq!(default.location.as_deref(), Some(format!("{PAGE_URL}{path}").as_str()));
	assert!(default.link.as_deref().is_some_and(|link| link.contains("rel=\"linkset\"")));
	let traceability = get(&format!("{base}{path}?linkType=gs1:traceability"), None);
	assert_eq!(traceability.status, 307);
	assert_eq!(traceability.location.as_deref(), Some(events_url));
	let certifications = get(&format!("{base}{path}?linkType=gs1:certificationInfo"), None);
	assert_eq!(certifications.status, 307);
	let certifications_url = certifications.location.expect("a location");
	assert!(certifications_url.ends_with(&format!("/codes/{}/certifications", key_hex(item))));
	let listed_certifications = get(&certifications_url, None);
	assert_eq!(listed_certifications.status, 200, "{}", listed_certifications.body);
	assert!(listed_certifications.json().is_array());
	let unknown_type = get(&format!("{base}{path}?linkType=gs1:recipeInfo"), None);
	assert_eq!(unknown_type.status, 307);
	assert_eq!(unknown_type.location, default.location);

	// A link that is not an item's Digital Link is a problem, not a redirect.
	let bad = get(&format!("{base}/01/08012345000013/21/GW-0001"), None);
	assert_eq!(bad.status, 400, "{}", bad.body);
	assert!(bad.content_type.starts_with("application/problem+json"));
}

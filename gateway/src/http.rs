//! The HTTP interface: the EPCIS 2.0 query interface (`GET /events`, `GET /epcs/{epc}/events`),
//! the GS1 Digital Link resolver (`/.well-known/gs1resolver`, `/01/{gtin}[/10/{lot}]/21/{serial}`),
//! the certifications of a code, the metrics, and the consumer's page from `--web-dir`.

use crate::{
	db::Database,
	metrics::Metrics,
	problem::Problem,
	query::{self, NEXT_PAGE_TOKEN},
	resolver::{self, LinkType, Links, Targets, LINKSET_JSON},
	rows::{key_text, parse_key},
};
use axum::{
	extract::{rejection::PathRejection, Path, State},
	http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode, Uri},
	response::{IntoResponse, Response},
	routing::get,
	Router,
};
use serde_json::Value;
use std::{
	path::{Component, PathBuf},
	sync::Arc,
};
use trace_client::{epcis, time};
use trace_gs1::DigitalLink;

/// The media type of EPCIS documents.
pub const EPCIS_JSON_LD: &str = "application/ld+json";

/// How the HTTP interface answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpConfig {
	/// Where the resolver's links point.
	pub targets: Targets,
	/// Directories of the consumer's page, searched in order (generated files first, then the
	/// build).
	pub web_dirs: Vec<PathBuf>,
}

/// What the handlers share.
pub struct Gateway {
	/// The index.
	pub db: Database,
	/// The indexer's gauges.
	pub metrics: Metrics,
	/// How to answer.
	pub config: HttpConfig,
}

/// The gateway's routes.
pub fn router(gateway: Arc<Gateway>) -> Router {
	Router::new()
		.route("/events", get(events))
		.route("/epcs/{epc}/events", get(epc_events))
		.route("/codes/{code}/certifications", get(certifications))
		.route("/metrics", get(metrics))
		.route("/.well-known/gs1resolver", get(resolver_description))
		.route("/01/{gtin}/21/{serial}", get(resolve))
		.route("/01/{gtin}/10/{lot}/21/{serial}", get(resolve))
		.fallback(page_file)
		.with_state(gateway)
}

/// `value` as a header value; a value that cannot be one (it never comes from a client) is
/// left out rather than failing the answer.
fn set_header(response: &mut Response, name: HeaderName, value: &str) {
	if let Ok(value) = HeaderValue::from_str(value) {
		response.headers_mut().insert(name, value);
	}
}

/// `body` as JSON of media type `media_type`, readable from any origin (CORS).
fn json_response(status: StatusCode, media_type: &'static str, body: &Value) -> Response {
	let mut response = (status, body.to_string()).into_response();
	let headers = response.headers_mut();
	headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
	headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
	headers.insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static("link"));
	response
}

/// `GET /events`: the events meeting the query's parameters.
async fn events(State(gateway): State<Arc<Gateway>>, uri: Uri) -> Response {
	answer_query(&gateway, &uri, None)
		.await
		.unwrap_or_else(|problem| problem.into_response())
}

/// `GET /epcs/{epc}/events`: the events of an item or container, meeting the query's
/// parameters.
async fn epc_events(
	State(gateway): State<Arc<Gateway>>,
	epc: Result<Path<String>, PathRejection>,
	uri: Uri,
) -> Response {
	let Ok(Path(epc)) = epc else {
		return Problem::bad_request("the EPC in the path is not percent-encoded UTF-8")
			.into_response();
	};
	answer_query(&gateway, &uri, Some(&epc))
		.await
		.unwrap_or_else(|problem| problem.into_response())
}

/// One page of the events a query asks for, as an `EPCISQueryDocument`, with the next page's
/// `Link`.
async fn answer_query(
	gateway: &Gateway,
	uri: &Uri,
	epc: Option<&str>,
) -> Result<Response, Problem> {
	let query = query::parse(uri.query(), epc)?;
	let found = gateway
		.db
		.events(&query.conditions, query.per_page.saturating_add(1))
		.await
		.map_err(|error| Problem::internal(&error))?;
	let per_page = usize::try_from(query.per_page).unwrap_or(usize::MAX);
	let page: Vec<_> = found.iter().take(per_page).collect();
	let mut listed = Vec::with_capacity(page.len());
	for event in &page {
		let body: Value = serde_json::from_str(&event.body)
			.map_err(|error| Problem::internal(&anyhow::Error::new(error)))?;
		listed.push(body);
	}
	let document = epcis::query_document(listed, time::now_ms());
	let mut response = json_response(StatusCode::OK, EPCIS_JSON_LD, &document);
	set_header(&mut response, HeaderName::from_static("gs1-epcis-version"), "2.0");
	set_header(&mut response, HeaderName::from_static("gs1-cbv-version"), "2.0");
	if found.len() > per_page {
		if let Some(last) = page.last() {
			let mut next = form_urlencoded::Serializer::new(String::new());
			for (name, value) in &query.pairs {
				next.append_pair(name, value);
			}
			next.append_pair(NEXT_PAGE_TOKEN, &query::page_token(&last.position));
			let link = format!(
				"<{}{}?{}>; rel=\"next\"",
				gateway.config.targets.public_url,
				uri.path(),
				next.finish()
			);
			set_header(&mut response, header::LINK, &link);
		}
	}
	Ok(response)
}

/// `GET /codes/{code}/certifications`: the certifications of a code's last indexed report, as
/// the node's `trace_report` RPC lists them.
async fn certifications(
	State(gateway): State<Arc<Gateway>>,
	code: Result<Path<String>, PathRejection>,
) -> Response {
	let Ok(Path(code)) = code else {
		return Problem::bad_request("the code in the path is not percent-encoded UTF-8")
			.into_response();
	};
	let Some(key) = parse_key(&code) else {
		return Problem::bad_request(format!("`{code}` is not a code key (0x and 64 hex digits)"))
			.into_response();
	};
	let key = key_text(&key);
	let report = match gateway.db.code_report(&key).await {
		Ok(Some(report)) => report,
		Ok(None) => {
			return Problem::no_such_name(format!("the index has no code {key}")).into_response()
		},
		Err(error) => return Problem::internal(&error).into_response(),
	};
	match serde_json::from_str::<Value>(&report) {
		Ok(report) => json_response(StatusCode::OK, "application/json", &report["certifications"]),
		Err(error) => Problem::internal(&anyhow::Error::new(error)).into_response(),
	}
}

/// `GET /metrics`: the Prometheus metrics.
async fn metrics(State(gateway): State<Arc<Gateway>>) -> Response {
	match gateway.metrics.render() {
		Ok(text) => {
			let mut response = text.into_response();
			set_header(&mut response, header::CONTENT_TYPE, prometheus::TEXT_FORMAT);
			response
		},
		Err(error) => Problem::internal(&error).into_response(),
	}
}

/// `GET /.well-known/gs1resolver`: the resolver's description.
async fn resolver_description(State(gateway): State<Arc<Gateway>>) -> Response {
	let description = resolver::description(&gateway.config.targets.public_url);
	json_response(StatusCode::OK, "application/json", &description)
}

/// The value of query parameter `name` in `uri`, if given.
fn query_value(uri: &Uri, name: &str) -> Option<String> {
	form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes())
		.find(|(key, _)| key == name)
		.map(|(_, value)| value.into_owned())
}

/// A 307 redirect to `location`, with the linkset's link.
fn redirect(location: &str, linkset: &str) -> Response {
	let mut response = StatusCode::TEMPORARY_REDIRECT.into_response();
	set_header(&mut response, header::LOCATION, location);
	set_header(&mut response, header::LINK, linkset);
	set_header(&mut response, header::ACCESS_CONTROL_ALLOW_ORIGIN, "*");
	response
}

/// `GET /01/{gtin}[/10/{lot}]/21/{serial}`: an item's Digital Link. Its linkset for
/// `linkType=linkset` (or `all`), or without a link type when the client accepts
/// `application/linkset+json`; a 307 redirect to its link of a given link type (to the default
/// link for a link type the resolver has no link of); else its consumer page, served or
/// redirected to.
async fn resolve(State(gateway): State<Arc<Gateway>>, uri: Uri, headers: HeaderMap) -> Response {
	let link = match DigitalLink::parse(uri.path()) {
		Ok(link) => link,
		Err(error) => {
			return Problem::bad_request(format!(
				"{} is not an item's GS1 Digital Link: {error}",
				uri.path()
			))
			.into_response()
		},
	};
	let config = &gateway.config;
	let links = Links::of(&link, &config.targets);
	let linkset_link =
		format!("<{}?linkType=linkset>; rel=\"linkset\"; type=\"{LINKSET_JSON}\"", links.anchor);
	let link_type = query_value(&uri, "linkType");
	let accepts_linkset = headers
		.get_all(header::ACCEPT)
		.iter()
		.filter_map(|value| value.to_str().ok())
		.any(|value| value.contains(LINKSET_JSON));
	match link_type.as_deref() {
		Some("linkset" | "all") => json_response(StatusCode::OK, LINKSET_JSON, &links.linkset()),
		None if accepts_linkset => json_response(StatusCode::OK, LINKSET_JSON, &links.linkset()),
		Some(other) => {
			let target = links.get(LinkType::of(other).unwrap_or(LinkType::DefaultLink));
			redirect(&target.href, &linkset_link)
		},
		None => {
			if config.targets.page_url.is_none() && !config.web_dirs.is_empty() {
				let mut response = page_index(config).await;
				set_header(&mut response, header::LINK, &linkset_link);
				response
			} else {
				redirect(&links.get(LinkType::DefaultLink).href, &linkset_link)
			}
		},
	}
}

/// The media type of a page file, by its extension.
fn media_type(path: &std::path::Path) -> &'static str {
	match path.extension().and_then(|extension| extension.to_str()) {
		Some("html") => "text/html; charset=utf-8",
		Some("js" | "mjs") => "text/javascript; charset=utf-8",
		Some("css") => "text/css; charset=utf-8",
		Some("json" | "map") => "application/json; charset=utf-8",
		Some("wasm") => "application/wasm",
		Some("svg") => "image/svg+xml",
		Some("png") => "image/png",
		Some("ico") => "image/x-icon",
		Some("txt") => "text/plain; charset=utf-8",
		_ => "application/octet-stream",
	}
}

/// The first of the page's directories holding `relative`, read.
async fn read_page_file(
	config: &HttpConfig,
	relative: &std::path::Path,
) -> Option<(PathBuf, Vec<u8>)> {
	for dir in &config.web_dirs {
		let path = dir.join(relative);
		if let Ok(bytes) = tokio::fs::read(&path).await {
			return Some((path, bytes));
		}
	}
	None
}

/// A page file as the answer.
fn file_response(path: &std::path::Path, bytes: Vec<u8>) -> Response {
	let mut response = bytes.into_response();
	set_header(&mut response, header::CONTENT_TYPE, media_type(path));
	set_header(&mut response, header::CACHE_CONTROL, "no-cache");
	set_header(&mut response, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
	response
}

/// The page's `index.html`.
async fn page_index(config: &HttpConfig) -> Response {
	match read_page_file(config, std::path::Path::new("index.html")).await {
		Some((path, bytes)) => file_response(&path, bytes),
		None => Problem::no_such_name("the page directories hold no index.html").into_response(),
	}
}

/// Any other path: a file of the consumer's page (`/` is its `index.html`), from `--web-dir`.
async fn page_file(State(gateway): State<Arc<Gateway>>, uri: Uri) -> Response {
	let config = &gateway.config;
	let not_found =
		|| Problem::no_such_name(format!("no resource at {}", uri.path())).into_response();
	if config.web_dirs.is_empty() {
		return not_found();
	}
	let relative = PathBuf::from(uri.path().trim_start_matches('/'));
	// Plain file names only: nothing outside the directories, nothing encoded.
	let plain = relative.components().all(|component| matches!(component, Component::Normal(_)))
		&& !uri.path().contains(['%', '\\']);
	if !plain {
		return not_found();
	}
	if relative.as_os_str().is_empty() {
		return page_index(config).await;
	}
	match read_page_file(config, &relative).await {
		Some((path, bytes)) => file_response(&path, bytes),
		None => not_found(),
	}
}

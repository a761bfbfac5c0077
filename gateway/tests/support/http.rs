//! Plain HTTP requests to the gateway (redirects are not followed, so that they can be checked).

use serde_json::Value;
use std::time::Duration;

/// An answer.
pub struct Answer {
	/// HTTP status.
	pub status: u16,
	/// `Content-Type`.
	pub content_type: String,
	/// `Link`, if any.
	pub link: Option<String>,
	/// `Location`, if any.
	pub location: Option<String>,
	/// The body.
	pub body: String,
}

impl Answer {
	/// The body as JSON.
	pub fn json(&self) -> Value {
		serde_json::from_str(&self.body)
			.unwrap_or_else(|error| panic!("not JSON ({error}): {}", self.body))
	}

	/// The URL of the `Link: <…>; rel="next"` header, if any.
	pub fn next_page(&self) -> Option<String> {
		let link = self.link.as_deref()?;
		link.split(',').find(|part| part.contains("rel=\"next\"")).and_then(|part| {
			let start = part.find('<')? + 1;
			let end = part.find('>')?;
			part.get(start..end).map(str::to_owned)
		})
	}
}

/// `GET url`, with `Accept: accept` if given.
pub fn get(url: &str, accept: Option<&str>) -> Answer {
	let agent = ureq::AgentBuilder::new().redirects(0).timeout(Duration::from_secs(30)).build();
	let mut request = agent.get(url);
	if let Some(accept) = accept {
		request = request.set("Accept", accept);
	}
	let response = match request.call() {
		Ok(response) | Err(ureq::Error::Status(_, response)) => response,
		Err(error) => panic!("GET {url}: {error}"),
	};
	let header = |name: &str| response.header(name).map(str::to_owned);
	let (status, content_type, link, location) = (
		response.status(),
		header("content-type").unwrap_or_default(),
		header("link"),
		header("location"),
	);
	let body = response.into_string().unwrap_or_else(|error| panic!("GET {url}: {error}"));
	Answer { status, content_type, link, location, body }
}

/// A query string of `pairs`, encoded.
pub fn query(pairs: &[(&str, &str)]) -> String {
	let mut query = form_urlencoded::Serializer::new(String::new());
	for (name, value) in pairs {
		query.append_pair(name, value);
	}
	query.finish()
}

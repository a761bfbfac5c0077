//! Errors as RFC 9457 problem details (`application/problem+json`), typed with the exception
//! names of the EPCIS 2.0 REST binding (`epcisException:QueryParameterException`…).

use axum::{
	http::{header, HeaderValue, StatusCode},
	response::{IntoResponse, Response},
};
use serde_json::{json, Value};

/// The media type of problem details.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// A problem, as the HTTP answer carries it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
	/// The HTTP status.
	pub status: StatusCode,
	/// The problem type: an EPCIS exception name.
	pub kind: &'static str,
	/// A short summary.
	pub title: String,
	/// What exactly is wrong.
	pub detail: String,
	/// The query parameter at fault, if one is (an extension member, `parameter`).
	pub parameter: Option<String>,
}

impl Problem {
	/// A query parameter that is unknown, repeated or malformed
	/// (`epcisException:QueryParameterException`, 400). `detail` says what is wrong with it.
	pub fn parameter(name: &str, detail: impl Into<String>) -> Self {
		Self {
			status: StatusCode::BAD_REQUEST,
			kind: "epcisException:QueryParameterException",
			title: format!("Invalid query parameter `{name}`"),
			detail: detail.into(),
			parameter: Some(name.to_owned()),
		}
	}

	/// A name (an EPC, a code) the repository does not know (`epcisException:NoSuchNameException`,
	/// 404).
	pub fn no_such_name(detail: impl Into<String>) -> Self {
		Self {
			status: StatusCode::NOT_FOUND,
			kind: "epcisException:NoSuchNameException",
			title: "Not found".to_owned(),
			detail: detail.into(),
			parameter: None,
		}
	}

	/// A request that is not what the resolver or the repository takes
	/// (`epcisException:ValidationException`, 400).
	pub fn bad_request(detail: impl Into<String>) -> Self {
		Self {
			status: StatusCode::BAD_REQUEST,
			kind: "epcisException:ValidationException",
			title: "Bad request".to_owned(),
			detail: detail.into(),
			parameter: None,
		}
	}

	/// A failure of the gateway itself, its database for instance
	/// (`epcisException:ImplementationException`, 500). The detail is not shown to the client.
	pub fn internal(error: &anyhow::Error) -> Self {
		eprintln!("trace-gateway: {error:#}");
		Self {
			status: StatusCode::INTERNAL_SERVER_ERROR,
			kind: "epcisException:ImplementationException",
			title: "Internal error".to_owned(),
			detail: "the gateway could not answer; its log says why".to_owned(),
			parameter: None,
		}
	}

	/// The problem's JSON.
	pub fn body(&self) -> Value {
		let mut body = json!({
			"type": self.kind,
			"title": self.title,
			"status": self.status.as_u16(),
			"detail": self.detail,
		});
		if let Some(parameter) = &self.parameter {
			body["parameter"] = json!(parameter);
		}
		body
	}
}

impl IntoResponse for Problem {
	fn into_response(self) -> Response {
		let mut response = (self.status, self.body().to_string()).into_response();
		response
			.headers_mut()
			.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
		response
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_parameter_problem_names_the_parameter() {
		let problem = Problem::parameter("EQ_bizStepp", "unknown");
		let body = problem.body();
		assert_eq!(body["type"], "epcisException:QueryParameterException");
		assert_eq!(body["status"], 400);
		assert_eq!(body["parameter"], "EQ_bizStepp");
		assert!(body["title"].as_str().unwrap().contains("EQ_bizStepp"));
		let response = problem.into_response();
		assert_eq!(response.status(), StatusCode::BAD_REQUEST);
		assert_eq!(response.headers()[header::CONTENT_TYPE], PROBLEM_JSON);
	}
}

//! The `trace_*` JSON-RPC namespace: trace reports and consumer verdicts as readable JSON,
//! computed by the runtime API `TraceabilityApi` at the finalized head or a given block.
//!
//! Every method takes a code as either its 32-byte key (`0x…`) or a GS1 Digital Link
//! (`https://resolver/01/{gtin}/21/{serial}`, or just the path).
//!
//! | method | result |
//! |---|---|
//! | `trace_codeId(code)` | the code's key, `0x…` |
//! | `trace_verify(code, at?)` | `{ code, verdict, claimedAt?, flags? }` |
//! | `trace_report(code, at?)` | the full report, or `null` for a code never issued |
//!
//! The JSON is written by `trace-client`'s [`json`] module, the one writer that `trace verify
//! --json` uses too: the node converts the pallet's report into the clients' model
//! ([`trace_client::report::from_pallet`]) and writes that.

use jsonrpsee::{
	core::{async_trait, RpcResult},
	proc_macros::rpc,
	types::{error::INTERNAL_ERROR_CODE, ErrorObject, ErrorObjectOwned},
};
use pallet_traceability::report::{TraceReport, Verdict};
use pallet_traceability_runtime_api::TraceabilityApi;
use serde_json::Value;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use std::sync::Arc;
use trace_client::report::{from_pallet, json};
use trace_runtime::{opaque::Block, Runtime};

/// The report type of this runtime.
pub type Report = TraceReport<Runtime>;

/// JSON-RPC error code: the code argument is malformed.
pub const INVALID_CODE: i32 = 4001;
/// JSON-RPC error code: the runtime API call failed.
pub const RUNTIME_ERROR: i32 = 4002;

/// The `trace_*` methods.
#[rpc(server, namespace = "trace")]
pub trait TraceApi<BlockHash> {
	/// The key of a code given as a Digital Link or a key.
	#[method(name = "codeId")]
	fn code_id(&self, code: String) -> RpcResult<H256>;

	/// The consumer verdict of a code.
	#[method(name = "verify")]
	fn verify(&self, code: String, at: Option<BlockHash>) -> RpcResult<Value>;

	/// The full trace report of a code, `null` if it was never issued.
	#[method(name = "report")]
	fn report(&self, code: String, at: Option<BlockHash>) -> RpcResult<Option<Value>>;
}

/// Serves [`TraceApiServer`] from a client.
pub struct Trace<C> {
	client: Arc<C>,
}

impl<C> Trace<C> {
	/// Serves the namespace from `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

fn invalid_code(message: String) -> ErrorObjectOwned {
	ErrorObject::owned(INVALID_CODE, message, None::<()>)
}

/// Parses a code argument: a `0x` key of 32 bytes or a GS1 Digital Link.
pub fn parse_code(code: &str) -> Result<H256, ErrorObjectOwned> {
	let code = code.trim();
	if let Some(hex) = code.strip_prefix("0x") {
		let bytes = hex::decode(hex)
			.map_err(|e| invalid_code(format!("code key {code} is not hex: {e}")))?;
		if bytes.len() != 32 {
			return Err(invalid_code(format!(
				"code key {code} has {} bytes, expected 32",
				bytes.len()
			)));
		}
		return Ok(H256::from_slice(&bytes));
	}
	let link = trace_gs1::DigitalLink::parse(code)
		.map_err(|e| invalid_code(format!("{code} is not a GS1 Digital Link: {e}")))?;
	Ok(H256::from(link.key()))
}

#[async_trait]
impl<C> TraceApiServer<<Block as sp_runtime::traits::Block>::Hash> for Trace<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TraceabilityApi<Block, Report, Verdict>,
{
	fn code_id(&self, code: String) -> RpcResult<H256> {
		parse_code(&code)
	}

	fn verify(&self, code: String, at: Option<H256>) -> RpcResult<Value> {
		let key = parse_code(&code)?;
		let at = at.unwrap_or_else(|| self.client.info().finalized_hash);
		let verdict = self.client.runtime_api().verify(at, key).map_err(runtime_error)?;
		Ok(json::verdict(&key.0, &verdict))
	}

	fn report(&self, code: String, at: Option<H256>) -> RpcResult<Option<Value>> {
		let key = parse_code(&code)?;
		let at = at.unwrap_or_else(|| self.client.info().finalized_hash);
		let Some(report) =
			self.client.runtime_api().trace_report(at, key).map_err(runtime_error)?
		else {
			return Ok(None);
		};
		let (number, finalized) = self.block_of(at);
		let report = from_pallet(&report, number, at.0, finalized).map_err(|e| {
			ErrorObject::owned(
				INTERNAL_ERROR_CODE,
				format!("cannot convert the runtime's report: {e}"),
				None::<()>,
			)
		})?;
		Ok(Some(json::report(&report)))
	}
}

impl<C: HeaderBackend<Block>> Trace<C> {
	/// The number of block `at`, and whether it is finalized: on the finalized chain, at or
	/// below its head.
	fn block_of(&self, at: H256) -> (u32, bool) {
		let info = self.client.info();
		let Some(number) = self.client.number(at).ok().flatten() else { return (0, false) };
		let canonical = self.client.hash(number).ok().flatten() == Some(at);
		(number, canonical && number <= info.finalized_number)
	}
}

fn runtime_error(e: sp_api::ApiError) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, format!("runtime API error: {e}"), None::<()>)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn codes_parse_from_keys_and_digital_links() {
		let link = "https://id.trace.example/01/09506000134352/21/ABC123";
		let key = parse_code(link).unwrap();
		assert_eq!(parse_code(&format!("{key:?}")).unwrap(), key);
		assert_eq!(parse_code("/01/09506000134352/21/ABC123").unwrap(), key);
	}

	#[test]
	fn malformed_codes_say_what_is_wrong() {
		let err = parse_code("0x1234").unwrap_err();
		assert!(err.message().contains("has 2 bytes, expected 32"), "{}", err.message());
		let err = parse_code("https://id.trace.example/01/09506000134353/21/A").unwrap_err();
		assert!(err.message().contains("check digit"), "{}", err.message());
		assert_eq!(err.code(), INVALID_CODE);
	}
}

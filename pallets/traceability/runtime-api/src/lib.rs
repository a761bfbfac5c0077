//! # Traceability runtime API
//!
//! What wallets, explorers, the `trace` CLI, the `trace_*` RPC and consumer pages call to read
//! a trace code without decoding storage themselves:
//!
//! - [`TraceabilityApi::trace_report`]: everything known about one code — its product, status,
//!   custodian, the containers around it, its events in order, certifications with their
//!   validity now, recalls and claim — or `None` for an unknown code;
//! - [`TraceabilityApi::verify`]: the verdict a consumer understands (genuine, destroyed,
//!   claimed already, recalled, unknown);
//! - [`TraceabilityApi::code_id`]: the on-chain key of a GTIN + serial, so a client needs no
//!   GS1 code of its own to find a record.
//!
//! The report and verdict types are the pallet's (`pallet_traceability::TraceReport<Runtime>`
//! and `pallet_traceability::Verdict`); they are generic parameters here so this crate does
//! not depend on the runtime. Their layout is in the runtime metadata, so generic clients
//! (subxt, polkadot.js) decode them without custom code.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
use sp_core::H256;

sp_api::decl_runtime_apis! {
	/// Reads trace codes.
	pub trait TraceabilityApi<Report, Verdict>
	where
		Report: Codec,
		Verdict: Codec,
	{
		/// The full trace report of `code`, or `None` if no such code was ever issued.
		fn trace_report(code: H256) -> Option<Report>;

		/// The consumer verdict for `code` (`Unknown` for a code never issued).
		fn verify(code: H256) -> Verdict;

		/// The on-chain key of GTIN-14 `gtin` (14 ASCII digits) and `serial`, or `None` if
		/// either is malformed (wrong length, a non-digit, a wrong check digit, a character
		/// outside GS1's set).
		fn code_id(gtin: Vec<u8>, serial: Vec<u8>) -> Option<H256>;
	}
}

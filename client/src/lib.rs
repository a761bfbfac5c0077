//! `trace-client`: what the clients of trace-chain share, the `trace` CLI (`cli/`), the load
//! generator (`loadgen/`) and the EPCIS gateway (`gateway/`), and the node's `trace_*` RPC
//! (`node/src/rpc/trace.rs`) for the report's JSON.
//!
//! - [`api`]: the chain's typed interface, generated at compile time by subxt from
//!   `metadata/trace.scale` (see `metadata/README.md` to refresh it).
//! - [`report`]: a code's trace report in plain Rust, from the runtime API's answer (through
//!   subxt) or from the pallet's own report (in the node), and [`report::json`], the one
//!   writer of its JSON.
//! - [`epcis`]: the one mapping of a report's history to GS1 EPCIS 2.0 JSON-LD events, with
//!   their documents (`trace export --epcis`, the gateway's query answers).
//! - [`time`]: the chain's milliseconds to and from RFC 3339 text.
//! - [`roles`] and [`roles_of`]: the pallet's [`Roles`] as the calls take them and back.
//!
//! With the feature `connect` (a default one; the node goes without it):
//!
//! - [`Connection`]: a node's RPC server (trusted) or a light client (smoldot) that checks what
//!   it reads against GRANDPA-finalized headers; [`connect_rpc`] and [`connect_raw`] for an
//!   RPC client alone.
//! - [`read`]: a code's report at a block ([`read::report_at`]) and the stored records
//!   (codes, products, participants) the clients need.
//! - [`from_suri`], [`account_id`]: sr25519 signers.
//! - [`submit`]: submitting transactions, waiting for their finalized outcome, and a dispatch
//!   error named and documented from the metadata ([`ChainError`]).
//! - What the clients read from the chain instead of restating it: [`string_limit`],
//!   [`max_codes_per_call`], [`block_weights`], [`block_length`], [`token_unit`].
//!
//! The feature `sample` adds [`report::sample`], a report for the clients' tests.

#[cfg(feature = "connect")]
mod connection;
pub mod epcis;
#[cfg(feature = "connect")]
mod keys;
#[cfg(feature = "connect")]
mod limits;
#[cfg(feature = "connect")]
pub mod read;
pub mod report;
#[cfg(feature = "connect")]
pub mod submit;
pub mod time;

#[cfg(feature = "connect")]
pub use connection::{connect_raw, connect_rpc, AtBlock, Connection, TraceConfig, SYNC_TIMEOUT};
#[cfg(feature = "connect")]
pub use keys::{account_id, from_suri};
#[cfg(feature = "connect")]
pub use limits::{block_length, block_weights, max_codes_per_call, string_limit, token_unit};
pub use pallet_traceability::Roles;
#[cfg(feature = "connect")]
pub use submit::ChainError;

/// The chain's typed interface: its calls, events, storage, constants and runtime APIs, and
/// their types under `runtime_types::{crate}::{module path}`, as the metadata names them
/// (`runtime_types::frame_system::limits::BlockWeights`). `BoundedVec`s are plain `Vec`s here;
/// the runtime checks their bounds. The pallet's vocabularies (`Roles`, `CodeStatus`, `BizStep`,
/// `Disposition`, `CertificationStatus`, `ChipKey`, `ChipSignature`, `Verdict`) are not
/// generated again: they are the pallet's own types (in subxt's `Static`, SCALE-coded as the
/// runtime codes them), so their names, CBV strings and rules (`as_str`, `as_cbv_str`,
/// `Verdict::of`, `verify_chip`) have one definition.
#[subxt::subxt(
	runtime_metadata_path = "metadata/trace.scale",
	derive_for_all_types = "Clone, PartialEq, Eq",
	substitute_type(
		path = "bounded_collections::bounded_vec::BoundedVec<T>",
		with = "::subxt::alloc::vec::Vec<T>"
	),
	substitute_type(
		path = "pallet_traceability::types::Roles<T>",
		with = "::subxt::utils::Static<::pallet_traceability::Roles>"
	),
	substitute_type(
		path = "pallet_traceability::types::CodeStatus",
		with = "::subxt::utils::Static<::pallet_traceability::CodeStatus>"
	),
	substitute_type(
		path = "pallet_traceability::types::BizStep",
		with = "::subxt::utils::Static<::pallet_traceability::BizStep>"
	),
	substitute_type(
		path = "pallet_traceability::types::Disposition",
		with = "::subxt::utils::Static<::pallet_traceability::Disposition>"
	),
	substitute_type(
		path = "pallet_traceability::types::CertificationStatus",
		with = "::subxt::utils::Static<::pallet_traceability::CertificationStatus>"
	),
	substitute_type(
		path = "pallet_traceability::types::ChipKey",
		with = "::subxt::utils::Static<::pallet_traceability::ChipKey>"
	),
	substitute_type(
		path = "pallet_traceability::types::ChipSignature",
		with = "::subxt::utils::Static<::pallet_traceability::ChipSignature>"
	),
	substitute_type(
		path = "pallet_traceability::report::Verdict",
		with = "::subxt::utils::Static<::pallet_traceability::report::Verdict>"
	)
)]
pub mod api {}

/// The roles of a participant as `admit_participant` and `update_participant` take them.
///
/// The one place where the generated type is built: the bits are the pallet's own
/// ([`Roles::MERCHANT`], …), never restated.
pub fn roles(roles: Roles) -> subxt::utils::Static<Roles> {
	subxt::utils::Static(roles)
}

/// The pallet's roles of a stored participant's generated `Roles`.
pub fn roles_of(roles: &subxt::utils::Static<Roles>) -> Roles {
	roles.0
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn roles_keep_the_pallets_bits() {
		let set = Roles::MERCHANT.union(Roles::RETAILER);
		let generated = roles(set);
		assert_eq!(roles_of(&generated), set);
		assert!(roles_of(&generated).contains(Roles::MERCHANT));
		assert!(!roles_of(&generated).intersects(Roles::CARRIER));
		assert_eq!(roles_of(&roles(Roles::empty())), Roles::empty());
	}
}

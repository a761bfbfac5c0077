//! Builds the wasm blob of the runtime. With the `metadata-hash` feature the blob carries the
//! metadata hash that `CheckMetadataHash` lets offline signers and polkadot.js verify.

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash(trace_chain_token::SYMBOL, trace_chain_token::DECIMALS)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// The wasm builder is only needed for the native (std) build.
#[cfg(not(feature = "std"))]
fn main() {}

/// Token facts shared with `src/lib.rs` (the build script cannot import the crate itself).
#[cfg(all(feature = "std", feature = "metadata-hash"))]
#[allow(dead_code)]
mod trace_chain_token {
	include!("src/token.rs");
}

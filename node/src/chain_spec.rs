//! Chain specifications: `dev` (one authority, sudo), `local` (four validators, no sudo) and
//! `production` (the template of a consortium chain, to fill in: see `docs/operations.md`),
//! all built from the runtime's genesis presets, plus loading a chain spec from a JSON file.

use sc_service::ChainType;
use trace_runtime::{token, WASM_BINARY};

/// A chain spec of this chain, with no extensions.
pub type ChainSpec = sc_service::GenericChainSpec;

/// Token symbol, decimals and SS58 prefix, as wallets and polkadot.js read them.
fn properties() -> sc_chain_spec::Properties {
	let mut properties = sc_chain_spec::Properties::new();
	properties.insert("tokenSymbol".into(), token::SYMBOL.into());
	properties.insert("tokenDecimals".into(), token::DECIMALS.into());
	properties.insert("ss58Format".into(), token::SS58_PREFIX.into());
	properties
}

fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| "The runtime wasm blob was not built (SKIP_WASM_BUILD?)".to_string())
}

/// The development chain: alice authors and finalises alone.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("trace-chain development")
		.with_id("trace_dev")
		.with_protocol_id("trace")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// A local testnet of four validators: alice, bob, charlie and dave.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("trace-chain local testnet")
		.with_id("trace_local")
		.with_protocol_id("trace")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// The template of a live consortium chain: no validators, members, funds or sudo key yet.
/// `docs/operations.md` fills in the organisations' accounts and keys; as it is, the chain has
/// no authority and produces no block.
pub fn production_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("trace-chain")
		.with_id("trace_consortium")
		.with_protocol_id("trace")
		.with_chain_type(ChainType::Live)
		.with_genesis_config_preset_name(
			trace_runtime::genesis_config_presets::PRODUCTION_RUNTIME_PRESET,
		)
		.with_properties(properties())
		.build())
}

/// Loads a chain spec from a JSON file, with an error that names the file and the problem.
pub fn from_json_file(path: &std::path::Path) -> Result<ChainSpec, String> {
	if !path.exists() {
		return Err(format!(
			"chain spec file {} does not exist; use --chain dev, --chain local, --chain \
			 production or a path to a chain spec JSON file",
			path.display()
		));
	}
	ChainSpec::from_json_file(path.to_path_buf())
		.map_err(|e| format!("chain spec file {} is not a valid chain spec: {e}", path.display()))
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::BuildStorage;

	#[test]
	fn dev_local_and_production_chain_specs_build_genesis_storage() {
		for spec in [
			development_chain_spec().unwrap(),
			local_chain_spec().unwrap(),
			production_chain_spec().unwrap(),
		] {
			let storage = spec.build_storage().expect("genesis storage builds");
			assert!(!storage.top.is_empty(), "{} has an empty genesis", spec.id());
			assert_eq!(spec.properties()["tokenSymbol"], "TRACE");
		}
	}

	#[test]
	fn missing_chain_spec_file_is_a_readable_error() {
		let Err(err) = from_json_file(std::path::Path::new("/nonexistent/spec.json")) else {
			panic!("a missing file must be an error")
		};
		assert!(err.contains("does not exist"), "{err}");
	}

	#[test]
	fn corrupt_chain_spec_file_is_a_readable_error() {
		let dir = std::env::temp_dir().join(format!("trace-spec-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let path = dir.join("corrupt.json");
		std::fs::write(&path, b"{ this is not json").unwrap();
		let Err(err) = from_json_file(&path) else { panic!("a corrupt file must be an error") };
		std::fs::remove_dir_all(&dir).unwrap();
		assert!(err.contains("is not a valid chain spec"), "{err}");
	}
}

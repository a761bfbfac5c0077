//! What the clients read from the chain instead of restating it: the pallet's longest free
//! text and largest batch of codes, the block limits, and the unit of the token.

use crate::{
	api::{
		self,
		runtime_types::frame_system::limits::{BlockLength, BlockWeights},
	},
	AtBlock,
};
use anyhow::{anyhow, Context, Result};
use subxt::rpcs::{rpc_params, RpcClient};

/// `Traceability::StringLimit` at `at`, the pallet's `#[pallet::constant]`: the longest free
/// text a call takes (names, categories, reasons, place descriptions), in bytes.
pub fn string_limit(at: &AtBlock) -> Result<usize> {
	count(at, api::constants().traceability().string_limit())
}

/// `Traceability::MaxCodesPerCall` at `at`, the pallet's `#[pallet::constant]`: the most codes
/// one call issues, packs or unpacks.
pub fn max_codes_per_call(at: &AtBlock) -> Result<usize> {
	count(at, api::constants().traceability().max_codes_per_call())
}

/// The `u32` constant at `address`, as a count.
fn count<Address: subxt::constants::Address<Target = u32>>(
	at: &AtBlock,
	address: Address,
) -> Result<usize> {
	let (pallet, name) = (address.pallet_name().to_owned(), address.constant_name().to_owned());
	let value = at
		.constants()
		.entry(address)
		.with_context(|| format!("cannot read {pallet}::{name}"))?;
	Ok(usize::try_from(value).unwrap_or(usize::MAX))
}

/// `System::BlockWeights` at `at`: the weight of an empty block, the largest block, and the
/// limits of each dispatch class.
pub fn block_weights(at: &AtBlock) -> Result<BlockWeights> {
	at.constants()
		.entry(api::constants().system().block_weights())
		.context("cannot read System::BlockWeights")
}

/// `System::BlockLength` at `at`: the largest encoded length of each dispatch class's
/// extrinsics in a block.
pub fn block_length(at: &AtBlock) -> Result<BlockLength> {
	at.constants()
		.entry(api::constants().system().block_length())
		.context("cannot read System::BlockLength")
}

/// One unit of the chain's token in its smallest denomination, `10^tokenDecimals`, from the
/// node's `system_properties`.
///
/// The node takes those properties from the runtime's token definition (`runtime/src/token.rs`,
/// through `node/src/chain_spec.rs`), so this is the runtime's unit without depending on the
/// runtime crate. The metadata has no constant for it (the existential deposit is a thousandth
/// of a unit, and a runtime choice that may change on its own).
pub async fn token_unit(rpc: &RpcClient) -> Result<u128> {
	let properties: serde_json::Value = rpc
		.request("system_properties", rpc_params![])
		.await
		.map_err(|error| anyhow!("system_properties: {error}"))?;
	unit_of(&properties)
}

/// `10^tokenDecimals` of a chain's properties. A chain of several tokens lists their decimals,
/// the native token's first.
fn unit_of(properties: &serde_json::Value) -> Result<u128> {
	let value = properties
		.get("tokenDecimals")
		.ok_or_else(|| anyhow!("the node's system_properties have no tokenDecimals"))?;
	let first = value.as_array().and_then(|list| list.first()).unwrap_or(value);
	let decimals = first
		.as_u64()
		.and_then(|decimals| u32::try_from(decimals).ok())
		.ok_or_else(|| anyhow!("the node's tokenDecimals is not a number: {value}"))?;
	10_u128
		.checked_pow(decimals)
		.ok_or_else(|| anyhow!("the node's tokenDecimals {decimals} is too large"))
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn the_unit_is_ten_to_the_token_decimals() {
		let dev = json!({"ss58Format": 42, "tokenDecimals": 12, "tokenSymbol": "TRACE"});
		assert_eq!(unit_of(&dev).unwrap(), 1_000_000_000_000);
		assert_eq!(unit_of(&json!({"tokenDecimals": [10, 18]})).unwrap(), 10_000_000_000);
		assert_eq!(unit_of(&json!({"tokenDecimals": 0})).unwrap(), 1);
		assert!(unit_of(&json!({})).is_err());
		assert!(unit_of(&json!({"tokenDecimals": "12"})).is_err());
		assert!(unit_of(&json!({"tokenDecimals": 39})).is_err());
	}
}

// The chain's token, shared by the runtime, the metadata hash and the chain spec properties.
// Kept free of imports so that `build.rs` can `include!` it.

/// Ticker of the chain's token.
pub const SYMBOL: &str = "TRACE";
/// Decimal places of the token: one TRACE is `10^DECIMALS` plancks.
pub const DECIMALS: u8 = 12;
/// SS58 address prefix. 42 is the generic Substrate prefix that every wallet understands.
pub const SS58_PREFIX: u16 = 42;

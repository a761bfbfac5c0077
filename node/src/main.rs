//! trace-chain node: Aura + GRANDPA, ParityDB, RPC and Prometheus metrics.

#![warn(missing_docs)]
// `sc_cli::Error` and `sc_service::Error` are upstream types that the runner API makes every
// command closure return; boxing them here would only add conversions.
#![allow(clippy::result_large_err)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}

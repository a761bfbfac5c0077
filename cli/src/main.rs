//! `trace`: the trace-chain command-line client.
//!
//! Merchants, carriers, customs, retailers and certifiers sign and submit the traceability
//! pallet's calls; consumers verify a code through a light client, print its QR code and export
//! its history as EPCIS 2.0. See `trace --help`, and `commands` for what each subcommand does.

mod args;
mod bulk;
mod chip;
mod cli;
mod commands;
mod format;
mod ident;
mod keys;
mod labels;
mod model;
mod pretty;
mod qr;
mod sanitize;
mod secrets;
#[cfg(test)]
mod vectors;

mod chain;

use clap::Parser;
use std::process::ExitCode;
// The one EPCIS mapping and the RFC 3339 times, `trace-client`'s.
use trace_client::{epcis, time};
// `trace verify --json`: the report in the JSON of the node's `trace_report` RPC, from the one
// writer both use.
use trace_client::report::json as report_json;

#[tokio::main]
async fn main() -> ExitCode {
	let cli = cli::Cli::parse();
	match commands::run(cli).await {
		Ok(()) => ExitCode::SUCCESS,
		Err(error) => {
			// Errors may quote the chain or a server (dispatch errors, refusals): their text is
			// chain text.
			eprintln!("error: {}", sanitize::lines(&format!("{error:#}")));
			ExitCode::FAILURE
		},
	}
}

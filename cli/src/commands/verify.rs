//! `trace verify`: a code's verdict and readable history, read through a light client.
//!
//! By default the reads go through smoldot started from the chain spec (`--chain-spec`, which
//! must list bootnodes or get them with `--bootnode`): it syncs the finalized headers, runs the
//! runtime API `TraceabilityApi_trace_report` itself and checks each storage value it reads
//! against their state roots, so no server is trusted. `--rpc URL` reads through a node's RPC
//! server instead and says so: that server is trusted.

use super::common::code;
use crate::{
	chain::Chain,
	cli::{Global, VerifyArgs},
	format,
	model::Verdict,
};
use anyhow::{anyhow, bail, Result};
use std::time::{Duration, Instant};

/// Verifies a code.
pub async fn run(_global: &Global, args: VerifyArgs) -> Result<()> {
	let code = code(&args.code)?;
	let timeout = Duration::from_secs(args.timeout);
	let started = Instant::now();
	let chain = match (&args.rpc, &args.chain_spec) {
		(Some(url), _) => Chain::rpc(url).await?,
		(None, Some(spec)) => Chain::light(spec, &args.bootnodes, timeout).await?,
		(None, None) => bail!(
			"give --chain-spec FILE to verify through a light client (nothing trusted), or \
			 --rpc URL to read through a node you trust"
		),
	};
	let connected = started.elapsed();
	let left = timeout.saturating_sub(started.elapsed());
	let report = tokio::time::timeout(left, chain.report(code.id)).await.map_err(|_| {
		let hint = if args.rpc.is_some() {
			""
		} else {
			": the light client found no peer that serves the chain (check the bootnodes and \
				 that the chain spec is this chain's)"
		};
		anyhow!("no verified answer within {} s{hint}", args.timeout)
	})??;
	let read = started.elapsed() - connected;
	let timing = format!(
		"(connected in {:.1} s, report read in {:.1} s)",
		connected.as_secs_f64(),
		read.as_secs_f64()
	);
	println!("{}", chain.trust_line());
	println!();
	match report {
		Some(report) => {
			print!("{}", format::report(&report, &args.resolver));
			eprintln!("{timing}");
			Ok(())
		},
		None => {
			let name = match &code.link {
				Some(link) => link.to_uri(&args.resolver),
				None => code.id_hex(),
			};
			print!("{}", format::unknown(&name));
			eprintln!("{timing}");
			bail!("{}", crate::model::explain(Verdict::Unknown))
		},
	}
}

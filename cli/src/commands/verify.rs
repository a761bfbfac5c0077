//! `trace verify`: a code's verdict and readable history, read through a light client.
//!
//! By default the reads go through smoldot started from the chain spec (`--chain-spec`, which
//! must list bootnodes or get them with `--bootnode`): it syncs the finalized headers, runs the
//! runtime API `TraceabilityApi_trace_report` itself and checks each storage value it reads
//! against their state roots, so no server is trusted. `--rpc URL` reads through a node's RPC
//! server instead and says so: that server is trusted. `--json` prints the block read, how, and
//! the report in the node's `trace_report` JSON (see [`crate::report_json`]).

use super::common::code;
use crate::{
	chain::{report_at, Chain},
	cli::{Global, VerifyArgs},
	format,
	model::Verdict,
	report_json,
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
	let read = async {
		let at = chain.at_finalized().await?;
		let block = (u32::try_from(at.block_number()).unwrap_or(u32::MAX), at.block_hash().0);
		Ok::<_, anyhow::Error>((report_at(&at, code.id).await?, block))
	};
	let (report, block) = tokio::time::timeout(left, read).await.map_err(|_| {
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
	if args.json {
		eprintln!("{}", chain.trust_line());
		let light_client = args.rpc.is_none();
		println!("{:#}", report_json::output(report.as_ref(), block, light_client));
		eprintln!("{timing}");
		return match report {
			Some(_) => Ok(()),
			None => bail!("{}", crate::model::explain(Verdict::Unknown)),
		};
	}
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

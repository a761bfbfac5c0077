//! The subcommands. Each module turns its arguments into calls, submits them and prints the
//! outcome; checks that need no chain happen before connecting, and free text is checked
//! against the runtime's `StringLimit` once connected, before anything is signed.

mod certifications;
mod chips;
mod claim;
mod codes;
mod common;
mod containers;
mod custody;
mod export;
mod labels;
mod lifecycle;
mod ownership;
mod participants;
mod products;
mod qr;
mod recalls;
mod verify;

use crate::cli::{Cli, Command};
use anyhow::Result;

/// Runs the command line.
pub async fn run(cli: Cli) -> Result<()> {
	let global = &cli.global;
	match cli.command {
		Command::Qr(args) => qr::run(global, &args).await,
		Command::Labels(args) => labels::run(global, &args).await,
		Command::Participant(command) => participants::run(global, command).await,
		Command::Product(command) => products::run(global, command).await,
		Command::Code(command) => codes::run(global, command).await,
		Command::Handover(command) => custody::run(global, command).await,
		Command::Pack(args) => containers::pack(global, args).await,
		Command::Unpack(args) => containers::unpack(global, args).await,
		Command::Inspect(args) => lifecycle::inspect(global, args).await,
		Command::Sell(args) => lifecycle::sell(global, args).await,
		Command::Destroy(args) => lifecycle::destroy(global, args).await,
		Command::Decommission(args) => lifecycle::decommission(global, args).await,
		Command::Claim(args) => claim::run(global, args).await,
		Command::Ownership(command) => ownership::run(global, command).await,
		Command::Chip(command) => chips::run(global, command).await,
		Command::Cert(command) => certifications::run(global, command).await,
		Command::Recall(command) => recalls::run(global, command).await,
		Command::Verify(args) => verify::run(global, args).await,
		Command::Export(args) => export::run(global, args).await,
	}
}

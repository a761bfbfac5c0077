//! `trace chip`: a merchant registers the public key of the chip embedded in an item; anyone
//! holding the item has the chip sign a challenge bound to a recent finalized block and checks
//! the answer against that key, read from the chain; the scan may be recorded in the item's
//! history without tokens.
//!
//! What the chip signs is the pallet's `chip_challenge(genesis, code, block hash)` and whether
//! it signed it is the pallet's `verify_chip`, both called here as the pallet defines them. An
//! answer for a block more than `MaxChipChallengeAge` blocks (the pallet's constant, read from
//! the metadata) before the latest finalized one is refused as the chain would refuse it.
//!
//! The chip answers through a file (`--signature-file`) or a reader command
//! (`--reader-command`): a program that talks to the chip, given the challenge in hex on its
//! standard input and as `{challenge}` (its `blake2_256` as `{digest}`), printing the signature
//! in hex (cli/README.md states the contract). `trace chip soft-sign` is such a program, with a
//! software key, for tests and demos.

use super::common::{chain_report, code, connect, key, sign_and_submit};
use crate::{
	chain::{named_error_text, Chain},
	chip::{self, key_hex, signature_hex, SoftChip},
	cli::{
		ChipChallengeArgs, ChipCommand, ChipRegisterArgs, ChipScheme, ChipVerifyArgs, Global,
		SoftSignArgs,
	},
	ident::CodeRef,
};
use anyhow::{anyhow, bail, Context, Result};
use pallet_traceability::{chip_challenge, verify_chip, ChipKey, ChipSignature};
use std::{
	io::{Read, Write},
	process::{Command, Stdio},
};
use subxt::utils::{Static, H256};
use trace_client::{api, AtBlock};

/// Runs `trace chip …`.
pub async fn run(global: &Global, command: ChipCommand) -> Result<()> {
	match command {
		ChipCommand::Register(args) => register(global, &args).await,
		ChipCommand::Challenge(args) => challenge(global, &args).await,
		ChipCommand::Verify(args) => verify(global, &args).await,
		ChipCommand::SoftSign(args) => soft_sign(&args),
	}
}

/// Registers an item's chip (signed by the issuing merchant).
async fn register(global: &Global, args: &ChipRegisterArgs) -> Result<()> {
	let code = code(&args.code)?;
	let chip_key = chip::parse_public(args.key_type, &args.public)?;
	let call = api::tx().traceability().register_chip(key(&code), Static(chip_key));
	sign_and_submit(global, &[], call).await?;
	println!("Registered the {} chip {} of {code}", args.key_type.name(), key_hex(&chip_key));
	Ok(())
}

/// Prints the challenge of a block for the item's chip.
async fn challenge(global: &Global, args: &ChipChallengeArgs) -> Result<()> {
	let code = code(&args.code)?;
	let chain = connect(global).await?;
	let bound = bind(&chain, &code, args.block).await?.map_err(|reason| anyhow!("{reason}"))?;
	let scheme = ChipScheme::of(&bound.chip);
	println!("Challenge   0x{}", hex::encode(&bound.challenge));
	println!("Block       #{} 0x{}", bound.block, hex::encode(bound.block_hash.0));
	println!("Chip        {} {}", scheme.name(), key_hex(&bound.chip));
	if scheme == ChipScheme::Secp256k1Ecdsa {
		println!(
			"Digest      0x{} (blake2_256 of the challenge: what the chip signs)",
			hex::encode(sp_crypto_hashing::blake2_256(&bound.challenge))
		);
	}
	println!(
		"Fresh until #{} (MaxChipChallengeAge: {} blocks); then check the answer with\n  trace \
		 chip verify {code} --block {} --signature-file FILE",
		bound.block.saturating_add(bound.max_age),
		bound.max_age,
		bound.block
	);
	Ok(())
}

/// Checks the chip's answer, and records the scan if asked.
async fn verify(global: &Global, args: &ChipVerifyArgs) -> Result<()> {
	let code = code(&args.code)?;
	// A file that cannot be read fails before anything else.
	let file = args
		.signature_file
		.as_ref()
		.map(|path| {
			std::fs::read(path)
				.with_context(|| format!("--signature-file: cannot read {}", path.display()))
		})
		.transpose()?;
	let chain = connect(global).await?;
	let bound = match bind(&chain, &code, args.block).await? {
		Ok(bound) => bound,
		Err(reason) => return missing_or_wrong(&reason),
	};
	let scheme = ChipScheme::of(&bound.chip);
	let signature = match (&file, &args.reader_command) {
		(Some(content), _) => chip::signature_from_file(scheme, content, "the signature file")?,
		(None, Some(command)) => {
			let answer = read_chip(command, &bound.challenge).await?;
			chip::signature_from_hex(scheme, &answer, "the reader command's answer")?
		},
		(None, None) => bail!("give --signature-file PATH or --reader-command CMD"),
	};
	if !verify_chip(&bound.chip, &bound.challenge, &signature) {
		let why = format!(
			"the signature is not this chip's over the challenge of block #{}: another chip \
			 (a copied label), a wrong key or a bad signature",
			bound.block
		);
		return missing_or_wrong(&bound.refused("BadChipSignature", &why));
	}
	println!("chip verified: this is the labelled original");
	println!(
		"  {} chip {}, answering for block #{} 0x{}",
		scheme.name(),
		key_hex(&bound.chip),
		bound.block,
		hex::encode(bound.block_hash.0)
	);
	if args.record {
		record(&chain, &code, &bound, signature).await?;
	}
	Ok(())
}

/// Prints why the chip did not answer for the item, and fails.
fn missing_or_wrong(reason: &str) -> Result<()> {
	println!("chip missing or wrong: {reason}");
	bail!("the chip was not verified")
}

/// Records a verified scan: a token-less `record_chip_scan`.
async fn record(
	chain: &Chain,
	code: &CodeRef,
	bound: &Bound,
	signature: ChipSignature,
) -> Result<()> {
	// The pool refuses a scan the chain would refuse with a bare "invalid transaction"; the one
	// refusal a good answer meets, a scan too soon after the last, is named first.
	let interval = bound
		.at
		.constants()
		.entry(api::constants().traceability().chip_scan_interval())
		.context("cannot read Traceability::ChipScanInterval")?;
	let stored = bound
		.at
		.storage()
		.try_fetch(api::storage().traceability().chips(), (key(code),))
		.await
		.context("cannot read Traceability::Chips")?
		.map(|value| value.decode().context("cannot decode a chip"))
		.transpose()?;
	if let Some(last) = stored.and_then(|chip| chip.last_scan) {
		let next = last.saturating_add(interval);
		if bound.finalized.saturating_add(1) < next {
			bail!(
				"{} (the last scan was recorded in block #{last}; the next one from block #{next})",
				named_error_text(&bound.at.metadata(), "Traceability", "ChipScanTooSoon")
			);
		}
	}
	let call = api::tx()
		.traceability()
		.record_chip_scan(key(code), bound.block, Static(signature));
	chain.submit_authorized(&call).await?.print();
	println!("Recorded the scan in the history of {code}");
	Ok(())
}

/// A challenge bound to a block, with what checking an answer to it needs.
struct Bound {
	/// The latest finalized block, where the chip's key was read.
	at: AtBlock,
	/// The chip's key on chain.
	chip: ChipKey,
	/// The block the challenge is bound to.
	block: u32,
	/// Its hash.
	block_hash: H256,
	/// The challenge: the pallet's `chip_challenge`.
	challenge: Vec<u8>,
	/// The number of the latest finalized block.
	finalized: u32,
	/// `Traceability::MaxChipChallengeAge`.
	max_age: u32,
}

impl Bound {
	/// The pallet's error `name`, as the chain would report it, after why here.
	fn refused(&self, name: &str, why: &str) -> String {
		refusal(&self.at, name, why)
	}
}

/// `why`, then the pallet's error `name` as the chain would report it.
fn refusal(at: &AtBlock, name: &str, why: &str) -> String {
	format!("{why} ({})", named_error_text(&at.metadata(), "Traceability", name))
}

/// The challenge of block `block` (default the latest finalized) for the chip of `code`, or
/// why the chip cannot answer for it: the item has no chip, or the block is not finalized yet
/// or older than `MaxChipChallengeAge` blocks.
async fn bind(
	chain: &Chain,
	code: &CodeRef,
	block: Option<u32>,
) -> Result<std::result::Result<Bound, String>> {
	let at = chain.at_finalized().await?;
	let report = chain_report(&at, code).await?;
	let Some(Static(chip)) = report.chip else {
		let why = "no chip is registered for this item";
		return Ok(Err(refusal(&at, "ChipNotRegistered", why)));
	};
	let max_age = at
		.constants()
		.entry(api::constants().traceability().max_chip_challenge_age())
		.context("cannot read Traceability::MaxChipChallengeAge")?;
	let finalized = u32::try_from(at.block_number()).unwrap_or(u32::MAX);
	let block = block.unwrap_or(finalized);
	let Some(age) = finalized.checked_sub(block) else {
		let why = format!(
			"the signature is over an unknown block: #{block} is not finalized yet (the latest \
			 finalized is #{finalized})"
		);
		return Ok(Err(refusal(&at, "UnknownChipChallenge", &why)));
	};
	if age > max_age {
		let why = format!(
			"the signature is over an old block: #{block} is {age} blocks before the latest \
			 finalized #{finalized}, too old (the chain takes answers for at most {max_age} \
			 blocks)"
		);
		return Ok(Err(refusal(&at, "StaleChipChallenge", &why)));
	}
	let block_hash = if age == 0 { at.block_hash() } else { chain.block_hash(block).await? };
	let challenge = chip_challenge(&chain.genesis_hash(), &key(code), &block_hash);
	Ok(Ok(Bound { at, chip, block, block_hash, challenge, finalized, max_age }))
}

/// Has the chip sign `challenge` through the reader command `command`: run by the shell with
/// `{challenge}` and `{digest}` replaced by the challenge and its `blake2_256` in hex, and the
/// challenge in hex on its standard input; its standard output is the answer. Its standard
/// error stays the terminal's (a reader may ask to tap the chip).
async fn read_chip(command: &str, challenge: &[u8]) -> Result<String> {
	let challenge_hex = format!("0x{}", hex::encode(challenge));
	let digest_hex = format!("0x{}", hex::encode(sp_crypto_hashing::blake2_256(challenge)));
	let line = command.replace("{challenge}", &challenge_hex).replace("{digest}", &digest_hex);
	tokio::task::spawn_blocking(move || run_reader(&line, &challenge_hex))
		.await
		.context("the reader command did not finish")?
}

/// Runs the reader command `line` (blocking), writing `challenge_hex` to its standard input.
fn run_reader(line: &str, challenge_hex: &str) -> Result<String> {
	let mut child = shell(line)
		.stdin(Stdio::piped())
		.stdout(Stdio::piped())
		.stderr(Stdio::inherit())
		.spawn()
		.with_context(|| format!("cannot run the reader command `{line}`"))?;
	if let Some(mut stdin) = child.stdin.take() {
		// A reader that takes the challenge as an argument may not read its input: a closed
		// pipe is no error.
		let _ = writeln!(stdin, "{challenge_hex}");
	}
	let output = child
		.wait_with_output()
		.with_context(|| format!("the reader command `{line}` failed"))?;
	if !output.status.success() {
		bail!("the reader command `{line}` failed ({})", output.status);
	}
	String::from_utf8(output.stdout).map_err(|_| {
		anyhow!("the reader command's answer is not text: it prints the signature in hex")
	})
}

/// The shell running `line`.
#[cfg(not(windows))]
fn shell(line: &str) -> Command {
	let mut command = Command::new("sh");
	command.arg("-c").arg(line);
	command
}

/// The shell running `line`.
#[cfg(windows)]
fn shell(line: &str) -> Command {
	let mut command = Command::new("cmd");
	command.arg("/C").arg(line);
	command
}

/// Answers a challenge as a software chip (`trace chip soft-sign`), or prints its key.
fn soft_sign(args: &SoftSignArgs) -> Result<()> {
	let seed: [u8; 32] =
		chip::hex_bytes(&args.seed, "--seed")?.try_into().map_err(|bytes: Vec<u8>| {
			anyhow!(
				"--seed is {} bytes: a software chip's secret is 32 bytes (0x + 64 hex digits)",
				bytes.len()
			)
		})?;
	let soft_chip = SoftChip::new(args.key_type, &seed)?;
	if args.show_public {
		println!("{}", key_hex(&soft_chip.key()));
		return Ok(());
	}
	let challenge = match &args.challenge {
		Some(text) => chip::hex_bytes(text, "the challenge")?,
		None => {
			let mut text = String::new();
			std::io::stdin()
				.read_to_string(&mut text)
				.context("cannot read the challenge from standard input")?;
			chip::hex_bytes(&text, "the challenge on standard input")?
		},
	};
	println!("{}", signature_hex(&soft_chip.sign(&challenge)));
	Ok(())
}

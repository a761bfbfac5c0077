//! `trace code`: merchants issue trace codes, one at a time or in bulk from a CSV file.
//!
//! A code may get a claim key: its public key goes on chain, its secret (a 12-word phrase) is
//! printed under the label's scratch-off so that the buyer can claim the item. Generated
//! secrets are written to the `--claim-secrets` CSV file once the node is reached and the
//! purchase checked, before anything is submitted. An owner handing a new claim secret over
//! (`trace ownership hand-over`) makes and writes it the same way ([`claim_key`],
//! [`write_secrets`]).

use super::common::{check_texts, connect, signer};
use crate::{
	args,
	bulk::{batches, parse_csv, ClaimKeySpec, IssueRow},
	chain::location_to_chain,
	cli::{CodeCommand, Global, IssueArgs, IssueBulkArgs, PurchaseArgs, DEFAULT_RESOLVER},
	ident::{parse_gtin_arg, parse_lot_arg, parse_serial_arg},
	keys, sanitize, time,
};
use anyhow::{anyhow, bail, Context, Result};
use futures::{stream::FuturesUnordered, StreamExt};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::Path;
use subxt::utils::H256;
use trace_client::api::{self, runtime_types::pallet_traceability::types::IssueItem};
use trace_gs1::DigitalLink;

/// Runs `trace code …`.
pub async fn run(global: &Global, command: CodeCommand) -> Result<()> {
	match command {
		CodeCommand::Issue(args) => issue_one(global, args).await,
		CodeCommand::IssueBulk(args) => issue_bulk(global, args).await,
	}
}

/// The call-wide part of an issuance: where and when bought, the officer commitment.
struct Purchase {
	location: crate::model::Location,
	purchased_at: u64,
	officer_commitment: [u8; 32],
}

/// Checks the purchase arguments and makes the officer commitment.
fn purchase(args: &PurchaseArgs) -> Result<Purchase> {
	let location = args::required_location(&args.location, "the purchase location")?;
	let purchased_at = match &args.purchased_at {
		Some(text) => time::parse(text).map_err(|error| anyhow!("--purchased-at: {error}"))?,
		None => time::now_ms(),
	};
	let (officer_commitment, salt) = args::officer_commitment(&args.officer)?;
	if !args.officer.is_empty() {
		println!(
			"Officer commitment 0x{} (salt 0x{}: keep it to prove who bought the goods)",
			hex::encode(officer_commitment),
			hex::encode(salt)
		);
	}
	Ok(Purchase { location, purchased_at, officer_commitment })
}

/// Permissions of the claim secrets file: its owner's only.
#[cfg(unix)]
const SECRETS_MODE: u32 = 0o600;

/// A claim key to register, and the secret to print if it was generated.
pub(super) struct ClaimKey {
	/// The public key that goes on chain, if any.
	pub public: Option<[u8; 32]>,
	/// The secret (a 12-word phrase) of a generated key, for the label.
	pub secret: Option<String>,
}

/// Resolves a [`ClaimKeySpec`], generating a key if asked.
pub(super) fn claim_key(spec: &ClaimKeySpec) -> Result<ClaimKey> {
	Ok(match spec {
		ClaimKeySpec::None => ClaimKey { public: None, secret: None },
		ClaimKeySpec::Public(public) => ClaimKey { public: Some(*public), secret: None },
		ClaimKeySpec::Generate => {
			let (secret, pair) = keys::generate_claim_key()?;
			ClaimKey { public: Some(pair.public_key().0), secret: Some(secret) }
		},
	})
}

/// Writes the claim secrets of generated keys, one row per code (named by its Digital Link,
/// with its lot), for label printing.
///
/// The file is created readable and writable by its owner only (mode 0600, or less under a
/// stricter umask) from the start: there is no moment at which another user could read it.
pub(super) fn write_secrets(path: &Path, rows: &[(DigitalLink, &ClaimKey)]) -> Result<()> {
	// Never overwrite: the file may hold the secrets of codes already on chain. (Nor follow a
	// symbolic link planted there: `create_new` fails on any existing name.)
	let mut options = std::fs::OpenOptions::new();
	options.write(true).create_new(true);
	#[cfg(unix)]
	{
		use std::os::unix::fs::OpenOptionsExt;
		options.mode(SECRETS_MODE);
	}
	let file = options.open(path).with_context(|| {
		format!(
			"cannot create the claim secrets file {} (an existing file is never overwritten: \
				 it may hold the secrets of codes already issued)",
			path.display()
		)
	})?;
	let mut out = csv::Writer::from_writer(file);
	out.write_record(["gtin", "serial", "lot", "digital_link", "claim_secret", "claim_public"])?;
	for (link, key) in rows {
		let Some(secret) = &key.secret else { continue };
		out.write_record([
			String::from_utf8_lossy(&link.gtin).into_owned(),
			String::from_utf8_lossy(&link.serial).into_owned(),
			link.lot
				.as_deref()
				.map(|lot| String::from_utf8_lossy(lot).into_owned())
				.unwrap_or_default(),
			link.to_uri(DEFAULT_RESOLVER),
			secret.clone(),
			key.public
				.map(|public| format!("0x{}", hex::encode(public)))
				.unwrap_or_default(),
		])?;
	}
	out.flush()?;
	Ok(())
}

/// The call issuing `rows` (all of one GTIN).
fn issue_call(
	rows: &[(&IssueRow, &ClaimKey)],
	purchase: &Purchase,
) -> Result<impl subxt::tx::Payload> {
	let gtin = rows.first().map(|(row, _)| row.gtin).ok_or_else(|| anyhow!("empty batch"))?;
	let items = rows
		.iter()
		.map(|(row, key)| IssueItem {
			serial: row.serial.clone(),
			lot: row.lot.clone(),
			claim_key: key.public,
		})
		.collect();
	Ok(api::tx().traceability().issue_codes(
		gtin,
		items,
		location_to_chain(&purchase.location),
		purchase.purchased_at,
		H256(purchase.officer_commitment),
	))
}

/// Issues one code.
async fn issue_one(global: &Global, args: IssueArgs) -> Result<()> {
	let row = IssueRow {
		row: 1,
		line: 0,
		gtin: parse_gtin_arg(&args.gtin)?,
		serial: parse_serial_arg(&args.serial)?,
		lot: args.lot.as_deref().map(parse_lot_arg).transpose()?,
		claim_key: args.claim_key.as_deref().map_or(Ok(ClaimKeySpec::None), ClaimKeySpec::parse)?,
	};
	let purchase = purchase(&args.purchase)?;
	let signer = signer(global)?;
	let chain = connect(global).await?;
	check_texts(&chain, &[args::place(&args.purchase.location)]).await?;
	let key = claim_key(&row.claim_key)?;
	if let (Some(path), Some(_)) = (&args.purchase.claim_secrets, &key.secret) {
		write_secrets(path, &[(row.link(), &key)])?;
	}
	let call = issue_call(&[(&row, &key)], &purchase)?;
	chain.submit(&call, &signer).await?.print();
	println!("Issued {}", row.link().to_uri(DEFAULT_RESOLVER));
	println!("Key    0x{}", hex::encode(row.code_id()));
	if let (None, Some(secret)) = (&args.purchase.claim_secrets, &key.secret) {
		println!("Claim secret (print it under the scratch-off): {secret}");
	}
	Ok(())
}

/// Issues the codes of a CSV file, in calls of at most `MaxCodesPerCall` codes submitted
/// together, with a progress bar.
async fn issue_bulk(global: &Global, args: IssueBulkArgs) -> Result<()> {
	let default_gtin = args.gtin.as_deref().map(parse_gtin_arg).transpose()?;
	let file = std::fs::File::open(&args.file)
		.with_context(|| format!("cannot open {}", args.file.display()))?;
	let mut rows = parse_csv(file, default_gtin)
		.map_err(|error| anyhow!("{}: {error}", args.file.display()))?;
	if args.generate_claim_keys {
		for row in &mut rows {
			if row.claim_key == ClaimKeySpec::None {
				row.claim_key = ClaimKeySpec::Generate;
			}
		}
	}
	let purchase = purchase(&args.purchase)?;
	let signer = signer(global)?;
	let chain = connect(global).await?;
	check_texts(&chain, &[args::place(&args.purchase.location)]).await?;
	let keys = rows.iter().map(|row| claim_key(&row.claim_key)).collect::<Result<Vec<_>>>()?;
	let pairs: Vec<(&IssueRow, &ClaimKey)> = rows.iter().zip(&keys).collect();
	if keys.iter().any(|key| key.secret.is_some()) {
		let Some(path) = &args.purchase.claim_secrets else {
			bail!("generated claim keys need --claim-secrets FILE to keep their secrets");
		};
		let labels: Vec<(DigitalLink, &ClaimKey)> =
			pairs.iter().map(|(row, key)| (row.link(), *key)).collect();
		write_secrets(path, &labels)?;
		println!("Claim secrets written to {}", path.display());
	}

	let at = chain.at_finalized().await?;
	let max_per_call = trace_client::max_codes_per_call(&at)?;
	let per_call = args.batch_size.map_or(max_per_call, |size| size.clamp(1, max_per_call));
	let groups = batches(&rows, per_call);
	let account = trace_client::account_id(&signer);
	let first_nonce = chain.nonce(&at, &account).await?;

	let progress = ProgressBar::new(rows.len() as u64);
	progress.set_style(
		ProgressStyle::with_template("{spinner} [{bar:40}] {pos}/{len} codes finalized {msg}")
			.unwrap_or_else(|_| ProgressStyle::default_bar())
			.progress_chars("=> "),
	);
	progress.set_message(format!("({} transactions)", groups.len()));
	let mut pending = FuturesUnordered::new();
	for (index, group) in groups.iter().enumerate() {
		let start = group.first().map_or(0, |row| row.row);
		let offset = start.saturating_sub(1);
		let call = issue_call(&pairs[offset..offset + group.len()], &purchase)?;
		let nonce = first_nonce + index as u64;
		let (chain, at, signer) = (&chain, &at, &signer);
		pending.push(async move {
			let outcome = chain.submit_with_nonce(at, &call, signer, nonce).await;
			(start, group.len(), outcome)
		});
	}
	let mut failures = Vec::new();
	let mut issued = 0;
	while let Some((start, len, outcome)) = pending.next().await {
		let end = start + len - 1;
		match outcome {
			Ok(submitted) => {
				issued += len;
				progress.inc(len as u64);
				say(
					&progress,
					format!(
						"rows {start}-{end}: finalized in block 0x{}",
						hex::encode(submitted.block.0)
					),
				);
			},
			Err(error) => {
				say(&progress, format!("rows {start}-{end}: FAILED: {error:#}"));
				failures.push((start, end, error));
			},
		}
	}
	progress.finish_and_clear();
	println!("Issued {issued} of {} codes from {}", rows.len(), args.file.display());
	if !failures.is_empty() {
		let ranges: Vec<String> =
			failures.iter().map(|(start, end, _)| format!("{start}-{end}")).collect();
		bail!("rows {} were not issued (see above)", ranges.join(", "));
	}
	Ok(())
}

/// Prints a line above the progress bar, or plainly when there is no bar (not a terminal). The
/// line may quote the chain's or the node's errors: it is printed as chain text.
fn say(progress: &ProgressBar, line: String) {
	let line = sanitize::lines(&line);
	if progress.is_hidden() {
		println!("{line}");
	} else {
		progress.println(line);
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn row(serial: &str, claim_key: ClaimKeySpec) -> IssueRow {
		IssueRow {
			row: 1,
			line: 2,
			gtin: *b"09506000134352",
			serial: serial.as_bytes().to_vec(),
			lot: None,
			claim_key,
		}
	}

	#[test]
	fn claim_secrets_are_written_for_the_owner_only() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("secrets.csv");
		let generated = row("BAG-0001", ClaimKeySpec::Generate);
		let given = row("BAG-0002", ClaimKeySpec::Public([7; 32]));
		let (generated_key, given_key) =
			(claim_key(&generated.claim_key).unwrap(), claim_key(&given.claim_key).unwrap());
		let labels = [(generated.link(), &generated_key), (given.link(), &given_key)];
		write_secrets(&path, &labels).unwrap();

		#[cfg(unix)]
		{
			use std::os::unix::fs::PermissionsExt;
			let mode = std::fs::metadata(&path).unwrap().permissions().mode();
			assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
		}
		let text = std::fs::read_to_string(&path).unwrap();
		let secret = generated_key.secret.as_deref().unwrap();
		assert!(text.contains(secret) && text.contains("/21/BAG-0001"), "{text}");
		assert!(!text.contains("BAG-0002"), "{text}");

		// An existing file is never overwritten (nor its permissions changed).
		let error = write_secrets(&path, &[(generated.link(), &generated_key)]).unwrap_err();
		assert!(error.to_string().contains("never overwritten"), "{error}");
		assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
	}
}

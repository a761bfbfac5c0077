//! `trace labels`: merchants print the labels of issued codes, an A4 sheet as PDF
//! ([`crate::labels`]).
//!
//! After `trace code issue-bulk … --claim-secrets secrets.csv`, `trace labels --claim-secrets
//! secrets.csv --pdf labels.pdf` prints every code of the file with its secret; named codes
//! (`trace labels LINK… --pdf …`) are printed in the order given, each with its secret if the
//! `--claim-secrets` file has it. No node is needed unless a code is named by its key and the
//! file does not have it.

use super::common::{connect, single_code};
use crate::{
	cli::{Global, LabelsArgs},
	labels::{read_secrets, sheet, Label, SecretRow, LABELS_PER_PAGE},
	sanitize,
};
use anyhow::{anyhow, bail, Context, Result};
use std::{collections::HashSet, io::Write, path::Path};
use trace_gs1::DigitalLink;

/// Permissions of the sheet, which may hold claim secrets: its owner's only.
#[cfg(unix)]
const SHEET_MODE: u32 = 0o600;

/// Writes the sheet of `args`.
pub async fn run(global: &Global, args: &LabelsArgs) -> Result<()> {
	let rows = match &args.claim_secrets {
		Some(path) => {
			let file = std::fs::File::open(path).with_context(|| {
				format!("cannot open the claim secrets file {}", path.display())
			})?;
			read_secrets(file).map_err(|error| anyhow!("{}: {error}", path.display()))?
		},
		None => Vec::new(),
	};
	let named = named_links(global, &args.codes, &rows).await?;
	let labels = plan(named, rows, &args.resolver)?;
	let bytes = sheet(&labels)?;
	write_sheet(&args.pdf, &bytes)?;

	let with_secret = labels.iter().filter(|label| label.secret.is_some()).count();
	let pages = labels.len().div_ceil(LABELS_PER_PAGE);
	println!(
		"Label sheet written to {}: {} on {} ({with_secret} with a claim secret)",
		args.pdf.display(),
		counted(labels.len(), "label"),
		counted(pages, "A4 page"),
	);
	if let Some(path) = &args.claim_secrets {
		for label in labels.iter().filter(|label| label.secret.is_none()) {
			println!(
				"No claim secret for {} in {}: its label has no hidden panel",
				sanitize::shown(&label.link.path()),
				path.display()
			);
		}
	}
	if with_secret > 0 {
		println!(
			"The sheet holds claim secrets: keep it as safe as the secrets file, and delete it \
			 once printed."
		);
	}
	Ok(())
}

/// The Digital Links of the codes named on the command line, in order: as given, or for a key
/// from the claim secrets file, else from the chain (`--url`).
async fn named_links(
	global: &Global,
	codes: &[String],
	rows: &[SecretRow],
) -> Result<Vec<DigitalLink>> {
	let parsed = codes.iter().map(|text| single_code(text)).collect::<Result<Vec<_>>>()?;
	let in_file =
		|id: &[u8; 32]| rows.iter().find(|row| row.link.key() == *id).map(|row| row.link.clone());
	let needs_chain = parsed.iter().any(|code| code.link.is_none() && in_file(&code.id).is_none());
	let chain = if needs_chain { Some(connect(global).await?) } else { None };
	let mut links = Vec::with_capacity(parsed.len());
	for code in parsed {
		let id = code.id;
		let link = match (code.link, in_file(&id), &chain) {
			(Some(link), _, _) | (None, Some(link), _) => link,
			(None, None, Some(chain)) => chain.digital_link(id).await?,
			(None, None, None) => bail!("no Digital Link for 0x{}", hex::encode(id)),
		};
		links.push(link);
	}
	Ok(links)
}

/// The labels to print: the `named` codes in order, each with its secret from `rows` if
/// there, or without named codes every row of the claim secrets file.
fn plan(named: Vec<DigitalLink>, rows: Vec<SecretRow>, resolver: &str) -> Result<Vec<Label>> {
	let labels: Vec<Label> = if named.is_empty() {
		rows.into_iter()
			.map(|row| Label::new(row.link, resolver, Some(row.secret)))
			.collect()
	} else {
		let mut seen = HashSet::new();
		let mut labels = Vec::with_capacity(named.len());
		for link in named {
			if !seen.insert(link.key()) {
				bail!("{} is named twice: one item, one label", sanitize::shown(&link.path()));
			}
			let secret = rows
				.iter()
				.find(|row| row.link.key() == link.key())
				.map(|row| row.secret.clone());
			labels.push(Label::new(link, resolver, secret));
		}
		labels
	};
	if labels.is_empty() {
		bail!("no codes to label: name them, or give a --claim-secrets file that holds some");
	}
	Ok(labels)
}

/// Writes the sheet to a new file (never over an existing one), readable by its owner only.
fn write_sheet(path: &Path, bytes: &[u8]) -> Result<()> {
	let mut options = std::fs::OpenOptions::new();
	options.write(true).create_new(true);
	#[cfg(unix)]
	{
		use std::os::unix::fs::OpenOptionsExt;
		options.mode(SHEET_MODE);
	}
	let mut file = options.open(path).with_context(|| {
		format!("cannot create {} (an existing file is never overwritten)", path.display())
	})?;
	file.write_all(bytes)
		.with_context(|| format!("cannot write {}", path.display()))
}

/// `n` and `what`, in the plural unless `n` is 1.
fn counted(n: usize, what: &str) -> String {
	if n == 1 {
		format!("1 {what}")
	} else {
		format!("{n} {what}s")
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{
		bulk::ClaimKeySpec,
		cli::DEFAULT_RESOLVER,
		commands::codes::{claim_key, write_secrets},
	};

	fn link(serial: &str) -> DigitalLink {
		DigitalLink::new(*b"08012345000036", serial.as_bytes().to_vec()).unwrap()
	}

	fn row(serial: &str, secret: &str) -> SecretRow {
		SecretRow { link: link(serial), secret: secret.to_owned() }
	}

	#[test]
	fn the_secrets_file_of_code_issue_gives_every_label_its_secret() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("secrets.csv");
		let keys = [
			claim_key(&ClaimKeySpec::Generate).unwrap(),
			claim_key(&ClaimKeySpec::Public([7; 32])).unwrap(),
			claim_key(&ClaimKeySpec::Generate).unwrap(),
		];
		let with_lot = link("PB-0001").with_lot(b"B2026-11".to_vec()).unwrap();
		let written = [
			(with_lot.clone(), &keys[0]),
			(link("PB-0002"), &keys[1]),
			(link("PB-0003"), &keys[2]),
		];
		write_secrets(&path, &written).unwrap();
		let rows = read_secrets(std::fs::File::open(&path).unwrap()).unwrap();
		// The given public key has no secret: no row.
		assert_eq!(rows.len(), 2);
		assert_eq!(rows[0].link, with_lot);
		assert_eq!(Some(&rows[0].secret), keys[0].secret.as_ref());
		assert_eq!(Some(&rows[1].secret), keys[2].secret.as_ref());

		let labels = plan(Vec::new(), rows, DEFAULT_RESOLVER).unwrap();
		assert_eq!(labels.len(), 2);
		assert_eq!(labels[0].uri, with_lot.to_uri(DEFAULT_RESOLVER));
		assert!(labels.iter().all(|label| label.secret.is_some()));
	}

	#[test]
	fn named_codes_come_in_order_with_the_secrets_the_file_has() {
		let rows = vec![row("A", "alpha words"), row("C", "gamma words")];
		let named = vec![link("C"), link("B"), link("A")];
		let labels = plan(named, rows.clone(), "https://r.example/").unwrap();
		let serials: Vec<&[u8]> = labels.iter().map(|label| &label.link.serial[..]).collect();
		assert_eq!(serials, [&b"C"[..], &b"B"[..], &b"A"[..]]);
		let secrets: Vec<Option<&str>> =
			labels.iter().map(|label| label.secret.as_deref()).collect();
		assert_eq!(secrets, [Some("gamma words"), None, Some("alpha words")]);
		assert_eq!(labels[1].uri, "https://r.example/01/08012345000036/21/B");

		let error = plan(vec![link("A"), link("A")], rows, "https://r.example").unwrap_err();
		assert!(error.to_string().contains("named twice"), "{error}");
		let error = plan(Vec::new(), Vec::new(), DEFAULT_RESOLVER).unwrap_err();
		assert!(error.to_string().starts_with("no codes to label"), "{error}");
	}

	#[test]
	fn the_sheet_is_new_and_its_owners_only() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("labels.pdf");
		write_sheet(&path, b"%PDF-1.7").unwrap();
		#[cfg(unix)]
		{
			use std::os::unix::fs::PermissionsExt;
			let mode = std::fs::metadata(&path).unwrap().permissions().mode();
			assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
		}
		let error = write_sheet(&path, b"other").unwrap_err().to_string();
		assert!(error.contains("never overwritten"), "{error}");
		assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-1.7");
		assert_eq!(counted(1, "label"), "1 label");
		assert_eq!(counted(21, "label"), "21 labels");
	}
}

//! `trace labels` as a merchant runs it, without a node (the codes are named by their Digital
//! Links): the sheet is rasterized at 300 dpi with `pdftoppm` (Debian's poppler-utils) and
//! every QR code on it decoded with `zbarimg` (zbar-tools): the decoded links must be exactly
//! the expected ones, each once, and `pdftotext` must show each GTIN, serial, lot and claim
//! secret. `scripts/init.sh` installs both packages; without them these tests fail.

use std::{
	path::{Path, PathBuf},
	process::{Command, Output},
};

/// The merchant guide's product, within the dev merchant's company prefix 8012345.
const GTIN: &str = "08012345000036";
/// The default resolver of `trace`.
const RESOLVER: &str = "https://id.trace.example";
/// The header of the claim secrets file that `trace code issue-bulk --claim-secrets` writes.
const SECRETS_HEADER: &str = "gtin,serial,lot,digital_link,claim_secret,claim_public";

/// One code of the test: serial, lot, and whether its claim secret is in the secrets file.
struct Code {
	serial: String,
	lot: Option<&'static str>,
	secret: Option<String>,
}

impl Code {
	/// The code's path, `/01/{gtin}[/10/{lot}]/21/{serial}`.
	fn path(&self) -> String {
		match self.lot {
			Some(lot) => format!("/01/{GTIN}/10/{lot}/21/{}", self.serial),
			None => format!("/01/{GTIN}/21/{}", self.serial),
		}
	}

	/// The code's Digital Link on the default resolver.
	fn link(&self) -> String {
		format!("{RESOLVER}{}", self.path())
	}
}

/// 23 codes (two pages): every third without a lot, every other with a claim secret of 12
/// words, the last ones the widest a generated secret gets.
fn codes() -> Vec<Code> {
	let words = ["glove", "cricket", "frown", "mountain", "forum", "weasel", "battle", "rebuild"];
	(1..=23)
		.map(|n: usize| Code {
			serial: format!("PB-L{n:03}"),
			lot: (!n.is_multiple_of(3)).then_some("B2026-11"),
			secret: (!n.is_multiple_of(2)).then(|| {
				if n > 20 {
					"abstract absolute accident acoustic activity actually addition aircraft \
					 alphabet ambition ancestor anything"
						.to_owned()
				} else {
					(0..12).map(|i| words[(n + i) % words.len()]).collect::<Vec<_>>().join(" ")
				}
			}),
		})
		.collect()
}

/// Writes the claim secrets file of the codes that have a secret, as `code issue-bulk` does.
fn write_secrets(dir: &Path, codes: &[Code]) -> PathBuf {
	let mut text = format!("{SECRETS_HEADER}\n");
	for code in codes {
		if let Some(secret) = &code.secret {
			let lot = code.lot.unwrap_or_default();
			text.push_str(&format!("{GTIN},{},{lot},{},{secret},0x00\n", code.serial, code.link()));
		}
	}
	let path = dir.join("secrets.csv");
	std::fs::write(&path, text).unwrap();
	path
}

/// Runs `program` with `args`; a missing program fails the test, naming its package.
fn run(program: &str, args: &[&str]) -> Output {
	Command::new(program).args(args).output().unwrap_or_else(|error| {
		panic!("cannot run {program} ({error}): install poppler-utils and zbar-tools (scripts/init.sh)")
	})
}

/// Runs `trace labels` with `args`, echoing what it printed.
fn trace_labels(args: &[&str]) -> Output {
	let output = run(env!("CARGO_BIN_EXE_trace"), &[&["labels"][..], args].concat());
	eprintln!(
		"$ trace labels {}\n{}{}",
		args.join(" "),
		String::from_utf8_lossy(&output.stdout),
		String::from_utf8_lossy(&output.stderr)
	);
	output
}

/// The standard output of a successful run of `program`.
fn stdout_of(program: &str, args: &[&str]) -> String {
	let output = run(program, args);
	assert!(
		output.status.success(),
		"{program} {} failed: {}",
		args.join(" "),
		String::from_utf8_lossy(&output.stderr)
	);
	String::from_utf8(output.stdout).unwrap()
}

/// Every QR code on every page of `pdf`, rasterized at 300 dpi, sorted.
fn scanned(pdf: &Path) -> Vec<String> {
	let dir = pdf
		.parent()
		.unwrap()
		.join(format!("{}-pages", pdf.file_stem().unwrap().to_str().unwrap()));
	std::fs::create_dir(&dir).unwrap();
	let prefix = dir.join("page");
	stdout_of("pdftoppm", &["-r", "300", "-png", pdf.to_str().unwrap(), prefix.to_str().unwrap()]);
	let mut pages: Vec<String> = std::fs::read_dir(&dir)
		.unwrap()
		.map(|entry| entry.unwrap().path().to_str().unwrap().to_owned())
		.filter(|path| path.ends_with(".png"))
		.collect();
	pages.sort();
	assert_eq!(pages.len(), page_count(pdf), "one image per page");
	let mut args = vec!["-Sdisable", "-Sqrcode.enable", "--raw", "-q"];
	args.extend(pages.iter().map(String::as_str));
	// zbarimg exits 4 when it finds no code at all: the comparison below says more.
	let output = run("zbarimg", &args);
	let mut links: Vec<String> =
		String::from_utf8(output.stdout).unwrap().lines().map(str::to_owned).collect();
	links.sort();
	links
}

/// The number of pages of `pdf`, as `pdfinfo` reads it.
fn page_count(pdf: &Path) -> usize {
	let info = stdout_of("pdfinfo", &[pdf.to_str().unwrap()]);
	let pages = info
		.lines()
		.find_map(|line| line.strip_prefix("Pages:"))
		.expect("no Pages line");
	pages.trim().parse().unwrap()
}

/// The text of `pdf`, as `pdftotext` extracts it.
fn text_of(pdf: &Path) -> String {
	stdout_of("pdftotext", &[pdf.to_str().unwrap(), "-"])
}

#[test]
fn every_qr_code_on_the_sheet_scans_to_its_digital_link() {
	let dir = tempfile::tempdir().unwrap();
	let codes = codes();
	let secrets = write_secrets(dir.path(), &codes);
	let pdf = dir.path().join("labels.pdf");
	let links: Vec<String> = codes.iter().map(Code::link).collect();
	let mut args: Vec<&str> = links.iter().map(String::as_str).collect();
	args.extend(["--claim-secrets", secrets.to_str().unwrap(), "--pdf", pdf.to_str().unwrap()]);
	let output = trace_labels(&args);
	assert!(output.status.success());
	let printed = String::from_utf8(output.stdout).unwrap();
	assert!(printed.contains("23 labels on 2 A4 pages (12 with a claim secret)"), "{printed}");
	assert!(
		printed.contains(&format!("No claim secret for /01/{GTIN}/21/PB-L002 in")),
		"{printed}"
	);

	assert_eq!(page_count(&pdf), 2);
	let mut expected = links.clone();
	expected.sort();
	assert_eq!(scanned(&pdf), expected, "every code once, and nothing else");

	let text = text_of(&pdf);
	assert!(text.contains(&format!("GTIN {GTIN}")), "{text}");
	for code in &codes {
		assert!(text.contains(&format!("Serial {}", code.serial)), "{} in\n{text}", code.serial);
		if let Some(secret) = &code.secret {
			for word in secret.split(' ') {
				assert!(text.contains(word), "{word} of {} in\n{text}", code.serial);
			}
		}
	}
	assert!(text.contains("Lot B2026-11"), "{text}");
	let panels = codes.iter().filter(|code| code.secret.is_some()).count();
	assert_eq!(text.matches("HIDDEN: under the scratch-off").count(), panels, "{text}");
	assert_eq!(text.matches("/ inside the packaging").count(), panels, "{text}");
}

#[test]
fn the_secrets_file_alone_prints_its_codes_on_the_resolver_given() {
	let dir = tempfile::tempdir().unwrap();
	let codes = codes();
	let secrets = write_secrets(dir.path(), &codes);
	let pdf = dir.path().join("secrets-only.pdf");
	let output = trace_labels(&[
		"--claim-secrets",
		secrets.to_str().unwrap(),
		"--pdf",
		pdf.to_str().unwrap(),
		"--resolver",
		"https://scan.example.com/",
	]);
	assert!(output.status.success());
	let with_secret: Vec<&Code> = codes.iter().filter(|code| code.secret.is_some()).collect();
	let mut expected: Vec<String> = with_secret
		.iter()
		.map(|code| format!("https://scan.example.com{}", code.path()))
		.collect();
	expected.sort();
	assert_eq!(page_count(&pdf), 1);
	assert_eq!(scanned(&pdf), expected);
	let text = text_of(&pdf);
	for code in &codes {
		let shown = text.contains(&format!("Serial {}", code.serial));
		assert_eq!(shown, code.secret.is_some(), "{} in\n{text}", code.serial);
	}
}

#[test]
fn a_malformed_code_is_named_and_no_sheet_is_written() {
	let dir = tempfile::tempdir().unwrap();
	let pdf = dir.path().join("labels.pdf");
	let good = format!("{RESOLVER}/01/{GTIN}/21/PB-L001");
	let bad = format!("{RESOLVER}/01/08012345000037/21/PB-L002");
	let output = trace_labels(&[good.as_str(), bad.as_str(), "--pdf", pdf.to_str().unwrap()]);
	assert!(!output.status.success());
	let error = String::from_utf8(output.stderr).unwrap();
	assert!(error.contains("the GTIN `08012345000037`"), "{error}");
	assert!(error.contains("check digit is 7, expected 6"), "{error}");
	assert!(!pdf.exists());

	// An existing file is never overwritten.
	std::fs::write(&pdf, "keep").unwrap();
	let output = trace_labels(&[good.as_str(), "--pdf", pdf.to_str().unwrap()]);
	assert!(!output.status.success());
	assert!(String::from_utf8_lossy(&output.stderr).contains("never overwritten"));
	assert_eq!(std::fs::read_to_string(&pdf).unwrap(), "keep");
}

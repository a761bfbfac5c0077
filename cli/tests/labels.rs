//! `trace labels` as a merchant runs it, without a node (the codes are named by their Digital
//! Links): each label of the sheet is rasterized on its own at 300 dpi with `pdftoppm` (Debian's
//! poppler-utils) and its QR code decoded with `zbarimg` (zbar-tools): each must be its code's
//! link, in order, and `pdftotext` must show each GTIN, serial, lot and claim
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

/// Where an Avery L7160 sheet (A4, 3 × 7 labels of 63.5 × 38.1 mm) has its labels, in mm, as
/// Avery publishes it: the sheet the labels are printed on, checked independently of the
/// layout the CLI computes.
const L7160_LEFT: f64 = 7.21;
const L7160_TOP: f64 = 15.15;
const L7160_COLUMN_PITCH: f64 = 66.04;
const L7160_ROW_PITCH: f64 = 38.1;
const L7160_WIDTH: f64 = 63.5;
const L7160_HEIGHT: f64 = 38.1;
const L7160_COLUMNS: usize = 3;
const L7160_PER_PAGE: usize = 21;
/// The resolution the sheet is rasterized at, as a phone camera would see a printed label.
const DPI: f64 = 300.0;

/// What each of the first `count` label positions of `pdf` scans to, in order: each label is
/// rasterized on its own at 300 dpi (the sheet cut into its labels, as a phone sees one label)
/// and decoded by `zbarimg`; a position with no or more than one code fails.
fn scanned(pdf: &Path, count: usize) -> Vec<String> {
	let dir = pdf
		.parent()
		.unwrap()
		.join(format!("{}-labels", pdf.file_stem().unwrap().to_str().unwrap()));
	std::fs::create_dir(&dir).unwrap();
	let px = |mm: f64| ((mm / 25.4) * DPI).round().to_string();
	(0..count)
		.map(|index| {
			let page = (index / L7160_PER_PAGE + 1).to_string();
			let position = index % L7160_PER_PAGE;
			let left = L7160_LEFT + (position % L7160_COLUMNS) as f64 * L7160_COLUMN_PITCH;
			let top = L7160_TOP + (position / L7160_COLUMNS) as f64 * L7160_ROW_PITCH;
			let image = dir.join(format!("label-{index}"));
			let (x, y, w, h) = (px(left), px(top), px(L7160_WIDTH), px(L7160_HEIGHT));
			stdout_of(
				"pdftoppm",
				&[
					"-r",
					"300",
					"-png",
					"-singlefile",
					"-f",
					&page,
					"-l",
					&page,
					"-x",
					&x,
					"-y",
					&y,
					"-W",
					&w,
					"-H",
					&h,
					pdf.to_str().unwrap(),
					image.to_str().unwrap(),
				],
			);
			let png = format!("{}.png", image.to_str().unwrap());
			// zbarimg exits 4 when it finds no code at all: the assertion below says more.
			let output = run("zbarimg", &["-Sdisable", "-Sqrcode.enable", "--raw", "-q", &png]);
			let found: Vec<String> =
				String::from_utf8(output.stdout).unwrap().lines().map(str::to_owned).collect();
			assert_eq!(found.len(), 1, "label {index} (page {page}) scans to {found:?}");
			found.into_iter().next().unwrap_or_default()
		})
		.collect()
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
	assert_eq!(scanned(&pdf, links.len()), links, "each label scans to its code's link, in order");

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
	let expected: Vec<String> = with_secret
		.iter()
		.map(|code| format!("https://scan.example.com{}", code.path()))
		.collect();
	assert_eq!(page_count(&pdf), 1);
	assert_eq!(scanned(&pdf, expected.len()), expected, "the file's codes, in its order");
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

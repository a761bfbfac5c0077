//! Label sheets: A4 pages of [`LABELS_PER_PAGE`] labels, one per trace code, as a PDF.
//!
//! The page layout is the common 21-up sheet (3 × 7 labels of 63.5 × 38.1 mm: Avery L7160 and
//! compatible). Each label carries
//! - the QR code of the code's GS1 Digital Link ([`DigitalLink::to_uri`] on the resolver, as
//!   `trace qr` makes it, and [`qr::encode`]d the same way), drawn as vector squares so that it
//!   stays sharp at any printer resolution;
//! - under it, the GTIN, serial and lot as text;
//! - when the code's claim secret is known, a dashed panel marked
//!   `HIDDEN: under the scratch-off / inside the packaging` with the secret and the serial it
//!   belongs to: it is covered with a scratch-off sticker, or cut off along the dashes and put
//!   inside the sealed packaging.
//!
//! All text is set in Courier (a PDF standard font: nothing is embedded), whose glyphs all
//! advance 0.6 em, so that the width of every line is known and checked before it is drawn.
//! [`sheet`] is a pure function of the labels; [`read_secrets`] reads the claim secrets file
//! that `trace code issue --claim-secrets` writes.

use crate::{ident::parse_link, qr};
use anyhow::{anyhow, bail, Result};
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use qrcode::Color;
use std::{collections::HashMap, io::Read};
use trace_gs1::DigitalLink;

/// Width of an A4 page, in millimetres.
pub const PAGE_WIDTH: f32 = 210.0;
/// Height of an A4 page, in millimetres.
pub const PAGE_HEIGHT: f32 = 297.0;
/// Labels across a page.
pub const COLUMNS: usize = 3;
/// Labels down a page.
pub const ROWS: usize = 7;
/// Labels on one page.
pub const LABELS_PER_PAGE: usize = COLUMNS * ROWS;
/// Width of a label, in millimetres.
pub const LABEL_WIDTH: f32 = 63.5;
/// Height of a label, in millimetres.
pub const LABEL_HEIGHT: f32 = 38.1;
/// From the left edge of a label to the left edge of the next one, in millimetres (a 2.54 mm
/// gap).
pub const COLUMN_PITCH: f32 = 66.04;
/// From the top edge of a label to the top edge of the next one, in millimetres (no gap).
pub const ROW_PITCH: f32 = 38.1;
/// Left margin of the page: the columns are centred (7.21 mm).
pub const SHEET_LEFT: f32 =
	(PAGE_WIDTH - ((COLUMNS - 1) as f32 * COLUMN_PITCH + LABEL_WIDTH)) / 2.0;
/// Top margin of the page: the rows are centred (15.15 mm).
pub const SHEET_TOP: f32 = (PAGE_HEIGHT - ((ROWS - 1) as f32 * ROW_PITCH + LABEL_HEIGHT)) / 2.0;

/// From the label's left edge to the QR code's (the quiet zone's), in millimetres.
pub const QR_LEFT: f32 = 1.0;
/// From the label's top edge to the QR code's (the quiet zone's), in millimetres.
pub const QR_TOP: f32 = 1.0;
/// Side of the QR code with its quiet zone of [`qr::QUIET_ZONE`] modules, in millimetres: a
/// 66-character link (version 5, 45 modules) gets 0.6 mm modules.
pub const QR_SIDE: f32 = 27.0;

/// Left edge of the text under the QR code (GTIN, serial, lot), from the label's, in mm.
pub const TEXT_LEFT: f32 = 3.0;
/// Baseline of the first line under the QR code, from the label's top edge, in mm.
pub const TEXT_FIRST_BASELINE: f32 = 30.6;
/// From one baseline under the QR code to the next, in mm.
pub const TEXT_LINE: f32 = 2.8;
/// Size of the text under the QR code, in points.
pub const TEXT_SIZE: f32 = 6.5;

/// The hidden panel's left edge, from the label's, in mm.
pub const PANEL_LEFT: f32 = 29.5;
/// The hidden panel's top edge, from the label's, in mm.
pub const PANEL_TOP: f32 = 1.0;
/// The hidden panel's width, in mm.
pub const PANEL_WIDTH: f32 = 33.0;
/// The hidden panel's height, in mm.
pub const PANEL_HEIGHT: f32 = 27.0;
/// From the panel's dashed border to its text, in mm.
pub const PANEL_PADDING: f32 = 1.0;
/// The panel's heading, in bold.
pub const PANEL_HEADING: [&str; 2] = ["HIDDEN: under the scratch-off", "/ inside the packaging"];
/// Size of the panel's heading and of its last line (the serial), in points.
pub const PANEL_SMALL_SIZE: f32 = 5.0;
/// From one baseline of the heading to the next, in mm.
pub const PANEL_SMALL_LINE: f32 = 2.0;
/// Top of the claim secret's lines, from the label's top edge, in mm.
pub const SECRET_TOP: f32 = 7.0;
/// Bottom of the claim secret's lines, from the label's top edge, in mm.
pub const SECRET_BOTTOM: f32 = 24.0;
/// Sizes of the claim secret, in points: the largest at which it fits.
pub const SECRET_SIZES: [f32; 3] = [7.0, 6.0, 5.0];
/// From one baseline of the claim secret to the next, in font sizes.
pub const SECRET_LEADING: f32 = 1.2;

/// Advance of every Courier glyph, in em.
pub const COURIER_ADVANCE: f32 = 0.6;
/// Points per millimetre.
const POINTS_PER_MM: f32 = 72.0 / 25.4;

/// The text font's name in each page's resources.
const FONT: Name<'static> = Name(b"F1");
/// The bold font's name in each page's resources.
const FONT_BOLD: Name<'static> = Name(b"F2");

/// One label: a code, the URI of its QR code, and its claim secret if known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
	/// The code: GTIN, serial and lot.
	pub link: DigitalLink,
	/// The URI in the QR code.
	pub uri: String,
	/// The claim secret for the hidden panel.
	pub secret: Option<String>,
}

impl Label {
	/// The label of `link`, its QR code holding the Digital Link on `resolver`
	/// ([`DigitalLink::to_uri`], as `trace qr` makes it).
	pub fn new(link: DigitalLink, resolver: &str, secret: Option<String>) -> Self {
		let uri = link.to_uri(resolver);
		Self { link, uri, secret }
	}
}

/// A claim secret of the secrets file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecretRow {
	/// The code (with its lot).
	pub link: DigitalLink,
	/// The claim secret.
	pub secret: String,
}

/// Why a claim secrets file was rejected. No message quotes a secret.
#[derive(Debug, thiserror::Error)]
pub enum SecretsError {
	/// The file is not CSV.
	#[error("not a readable CSV file: {0}")]
	Csv(#[from] csv::Error),
	/// The header lacks a column.
	#[error(
		"the first line must name a `{0}` column (a claim secrets file as `trace code issue \
		 --claim-secrets` writes it: gtin, serial, lot, digital_link, claim_secret, claim_public)"
	)]
	MissingColumn(&'static str),
	/// A cell is wrong.
	#[error("row {row} (line {line}), column `{column}`: {reason}")]
	Cell {
		/// Data row, from 1.
		row: usize,
		/// Line in the file.
		line: u64,
		/// Column name.
		column: &'static str,
		/// What is wrong.
		reason: String,
	},
	/// A code has two rows.
	#[error("row {row} (line {line}): code {code} is already on row {first_row}")]
	Duplicate {
		/// Data row, from 1.
		row: usize,
		/// Line in the file.
		line: u64,
		/// The code's path.
		code: String,
		/// The row it first appeared on.
		first_row: usize,
	},
}

/// Reads a claim secrets file: its `digital_link` and `claim_secret` columns (the others are
/// what `code issue` writes for people and are not read). A file of no rows gives none.
pub fn read_secrets<R: Read>(reader: R) -> Result<Vec<SecretRow>, SecretsError> {
	let mut csv = csv::ReaderBuilder::new().flexible(false).from_reader(reader);
	let headers = csv.headers()?.clone();
	let find_column = |name: &'static str| {
		headers
			.iter()
			.position(|header| header.trim().eq_ignore_ascii_case(name))
			.ok_or(SecretsError::MissingColumn(name))
	};
	let (link_column, secret_column) = (find_column("digital_link")?, find_column("claim_secret")?);
	let mut rows = Vec::new();
	let mut seen: HashMap<[u8; 32], usize> = HashMap::new();
	for (index, record) in csv.records().enumerate() {
		let record = record?;
		let row = index + 1;
		let line = record.position().map_or(0, csv::Position::line);
		let cell =
			|column: &'static str, reason: String| SecretsError::Cell { row, line, column, reason };
		let text = record.get(link_column).unwrap_or_default().trim();
		let link = parse_link(text).map_err(|error| cell("digital_link", error.to_string()))?;
		// Taken as it is: spaces may belong to a secret (never quoted in errors).
		let secret = record.get(secret_column).unwrap_or_default();
		if secret.is_empty() {
			return Err(cell("claim_secret", "no claim secret".into()));
		}
		if let Some(&first_row) = seen.get(&link.key()) {
			return Err(SecretsError::Duplicate { row, line, code: link.path(), first_row });
		}
		seen.insert(link.key(), row);
		rows.push(SecretRow { link, secret: secret.to_owned() });
	}
	Ok(rows)
}

/// The PDF of `labels`, in order, [`LABELS_PER_PAGE`] to a page.
///
/// # Errors
/// No labels; a link that does not fit in a QR code; text that Courier cannot print
/// (anything but printable ASCII); a claim secret with leading, trailing or repeated spaces
/// (which a printed label cannot show), or too long for its panel at [`SECRET_SIZES`].
pub fn sheet(labels: &[Label]) -> Result<Vec<u8>> {
	if labels.is_empty() {
		bail!("no labels to print");
	}
	let mut ids = Ref::new(1);
	let (catalog, tree, font, font_bold, info) =
		(ids.bump(), ids.bump(), ids.bump(), ids.bump(), ids.bump());
	let pages: Vec<(Ref, Ref, &[Label])> = labels
		.chunks(LABELS_PER_PAGE)
		.map(|chunk| (ids.bump(), ids.bump(), chunk))
		.collect();

	let mut pdf = Pdf::new();
	pdf.catalog(catalog).pages(tree);
	pdf.pages(tree)
		.kids(pages.iter().map(|(page, _, _)| *page))
		.count(i32::try_from(pages.len())?);
	pdf.type1_font(font)
		.base_font(Name(b"Courier"))
		.encoding_predefined(Name(b"WinAnsiEncoding"));
	pdf.type1_font(font_bold)
		.base_font(Name(b"Courier-Bold"))
		.encoding_predefined(Name(b"WinAnsiEncoding"));
	pdf.document_info(info)
		.title(TextStr("Trace code labels"))
		.creator(TextStr("trace labels"));

	let media_box = Rect::new(0.0, 0.0, pt(PAGE_WIDTH), pt(PAGE_HEIGHT));
	for (page_id, content_id, chunk) in &pages {
		let mut content = Content::new();
		for (index, label) in chunk.iter().enumerate() {
			let origin = label_origin(index);
			draw_label(&mut content, label, origin)
				.map_err(|error| anyhow!("the label of {}: {error}", label.link.path()))?;
		}
		let mut page = pdf.page(*page_id);
		page.media_box(media_box).parent(tree).contents(*content_id);
		page.resources().fonts().pair(FONT, font).pair(FONT_BOLD, font_bold);
		page.finish();
		pdf.stream(*content_id, &content.finish());
	}
	Ok(pdf.finish())
}

/// Top-left corner of the `index`th label of a page, from the page's top-left corner, in mm.
pub fn label_origin(index: usize) -> (f32, f32) {
	let (column, row) = (index % COLUMNS, index / COLUMNS % ROWS);
	(SHEET_LEFT + column as f32 * COLUMN_PITCH, SHEET_TOP + row as f32 * ROW_PITCH)
}

/// The lines under the QR code: GTIN, serial and lot.
pub fn text_lines(link: &DigitalLink) -> Vec<String> {
	let mut lines = vec![
		format!("GTIN {}", String::from_utf8_lossy(&link.gtin)),
		format!("Serial {}", String::from_utf8_lossy(&link.serial)),
	];
	if let Some(lot) = &link.lot {
		lines.push(format!("Lot {}", String::from_utf8_lossy(lot)));
	}
	lines
}

/// The last line of the hidden panel: which item the secret belongs to.
pub fn panel_footer(link: &DigitalLink) -> String {
	format!("Serial {}", String::from_utf8_lossy(&link.serial))
}

/// How a claim secret is set on its panel.
#[derive(Clone, Debug, PartialEq)]
pub struct SecretLayout {
	/// Font size, in points.
	pub size: f32,
	/// The lines.
	pub lines: Vec<String>,
}

/// The claim secret's lines at the largest of [`SECRET_SIZES`] at which they fit between
/// [`SECRET_TOP`] and [`SECRET_BOTTOM`], broken at spaces (a word longer than a line is
/// broken inside).
pub fn layout_secret(secret: &str) -> Result<SecretLayout> {
	printable(secret).map_err(|reason| anyhow!("the claim secret {reason}"))?;
	if secret.split(' ').any(str::is_empty) {
		bail!(
			"the claim secret has leading, trailing or repeated spaces, which a printed label \
			 cannot show"
		);
	}
	for size in SECRET_SIZES {
		let lines = wrap(secret, chars_per_line(panel_inner_width(), size));
		let height = mm(size) + lines.len().saturating_sub(1) as f32 * mm(size * SECRET_LEADING);
		if height <= SECRET_BOTTOM - SECRET_TOP {
			return Ok(SecretLayout { size, lines });
		}
	}
	bail!("the claim secret is too long for its panel")
}

/// Width of the panel's text, in mm.
pub fn panel_inner_width() -> f32 {
	PANEL_WIDTH - 2.0 * PANEL_PADDING
}

/// Width of `chars` characters of Courier at `size` points, in mm.
pub fn text_width(chars: usize, size: f32) -> f32 {
	chars as f32 * mm(COURIER_ADVANCE * size)
}

/// How many Courier characters at `size` points fit in `width` mm.
pub fn chars_per_line(width: f32, size: f32) -> usize {
	(width / mm(COURIER_ADVANCE * size)).floor() as usize
}

/// `text` (single spaces between words) in lines of at most `max` characters, broken at
/// spaces; a word longer than a line is broken inside.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
	let max = max.max(1);
	let mut lines = Vec::new();
	let mut line = String::new();
	for word in text.split(' ').filter(|word| !word.is_empty()) {
		let mut word = word;
		// Printable ASCII only (checked before): one byte per character.
		while word.len() > max {
			if !line.is_empty() {
				lines.push(std::mem::take(&mut line));
			}
			let (head, tail) = word.split_at(max);
			lines.push(head.to_owned());
			word = tail;
		}
		if word.is_empty() {
			continue;
		}
		if line.is_empty() {
			line.push_str(word);
		} else if line.len() + 1 + word.len() <= max {
			line.push(' ');
			line.push_str(word);
		} else {
			lines.push(std::mem::replace(&mut line, word.to_owned()));
		}
	}
	if !line.is_empty() {
		lines.push(line);
	}
	lines
}

/// Fails unless `text` is printable ASCII, which Courier's standard encoding prints as it is.
fn printable(text: &str) -> Result<(), &'static str> {
	if text.bytes().all(|byte| (b' '..=b'~').contains(&byte)) {
		Ok(())
	} else {
		Err("holds characters the label's font cannot print (printable ASCII only)")
	}
}

/// Millimetres to PDF points.
fn pt(millimetres: f32) -> f32 {
	millimetres * POINTS_PER_MM
}

/// PDF points to millimetres.
fn mm(points: f32) -> f32 {
	points / POINTS_PER_MM
}

/// Draws `label` with its top-left corner at `origin` (mm from the page's top-left corner).
fn draw_label(content: &mut Content, label: &Label, origin: (f32, f32)) -> Result<()> {
	let (left, top) = origin;
	// A point of the label, in mm from its top-left corner, in PDF points.
	let at = |x: f32, y: f32| (pt(left + x), pt(PAGE_HEIGHT - (top + y)));

	let code = qr::encode(&label.uri)?;
	let width = code.width();
	let quiet = qr::QUIET_ZONE as usize;
	let module = QR_SIDE / (width + 2 * quiet) as f32;
	// The modules in their own coordinates: one unit a module, y downwards from the top-left
	// corner of the symbol (inside the quiet zone), so that neighbouring squares share exact
	// edges. Each run of dark modules in a row is one rectangle; all of them one fill.
	let (x0, y0) = at(QR_LEFT + quiet as f32 * module, QR_TOP + quiet as f32 * module);
	content.save_state();
	content.transform([pt(module), 0.0, 0.0, -pt(module), x0, y0]);
	content.set_fill_gray(0.0);
	for y in 0..width {
		let mut x = 0;
		while x < width {
			if code[(x, y)] != Color::Dark {
				x += 1;
				continue;
			}
			let start = x;
			while x < width && code[(x, y)] == Color::Dark {
				x += 1;
			}
			content.rect(start as f32, y as f32, (x - start) as f32, 1.0);
		}
	}
	content.fill_nonzero();
	content.restore_state();

	content.set_fill_gray(0.0);
	let text_room = LABEL_WIDTH - TEXT_LEFT;
	for (index, line) in text_lines(&label.link).iter().enumerate() {
		printable(line).map_err(|reason| anyhow!("`{line}` {reason}"))?;
		if text_width(line.len(), TEXT_SIZE) > text_room {
			bail!("`{line}` is too wide for the label");
		}
		let (x, y) = at(TEXT_LEFT, TEXT_FIRST_BASELINE + index as f32 * TEXT_LINE);
		show(content, FONT, TEXT_SIZE, (x, y), line);
	}

	let Some(secret) = &label.secret else { return Ok(()) };
	let layout = layout_secret(secret)?;
	content.save_state();
	content.set_stroke_gray(0.35);
	content.set_line_width(0.5);
	content.set_dash_pattern([2.0, 1.5], 0.0);
	let (panel_x, panel_bottom) = at(PANEL_LEFT, PANEL_TOP + PANEL_HEIGHT);
	content.rect(panel_x, panel_bottom, pt(PANEL_WIDTH), pt(PANEL_HEIGHT));
	content.stroke();
	content.restore_state();

	let text_x = PANEL_LEFT + PANEL_PADDING;
	let heading_top = PANEL_TOP + PANEL_PADDING;
	for (index, line) in PANEL_HEADING.iter().enumerate() {
		let baseline = heading_top + mm(PANEL_SMALL_SIZE) + index as f32 * PANEL_SMALL_LINE;
		show(content, FONT_BOLD, PANEL_SMALL_SIZE, at(text_x, baseline), line);
	}
	for (index, line) in layout.lines.iter().enumerate() {
		let baseline =
			SECRET_TOP + mm(layout.size) + index as f32 * mm(layout.size * SECRET_LEADING);
		show(content, FONT, layout.size, at(text_x, baseline), line);
	}
	let footer = panel_footer(&label.link);
	let footer_baseline = PANEL_TOP + PANEL_HEIGHT - PANEL_PADDING - mm(0.2 * PANEL_SMALL_SIZE);
	show(content, FONT, PANEL_SMALL_SIZE, at(text_x, footer_baseline), &footer);
	Ok(())
}

/// Shows one line of `text` with its baseline starting at `at` (PDF points).
fn show(content: &mut Content, font: Name, size: f32, at: (f32, f32), text: &str) {
	content.begin_text();
	content.set_font(font, size);
	content.next_line(at.0, at.1);
	content.show(Str(text.as_bytes()));
	content.end_text();
}

#[cfg(test)]
mod tests {
	use super::*;

	/// 12 words of 8 letters, the longest of BIP-39's: as wide as a generated secret gets.
	const WIDEST_PHRASE: &str = "abstract absolute accident acoustic activity actually \
		addition aircraft alphabet ambition ancestor anything";

	fn link(serial: &str, lot: Option<&str>) -> DigitalLink {
		let link = DigitalLink::new(*b"08012345000036", serial.as_bytes().to_vec()).unwrap();
		match lot {
			Some(lot) => link.with_lot(lot.as_bytes().to_vec()).unwrap(),
			None => link,
		}
	}

	#[test]
	fn labels_fit_on_the_page_and_their_parts_on_the_label() {
		assert_eq!(LABELS_PER_PAGE, 21);
		assert!((SHEET_LEFT - 7.21).abs() < 0.01 && (SHEET_TOP - 15.15).abs() < 0.01);
		let (last_left, last_top) = label_origin(LABELS_PER_PAGE - 1);
		assert!(last_left + LABEL_WIDTH <= PAGE_WIDTH && last_top + LABEL_HEIGHT <= PAGE_HEIGHT);
		assert_eq!(label_origin(LABELS_PER_PAGE), label_origin(0));
		const {
			assert!(COLUMN_PITCH >= LABEL_WIDTH && ROW_PITCH >= LABEL_HEIGHT);
		}
		// QR code and panel side by side, both on the label.
		const {
			assert!(QR_LEFT + QR_SIDE <= PANEL_LEFT);
		}
		const {
			assert!(PANEL_LEFT + PANEL_WIDTH <= LABEL_WIDTH);
		}
		assert!(QR_TOP + QR_SIDE <= TEXT_FIRST_BASELINE - mm(TEXT_SIZE));
		const {
			assert!(PANEL_TOP + PANEL_HEIGHT <= LABEL_HEIGHT);
		}
		// Three lines under the QR code, the longest serial and lot fitting.
		let last_baseline = TEXT_FIRST_BASELINE + 2.0 * TEXT_LINE;
		assert!(last_baseline + mm(0.25 * TEXT_SIZE) <= LABEL_HEIGHT);
		let longest = text_lines(&link("S".repeat(20).as_str(), Some("L".repeat(20).as_str())));
		assert_eq!(longest.len(), 3);
		for line in &longest {
			assert!(text_width(line.len(), TEXT_SIZE) <= LABEL_WIDTH - TEXT_LEFT, "{line}");
		}
		// The panel's heading and footer fit its width; the secret sits between them.
		for line in PANEL_HEADING {
			assert!(text_width(line.len(), PANEL_SMALL_SIZE) <= panel_inner_width(), "{line}");
		}
		let footer = panel_footer(&link(&"S".repeat(20), None));
		assert!(text_width(footer.len(), PANEL_SMALL_SIZE) <= panel_inner_width());
		let heading_bottom = PANEL_TOP + PANEL_PADDING + 2.0 * PANEL_SMALL_LINE;
		assert!(heading_bottom <= SECRET_TOP);
		assert!(SECRET_BOTTOM + mm(PANEL_SMALL_SIZE) <= PANEL_TOP + PANEL_HEIGHT - PANEL_PADDING);
	}

	#[test]
	fn secrets_wrap_at_spaces_and_shrink_to_fit() {
		assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
		assert_eq!(wrap("abcdefgh x", 3), ["abc", "def", "gh", "x"]);
		assert_eq!(wrap("//TraceDemo//HB-0002", 40), ["//TraceDemo//HB-0002"]);
		for phrase in [
			WIDEST_PHRASE,
			"glove cricket frown mountain forum weasel battle rebuild warrior guitar view bubble",
		] {
			let layout = layout_secret(phrase).unwrap();
			assert_eq!(layout.lines.join(" "), phrase, "no word is broken");
			let max = chars_per_line(panel_inner_width(), layout.size);
			assert!(layout.lines.iter().all(|line| line.len() <= max), "{layout:?}");
			assert!(text_width(max, layout.size) <= panel_inner_width());
		}
		// A usual phrase at the largest size; the widest one smaller.
		let usual = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
		assert_eq!(layout_secret(usual).unwrap().size, SECRET_SIZES[0]);
		assert!(layout_secret(WIDEST_PHRASE).unwrap().size < SECRET_SIZES[0]);
		let error = layout_secret(&"word ".repeat(60)).unwrap_err().to_string();
		assert!(error.contains("leading, trailing or repeated spaces"), "{error}");
		let error = layout_secret(&"x".repeat(300)).unwrap_err().to_string();
		assert!(error.contains("too long"), "{error}");
		let error = layout_secret("caffè latte").unwrap_err().to_string();
		assert!(error.contains("printable ASCII"), "{error}");
		assert!(layout_secret("a  b").is_err() && layout_secret(" a").is_err());
	}

	#[test]
	fn sheets_have_one_page_per_twenty_one_labels() {
		let labels: Vec<Label> = (1..=22)
			.map(|n: u32| {
				let secret = n.is_multiple_of(2).then(|| WIDEST_PHRASE.to_owned());
				Label::new(
					link(&format!("PB-{n:04}"), Some("B2026-11")),
					"https://x.example",
					secret,
				)
			})
			.collect();
		assert_eq!(labels[0].uri, "https://x.example/01/08012345000036/10/B2026-11/21/PB-0001");
		let pdf = sheet(&labels).unwrap();
		assert!(pdf.starts_with(b"%PDF-"));
		let text = String::from_utf8_lossy(&pdf);
		assert_eq!(text.matches("/Contents ").count(), 2, "two pages");
		assert!(text.contains("/Count 2"));
		assert!(text.contains("(Serial PB-0022)") && text.contains("(HIDDEN: under the"));
		assert_eq!(text.matches("(HIDDEN: under the scratch-off)").count(), 11);
		// The same labels make the same bytes: nothing depends on the time.
		assert_eq!(sheet(&labels).unwrap(), pdf);
		assert!(sheet(&[]).is_err());
		let mut bad = labels[0].clone();
		bad.secret = Some("x".repeat(300));
		let error = sheet(&[bad]).unwrap_err().to_string();
		assert!(error.starts_with("the label of /01/08012345000036/21/PB-0001: "), "{error}");
	}

	#[test]
	fn secrets_files_are_read_by_their_link_and_secret_columns() {
		let file = "gtin,serial,lot,digital_link,claim_secret,claim_public\n\
			08012345000036,PB-0002,B2026-11,https://id.trace.example/01/08012345000036/10/B2026-11/21/PB-0002,glove cricket frown,0x32\n\
			08012345000036,PB-0003,,https://id.trace.example/01/08012345000036/21/PB-0003,//Dev//3,\n";
		let rows = read_secrets(file.as_bytes()).unwrap();
		assert_eq!(rows.len(), 2);
		assert_eq!(rows[0].link, link("PB-0002", Some("B2026-11")));
		assert_eq!(rows[0].secret, "glove cricket frown");
		assert_eq!(rows[1].link, link("PB-0003", None));
		// Columns in any order; the others are not needed.
		let rows =
			read_secrets("claim_secret,digital_link\ns,/01/08012345000036/21/A\n".as_bytes())
				.unwrap();
		assert_eq!(rows[0].link, link("A", None));
		assert!(read_secrets("digital_link,claim_secret\n".as_bytes()).unwrap().is_empty());

		let error = read_secrets("gtin,serial\n1,2\n".as_bytes()).unwrap_err().to_string();
		assert!(error.contains("`digital_link` column"), "{error}");
		let bad_gtin = "digital_link,claim_secret\n/01/08012345000036/21/A,s\n\
			/01/08012345000037/21/B,secret words\n";
		let error = read_secrets(bad_gtin.as_bytes()).unwrap_err().to_string();
		assert!(error.starts_with("row 2 (line 3), column `digital_link`: "), "{error}");
		assert!(error.contains("the GTIN `08012345000037`"), "{error}");
		assert!(!error.contains("secret words"), "{error}");
		let empty = "digital_link,claim_secret\n/01/08012345000036/21/A,\n";
		let error = read_secrets(empty.as_bytes()).unwrap_err().to_string();
		assert_eq!(error, "row 1 (line 2), column `claim_secret`: no claim secret");
		let twice = "digital_link,claim_secret\n/01/08012345000036/21/A,s\n\
			/01/08012345000036/10/L/21/A,t\n";
		let error = read_secrets(twice.as_bytes()).unwrap_err().to_string();
		assert_eq!(error, "row 2 (line 3): code /01/08012345000036/21/A is already on row 1");
	}
}

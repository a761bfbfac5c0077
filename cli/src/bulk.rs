//! Bulk issuance input: a CSV file with one trace code per row.
//!
//! The first line names the columns, in any order:
//!
//! | column | required | content |
//! |---|---|---|
//! | `serial` | yes | the serial number (GS1 AI 21) |
//! | `gtin` | unless `--gtin` is given | GTIN-8/12/13/14 |
//! | `lot` | no | batch/lot number (GS1 AI 10) |
//! | `claim_key` | no | the claim key's public key (`0x…` or SS58), `generate`, or empty |
//!
//! Every problem is reported with its row (1 = the first data row), line, column and value.

use crate::{ident::CodeId, keys::parse_public};
use std::{collections::HashMap, io::Read};
use trace_gs1::{parse_gtin, validate_lot, validate_serial, DigitalLink, Gtin};

/// What to do about the claim key of a code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClaimKeySpec {
	/// No claim key: the code cannot be claimed.
	None,
	/// This public key.
	Public([u8; 32]),
	/// Generate one; its secret goes to the secrets file.
	Generate,
}

impl ClaimKeySpec {
	/// A claim key given on the command line or in a CSV cell: `generate` (in any case), or a
	/// public key as `0x` + 64 hex digits or SS58 ([`parse_public`]). `code issue --claim-key`,
	/// the `claim_key` column and `ownership hand-over --new-claim-key` all take it.
	pub fn parse(text: &str) -> anyhow::Result<Self> {
		if text.eq_ignore_ascii_case("generate") {
			return Ok(Self::Generate);
		}
		parse_public(text).map(Self::Public)
	}
}

/// One code to issue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssueRow {
	/// Data row number, from 1.
	pub row: usize,
	/// Line number in the file, from 1.
	pub line: u64,
	/// The product.
	pub gtin: Gtin,
	/// The serial number.
	pub serial: Vec<u8>,
	/// The batch/lot number.
	pub lot: Option<Vec<u8>>,
	/// The claim key.
	pub claim_key: ClaimKeySpec,
}

impl IssueRow {
	/// The code's key on chain.
	pub fn code_id(&self) -> CodeId {
		trace_gs1::code_key(&self.gtin, &self.serial)
	}

	/// The code's Digital Link (with its lot).
	pub fn link(&self) -> DigitalLink {
		let link = DigitalLink { gtin: self.gtin, serial: self.serial.clone(), lot: None };
		match &self.lot {
			Some(lot) => DigitalLink { lot: Some(lot.clone()), ..link },
			None => link,
		}
	}
}

/// Why a bulk issuance file was rejected.
#[derive(Debug, thiserror::Error)]
pub enum BulkError {
	/// The file is not CSV.
	#[error("not a readable CSV file: {0}")]
	Csv(#[from] csv::Error),
	/// The header lacks a column.
	#[error("the first line must name a `{0}` column (columns: gtin, serial, lot, claim_key)")]
	MissingColumn(&'static str),
	/// The header has an unknown column.
	#[error("unknown column `{0}` (columns: gtin, serial, lot, claim_key)")]
	UnknownColumn(String),
	/// A cell is wrong.
	#[error("row {row} (line {line}), column `{column}`, value `{value}`: {reason}")]
	Cell {
		/// Data row, from 1.
		row: usize,
		/// Line in the file.
		line: u64,
		/// Column name.
		column: &'static str,
		/// The cell.
		value: String,
		/// What is wrong.
		reason: String,
	},
	/// A serial repeats.
	#[error(
		"row {row} (line {line}): serial `{serial}` of GTIN {gtin} is already on row {first_row}"
	)]
	Duplicate {
		/// Data row, from 1.
		row: usize,
		/// Line in the file.
		line: u64,
		/// The serial.
		serial: String,
		/// The GTIN.
		gtin: String,
		/// The row it first appeared on.
		first_row: usize,
	},
	/// No rows.
	#[error("the file has no codes")]
	Empty,
}

/// Reads the codes of a bulk issuance file; `default_gtin` is used for rows without a GTIN.
pub fn parse_csv<R: Read>(
	reader: R,
	default_gtin: Option<Gtin>,
) -> Result<Vec<IssueRow>, BulkError> {
	let mut csv = csv::ReaderBuilder::new()
		.trim(csv::Trim::All)
		.flexible(false)
		.from_reader(reader);
	let headers = csv.headers()?.clone();
	let mut columns: HashMap<&'static str, usize> = HashMap::new();
	for (index, name) in headers.iter().enumerate() {
		let known = match name.to_ascii_lowercase().as_str() {
			"gtin" => "gtin",
			"serial" => "serial",
			"lot" => "lot",
			"claim_key" => "claim_key",
			_ => return Err(BulkError::UnknownColumn(name.to_owned())),
		};
		columns.insert(known, index);
	}
	if !columns.contains_key("serial") {
		return Err(BulkError::MissingColumn("serial"));
	}
	if !columns.contains_key("gtin") && default_gtin.is_none() {
		return Err(BulkError::MissingColumn("gtin"));
	}

	let mut rows = Vec::new();
	let mut seen: HashMap<(Gtin, Vec<u8>), usize> = HashMap::new();
	for (index, record) in csv.records().enumerate() {
		let record = record?;
		let row = index + 1;
		let line = record.position().map_or(0, csv::Position::line);
		let cell = |column: &str| {
			columns
				.get(column)
				.and_then(|&i| record.get(i))
				.filter(|value| !value.is_empty())
		};
		let error = |column: &'static str, value: &str, reason: String| BulkError::Cell {
			row,
			line,
			column,
			value: value.to_owned(),
			reason,
		};

		let gtin = match cell("gtin") {
			Some(text) => parse_gtin(text).map_err(|e| error("gtin", text, e.to_string()))?,
			None => default_gtin
				.ok_or_else(|| error("gtin", "", "no GTIN here and no --gtin given".into()))?,
		};
		let serial_text = cell("serial").unwrap_or_default();
		validate_serial(serial_text.as_bytes())
			.map_err(|e| error("serial", serial_text, e.to_string()))?;
		let lot = match cell("lot") {
			Some(text) => {
				validate_lot(text.as_bytes()).map_err(|e| error("lot", text, e.to_string()))?;
				Some(text.as_bytes().to_vec())
			},
			None => None,
		};
		let claim_key = match cell("claim_key") {
			None => ClaimKeySpec::None,
			Some(text) => {
				ClaimKeySpec::parse(text).map_err(|e| error("claim_key", text, e.to_string()))?
			},
		};
		let serial = serial_text.as_bytes().to_vec();
		if let Some(&first_row) = seen.get(&(gtin, serial.clone())) {
			return Err(BulkError::Duplicate {
				row,
				line,
				serial: serial_text.to_owned(),
				gtin: String::from_utf8_lossy(&gtin).into_owned(),
				first_row,
			});
		}
		seen.insert((gtin, serial.clone()), row);
		rows.push(IssueRow { row, line, gtin, serial, lot, claim_key });
	}
	if rows.is_empty() {
		return Err(BulkError::Empty);
	}
	Ok(rows)
}

/// The rows in calls: consecutive rows of one GTIN, at most `max_per_call` each.
pub fn batches(rows: &[IssueRow], max_per_call: usize) -> Vec<&[IssueRow]> {
	let max = max_per_call.max(1);
	let mut out = Vec::new();
	let mut start = 0;
	for end in 1..=rows.len() {
		let split = end == rows.len() || end - start == max || rows[end].gtin != rows[start].gtin;
		if split {
			out.push(&rows[start..end]);
			start = end;
		}
	}
	out
}

#[cfg(test)]
mod tests {
	use super::*;

	fn parse(text: &str, gtin: Option<&str>) -> Result<Vec<IssueRow>, BulkError> {
		parse_csv(text.as_bytes(), gtin.map(|g| parse_gtin(g).unwrap()))
	}

	#[test]
	fn reads_rows_with_defaults_lots_and_claim_keys() {
		let rows = parse(
			"serial,lot,claim_key\n\
			 A1,L1,generate\n\
			 A2,,0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d\n\
			 A3,L1,\n",
			Some("4006381333931"),
		)
		.unwrap();
		assert_eq!(rows.len(), 3);
		assert_eq!(&rows[0].gtin, b"04006381333931");
		assert_eq!(rows[0].lot.as_deref(), Some(&b"L1"[..]));
		assert_eq!(rows[0].claim_key, ClaimKeySpec::Generate);
		assert!(matches!(rows[1].claim_key, ClaimKeySpec::Public(key) if key[0] == 0xd4));
		assert_eq!(rows[1].lot, None);
		assert_eq!(rows[2].claim_key, ClaimKeySpec::None);
		assert_eq!((rows[2].row, rows[2].line), (3, 4));
		assert_eq!(rows[0].code_id(), trace_gs1::code_key(b"04006381333931", b"A1"));
		assert_eq!(rows[0].link().path(), "/01/04006381333931/21/A1");
	}

	#[test]
	fn bad_check_digit_names_row_line_column_and_value() {
		let error =
			parse("gtin,serial\n09506000134352,1\n09506000134352,2\n09506000134353,3\n", None)
				.unwrap_err();
		assert_eq!(
			error.to_string(),
			"row 3 (line 4), column `gtin`, value `09506000134353`: GTIN check digit is 3, \
			 expected 2"
		);
	}

	#[test]
	fn bad_serials_lots_and_keys_are_named() {
		let error = parse("serial\nok\nA B\n", Some("09506000134352")).unwrap_err().to_string();
		assert!(error.starts_with("row 2 (line 3), column `serial`, value `A B`"), "{error}");
		assert!(error.contains("character set 82"), "{error}");
		let error = parse("serial,lot\n1,LOT-WITH-FAR-TOO-MANY-CHARS\n", Some("09506000134352"))
			.unwrap_err()
			.to_string();
		assert!(error.contains("column `lot`") && error.contains("at most 20"), "{error}");
		let error = parse("serial,claim_key\n1,0x1234\n", Some("09506000134352"))
			.unwrap_err()
			.to_string();
		assert!(error.contains("column `claim_key`, value `0x1234`"), "{error}");
		assert_eq!(ClaimKeySpec::parse("GENERATE").unwrap(), ClaimKeySpec::Generate);
		assert!(ClaimKeySpec::parse("0x1234").unwrap_err().to_string().contains("64 hex digits"));
		let error = parse("serial\n1\n\"\"\n", Some("09506000134352")).unwrap_err().to_string();
		assert!(error.contains("serial number is empty"), "{error}");
	}

	#[test]
	fn structural_errors() {
		assert!(matches!(
			parse("lot\nL1\n", Some("09506000134352")),
			Err(BulkError::MissingColumn("serial"))
		));
		assert!(matches!(parse("serial\n1\n", None), Err(BulkError::MissingColumn("gtin"))));
		assert!(matches!(parse("serial,colour\n1,red\n", None), Err(BulkError::UnknownColumn(_))));
		assert!(matches!(parse("serial\n", Some("09506000134352")), Err(BulkError::Empty)));
		assert!(matches!(
			parse("serial,lot\n1,L,extra\n", Some("09506000134352")),
			Err(BulkError::Csv(_))
		));
		let error = parse("serial\nA\nB\nA\n", Some("09506000134352")).unwrap_err().to_string();
		assert_eq!(error, "row 3 (line 4): serial `A` of GTIN 09506000134352 is already on row 1");
	}

	#[test]
	fn batches_split_by_gtin_and_size() {
		let rows = parse(
			"gtin,serial\n09506000134352,1\n09506000134352,2\n09506000134352,3\n4006381333931,1\n",
			None,
		)
		.unwrap();
		let sizes: Vec<usize> = batches(&rows, 2).iter().map(|batch| batch.len()).collect();
		assert_eq!(sizes, [2, 1, 1]);
		let sizes: Vec<usize> = batches(&rows, 500).iter().map(|batch| batch.len()).collect();
		assert_eq!(sizes, [3, 1]);
	}
}

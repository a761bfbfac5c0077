//! Vectors that pin the merchant back office's ports (`web/src/merchant/bulk.ts`, `csv.ts` and
//! `officer.ts`) to this crate: how `trace code issue-bulk` reads a CSV file ([`parse_csv`], with
//! the `csv` crate's own reader) and how the officer commitment is made
//! ([`officer_commitment_with_salt`]).
//!
//! The test reads a few CSV files — the columns in any order and case, lots, claim keys, a byte
//! order mark, CRLF and CR line ends, blank lines, quotes, white space, and every kind of error —
//! and computes a few commitments, and compares the outcomes with
//! `web/test/vectors/issuance.json`, which the page's unit test (`web/test/vectors.test.mjs`)
//! checks the port against. So a change of a rule here (or in the `csv` crate) fails this test
//! until the file is refreshed, and then fails the page's test until the port follows:
//!
//! ```text
//! TRACE_UPDATE_VECTORS=1 cargo test -p trace-cli vectors
//! ```
//!
//! The file is written by hand, one vector per line with its fields in a fixed order, so that it
//! is the same byte for byte wherever it is made. A CSV file is its `text`, or its `bytes` (`0x`
//! hex) when it is not UTF-8; an outcome is the `rows` read, or the `error`: its kind, its parts
//! and, but for the `csv` crate's own errors, its message.

use crate::{
	args::officer_commitment_with_salt,
	bulk::{parse_csv, BulkError, ClaimKeySpec, IssueRow},
};
use std::path::Path;
use trace_gs1::parse_gtin;
use trace_test_support::vectors::{
	check_or_update, field, file, hex, inline_list, list, object, string, Pinned,
};

/// The vector file, from this crate's directory.
const VECTORS: &str = "../web/test/vectors/issuance.json";

/// What the file is, its first field.
const ABOUT: &str = "issuance vectors for web/src/merchant/bulk.ts, csv.ts and officer.ts, \
	written by trace-cli's src/vectors.rs";

/// The command that rewrites [`VECTORS`].
const REFRESH: &str = "TRACE_UPDATE_VECTORS=1 cargo test -p trace-cli vectors";

/// Officers and salts whose commitments are computed. The first is the merchant guide's example.
const OFFICERS: &[(&str, [u8; 16])] = &[
	(
		"Giulia Rossi",
		[
			0x43, 0xdf, 0xe4, 0x35, 0xbc, 0x20, 0xcc, 0x67, 0x94, 0x1a, 0x0d, 0xc1, 0xc7, 0xf1,
			0x48, 0x4b,
		],
	),
	("", [0; 16]),
	("Giulia Rossi", [0xff; 16]),
	("王芳", [0x01; 16]),
	("O'Brien, Séan\n(night shift)", [0x5a; 16]),
];

/// Alice's public key, as a claim key.
const ALICE: &str = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";

/// CSV files: a name, the GTIN given for rows without one (`--gtin`), and the file.
const FILES: &[(&str, Option<&str>, &[u8])] = &[
	(
		"columns in any order, lots, claim keys and the default GTIN",
		Some("4006381333931"),
		b"serial,lot,claim_key\nA1,L1,generate\nA2,,0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d\nA3,L1,\n",
	),
	(
		"a gtin column, GTIN-13 and GTIN-14",
		None,
		b"gtin,serial\n09506000134352,1\n4006381333931,2\n",
	),
	(
		"header names in any case, with spaces around; cells trimmed",
		None,
		b" Serial , GTIN ,Claim_Key\n 1 , 09506000134352 , GENERATE \n",
	),
	(
		"an SS58 claim key",
		Some("09506000134352"),
		b"serial,claim_key\nK1,5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\n",
	),
	("a byte order mark", Some("09506000134352"), b"\xef\xbb\xbfserial\nA\n"),
	(
		"CRLF line ends: a record's line is one less",
		Some("09506000134352"),
		b"serial,lot\r\nA,L1\r\nB,L2\r\n",
	),
	("CR line ends", Some("09506000134352"), b"serial\rA\rB\r"),
	(
		"blank lines are skipped, and not counted in the next record's line",
		Some("09506000134352"),
		b"serial\n\nA\n\n\nB\n",
	),
	("no line end at the end", Some("09506000134352"), b"serial,lot\nA,L1"),
	(
		"quoted fields: a comma, a doubled quote, an empty one",
		Some("09506000134352"),
		b"serial,lot\n\"A,1\",\"L1\"\n\"B\"\"2\",\"\"\n",
	),
	(
		"a quote inside a field is text; text after a closing quote is appended",
		Some("09506000134352"),
		b"serial\nA\"B\n\"AB\"C\n",
	),
	("the end of the file closes a quote", Some("09506000134352"), b"serial\n\"ABC"),
	(
		"Unicode white space is trimmed",
		Some("09506000134352"),
		"serial,lot\n\u{3000}A\u{a0},\u{85}L1\u{2028}\n\u{2003}B\t,\u{b}L2\u{c}\n".as_bytes(),
	),
	(
		"a column named twice: the last one counts",
		Some("09506000134352"),
		b"serial,serial\nA,B\n",
	),
	(
		"a byte order mark inside a cell is not white space",
		Some("09506000134352"),
		"serial\nA\u{feff}\n".as_bytes(),
	),
	(
		"a quoted field over two lines",
		Some("09506000134352"),
		b"serial\nA\n\"X\nY\"\nB\n",
	),
	(
		"a bad check digit names row, line, column and value",
		None,
		b"gtin,serial\n09506000134352,1\n09506000134352,2\n09506000134353,3\n",
	),
	("a serial with a space", Some("09506000134352"), b"serial\nok\nA B\n"),
	("an empty serial", Some("09506000134352"), b"serial\n1\n\"\"\n"),
	("a missing serial cell", Some("09506000134352"), b"serial,lot\n,L1\n"),
	(
		"a lot too long",
		Some("09506000134352"),
		b"serial,lot\n1,LOT-WITH-FAR-TOO-MANY-CHARS\n",
	),
	("a claim key too short", Some("09506000134352"), b"serial,claim_key\n1,0x1234\n"),
	("no GTIN in a row, none given", None, b"gtin,serial\n,1\n"),
	("no serial column", Some("09506000134352"), b"lot\nL1\n"),
	("no gtin column, none given", None, b"serial\n1\n"),
	("an unknown column", None, b"serial,colour\n1,red\n"),
	("no rows", Some("09506000134352"), b"serial\n"),
	("an empty file", Some("09506000134352"), b""),
	("only blank lines", Some("09506000134352"), b"\n\r\n\n"),
	("a row with more fields", Some("09506000134352"), b"serial,lot\n1,L,extra\n"),
	("a row with fewer fields", Some("09506000134352"), b"serial,lot\n1,L\n2\n"),
	("a line of spaces is a record", Some("09506000134352"), b"serial,lot\n1,L\n   \n"),
	(
		"a bad cell comes before a bad record after it",
		Some("09506000134352"),
		b"serial,lot\nA B,L\n1,2,3\n",
	),
	("a serial twice", Some("09506000134352"), b"serial\nA\nB\nA\n"),
	(
		"a serial twice, under a GTIN-13 and its GTIN-14",
		None,
		b"gtin,serial\n4006381333931,1\n04006381333931,1\n",
	),
	("a row that is not UTF-8", Some("09506000134352"), b"serial,lot\nA,L1\nB,L\xff\n"),
	("a header that is not UTF-8", Some("09506000134352"), b"serial,l\xc3t\nA,L1\n"),
];

#[test]
fn the_back_office_vectors_are_those_of_the_cli() {
	let officers = OFFICERS
		.iter()
		.map(|(officer, salt)| {
			object(&[
				("officer", string(officer)),
				("salt", hex(salt)),
				("commitment", hex(&officer_commitment_with_salt(officer, salt))),
			])
		})
		.collect();
	let files = FILES
		.iter()
		.map(|(name, gtin, bytes)| {
			let input = match std::str::from_utf8(bytes) {
				Ok(text) => ("text", string(text)),
				Err(_) => ("bytes", hex(bytes)),
			};
			let default_gtin = gtin.map(|gtin| parse_gtin(gtin).expect("a valid default GTIN"));
			let outcome = match parse_csv(*bytes, default_gtin) {
				Ok(rows) => ("rows", inline_list(rows.iter().map(row).collect())),
				Err(error) => ("error", bulk_error(&error)),
			};
			object(&[
				("name", string(name)),
				("gtin", gtin.map_or_else(|| "null".to_string(), string)),
				input,
				outcome,
			])
		})
		.collect();
	let fields = [
		field("about", &string(ABOUT)),
		field("refresh", &string(REFRESH)),
		field("officer_context", &string("trace-chain/officer")),
		field("alice", &string(ALICE)),
		field("officers", &list(officers)),
		field("csv", &list(files)),
	];
	check_or_update(
		&Path::new(env!("CARGO_MANIFEST_DIR")).join(VECTORS),
		&file(&fields),
		&Pinned { by: "the CLI", refresh: REFRESH, port: "web/src/merchant/" },
	);
}

/// A row read, as the vector file has it.
fn row(row: &IssueRow) -> String {
	let claim_key = match &row.claim_key {
		ClaimKeySpec::None => string("none"),
		ClaimKeySpec::Generate => string("generate"),
		ClaimKeySpec::Public(key) => hex(key),
	};
	object(&[
		("row", row.row.to_string()),
		("line", row.line.to_string()),
		("gtin", string(&String::from_utf8_lossy(&row.gtin))),
		("serial", string(&String::from_utf8_lossy(&row.serial))),
		(
			"lot",
			row.lot
				.as_ref()
				.map_or_else(|| "null".to_string(), |lot| string(&String::from_utf8_lossy(lot))),
		),
		("claim_key", claim_key),
	])
}

/// An error, as the vector file has it: its kind and parts, and its message but for the `csv`
/// crate's own errors (whose words are the crate's, not this CLI's).
fn bulk_error(error: &BulkError) -> String {
	let message = ("message", string(&error.to_string()));
	match error {
		BulkError::Csv(csv_error) => {
			let line = |pos: &Option<csv::Position>| pos.as_ref().map_or(0, csv::Position::line);
			match csv_error.kind() {
				csv::ErrorKind::UnequalLengths { pos, expected_len, len } => object(&[
					("kind", string("unequal_lengths")),
					("line", line(pos).to_string()),
					("expected", expected_len.to_string()),
					("len", len.to_string()),
				]),
				csv::ErrorKind::Utf8 { pos, err } => object(&[
					("kind", string("utf8")),
					("line", line(pos).to_string()),
					("field", err.field().to_string()),
				]),
				_ => object(&[("kind", string("csv")), message]),
			}
		},
		BulkError::MissingColumn(column) => {
			object(&[("kind", string("missing_column")), ("column", string(column)), message])
		},
		BulkError::UnknownColumn(name) => {
			object(&[("kind", string("unknown_column")), ("name", string(name)), message])
		},
		BulkError::Cell { row, line, column, value, reason } => object(&[
			("kind", string("cell")),
			("row", row.to_string()),
			("line", line.to_string()),
			("column", string(column)),
			("value", string(value)),
			("reason", string(reason)),
			message,
		]),
		BulkError::Duplicate { row, line, serial, gtin, first_row } => object(&[
			("kind", string("duplicate")),
			("row", row.to_string()),
			("line", line.to_string()),
			("serial", string(serial)),
			("gtin", string(gtin)),
			("first_row", first_row.to_string()),
			message,
		]),
		BulkError::Empty => object(&[("kind", string("empty")), message]),
	}
}

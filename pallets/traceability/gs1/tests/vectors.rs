//! Vectors that pin the consumer page's port of this crate (`web/src/gs1.ts`) to the crate.
//!
//! The test computes check digits, GTINs, serial and lot checks, canonical paths, code keys and
//! parsed GS1 Digital Link URIs with this crate's own functions, and compares them with
//! `web/test/vectors/gs1.json`, which the page's unit test (`web/test/vectors.test.mjs`) checks
//! the port against. So a change of a rule here fails this test until the file is refreshed,
//! and then fails the page's test until the port follows:
//!
//! ```text
//! TRACE_UPDATE_VECTORS=1 cargo test -p trace-gs1 --test vectors
//! ```
//!
//! The file is written by hand, one vector per line with its fields in a fixed order, so that
//! it is the same byte for byte wherever it is made. Byte strings (serials, lots, keys) are
//! `0x` hex; an outcome is `"ok": value`, or `"error"` (the [`Gs1Error`] variant) and
//! `"message"` (its text, which the page shows word for word).
//!
//! The page parses the path of a resolver URL, so a link vector is a `resolver` and a `path`:
//! the crate parses `resolver + path`, and positions in link errors are given from the start of
//! the path, as the page counts them.

use std::path::Path;
use trace_gs1::{
	canonical_path, check_digit, code_key, is_cset82, parse_gtin, validate_lot, validate_serial,
	DigitalLink, Gs1Error, Gtin, GTIN_LEN, MAX_LOT_LEN, MAX_SERIAL_LEN,
};
use trace_test_support::vectors::{
	check_or_update, field, file, hex, list, object, string, Pinned,
};

/// The vector file, from this crate's directory.
const VECTORS: &str = "../../../web/test/vectors/gs1.json";

/// What the file is, its first field.
const ABOUT: &str = "GS1 vectors for web/src/gs1.ts, written by trace-gs1's tests/vectors.rs";

/// The command that rewrites [`VECTORS`].
const REFRESH: &str = "TRACE_UPDATE_VECTORS=1 cargo test -p trace-gs1 --test vectors";

/// The resolver the links are parsed on.
const RESOLVER: &str = "https://id.trace.example";

/// Check digit bodies besides the generated ones: the GS1 examples of each key length.
const BODIES: &[&str] = &[
	"9638507",           // GTIN-8 96385074
	"03600029145",       // GTIN-12 036000291452
	"400638133393",      // GTIN-13 4006381333931
	"0950600013435",     // GTIN-14 09506000134352
	"37610425002123456", // SSCC 376104250021234569
];

/// GTIN texts, valid and not.
const GTINS: &[&str] = &[
	"96385074",
	"036000291452",
	"4006381333931",
	"9506000134352",
	"09506000134352",
	"00000000000000",
	"12345670",
	"",
	"9638507",
	"963850740",
	"1234567890",
	"12345678901",
	"095060001343520",
	"1234567890123456789012",
	"9638507a",
	"a6385074",
	" 96385074",
	"9638 074",
	"+9638507",
	"96385075",
	"036000291453",
	"4006381333932",
	"09506000134353",
	"0950600013435X",
];

/// Serial and lot numbers, valid and not: each is checked as both.
const VALUES: &[&[u8]] = &[
	b"ABC123",
	b"1",
	b"ABCDEFGHIJ0123456789",
	b"ABCDEFGHIJ01234567890",
	b"",
	b"!\"%&'()*+,-./:;<=>?_",
	b"abc/def",
	b"AB C",
	b"~",
	b"#",
	b"\\",
	b"A@",
	b"[x]",
	b"`",
	b"{",
	b"|",
	b"$",
	b"\xc3\xa9",
	b"\x00",
	b"\x7f",
	b"\xff",
	b"AAAAAAAAAAAAAAAAAAAAA~",
];

/// GTIN texts and serials whose canonical paths and keys are computed (serials not validated).
const KEYS: &[(&str, &[u8])] = &[
	("09506000134352", b"ABC123"),
	("09506000134352", b"1"),
	("09506000134352", b"ABCDEFGHIJ0123456789"),
	("09506000134352", b"!\"%&'()*+,-./:;<=>?_"),
	("09506000134352", b"-._~"),
	("09506000134352", b"\x00 \xff"),
	("09506000134352", b"\xc3\xa9"),
	("09506000134352", b""),
	("09506000134352", b"%41"),
	("09506000134352", b"a/b"),
	("96385074", b"X1"),
	("4006381333931", b"B1"),
	("036000291452", b"SN-0001"),
	("00000000000000", b"0"),
];

/// Links: a resolver (empty for a bare path) and the path the page parses.
const LINKS: &[(&str, &str)] = &[
	(RESOLVER, "/01/09506000134352/21/ABC123"),
	(RESOLVER, "/01/09506000134352/10/LOT-7/21/ABC123"),
	(RESOLVER, "/01/9506000134352/21/ABC123"),
	(RESOLVER, "/01/96385074/21/1"),
	(RESOLVER, "/01/036000291452/10/A1/21/S1"),
	(RESOLVER, "/01/09506000134352/21/A%2FB"),
	(RESOLVER, "/01/09506000134352/21/a%2fb"),
	(RESOLVER, "/01/09506000134352/21/%41%62c"),
	(RESOLVER, "/01/09506000134352/21/%21%22%25"),
	(RESOLVER, "/01/09506000134352/10/%2A%2b/21/X"),
	(RESOLVER, "/01/09506000134352/21/ABC123?linkType=gs1:pip#top"),
	(RESOLVER, "/01/09506000134352/21/ABC123#frag"),
	(RESOLVER, "/resolver/01/09506000134352/21/ABC123"),
	(RESOLVER, "/a/b/01/09506000134352/10/L1/21/S1"),
	(RESOLVER, "/01/x/01/09506000134352/21/ABC123"),
	(RESOLVER, "/01/09506000134352/21/01"),
	(RESOLVER, "/01/09506000134352/10/21/21/S"),
	(RESOLVER, "/01/09506000134352/10/10/21/21"),
	(RESOLVER, "/01/09506000134352/21/ABCDEFGHIJ0123456789"),
	(RESOLVER, "/"),
	(RESOLVER, "/01"),
	(RESOLVER, "/01/"),
	(RESOLVER, "/21/ABC"),
	(RESOLVER, "/01/09506000134352"),
	(RESOLVER, "/01/09506000134352/21"),
	(RESOLVER, "/01/09506000134352/21/"),
	(RESOLVER, "/01/09506000134352/10"),
	(RESOLVER, "/01/09506000134352/10/L1"),
	(RESOLVER, "/01/09506000134352/10/L1/21"),
	(RESOLVER, "/01/09506000134352?21/ABC"),
	(RESOLVER, "/01/09506000134352/22/ABC"),
	(RESOLVER, "/01/09506000134352/21/ABC/"),
	(RESOLVER, "/01/09506000134352/21/ABC/extra"),
	(RESOLVER, "/01/09506000134352/10/L1/22/S"),
	(RESOLVER, "/x/01/09506000134352/21/A/y"),
	(RESOLVER, "/01/0950600013435/21/A"),
	(RESOLVER, "/01/09506000134353/21/A"),
	(RESOLVER, "/01/0950600013435X/21/A"),
	(RESOLVER, "/01/123/21/A"),
	(RESOLVER, "/01/09506000134352/21/AB%2"),
	(RESOLVER, "/01/09506000134352/21/%G1"),
	(RESOLVER, "/01/09506000134352/10/%/21/A"),
	(RESOLVER, "/01/09506000134352/21/A%20B"),
	(RESOLVER, "/01/09506000134352/21/%7E"),
	(RESOLVER, "/01/09506000134352/21/%C3%A9"),
	(RESOLVER, "/01/09506000134352/21/\u{e9}"),
	(RESOLVER, "/01/09506000134352/10/%20/21/A"),
	(RESOLVER, "/01/09506000134352/10/ABCDEFGHIJ01234567890/21/A"),
	(RESOLVER, "/01/09506000134352/21/ABCDEFGHIJ01234567890"),
	(RESOLVER, "/01/09506000134352/10//21/A"),
	("", "/01/09506000134352/21/ABC123"),
	("", "/01/09506000134352/10/L1/21/S1"),
	("", "/01/09506000134352/21/ABC/x"),
	("", "01/09506000134352/21/ABC123"),
	("", "09506000134352"),
	("", "?x"),
	("", ""),
];

#[test]
fn the_page_vectors_are_those_of_the_crate() {
	let fields = [
		field("about", &string(ABOUT)),
		field("refresh", &string(REFRESH)),
		field("gtin_len", &GTIN_LEN.to_string()),
		field("max_serial_len", &MAX_SERIAL_LEN.to_string()),
		field("max_lot_len", &MAX_LOT_LEN.to_string()),
		field("cset82", &string(&cset82())),
		field("check_digit", &list(check_digits())),
		field("gtin", &list(gtins())),
		field("serial", &list(validated(validate_serial))),
		field("lot", &list(validated(validate_lot))),
		field("keys", &list(keys())),
		field("links", &list(links())),
	];
	check_or_update(
		&Path::new(env!("CARGO_MANIFEST_DIR")).join(VECTORS),
		&file(&fields),
		&Pinned { by: "the crate", refresh: REFRESH, port: "web/src/gs1.ts" },
	);
}

/// The bytes of character set 82, in order.
fn cset82() -> String {
	(0..=u8::MAX).filter(|byte| is_cset82(*byte)).map(char::from).collect()
}

/// The check digit of bodies of every length [`check_digit`] takes (7 to 17), and of
/// [`BODIES`].
fn check_digits() -> Vec<String> {
	let mut bodies = Vec::new();
	for len in 7..=17 {
		bodies.push("12345678901234567"[..len].to_string());
		bodies.push("98765432109876543"[..len].to_string());
		bodies.push("0".repeat(len));
		bodies.push("9".repeat(len));
	}
	bodies.extend(BODIES.iter().map(|body| body.to_string()));
	bodies
		.iter()
		.map(|body| {
			let digit =
				check_digit(body.as_bytes()).map(|digit| string(&char::from(digit).to_string()));
			with_outcome(vec![("body", string(body))], digit)
		})
		.collect()
}

/// [`parse_gtin`] of each of [`GTINS`].
fn gtins() -> Vec<String> {
	GTINS
		.iter()
		.map(|text| {
			with_outcome(
				vec![("text", string(text))],
				parse_gtin(text).map(|gtin| gtin_json(&gtin)),
			)
		})
		.collect()
}

/// `validate` (of a serial or a lot) of each of [`VALUES`].
fn validated(validate: fn(&[u8]) -> Result<(), Gs1Error>) -> Vec<String> {
	VALUES
		.iter()
		.map(|value| {
			with_outcome(vec![("bytes", hex(value))], validate(value).map(|()| "true".to_string()))
		})
		.collect()
}

/// The canonical path and code key of each of [`KEYS`].
fn keys() -> Vec<String> {
	KEYS.iter()
		.map(|(text, serial)| {
			let gtin = parse_gtin(text).expect("KEYS holds valid GTINs");
			let path = String::from_utf8(canonical_path(&gtin, serial))
				.expect("a canonical path is ASCII");
			object(&[
				("gtin", gtin_json(&gtin)),
				("serial", hex(serial)),
				("path", string(&path)),
				("key", hex(&code_key(&gtin, serial))),
			])
		})
		.collect()
}

/// [`DigitalLink::parse`] of each of [`LINKS`]: the link, its canonical path, its path with the
/// lot (as [`DigitalLink::to_uri`] writes it on an empty resolver) and its key.
fn links() -> Vec<String> {
	LINKS
		.iter()
		.map(|(resolver, path)| {
			let parsed = DigitalLink::parse(&format!("{resolver}{path}"))
				.map(|link| {
					object(&[
						("gtin", gtin_json(&link.gtin)),
						("serial", hex(&link.serial)),
						("lot", link.lot.as_deref().map_or_else(|| "null".to_string(), hex)),
						("path", string(&link.path())),
						("link", string(&link.to_uri(""))),
						("key", hex(&link.key())),
					])
				})
				.map_err(|error| in_path(error, resolver.len()));
			with_outcome(vec![("resolver", string(resolver)), ("path", string(path))], parsed)
		})
		.collect()
}

/// `error` with its position counted from the start of the path, `base` bytes into the URI.
fn in_path(error: Gs1Error, base: usize) -> Gs1Error {
	match error {
		Gs1Error::LinkBadPercentEncoding { position } => {
			Gs1Error::LinkBadPercentEncoding { position: position - base }
		},
		Gs1Error::LinkUnexpectedSegment { position } => {
			Gs1Error::LinkUnexpectedSegment { position: position - base }
		},
		other => other,
	}
}

/// The name of `error`'s variant, as the vectors spell it.
fn kind(error: &Gs1Error) -> &'static str {
	match error {
		Gs1Error::BodyWrongLength { .. } => "BodyWrongLength",
		Gs1Error::BodyNotNumeric { .. } => "BodyNotNumeric",
		Gs1Error::GtinWrongLength { .. } => "GtinWrongLength",
		Gs1Error::GtinNotNumeric { .. } => "GtinNotNumeric",
		Gs1Error::GtinCheckDigit { .. } => "GtinCheckDigit",
		Gs1Error::GlnWrongLength { .. } => "GlnWrongLength",
		Gs1Error::GlnNotNumeric { .. } => "GlnNotNumeric",
		Gs1Error::GlnCheckDigit { .. } => "GlnCheckDigit",
		Gs1Error::PrefixWrongLength { .. } => "PrefixWrongLength",
		Gs1Error::PrefixNotNumeric { .. } => "PrefixNotNumeric",
		Gs1Error::SerialEmpty => "SerialEmpty",
		Gs1Error::SerialTooLong { .. } => "SerialTooLong",
		Gs1Error::SerialInvalidChar { .. } => "SerialInvalidChar",
		Gs1Error::LotEmpty => "LotEmpty",
		Gs1Error::LotTooLong { .. } => "LotTooLong",
		Gs1Error::LotInvalidChar { .. } => "LotInvalidChar",
		Gs1Error::LinkNotAbsolute => "LinkNotAbsolute",
		Gs1Error::LinkUnsupportedScheme => "LinkUnsupportedScheme",
		Gs1Error::LinkMissingHost => "LinkMissingHost",
		Gs1Error::LinkMissingGtin => "LinkMissingGtin",
		Gs1Error::LinkMissingLot => "LinkMissingLot",
		Gs1Error::LinkMissingSerial => "LinkMissingSerial",
		Gs1Error::LinkBadPercentEncoding { .. } => "LinkBadPercentEncoding",
		Gs1Error::LinkUnexpectedSegment { .. } => "LinkUnexpectedSegment",
	}
}

/// `fields`, then `"ok": value` or the error's `"error"` and `"message"`, as one object.
fn with_outcome(
	mut fields: Vec<(&'static str, String)>,
	outcome: Result<String, Gs1Error>,
) -> String {
	match outcome {
		Ok(value) => fields.push(("ok", value)),
		Err(error) => {
			fields.push(("error", string(kind(&error))));
			fields.push(("message", string(&error.to_string())));
		},
	}
	object(&fields)
}

/// A GTIN as a JSON string of its 14 digits.
fn gtin_json(gtin: &Gtin) -> String {
	string(&String::from_utf8_lossy(gtin))
}

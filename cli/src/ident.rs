//! Naming trace codes, products and places on the command line.
//!
//! A code is given as its GS1 Digital Link (`https://id.trace.example/01/09506000134352/21/A1`,
//! or the bare path `/01/09506000134352/21/A1`), as a GTIN and a serial (two arguments), or as
//! its on-chain key (`0x` + 64 hex digits). Every error names the part that is wrong and shows
//! it, so that a mistyped label can be found.

use std::fmt;
use trace_gs1::{parse_gtin, validate_serial, DigitalLink, Gln, Gs1Error, Gtin};

/// The key of a trace code on chain: `blake2_256` of its canonical Digital Link path.
pub type CodeId = [u8; 32];

/// A trace code named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeRef {
	/// Its on-chain key.
	pub id: CodeId,
	/// Its GTIN, serial (and lot), unless it was given by key.
	pub link: Option<DigitalLink>,
}

impl CodeRef {
	/// The code of a Digital Link.
	pub fn from_link(link: DigitalLink) -> Self {
		Self { id: link.key(), link: Some(link) }
	}

	/// The key as `0x…` hex.
	pub fn id_hex(&self) -> String {
		format!("0x{}", hex::encode(self.id))
	}
}

impl fmt::Display for CodeRef {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match &self.link {
			Some(link) => f.write_str(&link.path()),
			None => f.write_str(&self.id_hex()),
		}
	}
}

/// Why a code, GTIN, serial or place given on the command line was rejected.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdentError {
	/// A malformed Digital Link; `detail` shows where.
	#[error("invalid Digital Link `{uri}`: {part}{reason}\n{detail}")]
	Link {
		/// The text given.
		uri: String,
		/// The part that is wrong, e.g. "the GTIN `0950600013435`: ", or empty.
		part: String,
		/// What is wrong with it.
		reason: Gs1Error,
		/// The URI again with `^` under the wrong part.
		detail: String,
	},
	/// A malformed GTIN given on its own.
	#[error("invalid GTIN `{text}`: {reason}")]
	Gtin {
		/// The text given.
		text: String,
		/// What is wrong with it.
		reason: Gs1Error,
	},
	/// A malformed serial given on its own.
	#[error("invalid serial `{text}`: {reason}")]
	Serial {
		/// The text given.
		text: String,
		/// What is wrong with it.
		reason: Gs1Error,
	},
	/// A malformed lot given on its own.
	#[error("invalid batch/lot `{text}`: {reason}")]
	Lot {
		/// The text given.
		text: String,
		/// What is wrong with it.
		reason: Gs1Error,
	},
	/// `0x` but not 64 hex digits.
	#[error("invalid code key `{0}`: a key is 0x followed by 64 hex digits")]
	Key(String),
	/// Neither a Digital Link, a path, nor a key; maybe a GTIN without its serial.
	#[error(
		"`{0}` names no trace code: give a GS1 Digital Link \
		 (https://host/01/{{gtin}}/21/{{serial}}), a GTIN and a serial, or a 0x key"
	)]
	NotACode(String),
	/// A malformed GLN.
	#[error("invalid GLN `{text}`: {reason}")]
	Gln {
		/// The text given.
		text: String,
		/// What is wrong with it.
		reason: Gs1Error,
	},
	/// Not an ISO 3166-1 alpha-2 country code.
	#[error("invalid country `{0}`: expected two letters, like IT or CN")]
	Country(String),
}

/// Parses the code named by `first` (a Digital Link, path or key) or by `first` = GTIN and
/// `serial`.
pub fn parse_code(first: &str, serial: Option<&str>) -> Result<CodeRef, IdentError> {
	if let Some(serial) = serial {
		let gtin = parse_gtin_arg(first)?;
		let serial = parse_serial_arg(serial)?;
		let link = DigitalLink::new(gtin, serial)
			.map_err(|reason| IdentError::Gtin { text: first.to_owned(), reason })?;
		return Ok(CodeRef::from_link(link));
	}
	if let Some(hex_digits) = first.strip_prefix("0x") {
		let mut id = [0u8; 32];
		hex::decode_to_slice(hex_digits, &mut id).map_err(|_| IdentError::Key(first.to_owned()))?;
		return Ok(CodeRef { id, link: None });
	}
	if first.contains('/') {
		return parse_link(first).map(CodeRef::from_link);
	}
	Err(IdentError::NotACode(first.to_owned()))
}

/// Parses a GS1 Digital Link, naming and pointing at the wrong part on failure.
pub fn parse_link(uri: &str) -> Result<DigitalLink, IdentError> {
	DigitalLink::parse(uri).map_err(|reason| link_error(uri, reason))
}

/// Parses GTIN-8/12/13/14 text.
pub fn parse_gtin_arg(text: &str) -> Result<Gtin, IdentError> {
	parse_gtin(text).map_err(|reason| IdentError::Gtin { text: text.to_owned(), reason })
}

/// Checks a serial number (AI 21).
pub fn parse_serial_arg(text: &str) -> Result<Vec<u8>, IdentError> {
	validate_serial(text.as_bytes())
		.map_err(|reason| IdentError::Serial { text: text.to_owned(), reason })?;
	Ok(text.as_bytes().to_vec())
}

/// Checks a batch/lot number (AI 10).
pub fn parse_lot_arg(text: &str) -> Result<Vec<u8>, IdentError> {
	trace_gs1::validate_lot(text.as_bytes())
		.map_err(|reason| IdentError::Lot { text: text.to_owned(), reason })?;
	Ok(text.as_bytes().to_vec())
}

/// Parses a GS1 Global Location Number: 13 digits, the last a check digit
/// ([`trace_gs1::parse_gln`]).
pub fn parse_gln(text: &str) -> Result<Gln, IdentError> {
	trace_gs1::parse_gln(text).map_err(|reason| IdentError::Gln { text: text.to_owned(), reason })
}

/// Parses an ISO 3166-1 alpha-2 country code, upper-casing it. Whether the code is assigned is
/// the chain's to say.
pub fn parse_country(text: &str) -> Result<[u8; 2], IdentError> {
	let upper = text.to_ascii_uppercase();
	match upper.as_bytes() {
		[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Ok([*a, *b]),
		_ => Err(IdentError::Country(text.to_owned())),
	}
}

/// The error of a Digital Link, with the wrong part named and underlined.
fn link_error(uri: &str, reason: Gs1Error) -> IdentError {
	let (part, span) = match reason {
		Gs1Error::GtinWrongLength { .. }
		| Gs1Error::GtinNotNumeric { .. }
		| Gs1Error::GtinCheckDigit { .. } => named_segment(uri, "01", "the GTIN"),
		Gs1Error::SerialEmpty
		| Gs1Error::SerialTooLong { .. }
		| Gs1Error::SerialInvalidChar { .. } => named_segment(uri, "21", "the serial"),
		Gs1Error::LotEmpty | Gs1Error::LotTooLong { .. } | Gs1Error::LotInvalidChar { .. } => {
			named_segment(uri, "10", "the batch/lot")
		},
		Gs1Error::LinkBadPercentEncoding { position } => (String::new(), Some((position, 3))),
		Gs1Error::LinkUnexpectedSegment { position } => {
			let len = uri[position..].find(['/', '?', '#']).unwrap_or(uri.len() - position);
			(String::new(), Some((position, len.max(1))))
		},
		_ => (String::new(), None),
	};
	let detail = match span {
		Some((start, len)) if start <= uri.len() => {
			format!("  {uri}\n  {}{}", " ".repeat(start), "^".repeat(len.max(1)))
		},
		_ => format!("  {uri}"),
	};
	IdentError::Link { uri: uri.to_owned(), part, reason, detail }
}

/// The description and span of the segment after the last `/{ai}/` of `uri`'s path.
fn named_segment(uri: &str, ai: &str, name: &str) -> (String, Option<(usize, usize)>) {
	let path_end = uri.find(['?', '#']).unwrap_or(uri.len());
	let needle = format!("/{ai}/");
	let Some(found) = uri[..path_end].rfind(&needle) else {
		return (format!("{name}: "), None);
	};
	let start = found + needle.len();
	let len = uri[start..path_end].find('/').unwrap_or(path_end - start);
	let text = &uri[start..start + len];
	(format!("{name} `{text}`: "), Some((start, len)))
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The GS1 Digital Link standard's own example (GS1 Digital Link 1.2, section 4).
	const GS1_EXAMPLE: &str = "https://id.gs1.org/01/09506000134352/10/ABC/21/123";

	#[test]
	fn parses_the_gs1_example_link() {
		let code = parse_code(GS1_EXAMPLE, None).unwrap();
		let link = code.link.clone().unwrap();
		assert_eq!(&link.gtin, b"09506000134352");
		assert_eq!(link.lot.as_deref(), Some(&b"ABC"[..]));
		assert_eq!(link.serial, b"123");
		assert_eq!(code.id, trace_gs1::code_key(b"09506000134352", b"123"));
		assert_eq!(code.to_string(), "/01/09506000134352/21/123");
	}

	#[test]
	fn gtin_and_serial_name_the_same_code_as_the_link() {
		let by_link = parse_code(GS1_EXAMPLE, None).unwrap();
		// GTIN-13 form of the same GTIN, padded to 14 digits.
		let by_parts = parse_code("9506000134352", Some("123")).unwrap();
		assert_eq!(by_link.id, by_parts.id);
		let by_key = parse_code(&by_link.id_hex(), None).unwrap();
		assert_eq!(by_key.id, by_link.id);
		assert_eq!(by_key.link, None);
	}

	#[test]
	fn accepts_gtin_13_of_a_real_product() {
		// GTIN-13 4006381333931 (a Stabilo pen, the usual EAN-13 example).
		assert_eq!(&parse_gtin_arg("4006381333931").unwrap(), b"04006381333931");
		assert_eq!(&parse_gtin_arg("09506000134352").unwrap(), b"09506000134352");
	}

	#[test]
	fn wrong_check_digit_in_a_link_names_and_points_at_the_gtin() {
		let uri = "https://id.gs1.org/01/09506000134353/21/123";
		let error = parse_code(uri, None).unwrap_err();
		let text = error.to_string();
		assert!(text.contains("the GTIN `09506000134353`"), "{text}");
		assert!(text.contains("check digit is 3, expected 2"), "{text}");
		let caret_line = text.lines().last().unwrap();
		let column = caret_line.find('^').unwrap();
		assert_eq!(&caret_line[column..], "^".repeat(14));
		assert_eq!(column - 2, uri.find("09506000134353").unwrap());
	}

	#[test]
	fn bad_serial_and_lot_in_a_link_are_named() {
		let text = parse_code("https://id.gs1.org/01/09506000134352/21/A%20B", None)
			.unwrap_err()
			.to_string();
		assert!(text.contains("the serial `A%20B`"), "{text}");
		assert!(text.contains("character set 82"), "{text}");
		let text = parse_code("https://id.gs1.org/01/09506000134352/10/L~1/21/1", None)
			.unwrap_err()
			.to_string();
		assert!(text.contains("the batch/lot `L~1`"), "{text}");
	}

	#[test]
	fn structural_link_errors_point_at_the_segment() {
		let uri = "https://id.gs1.org/01/09506000134352/17/991231/21/1";
		let text = parse_code(uri, None).unwrap_err().to_string();
		assert!(text.contains("unexpected path segment"), "{text}");
		let caret_line = text.lines().last().unwrap();
		assert_eq!(caret_line.find('^').unwrap() - 2, uri.find("/17/").unwrap() + 1);
		let text = parse_code("ftp://id.gs1.org/01/09506000134352/21/1", None)
			.unwrap_err()
			.to_string();
		assert!(text.contains("scheme must be http or https"), "{text}");
		let text = parse_code("https://id.gs1.org/01/09506000134352", None)
			.unwrap_err()
			.to_string();
		assert!(text.contains("/21/{serial}"), "{text}");
	}

	#[test]
	fn separate_gtin_and_serial_errors_name_their_part() {
		let text = parse_code("4006381333932", Some("1")).unwrap_err().to_string();
		assert_eq!(text, "invalid GTIN `4006381333932`: GTIN check digit is 2, expected 1");
		let text = parse_code("4006381333931", Some("")).unwrap_err().to_string();
		assert_eq!(text, "invalid serial ``: serial number is empty");
		let text = parse_code("95060001343", Some("1")).unwrap_err().to_string();
		assert!(text.contains("8, 12, 13 or 14 digits"), "{text}");
	}

	#[test]
	fn keys_and_non_codes() {
		assert_eq!(parse_code("0x1234", None).unwrap_err(), IdentError::Key("0x1234".to_owned()));
		assert!(matches!(parse_code("09506000134352", None), Err(IdentError::NotACode(_))));
	}

	#[test]
	fn glns_and_countries() {
		// GLN 9501101020016 is the example GLN of GS1's GLN allocation rules.
		assert_eq!(&parse_gln("9501101020016").unwrap(), b"9501101020016");
		let text = parse_gln("9501101020017").unwrap_err().to_string();
		assert!(text.contains("check digit is 7, expected 6"), "{text}");
		assert!(parse_gln("950110102001").is_err());
		assert_eq!(parse_country("it").unwrap(), *b"IT");
		assert!(parse_country("ITA").is_err());
	}
}

//! The one error type of this crate.

use crate::{GLN_LEN, MAX_COMPANY_PREFIX_LEN, MAX_LOT_LEN, MAX_SERIAL_LEN, MIN_COMPANY_PREFIX_LEN};
use core::fmt;

/// Why a GS1 identifier or GS1 Digital Link URI was rejected.
///
/// Every variant names the part that is wrong. Positions are 0-based byte offsets: into the
/// checked value for GTIN, GLN, company prefix, serial and lot errors, and into the whole URI for
/// `Link*` errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gs1Error {
	/// The digits given to [`check_digit`](crate::check_digit) are not 7 to 17 digits long.
	BodyWrongLength {
		/// Number of bytes given.
		len: usize,
	},
	/// The digits given to [`check_digit`](crate::check_digit) contain a non-digit.
	BodyNotNumeric {
		/// Offset of the first byte that is not an ASCII digit.
		position: usize,
	},
	/// A GTIN text is not 8, 12, 13 or 14 digits long.
	GtinWrongLength {
		/// Number of bytes given.
		len: usize,
	},
	/// A GTIN contains a non-digit.
	GtinNotNumeric {
		/// Offset of the first byte that is not an ASCII digit, in the text as given.
		position: usize,
	},
	/// The last digit of a GTIN does not match the GS1 mod-10 check digit of the others.
	GtinCheckDigit {
		/// The correct check digit, as an ASCII digit (`b'0'..=b'9'`).
		expected: u8,
		/// The check digit found, as an ASCII digit.
		found: u8,
	},
	/// A GLN text is not 13 digits long.
	GlnWrongLength {
		/// Number of bytes given.
		len: usize,
	},
	/// A GLN contains a non-digit.
	GlnNotNumeric {
		/// Offset of the first byte that is not an ASCII digit.
		position: usize,
	},
	/// The last digit of a GLN does not match the GS1 mod-10 check digit of the others.
	GlnCheckDigit {
		/// The correct check digit, as an ASCII digit (`b'0'..=b'9'`).
		expected: u8,
		/// The check digit found, as an ASCII digit.
		found: u8,
	},
	/// A GS1 company prefix is not 4 to 12 digits long.
	PrefixWrongLength {
		/// Number of bytes given.
		len: usize,
	},
	/// A GS1 company prefix contains a non-digit.
	PrefixNotNumeric {
		/// Offset of the first byte that is not an ASCII digit.
		position: usize,
	},
	/// A serial number (AI 21) is empty.
	SerialEmpty,
	/// A serial number (AI 21) is longer than [`MAX_SERIAL_LEN`](crate::MAX_SERIAL_LEN).
	SerialTooLong {
		/// Number of bytes given.
		len: usize,
	},
	/// A serial number (AI 21) contains a character outside GS1 character set 82.
	SerialInvalidChar {
		/// Offset of the first invalid byte, in the decoded serial.
		position: usize,
	},
	/// A batch/lot number (AI 10) is empty.
	LotEmpty,
	/// A batch/lot number (AI 10) is longer than [`MAX_LOT_LEN`](crate::MAX_LOT_LEN).
	LotTooLong {
		/// Number of bytes given.
		len: usize,
	},
	/// A batch/lot number (AI 10) contains a character outside GS1 character set 82.
	LotInvalidChar {
		/// Offset of the first invalid byte, in the decoded lot.
		position: usize,
	},
	/// The URI is neither an absolute `http(s)://` URI nor a path starting with `/`.
	LinkNotAbsolute,
	/// The URI has a scheme other than `http` or `https`.
	LinkUnsupportedScheme,
	/// The `http(s)` URI has no host (`https:///01/...`, `https:/01/...`).
	LinkMissingHost,
	/// The URI path has no `/01/{gtin}`.
	LinkMissingGtin,
	/// The URI path has `/10` without a lot after it.
	LinkMissingLot,
	/// The URI path has no `/21/{serial}` after the GTIN (and lot).
	LinkMissingSerial,
	/// A `%` in the URI is not followed by two hexadecimal digits.
	LinkBadPercentEncoding {
		/// Offset of the `%` in the URI.
		position: usize,
	},
	/// The URI path has a segment where none is allowed: a path prefix on a bare path, an
	/// application identifier other than `10` or `21` after the GTIN, or anything after the
	/// serial (including a trailing `/`).
	LinkUnexpectedSegment {
		/// Offset of the first byte of the segment in the URI.
		position: usize,
	},
}

impl fmt::Display for Gs1Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match *self {
			Self::BodyWrongLength { len } => {
				write!(f, "check digit input must be 7 to 17 digits, got {len}")
			},
			Self::BodyNotNumeric { position } => {
				write!(f, "check digit input has a non-digit at position {position}")
			},
			Self::GtinWrongLength { len } => {
				write!(f, "GTIN must be 8, 12, 13 or 14 digits, got {len} characters")
			},
			Self::GtinNotNumeric { position } => {
				write!(f, "GTIN has a non-digit at position {position}")
			},
			Self::GtinCheckDigit { expected, found } => write!(
				f,
				"GTIN check digit is {}, expected {}",
				char::from(found).escape_default(),
				char::from(expected).escape_default(),
			),
			Self::GlnWrongLength { len } => {
				write!(f, "GLN must be {GLN_LEN} digits, got {len} characters")
			},
			Self::GlnNotNumeric { position } => {
				write!(f, "GLN has a non-digit at position {position}")
			},
			Self::GlnCheckDigit { expected, found } => write!(
				f,
				"GLN check digit is {}, expected {}",
				char::from(found).escape_default(),
				char::from(expected).escape_default(),
			),
			Self::PrefixWrongLength { len } => write!(
				f,
				"GS1 company prefix must be {MIN_COMPANY_PREFIX_LEN} to {MAX_COMPANY_PREFIX_LEN} \
				 digits, got {len} characters"
			),
			Self::PrefixNotNumeric { position } => {
				write!(f, "GS1 company prefix has a non-digit at position {position}")
			},
			Self::SerialEmpty => f.write_str("serial number is empty"),
			Self::SerialTooLong { len } => {
				write!(f, "serial number must be at most {MAX_SERIAL_LEN} characters, got {len}")
			},
			Self::SerialInvalidChar { position } => write!(
				f,
				"serial number has a character outside GS1 character set 82 at position {position}"
			),
			Self::LotEmpty => f.write_str("batch/lot number is empty"),
			Self::LotTooLong { len } => {
				write!(f, "batch/lot number must be at most {MAX_LOT_LEN} characters, got {len}")
			},
			Self::LotInvalidChar { position } => write!(
				f,
				"batch/lot number has a character outside GS1 character set 82 at position \
				 {position}"
			),
			Self::LinkNotAbsolute => {
				f.write_str("Digital Link must be an http(s):// URI or a path starting with /01/")
			},
			Self::LinkUnsupportedScheme => f.write_str("Digital Link scheme must be http or https"),
			Self::LinkMissingHost => f.write_str("Digital Link URI has no host"),
			Self::LinkMissingGtin => f.write_str("Digital Link has no /01/{gtin} in its path"),
			Self::LinkMissingLot => f.write_str("Digital Link has /10 without a lot after it"),
			Self::LinkMissingSerial => {
				f.write_str("Digital Link has no /21/{serial} after the GTIN")
			},
			Self::LinkBadPercentEncoding { position } => write!(
				f,
				"Digital Link has a '%' not followed by two hex digits at position {position}"
			),
			Self::LinkUnexpectedSegment { position } => {
				write!(f, "Digital Link has an unexpected path segment at position {position}")
			},
		}
	}
}

impl core::error::Error for Gs1Error {}

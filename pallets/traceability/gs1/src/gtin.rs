//! GTIN: check digits, validation and parsing of GTIN-8/12/13/14 text.

use crate::Gs1Error;

/// Length of a GTIN-14, the form every GTIN is stored in.
pub const GTIN_LEN: usize = 14;

/// Length of the body of a GTIN-14: its digits before the check digit.
pub const GTIN_BODY_LEN: usize = 13;

/// Fewest digits [`check_digit`] accepts: the body of a GTIN-8.
const MIN_BODY_LEN: usize = 7;

/// Most digits [`check_digit`] accepts: the body of an SSCC (18 digits with its check digit).
const MAX_BODY_LEN: usize = 17;

/// A GTIN-14 as 14 ASCII digits, shorter GTINs left-padded with `'0'`.
///
/// The type does not promise validity: use [`validate_gtin`] or build it with [`parse_gtin`].
pub type Gtin = [u8; GTIN_LEN];

/// Computes the GS1 mod-10 check digit of `body`, the digits that come before it.
///
/// Works for every fixed-length GS1 key (GTIN-8 to SSCC), so `body` must be 7 to 17 ASCII
/// digits. The result is an ASCII digit (`b'0'..=b'9'`).
///
/// # Errors
/// - [`Gs1Error::BodyWrongLength`] if `body` is not 7 to 17 bytes long.
/// - [`Gs1Error::BodyNotNumeric`] if a byte is not an ASCII digit.
pub fn check_digit(body: &[u8]) -> Result<u8, Gs1Error> {
	if !(MIN_BODY_LEN..=MAX_BODY_LEN).contains(&body.len()) {
		return Err(Gs1Error::BodyWrongLength { len: body.len() });
	}
	if let Some(position) = first_non_digit(body) {
		return Err(Gs1Error::BodyNotNumeric { position });
	}
	Ok(mod10(body))
}

/// Checks that `gtin` is 14 ASCII digits whose last one is the check digit of the others.
///
/// # Errors
/// - [`Gs1Error::GtinNotNumeric`] if a byte is not an ASCII digit.
/// - [`Gs1Error::GtinCheckDigit`] if the check digit is wrong.
pub fn validate_gtin(gtin: &Gtin) -> Result<(), Gs1Error> {
	if let Some(position) = first_non_digit(gtin) {
		return Err(Gs1Error::GtinNotNumeric { position });
	}
	let Some((&found, body)) = gtin.split_last() else {
		// A `[u8; 14]` always has a last byte.
		return Err(Gs1Error::GtinWrongLength { len: 0 });
	};
	let expected = mod10(body);
	if found != expected {
		return Err(Gs1Error::GtinCheckDigit { expected, found });
	}
	Ok(())
}

/// The GTIN-14 made of `body`, its first 13 digits, and their check digit.
///
/// # Errors
/// - [`Gs1Error::BodyNotNumeric`] if a byte of `body` is not an ASCII digit.
pub fn gtin_from_body(body: &[u8; GTIN_BODY_LEN]) -> Result<Gtin, Gs1Error> {
	let check = check_digit(body)?;
	// Every byte is overwritten by the body but the last, which keeps the check digit.
	let mut gtin = [check; GTIN_LEN];
	for (slot, digit) in gtin.iter_mut().zip(body) {
		*slot = *digit;
	}
	Ok(gtin)
}

/// Parses GTIN-8, GTIN-12, GTIN-13 or GTIN-14 text into a validated [`Gtin`].
///
/// Shorter GTINs are left-padded with `'0'` to 14 digits, so `"4006381333931"` becomes
/// `*b"04006381333931"`. The text must be digits only: no spaces, no trimming.
///
/// # Errors
/// - [`Gs1Error::GtinWrongLength`] if `s` is not 8, 12, 13 or 14 bytes long.
/// - [`Gs1Error::GtinNotNumeric`] if a byte is not an ASCII digit (position in `s`).
/// - [`Gs1Error::GtinCheckDigit`] if the check digit is wrong.
pub fn parse_gtin(s: &str) -> Result<Gtin, Gs1Error> {
	let text = s.as_bytes();
	if !matches!(text.len(), 8 | 12 | 13 | GTIN_LEN) {
		return Err(Gs1Error::GtinWrongLength { len: text.len() });
	}
	if let Some(position) = first_non_digit(text) {
		return Err(Gs1Error::GtinNotNumeric { position });
	}
	let padding = GTIN_LEN.saturating_sub(text.len());
	let mut gtin = [b'0'; GTIN_LEN];
	for (slot, digit) in gtin.iter_mut().skip(padding).zip(text) {
		*slot = *digit;
	}
	validate_gtin(&gtin)?;
	Ok(gtin)
}

/// Offset of the first byte of `bytes` that is not an ASCII digit.
pub(crate) fn first_non_digit(bytes: &[u8]) -> Option<usize> {
	bytes.iter().position(|byte| !byte.is_ascii_digit())
}

/// GS1 mod-10 check digit (as an ASCII digit) of `digits`, which must be ASCII digits.
///
/// From the right, digits are weighted 3, 1, 3, 1, ...; the check digit brings the weighted sum
/// up to a multiple of ten.
pub(crate) fn mod10(digits: &[u8]) -> u8 {
	// At most 17 digits of at most 9 times 3: the sum stays below 500.
	let sum = digits.iter().rev().enumerate().fold(0u32, |sum, (index, digit)| {
		let value = u32::from(digit.wrapping_sub(b'0'));
		let weight = if index % 2 == 0 { 3 } else { 1 };
		sum.saturating_add(value.saturating_mul(weight))
	});
	let check = 10u32.wrapping_sub(sum % 10) % 10;
	// `check` is below 10, so the conversion never falls back.
	b'0'.wrapping_add(u8::try_from(check).unwrap_or(0))
}

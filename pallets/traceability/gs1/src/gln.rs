//! GLN: validation and parsing of GS1 Global Location Numbers.

use crate::{
	gtin::{first_non_digit, mod10},
	Gs1Error,
};

/// Length of a GLN.
pub const GLN_LEN: usize = 13;

/// A GS1 Global Location Number (the number of a site, AI 414) as 13 ASCII digits, the last
/// one the GS1 mod-10 check digit of the others.
///
/// The type does not promise validity: use [`validate_gln`] or build it with [`parse_gln`].
pub type Gln = [u8; GLN_LEN];

/// Checks that `gln` is 13 ASCII digits whose last one is the check digit of the others.
///
/// # Errors
/// - [`Gs1Error::GlnNotNumeric`] if a byte is not an ASCII digit.
/// - [`Gs1Error::GlnCheckDigit`] if the check digit is wrong.
pub fn validate_gln(gln: &Gln) -> Result<(), Gs1Error> {
	if let Some(position) = first_non_digit(gln) {
		return Err(Gs1Error::GlnNotNumeric { position });
	}
	let Some((&found, body)) = gln.split_last() else {
		// A `[u8; 13]` always has a last byte.
		return Err(Gs1Error::GlnWrongLength { len: 0 });
	};
	let expected = mod10(body);
	if found != expected {
		return Err(Gs1Error::GlnCheckDigit { expected, found });
	}
	Ok(())
}

/// Parses GLN text (13 digits, no spaces, no trimming) into a validated [`Gln`].
///
/// # Errors
/// - [`Gs1Error::GlnWrongLength`] if `s` is not 13 bytes long.
/// - [`Gs1Error::GlnNotNumeric`] if a byte is not an ASCII digit.
/// - [`Gs1Error::GlnCheckDigit`] if the check digit is wrong.
pub fn parse_gln(s: &str) -> Result<Gln, Gs1Error> {
	let gln: Gln =
		s.as_bytes().try_into().map_err(|_| Gs1Error::GlnWrongLength { len: s.len() })?;
	validate_gln(&gln)?;
	Ok(gln)
}

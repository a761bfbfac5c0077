//! GS1 company prefixes and which GTINs fall under them.

use crate::{Gs1Error, Gtin};

/// Fewest digits in a GS1 company prefix.
pub const MIN_COMPANY_PREFIX_LEN: usize = 4;

/// Most digits in a GS1 company prefix.
pub const MAX_COMPANY_PREFIX_LEN: usize = 12;

/// Checks that `prefix` is a GS1 company prefix: 4 to 12 ASCII digits.
///
/// # Errors
/// - [`Gs1Error::PrefixWrongLength`] if `prefix` is not 4 to 12 bytes long.
/// - [`Gs1Error::PrefixNotNumeric`] if a byte is not an ASCII digit.
pub fn validate_company_prefix(prefix: &[u8]) -> Result<(), Gs1Error> {
	if !(MIN_COMPANY_PREFIX_LEN..=MAX_COMPANY_PREFIX_LEN).contains(&prefix.len()) {
		return Err(Gs1Error::PrefixWrongLength { len: prefix.len() });
	}
	if let Some(position) = prefix.iter().position(|byte| !byte.is_ascii_digit()) {
		return Err(Gs1Error::PrefixNotNumeric { position });
	}
	Ok(())
}

/// Whether `gtin` was allocated under the GS1 company prefix `prefix`.
///
/// A GTIN-14 is an indicator digit, then the company prefix, then the item reference, then the
/// check digit; so this is true iff the digits right after the indicator digit start with
/// `prefix`. A UPC company prefix is written with its leading `0` (GTIN-12 `036000291452` is
/// under prefix `0036000`).
///
/// Always false when `prefix` is not a valid company prefix (see
/// [`validate_company_prefix`]), so an empty prefix never matches every GTIN. The GTIN itself
/// is not validated.
pub fn gtin_in_prefix(gtin: &Gtin, prefix: &[u8]) -> bool {
	validate_company_prefix(prefix).is_ok()
		&& gtin.get(1..).is_some_and(|after_indicator| after_indicator.starts_with(prefix))
}

//! Serial numbers (AI 21) and batch/lot numbers (AI 10).

use crate::Gs1Error;

/// Most characters in a serial number: GS1 AI (21) is up to 20 characters.
pub const MAX_SERIAL_LEN: usize = 20;

/// Most characters in a batch/lot number: GS1 AI (10) is up to 20 characters.
pub const MAX_LOT_LEN: usize = 20;

/// The symbols of GS1 AI encodable character set 82, besides digits and letters.
const CSET82_SYMBOLS: &[u8; 20] = b"!\"%&'()*+,-./:;<=>?_";

/// Whether `byte` is in GS1 AI encodable character set 82.
///
/// Set 82 is the digits, the letters `A-Z` and `a-z`, and
/// ``!"%&'()*+,-./:;<=>?_`` (20 symbols): 82 characters in all.
pub fn is_cset82(byte: u8) -> bool {
	byte.is_ascii_alphanumeric() || CSET82_SYMBOLS.contains(&byte)
}

/// Checks that `serial` is a GS1 serial number: 1 to 20 characters from character set 82.
///
/// # Errors
/// - [`Gs1Error::SerialEmpty`] if `serial` is empty.
/// - [`Gs1Error::SerialTooLong`] if it is longer than [`MAX_SERIAL_LEN`].
/// - [`Gs1Error::SerialInvalidChar`] if a byte is not in set 82 (see [`is_cset82`]).
pub fn validate_serial(serial: &[u8]) -> Result<(), Gs1Error> {
	if serial.is_empty() {
		return Err(Gs1Error::SerialEmpty);
	}
	if serial.len() > MAX_SERIAL_LEN {
		return Err(Gs1Error::SerialTooLong { len: serial.len() });
	}
	if let Some(position) = first_outside_cset82(serial) {
		return Err(Gs1Error::SerialInvalidChar { position });
	}
	Ok(())
}

/// Checks that `lot` is a GS1 batch/lot number: 1 to 20 characters from character set 82.
///
/// # Errors
/// - [`Gs1Error::LotEmpty`] if `lot` is empty.
/// - [`Gs1Error::LotTooLong`] if it is longer than [`MAX_LOT_LEN`].
/// - [`Gs1Error::LotInvalidChar`] if a byte is not in set 82 (see [`is_cset82`]).
pub fn validate_lot(lot: &[u8]) -> Result<(), Gs1Error> {
	if lot.is_empty() {
		return Err(Gs1Error::LotEmpty);
	}
	if lot.len() > MAX_LOT_LEN {
		return Err(Gs1Error::LotTooLong { len: lot.len() });
	}
	if let Some(position) = first_outside_cset82(lot) {
		return Err(Gs1Error::LotInvalidChar { position });
	}
	Ok(())
}

/// Offset of the first byte of `bytes` outside character set 82.
fn first_outside_cset82(bytes: &[u8]) -> Option<usize> {
	bytes.iter().position(|byte| !is_cset82(*byte))
}

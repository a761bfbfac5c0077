//! The canonical GS1 Digital Link path of an item and the on-chain key derived from it.

use crate::{percent, Gtin};
use alloc::{string::String, vec::Vec};

/// Length of `/01/` + 14 digits + `/21/`, the part of a canonical path that is not the serial.
const PATH_OVERHEAD: usize = 22;

/// The canonical GS1 Digital Link path of an item: `/01/{gtin}/21/{serial}`.
///
/// The serial is percent-encoded as GS1 Digital Link 1.x asks: `A-Z a-z 0-9 - . _ ~` stay as
/// they are, every other byte becomes `%XX` with uppercase hexadecimal digits. So a serial has
/// exactly one canonical path, and different serials have different paths.
///
/// Inputs are not validated (see [`validate_gtin`](crate::validate_gtin) and
/// [`validate_serial`](crate::validate_serial)); the GTIN goes through the same encoding,
/// which leaves a valid GTIN unchanged, so the output is always ASCII.
pub fn canonical_path(gtin: &Gtin, serial: &[u8]) -> Vec<u8> {
	link_path(gtin, None, serial).into_bytes()
}

/// The on-chain key of a trace code: `blake2_256` of its [`canonical_path`].
///
/// Anyone holding the item's GS1 Digital Link can compute it.
pub fn code_key(gtin: &Gtin, serial: &[u8]) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(&canonical_path(gtin, serial))
}

/// The GS1 Digital Link path `/01/{gtin}[/10/{lot}]/21/{serial}`, percent-encoded.
///
/// The canonical path, the one keys are derived from, is the one without a lot.
pub(crate) fn link_path(gtin: &Gtin, lot: Option<&[u8]>, serial: &[u8]) -> String {
	let mut path = String::with_capacity(PATH_OVERHEAD.saturating_add(serial.len()));
	path.push_str("/01/");
	percent::encode_into(&mut path, gtin);
	if let Some(lot) = lot {
		path.push_str("/10/");
		percent::encode_into(&mut path, lot);
	}
	path.push_str("/21/");
	percent::encode_into(&mut path, serial);
	path
}

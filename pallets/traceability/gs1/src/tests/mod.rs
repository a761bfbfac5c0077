//! Tests, by area. Vectors come from the GS1 General Specifications and the GS1 Digital Link
//! standard; their check digits were recomputed independently.

mod digital_link;
mod errors;
mod gln;
mod gtin;
mod key;
mod prefix;
mod properties;
mod serial;

use crate::Gtin;
use alloc::{format, string::String};

/// GTIN-14 of the GS1 Digital Link standard's examples.
pub(crate) const DL_EXAMPLE_GTIN: &Gtin = b"09506000134352";

/// Lowercase hexadecimal spelling of `bytes`.
pub(crate) fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

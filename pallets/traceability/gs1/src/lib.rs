//! # GS1 identifiers for trace-chain
//!
//! GTINs, GLNs, GS1 company prefixes, serial numbers and GS1 Digital Link URIs, and the
//! canonical on-chain key of a trace code.
//!
//! ## Overview
//!
//! A trace code is one physical item, named by its GTIN and serial number. On the package that
//! pair is printed as a GS1 Digital Link URI in a QR code, e.g.
//! `https://id.trace.example/01/09506000134352/21/ABC123`. This crate checks each part as
//! the GS1 General Specifications define it, parses and writes such URIs, and derives the key
//! the traceability pallet stores the item under, so that anyone holding the QR code can find
//! its record.
//!
//! - GTINs: [`check_digit`], [`gtin_from_body`], [`validate_gtin`], [`parse_gtin`].
//! - GLNs: [`validate_gln`], [`parse_gln`].
//! - Company prefixes: [`validate_company_prefix`], [`gtin_in_prefix`].
//! - Serial and lot numbers: [`validate_serial`], [`validate_lot`], [`is_cset82`].
//! - Keys: [`canonical_path`], [`code_key`].
//! - URIs: [`DigitalLink`].
//!
//! Every failure is a [`Gs1Error`] naming the part that is wrong. Nothing here panics, and the
//! crate is `no_std` (with `alloc`) without its default `std` feature, for the runtime.
//!
//! ### Terminology
//!
//! - **GTIN** (Global Trade Item Number): the number of a class of goods. It comes with 8, 12
//!   (UPC), 13 (EAN) or 14 digits, the last one a mod-10 **check digit**; it is always stored
//!   here as a GTIN-14 ([`Gtin`]), left-padded with zeros.
//! - **GLN** (Global Location Number): the number of a site, 13 digits, the last one a mod-10
//!   check digit like a GTIN's ([`Gln`]).
//! - **Indicator digit**: the first digit of a GTIN-14 (packaging level, `0` for padded GTINs).
//! - **GS1 company prefix**: 4 to 12 digits that GS1 allocates to a company; the company's
//!   GTINs carry it right after the indicator digit.
//! - **AI** (Application Identifier): the GS1 number saying what a value is: `01` GTIN,
//!   `10` batch/lot, `21` serial number.
//! - **Character set 82**: the 82 characters GS1 allows in serial and lot numbers.
//! - **GS1 Digital Link**: a web URI carrying GS1 identifiers as path segments,
//!   `/01/{gtin}/10/{lot}/21/{serial}`, on some resolver host.
//! - **Canonical path**: `/01/{gtin-14}/21/{percent-encoded serial}`, the one spelling of an
//!   item's identity; its `blake2_256` is the item's **code key**.
//!
//! ## Example
//!
//! ```
//! use trace_gs1::{code_key, parse_gtin, DigitalLink};
//!
//! let link = DigitalLink::parse("https://id.gs1.org/01/09506000134352/10/ABC/21/123")?;
//! assert_eq!(link.gtin, parse_gtin("9506000134352")?);
//! assert_eq!(link.path(), "/01/09506000134352/21/123");
//! assert_eq!(link.key(), code_key(&link.gtin, b"123"));
//! # Ok::<(), trace_gs1::Gs1Error>(())
//! ```

#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(
	not(test),
	deny(
		clippy::arithmetic_side_effects,
		clippy::indexing_slicing,
		clippy::unwrap_used,
		clippy::expect_used,
		clippy::panic,
		clippy::unreachable,
		clippy::todo,
		clippy::unimplemented
	)
)]
#![warn(missing_docs)]

extern crate alloc;

mod digital_link;
mod error;
mod gln;
mod gtin;
mod key;
mod percent;
mod prefix;
mod serial;

#[cfg(test)]
mod tests;

pub use digital_link::DigitalLink;
pub use error::Gs1Error;
pub use gln::{parse_gln, validate_gln, Gln, GLN_LEN};
pub use gtin::{
	check_digit, gtin_from_body, parse_gtin, validate_gtin, Gtin, GTIN_BODY_LEN, GTIN_LEN,
};
pub use key::{canonical_path, code_key};
pub use prefix::{
	gtin_in_prefix, validate_company_prefix, MAX_COMPANY_PREFIX_LEN, MIN_COMPANY_PREFIX_LEN,
};
pub use serial::{is_cset82, validate_lot, validate_serial, MAX_LOT_LEN, MAX_SERIAL_LEN};

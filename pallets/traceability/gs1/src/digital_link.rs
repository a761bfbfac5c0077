//! GS1 Digital Link URIs for one item: `https://{host}/01/{gtin}[/10/{lot}]/21/{serial}`.

use crate::{
	key::{code_key, link_path},
	parse_gtin, percent, validate_gtin, validate_lot, validate_serial, Gs1Error, Gtin,
};
use alloc::{string::String, vec::Vec};
use core::str::FromStr;

/// Application identifier of the GTIN, the primary key.
const AI_GTIN: &str = "01";

/// Application identifier of the batch/lot number.
const AI_LOT: &str = "10";

/// Application identifier of the serial number.
const AI_SERIAL: &str = "21";

/// A parsed GS1 Digital Link URI for one item.
///
/// The fields are public, so a value built by hand may be invalid; [`DigitalLink::new`],
/// [`DigitalLink::with_lot`] and [`DigitalLink::parse`] only ever return valid ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DigitalLink {
	/// The item's GTIN, as a GTIN-14.
	pub gtin: Gtin,
	/// The item's serial number (AI 21), percent-decoded.
	pub serial: Vec<u8>,
	/// The item's batch/lot number (AI 10), percent-decoded, if the URI has one.
	///
	/// It is not part of the item's identity: [`DigitalLink::path`] and [`DigitalLink::key`]
	/// leave it out.
	pub lot: Option<Vec<u8>>,
}

impl DigitalLink {
	/// A link for the item `serial` of `gtin`, without a lot.
	///
	/// # Errors
	/// Those of [`validate_gtin`] and [`validate_serial`].
	pub fn new(gtin: Gtin, serial: Vec<u8>) -> Result<Self, Gs1Error> {
		validate_gtin(&gtin)?;
		validate_serial(&serial)?;
		Ok(Self { gtin, serial, lot: None })
	}

	/// The same link with batch/lot number `lot`.
	///
	/// # Errors
	/// Those of [`validate_lot`].
	pub fn with_lot(self, lot: Vec<u8>) -> Result<Self, Gs1Error> {
		validate_lot(&lot)?;
		Ok(Self { lot: Some(lot), ..self })
	}

	/// Parses a GS1 Digital Link URI for one item.
	///
	/// Accepted forms:
	/// - `http(s)://{host}[/{path prefix}]/01/{gtin}/21/{serial}[?{query}][#{fragment}]`;
	/// - the same with a lot: `.../01/{gtin}/10/{lot}/21/{serial}...` (GS1 Digital Link puts
	///   key qualifiers in this order);
	/// - a bare path starting with `/01/`, with the same tail and no path prefix.
	///
	/// The scheme is matched in either case. The GTIN may have 8, 12, 13 or 14 digits and is
	/// normalised to 14. The serial and lot are percent-decoded, then validated. The host, the
	/// path prefix, the query and the fragment are not interpreted. The key is found at the end
	/// of the path, so a path prefix may itself contain `01`.
	///
	/// # Errors
	/// - [`Gs1Error::LinkNotAbsolute`] if `uri` has no scheme and does not start with `/`.
	/// - [`Gs1Error::LinkUnsupportedScheme`] if the scheme is not `http` or `https`.
	/// - [`Gs1Error::LinkMissingHost`] if an `http(s)` URI has no `//{host}`.
	/// - [`Gs1Error::LinkMissingGtin`] if the path has no `01` segment followed by another.
	/// - [`Gs1Error::LinkMissingLot`] if a `10` segment is the last one.
	/// - [`Gs1Error::LinkMissingSerial`] if no `21` segment follows the GTIN (and lot), or it is
	///   the last one.
	/// - [`Gs1Error::LinkUnexpectedSegment`] for a path prefix on a bare path, a segment other
	///   than `10` or `21` after the GTIN, or any segment after the serial (a trailing `/`
	///   too).
	/// - [`Gs1Error::LinkBadPercentEncoding`] if the lot or serial has a bad `%` escape.
	/// - The errors of [`parse_gtin`], [`validate_lot`] and [`validate_serial`].
	pub fn parse(uri: &str) -> Result<Self, Gs1Error> {
		let (path_start, bare) = path_start(uri)?;
		let after_authority = uri.get(path_start..).unwrap_or_default();
		let path_len = after_authority.find(['?', '#']).unwrap_or(after_authority.len());
		let path = after_authority.get(..path_len).unwrap_or_default();
		let segments = segments(path, path_start);

		let key_start = key_start(&segments).ok_or(Gs1Error::LinkMissingGtin)?;
		if bare && key_start != 0 {
			let position = segments.first().map_or(path_start, |(offset, _)| *offset);
			return Err(Gs1Error::LinkUnexpectedSegment { position });
		}
		// Skip the path prefix and the `01` segment itself.
		let mut tail = segments.iter().skip(key_start).skip(1);

		let (_, gtin) = tail.next().ok_or(Gs1Error::LinkMissingGtin)?;
		let gtin = parse_gtin(gtin)?;

		let mut lot = None;
		let mut next = tail.next();
		if let Some((_, AI_LOT)) = next {
			let (offset, raw) = tail.next().ok_or(Gs1Error::LinkMissingLot)?;
			let decoded = percent::decode(raw, *offset)?;
			validate_lot(&decoded)?;
			lot = Some(decoded);
			next = tail.next();
		}

		match next {
			Some((_, AI_SERIAL)) => {},
			Some((offset, _)) => return Err(Gs1Error::LinkUnexpectedSegment { position: *offset }),
			None => return Err(Gs1Error::LinkMissingSerial),
		}
		let (offset, raw) = tail.next().ok_or(Gs1Error::LinkMissingSerial)?;
		let serial = percent::decode(raw, *offset)?;
		validate_serial(&serial)?;

		if let Some((offset, _)) = tail.next() {
			return Err(Gs1Error::LinkUnexpectedSegment { position: *offset });
		}
		Ok(Self { gtin, serial, lot })
	}

	/// The item's canonical path, `/01/{gtin}/21/{serial}`, as [`canonical_path`] makes it.
	///
	/// The lot is left out: it does not identify the item.
	///
	/// [`canonical_path`]: crate::canonical_path
	pub fn path(&self) -> String {
		link_path(&self.gtin, None, &self.serial)
	}

	/// The full GS1 Digital Link URI on `resolver` (`scheme://host[/prefix]`), e.g.
	/// `https://id.trace.example/01/09506000134352/21/ABC123`.
	///
	/// Trailing `/`s of `resolver` are dropped. A lot, if any, is kept in the URI, in its place
	/// before the serial (`.../01/{gtin}/10/{lot}/21/{serial}`), so that [`DigitalLink::parse`]
	/// gives back the same link.
	pub fn to_uri(&self, resolver: &str) -> String {
		let mut uri = String::from(resolver.trim_end_matches('/'));
		uri.push_str(&link_path(&self.gtin, self.lot.as_deref(), &self.serial));
		uri
	}

	/// The item's on-chain key, [`code_key`] of its GTIN and serial.
	pub fn key(&self) -> [u8; 32] {
		code_key(&self.gtin, &self.serial)
	}
}

impl FromStr for DigitalLink {
	type Err = Gs1Error;

	/// Same as [`DigitalLink::parse`].
	fn from_str(uri: &str) -> Result<Self, Self::Err> {
		Self::parse(uri)
	}
}

/// Where the path of `uri` starts, and whether `uri` is a bare path.
fn path_start(uri: &str) -> Result<(usize, bool), Gs1Error> {
	if uri.starts_with('/') {
		return Ok((0, true));
	}
	let scheme_len = uri.find([':', '/', '?', '#']).ok_or(Gs1Error::LinkNotAbsolute)?;
	let (scheme, rest) = uri.split_at_checked(scheme_len).ok_or(Gs1Error::LinkNotAbsolute)?;
	if !rest.starts_with(':') || !is_scheme(scheme) {
		return Err(Gs1Error::LinkNotAbsolute);
	}
	if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
		return Err(Gs1Error::LinkUnsupportedScheme);
	}
	let authority = rest.strip_prefix("://").ok_or(Gs1Error::LinkMissingHost)?;
	let host_len = authority.find(['/', '?', '#']).unwrap_or(authority.len());
	if host_len == 0 {
		return Err(Gs1Error::LinkMissingHost);
	}
	let start = uri.len().saturating_sub(authority.len()).saturating_add(host_len);
	Ok((start, false))
}

/// Whether `scheme` is an RFC 3986 scheme: a letter, then letters, digits, `+`, `-` or `.`.
fn is_scheme(scheme: &str) -> bool {
	let mut bytes = scheme.bytes();
	bytes.next().is_some_and(|first| first.is_ascii_alphabetic())
		&& bytes.all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'-' | b'.'))
}

/// The segments of `path` (empty, or starting with `/`), each with its offset in the URI, given
/// that the path starts at offset `path_start`.
fn segments(path: &str, path_start: usize) -> Vec<(usize, &str)> {
	let Some(path) = path.strip_prefix('/') else {
		return Vec::new();
	};
	let mut offset = path_start.saturating_add(1);
	path.split('/')
		.map(|segment| {
			let start = offset;
			offset = offset.saturating_add(segment.len()).saturating_add(1);
			(start, segment)
		})
		.collect()
}

/// Index of the `01` segment that starts the item's key.
///
/// The key ends the path, so it is looked for there first: `01 _ 10 _ 21 _` or `01 _ 21 _`
/// (the two cannot both match, the fourth segment from the end tells them apart). When neither
/// matches, the first `01` segment is taken, so that parsing from it reports what is wrong.
fn key_start(segments: &[(usize, &str)]) -> Option<usize> {
	let from_end = |back: usize, ai: &str| {
		segments
			.len()
			.checked_sub(back)
			.and_then(|index| segments.get(index))
			.is_some_and(|(_, segment)| *segment == ai)
	};
	if from_end(6, AI_GTIN) && from_end(4, AI_LOT) && from_end(2, AI_SERIAL) {
		return segments.len().checked_sub(6);
	}
	if from_end(4, AI_GTIN) && from_end(2, AI_SERIAL) {
		return segments.len().checked_sub(4);
	}
	segments.iter().position(|(_, segment)| *segment == AI_GTIN)
}

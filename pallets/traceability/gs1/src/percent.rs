//! Percent-encoding of path segments as GS1 Digital Link 1.x asks for it.

use crate::Gs1Error;
use alloc::{string::String, vec::Vec};

/// Uppercase hexadecimal digits, by value.
const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// Whether `byte` is an RFC 3986 unreserved character, the only ones left as they are.
fn is_unreserved(byte: u8) -> bool {
	byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// Appends `bytes` to `out`, unreserved characters as they are, every other byte as `%XX`
/// with uppercase hexadecimal digits.
pub(crate) fn encode_into(out: &mut String, bytes: &[u8]) {
	for &byte in bytes {
		if is_unreserved(byte) {
			out.push(char::from(byte));
		} else {
			out.push('%');
			out.push(hex_digit(byte >> 4));
			out.push(hex_digit(byte & 0x0f));
		}
	}
}

/// Decodes the `%XX` escapes of a path segment that starts at offset `offset` of the URI.
///
/// Hexadecimal digits may be either case; every other byte is kept as it is.
///
/// # Errors
/// [`Gs1Error::LinkBadPercentEncoding`], with the offset of the `%` in the URI, if a `%` is not
/// followed by two hexadecimal digits.
pub(crate) fn decode(segment: &str, offset: usize) -> Result<Vec<u8>, Gs1Error> {
	let mut out = Vec::with_capacity(segment.len());
	let mut bytes = segment.bytes().enumerate();
	while let Some((index, byte)) = bytes.next() {
		if byte != b'%' {
			out.push(byte);
			continue;
		}
		let high = bytes.next().and_then(|(_, digit)| hex_value(digit));
		let low = bytes.next().and_then(|(_, digit)| hex_value(digit));
		match (high, low) {
			(Some(high), Some(low)) => out.push((high << 4) | low),
			_ => {
				return Err(Gs1Error::LinkBadPercentEncoding {
					position: offset.saturating_add(index),
				})
			},
		}
	}
	Ok(out)
}

/// The uppercase hexadecimal digit for `nibble` (below 16).
fn hex_digit(nibble: u8) -> char {
	char::from(HEX_UPPER.get(usize::from(nibble)).copied().unwrap_or(b'0'))
}

/// The value of the hexadecimal digit `digit`, in either case.
fn hex_value(digit: u8) -> Option<u8> {
	char::from(digit).to_digit(16).and_then(|value| u8::try_from(value).ok())
}

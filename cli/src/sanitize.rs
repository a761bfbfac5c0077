//! Chain text made safe for a terminal.
//!
//! Names, places, reasons, categories, GTINs, serials and lots come from the chain: whoever
//! signed the call wrote them (and, through `--rpc`, the server may have). Printed as they are,
//! an escape sequence in a location could erase the verdict line and write another
//! (`\x1b[2K\rGENUINE`), a line break could add a line, and a bidirectional override could
//! make text read backwards. Every chain string goes to the terminal through [`shown`] (or
//! [`shown_bytes`], [`lines`], and [`json`] for JSON documents), which writes such characters
//! as visible escapes (`\u{1b}`) instead.

use std::{borrow::Cow, fmt::Write};

/// Whether `c` must not reach a terminal as it is: the C0 controls (tab and line breaks
/// included: a chain string is printed within one line), DEL, the C1 controls, and the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
pub fn is_unsafe(c: char) -> bool {
	matches!(
		c,
		'\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
	)
}

/// `text` with every [unsafe](is_unsafe) character written as a visible escape (`\u{1b}`);
/// borrowed when there is none.
pub fn shown(text: &str) -> Cow<'_, str> {
	if !text.chars().any(is_unsafe) {
		return Cow::Borrowed(text);
	}
	let mut out = String::with_capacity(text.len() + 8);
	for c in text.chars() {
		if is_unsafe(c) {
			let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
		} else {
			out.push(c);
		}
	}
	Cow::Owned(out)
}

/// Chain bytes as text: invalid UTF-8 as U+FFFD, then [`shown`].
pub fn shown_bytes(bytes: &[u8]) -> String {
	shown(&String::from_utf8_lossy(bytes)).into_owned()
}

/// Text of several lines, such as an error message that may quote the chain or a server: each
/// line [`shown`], the line breaks (`\n`) kept.
pub fn lines(text: &str) -> String {
	text.split('\n').map(shown).collect::<Vec<_>>().join("\n")
}

/// A JSON document with the unsafe characters its serializer leaves as they are (DEL, C1,
/// bidirectional controls) written as `\uXXXX` escapes: the same JSON value, safe to print.
///
/// `serde_json` escapes the C0 controls within strings, so a C0 control left in its output is
/// the layout's whitespace, and is kept; every other unsafe character is within a string, where
/// the escape means the same character.
pub fn json(text: &str) -> Cow<'_, str> {
	let escaped = |c: char| is_unsafe(c) && c >= '\u{20}';
	if !text.chars().any(escaped) {
		return Cow::Borrowed(text);
	}
	let mut out = String::with_capacity(text.len() + 8);
	for c in text.chars() {
		if escaped(c) {
			// All of them are in the Basic Multilingual Plane: one `\uXXXX` each.
			let _ = write!(out, "\\u{:04x}", u32::from(c));
		} else {
			out.push(c);
		}
	}
	Cow::Owned(out)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn controls_and_bidi_overrides_are_escaped() {
		assert!(matches!(shown("Bonded warehouse 3, Hangzhou"), Cow::Borrowed(_)));
		assert_eq!(shown("Milano, più à l'ouest — 東京"), "Milano, più à l'ouest — 東京");
		assert_eq!(shown("\x1b[2K\rGENUINE"), "\\u{1b}[2K\\u{d}GENUINE");
		assert_eq!(shown("a\nb\tc\0d\x7fe"), "a\\u{a}b\\u{9}c\\u{0}d\\u{7f}e");
		assert_eq!(shown("\u{9b}2J"), "\\u{9b}2J");
		assert_eq!(shown("\u{202e}gnp.exe"), "\\u{202e}gnp.exe");
		assert_eq!(shown("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}");
		for c in ('\u{0}'..='\u{10ffff}').filter(|&c| is_unsafe(c)) {
			let text = c.to_string();
			assert!(shown(&text).chars().all(|c| c.is_ascii_graphic()), "{:x}", u32::from(c));
		}
		// Escaping is idempotent: printing escaped text again changes nothing.
		let once = shown("\x1b[31mRED").into_owned();
		assert_eq!(shown(&once), once);
		assert_eq!(shown_bytes(b"ok\xff\x1b"), "ok\u{fffd}\\u{1b}");
	}

	#[test]
	fn lines_keep_line_breaks_only() {
		assert_eq!(lines("error: x\n  \x1b[2Kcaret\r"), "error: x\n  \\u{1b}[2Kcaret\\u{d}");
	}

	#[test]
	fn json_escapes_mean_the_same_value() {
		let value = serde_json::json!({ "place": "\x1b[2K\u{9b}\u{202e}\u{7f}Milan" });
		let text = serde_json::to_string_pretty(&value).unwrap();
		let safe = json(&text);
		assert!(!safe.chars().any(|c| is_unsafe(c) && c != '\n'), "{safe}");
		assert_eq!(serde_json::from_str::<serde_json::Value>(&safe).unwrap(), value);
		assert!(matches!(json("{\n  \"a\": 1\n}"), Cow::Borrowed(_)));
	}
}

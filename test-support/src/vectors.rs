//! The writer of the vector files that pin the page's and the back office's TypeScript ports to
//! the Rust crates (`web/test/vectors/*.json`, checked by `web/test/vectors.test.mjs`): the
//! pallet's claim, chip and ownership rules, the GS1 crate's parsing, the CLI's CSV issuance.
//!
//! The JSON is written by hand, one vector per line with its fields in the order the test gives,
//! so that a file is the same byte for byte wherever it is made and a changed rule shows as a
//! changed line. [`check_or_update`] compares a file with what a test computes, or refreshes it.

use std::{fs, path::Path};

/// `text` as a JSON string: `"` and `\` escaped, control characters as `\u00xx`, the rest as
/// it is (UTF-8).
pub fn string(text: &str) -> String {
	let mut out = String::from("\"");
	for c in text.chars() {
		match c {
			'"' => out.push_str("\\\""),
			'\\' => out.push_str("\\\\"),
			c if c < ' ' || c == '\u{7f}' => out.push_str(&format!("\\u{:04x}", u32::from(c))),
			c => out.push(c),
		}
	}
	out.push('"');
	out
}

/// `bytes` as a JSON string of `0x` and lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
	let digits: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
	format!("\"0x{digits}\"")
}

/// An object on one line, its fields in the order given; the values are JSON already.
pub fn object(fields: &[(&str, String)]) -> String {
	let fields: Vec<String> = fields
		.iter()
		.map(|(name, value)| format!("{}: {value}", string(name)))
		.collect();
	format!("{{{}}}", fields.join(", "))
}

/// A list with one item (JSON already) per line, as a field of the top-level object.
pub fn list(items: Vec<String>) -> String {
	if items.is_empty() {
		return "[]".to_string();
	}
	format!("[\n    {}\n  ]", items.join(",\n    "))
}

/// A list on one line; the items are JSON already.
pub fn inline_list(items: Vec<String>) -> String {
	format!("[{}]", items.join(", "))
}

/// A field of the top-level object; `value` is JSON already.
pub fn field(name: &str, value: &str) -> String {
	format!("  {}: {value}", string(name))
}

/// The file: its top-level object of `fields` (each made by [`field`]).
pub fn file(fields: &[String]) -> String {
	format!("{{\n{}\n}}\n", fields.join(",\n"))
}

/// Who made a vector file and what it pins, for the message of a stale one.
pub struct Pinned<'a> {
	/// The crate computing the vectors ("the pallet").
	pub by: &'a str,
	/// The command that refreshes the file.
	pub refresh: &'a str,
	/// The port the file pins (`web/src/claim.ts`).
	pub port: &'a str,
}

/// Compares `contents` with the file at `path`, or writes it there when
/// `TRACE_UPDATE_VECTORS=1`. A stale file fails the test with the first line that differs and
/// how to refresh it.
pub fn check_or_update(path: &Path, contents: &str, pinned: &Pinned) {
	if matches!(std::env::var("TRACE_UPDATE_VECTORS").as_deref(), Ok("1")) {
		if let Some(dir) = path.parent() {
			fs::create_dir_all(dir).expect("the vectors' directory can be made");
		}
		fs::write(path, contents).expect("the vector file can be written");
		return;
	}
	let stored = fs::read_to_string(path).unwrap_or_default();
	if let Some(line) = first_difference(&stored, contents) {
		panic!(
			"{} is not what {} computes (first difference on line {}): {} would be checked \
			 against stale vectors. If the change is meant, refresh the file with `{}`, commit \
			 it, and make {} pass web/test/vectors.test.mjs.",
			path.display(),
			pinned.by,
			line,
			pinned.port,
			pinned.refresh,
			pinned.port,
		);
	}
}

/// The number (from 1) of the first line where `stored` and `computed` differ, if they do.
fn first_difference(stored: &str, computed: &str) -> Option<usize> {
	if stored == computed {
		return None;
	}
	let line = stored
		.lines()
		.zip(computed.lines())
		.position(|(stored, computed)| stored != computed)
		.unwrap_or_else(|| stored.lines().count().min(computed.lines().count()));
	Some(line + 1)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn strings_escape_quotes_backslashes_and_control_characters_only() {
		assert_eq!(string("a\"b\\c\n\u{7f}é"), "\"a\\\"b\\\\c\\u000a\\u007fé\"");
	}

	#[test]
	fn objects_lists_and_files_keep_the_order_given() {
		let item = object(&[("z", hex(&[0, 0xab])), ("a", inline_list(vec!["1".into()]))]);
		assert_eq!(item, "{\"z\": \"0x00ab\", \"a\": [1]}");
		assert_eq!(list(vec![]), "[]");
		assert_eq!(
			file(&[field("v", &list(vec!["1".into(), "2".into()]))]),
			"{\n  \"v\": [\n    1,\n    2\n  ]\n}\n"
		);
	}

	#[test]
	fn the_first_differing_line_is_named() {
		assert_eq!(first_difference("a\nb\n", "a\nb\n"), None);
		assert_eq!(first_difference("a\nb\n", "a\nc\n"), Some(2));
		assert_eq!(first_difference("a\n", "a\nb\n"), Some(2));
		assert_eq!(first_difference("", "a\n"), Some(1));
	}
}

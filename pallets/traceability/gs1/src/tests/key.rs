use super::{hex, DL_EXAMPLE_GTIN};
use crate::{canonical_path, code_key, percent};
use alloc::{string::String, vec::Vec};

#[test]
fn canonical_path_of_plain_serial() {
	assert_eq!(canonical_path(DL_EXAMPLE_GTIN, b"ABC123"), b"/01/09506000134352/21/ABC123");
}

#[test]
fn canonical_path_percent_encodes_all_but_unreserved() {
	assert_eq!(
		canonical_path(DL_EXAMPLE_GTIN, b"!\"%&'()*+,-./:;<=>?_"),
		b"/01/09506000134352/21/%21%22%25%26%27%28%29%2A%2B%2C-.%2F%3A%3B%3C%3D%3E%3F_".to_vec()
	);
	assert_eq!(canonical_path(DL_EXAMPLE_GTIN, b"a~z"), b"/01/09506000134352/21/a~z");
	// Not valid serials, but still one ASCII spelling each.
	assert_eq!(canonical_path(DL_EXAMPLE_GTIN, b" \x00\xff"), b"/01/09506000134352/21/%20%00%FF");
}

#[test]
fn code_key_is_blake2_256_of_the_canonical_path() {
	// blake2b-256 of "/01/09506000134352/21/ABC123", computed with Python's hashlib.
	assert_eq!(
		hex(&code_key(DL_EXAMPLE_GTIN, b"ABC123")),
		"0a0ce33c28d4b7c3486b956c522a729d424e8b3058bdc5c4b6c7a5de9718d403"
	);
	assert_eq!(
		code_key(DL_EXAMPLE_GTIN, b"A/B"),
		sp_crypto_hashing::blake2_256(b"/01/09506000134352/21/A%2FB")
	);
}

#[test]
fn percent_encoding_round_trips() {
	let all_bytes: Vec<u8> = (0..=u8::MAX).collect();
	let mut encoded = String::new();
	percent::encode_into(&mut encoded, &all_bytes);
	assert_eq!(encoded.len(), 66 + 190 * 3);
	assert_eq!(percent::decode(&encoded, 0), Ok(all_bytes));
}

#[test]
fn percent_decoding_accepts_either_case() {
	assert_eq!(percent::decode("A%2fB%2F%7e", 0), Ok(b"A/B/~".to_vec()));
}

//! Property tests over random identifiers and random text.

use crate::{
	canonical_path, check_digit, code_key, gtin_from_body, gtin_in_prefix, is_cset82, parse_gtin,
	percent, validate_company_prefix, validate_gln, validate_gtin, validate_lot, validate_serial,
	DigitalLink, Gln, Gtin, MAX_SERIAL_LEN,
};
use alloc::{string::String, vec, vec::Vec};
use proptest::{collection::vec, option, prelude::*, sample::select};

/// A valid GTIN-14: 13 random digits and their check digit.
fn gtin() -> impl Strategy<Value = Gtin> {
	vec(b'0'..=b'9', 13).prop_map(|body| {
		let body: [u8; 13] = body.try_into().unwrap();
		gtin_from_body(&body).unwrap()
	})
}

/// A valid GLN: 12 random digits and their check digit.
fn gln() -> impl Strategy<Value = Gln> {
	vec(b'0'..=b'9', 12).prop_map(|body| {
		let mut gln = [0; 13];
		gln[..12].copy_from_slice(&body);
		gln[12] = check_digit(&body).unwrap();
		gln
	})
}

/// A valid serial or lot: 1 to 20 characters from set 82.
fn cset82_text() -> impl Strategy<Value = Vec<u8>> {
	let set: Vec<u8> = (0..=u8::MAX).filter(|byte| is_cset82(*byte)).collect();
	vec(select(set), 1..=MAX_SERIAL_LEN)
}

/// A serial that is valid, or any bytes at all (the encoding must stay one-to-one on them).
fn any_serial() -> impl Strategy<Value = Vec<u8>> {
	prop_oneof![cset82_text(), vec(any::<u8>(), 0..=MAX_SERIAL_LEN)]
}

/// A valid link, with or without a lot.
fn link() -> impl Strategy<Value = DigitalLink> {
	(gtin(), cset82_text(), option::of(cset82_text())).prop_map(|(gtin, serial, lot)| DigitalLink {
		gtin,
		serial,
		lot,
	})
}

/// Resolvers of several shapes, one with a path prefix that contains `01`.
fn resolver() -> impl Strategy<Value = &'static str> {
	select(vec![
		"https://id.trace.example",
		"https://id.trace.example/",
		"HTTP://localhost:8080/resolver/01/x",
		"https://id.gs1.org",
		"",
	])
}

/// Text that looks like Digital Links, to reach deep into the parser.
fn link_like() -> impl Strategy<Value = String> {
	concat!(
		"((https?|ftp|HTTP)(://?)[a-z.:@]{0,8})?",
		"(/(01|10|21|22|09506000134352|[0-9]{0,14}|[A-Za-z%!~é0-9]{0,6})){0,8}",
		"([?#][ -~]{0,6})?",
	)
}

proptest! {
	#[test]
	fn uri_round_trips(link in link(), resolver in resolver()) {
		prop_assert_eq!(DigitalLink::parse(&link.to_uri(resolver)), Ok(link));
	}

	#[test]
	fn canonical_path_round_trips_without_lot(link in link()) {
		let path = link.path();
		prop_assert_eq!(canonical_path(&link.gtin, &link.serial), path.as_bytes());
		let parsed = DigitalLink::parse(&path).unwrap();
		prop_assert_eq!(parsed.key(), link.key());
		prop_assert_eq!(parsed, DigitalLink { lot: None, ..link });
	}

	#[test]
	fn different_serials_have_different_keys(gtin in gtin(), a in any_serial(), b in any_serial()) {
		prop_assume!(a != b);
		prop_assert_ne!(canonical_path(&gtin, &a), canonical_path(&gtin, &b));
		prop_assert_ne!(code_key(&gtin, &a), code_key(&gtin, &b));
	}

	#[test]
	fn different_gtins_have_different_keys(a in gtin(), b in gtin(), serial in cset82_text()) {
		prop_assume!(a != b);
		prop_assert_ne!(code_key(&a, &serial), code_key(&b, &serial));
	}

	#[test]
	fn key_ignores_the_lot(link in link(), lot in cset82_text()) {
		let with_lot = link.clone().with_lot(lot).unwrap();
		prop_assert_eq!(with_lot.key(), link.key());
	}

	#[test]
	fn any_single_digit_error_is_caught(gtin in gtin(), index in 0..14usize, delta in 1..=9u8) {
		let mut wrong = gtin;
		wrong[index] = b'0' + (wrong[index] - b'0' + delta) % 10;
		prop_assert!(validate_gtin(&wrong).is_err());
	}

	#[test]
	fn gtins_from_bodies_are_valid_and_keep_the_body(body in vec(b'0'..=b'9', 13)) {
		let fixed: [u8; 13] = body.clone().try_into().unwrap();
		let gtin = gtin_from_body(&fixed).unwrap();
		prop_assert_eq!(&gtin[..13], body.as_slice());
		prop_assert_eq!(validate_gtin(&gtin), Ok(()));
	}

	#[test]
	fn any_single_digit_error_in_a_gln_is_caught(
		gln in gln(),
		index in 0..13usize,
		delta in 1..=9u8,
	) {
		prop_assert_eq!(validate_gln(&gln), Ok(()));
		let mut wrong = gln;
		wrong[index] = b'0' + (wrong[index] - b'0' + delta) % 10;
		prop_assert!(validate_gln(&wrong).is_err());
	}

	#[test]
	fn every_gtin_length_pads_to_14(
		body in select(vec![7usize, 11, 12, 13]).prop_flat_map(|len| vec(b'0'..=b'9', len)),
	) {
		let mut text = body.clone();
		text.push(check_digit(&body).unwrap());
		let gtin = parse_gtin(core::str::from_utf8(&text).unwrap()).unwrap();
		let padding = 14 - text.len();
		prop_assert!(gtin[..padding].iter().all(|digit| *digit == b'0'));
		prop_assert_eq!(&gtin[padding..], text.as_slice());
		prop_assert_eq!(validate_gtin(&gtin), Ok(()));
	}

	#[test]
	fn gtin_is_in_its_own_prefixes(gtin in gtin(), len in 4..=12usize) {
		let prefix = &gtin[1..1 + len];
		prop_assert!(validate_company_prefix(prefix).is_ok());
		prop_assert!(gtin_in_prefix(&gtin, prefix));
	}

	#[test]
	fn percent_encoding_round_trips(bytes in vec(any::<u8>(), 0..64)) {
		let mut encoded = String::new();
		percent::encode_into(&mut encoded, &bytes);
		let allowed = |byte: u8| byte.is_ascii_alphanumeric() || b"-._~%".contains(&byte);
		prop_assert!(encoded.bytes().all(allowed));
		let uppercase_hex = |byte: u8| byte.is_ascii_digit() || (b'A'..=b'F').contains(&byte);
		for escape in encoded.split('%').skip(1) {
			let hex_digits = escape.bytes().take(2).filter(|byte| uppercase_hex(*byte)).count();
			prop_assert_eq!(hex_digits, 2, "{}", escape);
		}
		prop_assert_eq!(percent::decode(&encoded, 0), Ok(bytes));
	}

	#[test]
	fn parse_never_panics_on_any_text(text in any::<String>()) {
		check_parse_result(&text);
	}

	#[test]
	fn parse_never_panics_on_link_like_text(text in link_like()) {
		check_parse_result(&text);
	}

	#[test]
	fn parse_never_panics_on_damaged_links(
		link in link(),
		resolver in resolver(),
		at in any::<prop::sample::Index>(),
		insert in any::<char>(),
		cut in 0..3usize,
	) {
		let mut uri = link.to_uri(resolver);
		let mut index = at.index(uri.len() + 1);
		while !uri.is_char_boundary(index) {
			index -= 1;
		}
		uri.insert(index, insert);
		let mut len = uri.len().saturating_sub(cut);
		while !uri.is_char_boundary(len) {
			len -= 1;
		}
		uri.truncate(len);
		check_parse_result(&uri);
	}

	#[test]
	fn validators_never_panic(bytes in vec(any::<u8>(), 0..40), text in any::<String>()) {
		let _ = check_digit(&bytes);
		let _ = validate_serial(&bytes);
		let _ = validate_lot(&bytes);
		let _ = validate_company_prefix(&bytes);
		let _ = parse_gtin(&text);
		let gtin: [u8; 14] = core::array::from_fn(|i| bytes.get(i).copied().unwrap_or(b'0'));
		let _ = validate_gtin(&gtin);
		let _ = gtin_in_prefix(&gtin, &bytes);
		let _ = code_key(&gtin, &bytes);
	}
}

/// Parses `text`; whatever comes back must be valid and survive a round trip.
fn check_parse_result(text: &str) {
	if let Ok(link) = DigitalLink::parse(text) {
		assert_eq!(validate_gtin(&link.gtin), Ok(()));
		assert_eq!(validate_serial(&link.serial), Ok(()));
		if let Some(lot) = &link.lot {
			assert_eq!(validate_lot(lot), Ok(()));
		}
		assert_eq!(DigitalLink::parse(&link.to_uri("https://r.example")).as_ref(), Ok(&link));
	}
}

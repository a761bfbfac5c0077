use super::DL_EXAMPLE_GTIN;
use crate::{code_key, DigitalLink, Gs1Error};
use alloc::vec::Vec;

fn link(serial: &[u8]) -> DigitalLink {
	DigitalLink { gtin: *DL_EXAMPLE_GTIN, serial: serial.to_vec(), lot: None }
}

fn link_with_lot(lot: &[u8], serial: &[u8]) -> DigitalLink {
	DigitalLink { lot: Some(lot.to_vec()), ..link(serial) }
}

#[test]
fn parses_the_gs1_standard_example() {
	assert_eq!(
		DigitalLink::parse("https://id.gs1.org/01/09506000134352/10/ABC/21/123"),
		Ok(link_with_lot(b"ABC", b"123"))
	);
	assert_eq!(DigitalLink::parse("https://id.gs1.org/01/09506000134352/21/123"), Ok(link(b"123")));
}

#[test]
fn parses_http_bare_paths_and_any_scheme_case() {
	let expected = Ok(link(b"ABC123"));
	assert_eq!(DigitalLink::parse("http://example.com/01/09506000134352/21/ABC123"), expected);
	assert_eq!(DigitalLink::parse("HTTPS://example.com/01/09506000134352/21/ABC123"), expected);
	assert_eq!(DigitalLink::parse("/01/09506000134352/21/ABC123"), expected);
	assert_eq!(
		DigitalLink::parse("https://user@example.com:8443/01/09506000134352/21/ABC123"),
		expected
	);
}

#[test]
fn normalises_short_gtins() {
	assert_eq!(
		DigitalLink::parse("https://example.com/01/9506000134352/21/ABC123"),
		Ok(link(b"ABC123"))
	);
	let upc = DigitalLink::parse("https://example.com/01/036000291452/21/1").unwrap();
	assert_eq!(&upc.gtin, b"00036000291452");
	let ean8 = DigitalLink::parse("/01/96385074/21/1").unwrap();
	assert_eq!(&ean8.gtin, b"00000096385074");
}

#[test]
fn ignores_path_prefix_query_and_fragment() {
	let expected = Ok(link(b"ABC123"));
	assert_eq!(
		DigitalLink::parse(
			"https://brand.example/products/01/09506000134352/21/ABC123?17=280101#top"
		),
		expected
	);
	// A prefix that itself has an `01` segment.
	assert_eq!(
		DigitalLink::parse("https://brand.example/01/x/01/09506000134352/21/ABC123"),
		expected
	);
	assert_eq!(
		DigitalLink::parse("https://brand.example/01/09506000134352/21/ABC123#x?y/z"),
		expected
	);
	assert_eq!(DigitalLink::parse("https://brand.example/01/09506000134352/21/ABC123?"), expected);
}

#[test]
fn serials_and_lots_that_look_like_ais() {
	assert_eq!(DigitalLink::parse("/01/09506000134352/21/01"), Ok(link(b"01")));
	assert_eq!(DigitalLink::parse("/01/09506000134352/21/21"), Ok(link(b"21")));
	assert_eq!(
		DigitalLink::parse("/01/09506000134352/10/01/21/10"),
		Ok(link_with_lot(b"01", b"10"))
	);
	assert_eq!(
		DigitalLink::parse("/01/09506000134352/10/21/21/21"),
		Ok(link_with_lot(b"21", b"21"))
	);
}

#[test]
fn percent_decodes_serial_and_lot() {
	assert_eq!(
		DigitalLink::parse("https://example.com/01/09506000134352/10/L%2f1/21/A%2FB%25C%3F"),
		Ok(link_with_lot(b"L/1", b"A/B%C?"))
	);
	// Set-82 characters left unencoded are accepted too.
	assert_eq!(DigitalLink::parse("/01/09506000134352/21/A!B*C"), Ok(link(b"A!B*C")));
}

#[test]
fn rejects_uris_that_are_not_absolute() {
	for uri in
		["", "id.gs1.org/01/09506000134352/21/1", "01/09506000134352/21/1", "1http://x/01", "?01"]
	{
		assert_eq!(DigitalLink::parse(uri), Err(Gs1Error::LinkNotAbsolute), "{uri}");
	}
}

#[test]
fn rejects_other_schemes() {
	for uri in [
		"ftp://id.gs1.org/01/09506000134352/21/1",
		"urn:epc:id:sgtin:9506000.013435.1",
		"httpx://a/01/09506000134352/21/1",
	] {
		assert_eq!(DigitalLink::parse(uri), Err(Gs1Error::LinkUnsupportedScheme), "{uri}");
	}
}

#[test]
fn rejects_missing_host() {
	for uri in [
		"https:///01/09506000134352/21/1",
		"https:/01/09506000134352/21/1",
		"https:",
		"http://",
		"https://?x",
	] {
		assert_eq!(DigitalLink::parse(uri), Err(Gs1Error::LinkMissingHost), "{uri}");
	}
}

#[test]
fn rejects_missing_gtin() {
	for uri in [
		"https://id.gs1.org",
		"https://id.gs1.org/",
		"https://id.gs1.org/21/1",
		"/01",
		"/gtin/09506000134352/21/1",
		"https://h/01?x=/01/09506000134352/21/1",
	] {
		assert_eq!(DigitalLink::parse(uri), Err(Gs1Error::LinkMissingGtin), "{uri}");
	}
}

#[test]
fn rejects_missing_lot() {
	assert_eq!(DigitalLink::parse("/01/09506000134352/10"), Err(Gs1Error::LinkMissingLot));
}

#[test]
fn rejects_missing_serial() {
	for uri in [
		"https://h/01/09506000134352",
		"/01/09506000134352/21",
		"/01/09506000134352/10/L",
		"/01/09506000134352/10/L/21",
	] {
		assert_eq!(DigitalLink::parse(uri), Err(Gs1Error::LinkMissingSerial), "{uri}");
	}
}

#[test]
fn rejects_unexpected_segments() {
	let cases = [
		// Another qualifier (CPV) is not supported.
		("/01/09506000134352/22/2A/10/L/21/1", 19),
		// Lot after serial: wrong order.
		("/01/09506000134352/21/1/10/L", 24),
		// Trailing slash.
		("/01/09506000134352/21/1/", 24),
		("https://h/01/09506000134352/21/1/x", 33),
		// No prefix on a bare path.
		("/p/01/09506000134352/21/1", 1),
		("//h/01/09506000134352/21/1", 1),
		("/01/09506000134352/10/L/10/M/21/1", 24),
	];
	for (uri, position) in cases {
		assert_eq!(
			DigitalLink::parse(uri),
			Err(Gs1Error::LinkUnexpectedSegment { position }),
			"{uri}"
		);
	}
}

#[test]
fn rejects_bad_percent_encoding_at_its_position() {
	let cases = [
		("/01/09506000134352/21/AB%", 24),
		("/01/09506000134352/21/AB%4", 24),
		("/01/09506000134352/21/%G1", 22),
		("https://h/01/09506000134352/10/%%41/21/1", 31),
	];
	for (uri, position) in cases {
		assert_eq!(
			DigitalLink::parse(uri),
			Err(Gs1Error::LinkBadPercentEncoding { position }),
			"{uri}"
		);
	}
}

#[test]
fn reports_errors_in_the_parts() {
	assert_eq!(
		DigitalLink::parse("/01/09506000134353/21/1"),
		Err(Gs1Error::GtinCheckDigit { expected: b'2', found: b'3' })
	);
	assert_eq!(DigitalLink::parse("/01/950600013/21/1"), Err(Gs1Error::GtinWrongLength { len: 9 }));
	assert_eq!(DigitalLink::parse("/01//21/1"), Err(Gs1Error::GtinWrongLength { len: 0 }));
	assert_eq!(
		DigitalLink::parse("/01/%3095060001343/21/1"),
		Err(Gs1Error::GtinNotNumeric { position: 0 })
	);
	assert_eq!(DigitalLink::parse("/01/09506000134352/21/"), Err(Gs1Error::SerialEmpty));
	assert_eq!(
		DigitalLink::parse("/01/09506000134352/21/A%20B"),
		Err(Gs1Error::SerialInvalidChar { position: 1 })
	);
	assert_eq!(
		DigitalLink::parse("/01/09506000134352/21/123456789012345678901"),
		Err(Gs1Error::SerialTooLong { len: 21 })
	);
	assert_eq!(DigitalLink::parse("/01/09506000134352/10//21/1"), Err(Gs1Error::LotEmpty));
	assert_eq!(
		DigitalLink::parse("/01/09506000134352/10/%7E/21/1"),
		Err(Gs1Error::LotInvalidChar { position: 0 })
	);
	assert_eq!(
		DigitalLink::parse("/01/09506000134352/21/A\u{e9}"),
		Err(Gs1Error::SerialInvalidChar { position: 1 })
	);
}

#[test]
fn new_validates() {
	assert_eq!(DigitalLink::new(*DL_EXAMPLE_GTIN, b"ABC123".to_vec()), Ok(link(b"ABC123")));
	assert_eq!(
		DigitalLink::new(*b"09506000134350", b"1".to_vec()),
		Err(Gs1Error::GtinCheckDigit { expected: b'2', found: b'0' })
	);
	assert_eq!(DigitalLink::new(*DL_EXAMPLE_GTIN, Vec::new()), Err(Gs1Error::SerialEmpty));
	assert_eq!(link(b"1").with_lot(b"L1".to_vec()), Ok(link_with_lot(b"L1", b"1")));
	assert_eq!(link(b"1").with_lot(Vec::new()), Err(Gs1Error::LotEmpty));
}

#[test]
fn path_uri_and_key() {
	let item = link_with_lot(b"ABC", b"A/1");
	assert_eq!(item.path(), "/01/09506000134352/21/A%2F1");
	assert_eq!(item.key(), code_key(DL_EXAMPLE_GTIN, b"A/1"));
	assert_eq!(item.key(), link(b"A/1").key());
	assert_eq!(
		link(b"ABC123").to_uri("https://id.trace.example"),
		"https://id.trace.example/01/09506000134352/21/ABC123"
	);
	assert_eq!(
		item.to_uri("https://id.trace.example//"),
		"https://id.trace.example/01/09506000134352/10/ABC/21/A%2F1"
	);
	assert_eq!(link(b"1").to_uri(""), "/01/09506000134352/21/1");
	assert_eq!("https://id.gs1.org/01/09506000134352/10/ABC/21/A%2F1".parse(), Ok(item));
}

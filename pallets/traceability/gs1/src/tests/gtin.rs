use super::DL_EXAMPLE_GTIN;
use crate::{check_digit, gtin_from_body, parse_gtin, validate_gtin, Gs1Error};

#[test]
fn check_digit_of_known_gtins() {
	// GS1 Digital Link example, GTIN-14.
	assert_eq!(check_digit(b"0950600013435"), Ok(b'2'));
	// EAN-13.
	assert_eq!(check_digit(b"400638133393"), Ok(b'1'));
	// UPC-A (GTIN-12).
	assert_eq!(check_digit(b"03600029145"), Ok(b'2'));
	// EAN-8.
	assert_eq!(check_digit(b"9638507"), Ok(b'4'));
	// SSCC 106141411234567897, 17 digits before the check digit.
	assert_eq!(check_digit(b"10614141123456789"), Ok(b'7'));
}

#[test]
fn check_digit_can_be_zero() {
	// 3*(5+2)+... weighted sum 50: check digit 0.
	assert_eq!(check_digit(b"0000000000055"), Ok(b'0'));
	assert_eq!(validate_gtin(b"00000000000550"), Ok(()));
}

#[test]
fn check_digit_rejects_bad_input() {
	assert_eq!(check_digit(b"123456"), Err(Gs1Error::BodyWrongLength { len: 6 }));
	assert_eq!(check_digit(b"123456789012345678"), Err(Gs1Error::BodyWrongLength { len: 18 }));
	assert_eq!(check_digit(b""), Err(Gs1Error::BodyWrongLength { len: 0 }));
	assert_eq!(check_digit(b"1234a67"), Err(Gs1Error::BodyNotNumeric { position: 4 }));
}

#[test]
fn gtin_from_body_appends_the_check_digit() {
	assert_eq!(gtin_from_body(b"0950600013435"), Ok(*DL_EXAMPLE_GTIN));
	assert_eq!(gtin_from_body(b"0400638133393"), Ok(*b"04006381333931"));
	assert_eq!(gtin_from_body(b"0000000000055"), Ok(*b"00000000000550"));
	assert_eq!(gtin_from_body(b"09506000134a5"), Err(Gs1Error::BodyNotNumeric { position: 11 }));
}

#[test]
fn validate_gtin_accepts_known_gtins() {
	assert_eq!(validate_gtin(DL_EXAMPLE_GTIN), Ok(()));
	assert_eq!(validate_gtin(b"04006381333931"), Ok(()));
	assert_eq!(validate_gtin(b"00036000291452"), Ok(()));
	assert_eq!(validate_gtin(b"00000096385074"), Ok(()));
}

#[test]
fn validate_gtin_rejects_wrong_check_digit() {
	assert_eq!(
		validate_gtin(b"09506000134353"),
		Err(Gs1Error::GtinCheckDigit { expected: b'2', found: b'3' })
	);
}

#[test]
fn validate_gtin_rejects_non_digits() {
	assert_eq!(validate_gtin(b"0950600013435X"), Err(Gs1Error::GtinNotNumeric { position: 13 }));
	assert_eq!(validate_gtin(b" 9506000134352"), Err(Gs1Error::GtinNotNumeric { position: 0 }));
}

#[test]
fn parse_gtin_pads_every_length_to_14() {
	assert_eq!(parse_gtin("09506000134352"), Ok(*DL_EXAMPLE_GTIN));
	assert_eq!(parse_gtin("9506000134352"), Ok(*DL_EXAMPLE_GTIN));
	assert_eq!(parse_gtin("4006381333931"), Ok(*b"04006381333931"));
	assert_eq!(parse_gtin("036000291452"), Ok(*b"00036000291452"));
	assert_eq!(parse_gtin("96385074"), Ok(*b"00000096385074"));
}

#[test]
fn parse_gtin_rejects_other_lengths() {
	for text in ["", "1", "9638507", "963850745", "12345678901", "123456789012345"] {
		assert_eq!(parse_gtin(text), Err(Gs1Error::GtinWrongLength { len: text.len() }), "{text}");
	}
	// Non-ASCII text counts bytes.
	assert_eq!(parse_gtin("9638507é"), Err(Gs1Error::GtinWrongLength { len: 9 }));
}

#[test]
fn parse_gtin_reports_positions_in_the_text_given() {
	assert_eq!(parse_gtin("4006381X33931"), Err(Gs1Error::GtinNotNumeric { position: 7 }));
	assert_eq!(parse_gtin(" 6385074"), Err(Gs1Error::GtinNotNumeric { position: 0 }));
	assert_eq!(parse_gtin("9638507\u{b2}"), Err(Gs1Error::GtinWrongLength { len: 9 }));
	assert_eq!(parse_gtin("963850\u{b2}"), Err(Gs1Error::GtinNotNumeric { position: 6 }));
}

#[test]
fn parse_gtin_rejects_wrong_check_digit() {
	assert_eq!(
		parse_gtin("4006381333937"),
		Err(Gs1Error::GtinCheckDigit { expected: b'1', found: b'7' })
	);
	assert_eq!(
		parse_gtin("96385070"),
		Err(Gs1Error::GtinCheckDigit { expected: b'4', found: b'0' })
	);
}

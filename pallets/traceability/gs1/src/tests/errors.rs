use crate::{
	check_digit, parse_gln, parse_gtin, validate_company_prefix, validate_gln, validate_gtin,
	validate_lot, validate_serial, DigitalLink, Gs1Error,
};
use alloc::{boxed::Box, string::ToString};

/// Number of variants of [`Gs1Error`].
const VARIANTS: usize = 24;

/// A distinct number per variant. The match has no wildcard: a new variant does not compile
/// until it is added here, to [`VARIANTS`] and to [`every_variant_is_triggered_and_explained`].
fn variant_index(error: &Gs1Error) -> usize {
	match error {
		Gs1Error::BodyWrongLength { .. } => 0,
		Gs1Error::BodyNotNumeric { .. } => 1,
		Gs1Error::GtinWrongLength { .. } => 2,
		Gs1Error::GtinNotNumeric { .. } => 3,
		Gs1Error::GtinCheckDigit { .. } => 4,
		Gs1Error::PrefixWrongLength { .. } => 5,
		Gs1Error::PrefixNotNumeric { .. } => 6,
		Gs1Error::SerialEmpty => 7,
		Gs1Error::SerialTooLong { .. } => 8,
		Gs1Error::SerialInvalidChar { .. } => 9,
		Gs1Error::LotEmpty => 10,
		Gs1Error::LotTooLong { .. } => 11,
		Gs1Error::LotInvalidChar { .. } => 12,
		Gs1Error::LinkNotAbsolute => 13,
		Gs1Error::LinkUnsupportedScheme => 14,
		Gs1Error::LinkMissingHost => 15,
		Gs1Error::LinkMissingGtin => 16,
		Gs1Error::LinkMissingLot => 17,
		Gs1Error::LinkMissingSerial => 18,
		Gs1Error::LinkBadPercentEncoding { .. } => 19,
		Gs1Error::LinkUnexpectedSegment { .. } => 20,
		Gs1Error::GlnWrongLength { .. } => 21,
		Gs1Error::GlnNotNumeric { .. } => 22,
		Gs1Error::GlnCheckDigit { .. } => 23,
	}
}

#[test]
fn every_variant_is_triggered_and_explained() {
	let cases: [(Result<(), Gs1Error>, &str); VARIANTS] = [
		(check_digit(b"123").map(drop), "check digit input must be 7 to 17 digits, got 3"),
		(check_digit(b"12345-7").map(drop), "check digit input has a non-digit at position 5"),
		(parse_gtin("123").map(drop), "GTIN must be 8, 12, 13 or 14 digits, got 3 characters"),
		(validate_gtin(b"0950600013435A"), "GTIN has a non-digit at position 13"),
		(validate_gtin(b"09506000134353"), "GTIN check digit is 3, expected 2"),
		(
			validate_company_prefix(b"123"),
			"GS1 company prefix must be 4 to 12 digits, got 3 characters",
		),
		(validate_company_prefix(b"12a4"), "GS1 company prefix has a non-digit at position 2"),
		(validate_serial(b""), "serial number is empty"),
		(validate_serial(&[b'1'; 21]), "serial number must be at most 20 characters, got 21"),
		(
			validate_serial(b"a b"),
			"serial number has a character outside GS1 character set 82 at position 1",
		),
		(validate_lot(b""), "batch/lot number is empty"),
		(validate_lot(&[b'1'; 25]), "batch/lot number must be at most 20 characters, got 25"),
		(
			validate_lot(b"#"),
			"batch/lot number has a character outside GS1 character set 82 at position 0",
		),
		(
			DigitalLink::parse("id.gs1.org/01/09506000134352/21/1").map(drop),
			"Digital Link must be an http(s):// URI or a path starting with /01/",
		),
		(
			DigitalLink::parse("ftp://h/01/09506000134352/21/1").map(drop),
			"Digital Link scheme must be http or https",
		),
		(
			DigitalLink::parse("https:///01/09506000134352/21/1").map(drop),
			"Digital Link URI has no host",
		),
		(
			DigitalLink::parse("https://h/21/1").map(drop),
			"Digital Link has no /01/{gtin} in its path",
		),
		(
			DigitalLink::parse("/01/09506000134352/10").map(drop),
			"Digital Link has /10 without a lot after it",
		),
		(
			DigitalLink::parse("/01/09506000134352").map(drop),
			"Digital Link has no /21/{serial} after the GTIN",
		),
		(
			DigitalLink::parse("/01/09506000134352/21/%zz").map(drop),
			"Digital Link has a '%' not followed by two hex digits at position 22",
		),
		(
			DigitalLink::parse("/01/09506000134352/21/1/").map(drop),
			"Digital Link has an unexpected path segment at position 24",
		),
		(parse_gln("950110102001").map(drop), "GLN must be 13 digits, got 12 characters"),
		(validate_gln(b"95011010200a6"), "GLN has a non-digit at position 11"),
		(validate_gln(b"9501101020017"), "GLN check digit is 7, expected 6"),
	];
	let mut seen = [false; VARIANTS];
	for (result, message) in cases {
		let error = result.expect_err(message);
		assert_eq!(error.to_string(), message);
		let index = variant_index(&error);
		assert!(!seen[index], "{error:?} listed twice");
		seen[index] = true;
	}
	assert!(seen.iter().all(|seen| *seen));
}

#[test]
fn check_digit_message_escapes_non_digits() {
	let error = Gs1Error::GtinCheckDigit { expected: b'7', found: b'\n' };
	assert_eq!(error.to_string(), "GTIN check digit is \\n, expected 7");
}

#[test]
fn errors_work_as_std_errors() {
	let error: Box<dyn core::error::Error> = Box::new(Gs1Error::SerialEmpty);
	assert_eq!(error.to_string(), "serial number is empty");
}

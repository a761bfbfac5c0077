use crate::{parse_gln, validate_gln, Gs1Error};

#[test]
fn validate_gln_accepts_known_glns() {
	// The example GLN of GS1's GLN allocation rules.
	assert_eq!(validate_gln(b"9501101020016"), Ok(()));
	assert_eq!(validate_gln(b"4006381000017"), Ok(()));
	// Weighted sum 20: check digit 0.
	assert_eq!(validate_gln(b"0000000000550"), Ok(()));
}

#[test]
fn validate_gln_rejects_wrong_check_digit() {
	assert_eq!(
		validate_gln(b"9501101020017"),
		Err(Gs1Error::GlnCheckDigit { expected: b'6', found: b'7' })
	);
	assert_eq!(
		validate_gln(b"4006381000016"),
		Err(Gs1Error::GlnCheckDigit { expected: b'7', found: b'6' })
	);
}

#[test]
fn validate_gln_rejects_non_digits() {
	assert_eq!(validate_gln(b"950110102001X"), Err(Gs1Error::GlnNotNumeric { position: 12 }));
	assert_eq!(validate_gln(b" 501101020016"), Err(Gs1Error::GlnNotNumeric { position: 0 }));
}

#[test]
fn parse_gln_checks_length_digits_and_check_digit() {
	assert_eq!(parse_gln("9501101020016"), Ok(*b"9501101020016"));
	assert_eq!(parse_gln("950110102001"), Err(Gs1Error::GlnWrongLength { len: 12 }));
	assert_eq!(parse_gln("95011010200160"), Err(Gs1Error::GlnWrongLength { len: 14 }));
	assert_eq!(parse_gln(""), Err(Gs1Error::GlnWrongLength { len: 0 }));
	assert_eq!(parse_gln("95011010-0016"), Err(Gs1Error::GlnNotNumeric { position: 8 }));
	assert_eq!(
		parse_gln("9501101020017"),
		Err(Gs1Error::GlnCheckDigit { expected: b'6', found: b'7' })
	);
}

use super::DL_EXAMPLE_GTIN;
use crate::{gtin_in_prefix, validate_company_prefix, Gs1Error};

#[test]
fn validate_company_prefix_accepts_4_to_12_digits() {
	assert_eq!(validate_company_prefix(b"9506"), Ok(()));
	assert_eq!(validate_company_prefix(b"9506000"), Ok(()));
	assert_eq!(validate_company_prefix(b"950600013435"), Ok(()));
}

#[test]
fn validate_company_prefix_rejects_other_lengths() {
	assert_eq!(validate_company_prefix(b""), Err(Gs1Error::PrefixWrongLength { len: 0 }));
	assert_eq!(validate_company_prefix(b"950"), Err(Gs1Error::PrefixWrongLength { len: 3 }));
	assert_eq!(
		validate_company_prefix(b"9506000134352"),
		Err(Gs1Error::PrefixWrongLength { len: 13 })
	);
}

#[test]
fn validate_company_prefix_rejects_non_digits() {
	assert_eq!(
		validate_company_prefix(b"95O6000"),
		Err(Gs1Error::PrefixNotNumeric { position: 2 })
	);
}

#[test]
fn gtin_in_prefix_matches_digits_after_the_indicator() {
	// GTIN 0 9506000 13435 2: company prefix 9506000.
	assert!(gtin_in_prefix(DL_EXAMPLE_GTIN, b"9506000"));
	assert!(gtin_in_prefix(DL_EXAMPLE_GTIN, b"9506"));
	assert!(gtin_in_prefix(DL_EXAMPLE_GTIN, b"950600013435"));
	assert!(!gtin_in_prefix(DL_EXAMPLE_GTIN, b"9506001"));
	// The indicator digit is not part of the prefix.
	assert!(!gtin_in_prefix(DL_EXAMPLE_GTIN, b"0950600"));
	// Indicator digit 1 (a case of the same item): same company.
	assert!(gtin_in_prefix(b"19506000134359", b"9506000"));
}

#[test]
fn gtin_in_prefix_handles_padded_gtins() {
	// UPC-A 036000291452: U.P.C. company prefix 036000, GS1 company prefix 0036000.
	assert!(gtin_in_prefix(b"00036000291452", b"0036000"));
	assert!(!gtin_in_prefix(b"00036000291452", b"036000"));
}

#[test]
fn gtin_in_prefix_is_false_for_invalid_prefixes() {
	assert!(!gtin_in_prefix(DL_EXAMPLE_GTIN, b""));
	assert!(!gtin_in_prefix(DL_EXAMPLE_GTIN, b"950"));
	// 13 digits would reach into the check digit.
	assert!(!gtin_in_prefix(DL_EXAMPLE_GTIN, b"9506000134352"));
	assert!(!gtin_in_prefix(DL_EXAMPLE_GTIN, b"95060001343520000"));
}

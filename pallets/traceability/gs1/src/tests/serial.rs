use crate::{is_cset82, validate_lot, validate_serial, Gs1Error, MAX_LOT_LEN, MAX_SERIAL_LEN};
use alloc::vec::Vec;

/// Every symbol of character set 82 that is not a letter or digit.
const CSET82_SYMBOLS: &[u8] = b"!\"%&'()*+,-./:;<=>?_";

#[test]
fn cset82_has_82_characters() {
	let set: Vec<u8> = (0..=u8::MAX).filter(|byte| is_cset82(*byte)).collect();
	assert_eq!(set.len(), 82);
	assert_eq!(CSET82_SYMBOLS.len(), 20);
	assert!(CSET82_SYMBOLS.iter().all(|byte| is_cset82(*byte)));
	for byte in b" #$@[\\]^`{|}~\t\n\x7f\x80\xff" {
		assert!(!is_cset82(*byte), "{byte:#04x}");
	}
}

#[test]
fn validate_serial_accepts_set_82_up_to_20() {
	assert_eq!(validate_serial(b"1"), Ok(()));
	assert_eq!(validate_serial(b"ABC123"), Ok(()));
	assert_eq!(validate_serial(CSET82_SYMBOLS), Ok(()));
	assert_eq!(validate_serial(&[b'z'; MAX_SERIAL_LEN]), Ok(()));
}

#[test]
fn validate_serial_rejects_empty_long_and_foreign() {
	assert_eq!(validate_serial(b""), Err(Gs1Error::SerialEmpty));
	assert_eq!(
		validate_serial(&[b'1'; MAX_SERIAL_LEN + 1]),
		Err(Gs1Error::SerialTooLong { len: MAX_SERIAL_LEN + 1 })
	);
	assert_eq!(validate_serial(b"AB C"), Err(Gs1Error::SerialInvalidChar { position: 2 }));
	assert_eq!(validate_serial(b"~"), Err(Gs1Error::SerialInvalidChar { position: 0 }));
	assert_eq!(validate_serial("Aé".as_bytes()), Err(Gs1Error::SerialInvalidChar { position: 1 }));
}

#[test]
fn validate_lot_has_the_same_rules_as_serials() {
	assert_eq!(validate_lot(b"ABC"), Ok(()));
	assert_eq!(validate_lot(&[b'9'; MAX_LOT_LEN]), Ok(()));
	assert_eq!(validate_lot(b""), Err(Gs1Error::LotEmpty));
	assert_eq!(
		validate_lot(&[b'9'; MAX_LOT_LEN + 1]),
		Err(Gs1Error::LotTooLong { len: MAX_LOT_LEN + 1 })
	);
	assert_eq!(validate_lot(b"L#1"), Err(Gs1Error::LotInvalidChar { position: 1 }));
}

//! Products: registration under a merchant's GS1 company prefixes.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;

fn register(who: u64, gtin: Gtin, country: CountryCode) -> sp_runtime::DispatchResult {
	Traceability::register_product(
		RuntimeOrigin::signed(who),
		gtin,
		text("Handbag"),
		text("leather goods"),
		country,
		H256::repeat_byte(9),
	)
}

#[test]
fn register_product_works() {
	build_and_execute(|| {
		assert_ok!(register(MERCHANT, bag(), *b"IT"));

		let product = Products::<Test>::get(bag()).unwrap();
		assert_eq!(product.merchant, MERCHANT);
		assert_eq!(product.name, text("Handbag"));
		assert_eq!(product.category, text("leather goods"));
		assert_eq!(product.origin, *b"IT");
		assert_eq!(product.sheet_digest, H256::repeat_byte(9));
		assert_eq!(product.registered_at, START);
		assert_eq!(product.recall, None);
		assert_eq!(Products::<Test>::count(), 1);
		System::assert_last_event(
			Event::ProductRegistered { gtin: bag(), merchant: MERCHANT }.into(),
		);

		// Any of the merchant's prefixes will do.
		assert_ok!(register(MERCHANT, case(), *b"FR"));
		assert_eq!(Products::<Test>::count(), 2);
	});
}

#[test]
fn register_product_needs_a_merchant() {
	build_and_execute(|| {
		assert_noop!(register(CARRIER, bag(), *b"IT"), Error::<Test>::MissingRole);
		assert_noop!(register(OUTSIDER, bag(), *b"IT"), Error::<Test>::NotAdmitted);
	});
}

#[test]
fn register_product_checks_the_gtin() {
	build_and_execute(|| {
		let mut wrong_check_digit = bag();
		wrong_check_digit[13] =
			if wrong_check_digit[13] == b'9' { b'0' } else { wrong_check_digit[13] + 1 };
		assert_noop!(register(MERCHANT, wrong_check_digit, *b"IT"), Error::<Test>::InvalidGtin);
		assert_noop!(register(MERCHANT, *b"0400638133393X", *b"IT"), Error::<Test>::InvalidGtin);
		// A valid GTIN of another merchant's prefix.
		assert_noop!(register(MERCHANT, bottle(), *b"IT"), Error::<Test>::GtinNotInCompanyPrefix);
	});
}

#[test]
fn register_product_checks_the_country() {
	build_and_execute(|| {
		for country in [*b"XX", *b"it", *b"I1", *b"UK", [0, 0]] {
			assert_noop!(register(MERCHANT, bag(), country), Error::<Test>::InvalidCountry);
		}
	});
}

#[test]
fn a_gtin_is_registered_once() {
	build_and_execute(|| {
		assert_ok!(register(MERCHANT, bag(), *b"IT"));
		assert_noop!(register(MERCHANT, bag(), *b"CN"), Error::<Test>::AlreadyExists);
	});
}

#[test]
fn register_product_checks_the_counter() {
	build_and_execute(|| {
		let count = Products::<Test>::count();
		set_counter(Products::<Test>::counter_storage_final_key(), u32::MAX);
		assert_noop!(register(MERCHANT, bag(), *b"IT"), sp_runtime::ArithmeticError::Overflow);
		set_counter(Products::<Test>::counter_storage_final_key(), count);
	});
}

#[test]
fn country_list_is_the_iso_list() {
	assert_eq!(ISO_3166_ALPHA2.len(), 249);
	assert!(ISO_3166_ALPHA2.windows(2).all(|pair| pair[0] < pair[1]));
	assert!(ISO_3166_ALPHA2.iter().flatten().all(u8::is_ascii_uppercase));
	for country in [*b"IT", *b"CN", *b"US", *b"AD", *b"ZW", *b"SS"] {
		assert!(is_valid_country(&country));
	}
}

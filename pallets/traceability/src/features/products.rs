//! Products: registration by merchants.

use crate::{
	is_valid_country, Config, CountryCode, Error, Event, Gtin, Pallet, Product, Products, Roles,
	TextOf,
};
use frame_support::{dispatch::DispatchResult, ensure};
use sp_core::H256;

impl<T: Config> Pallet<T> {
	/// Registers product `gtin` for merchant `who`; see [`Pallet::register_product`].
	pub(crate) fn do_register_product(
		who: T::AccountId,
		gtin: Gtin,
		name: TextOf<T>,
		category: TextOf<T>,
		country: CountryCode,
		sheet_digest: H256,
	) -> DispatchResult {
		let merchant = Self::ensure_role(&who, Roles::MERCHANT)?;
		trace_gs1::validate_gtin(&gtin).map_err(|_| Error::<T>::InvalidGtin)?;
		ensure!(
			merchant
				.company_prefixes
				.iter()
				.any(|prefix| trace_gs1::gtin_in_prefix(&gtin, prefix)),
			Error::<T>::GtinNotInCompanyPrefix
		);
		ensure!(is_valid_country(&country), Error::<T>::InvalidCountry);
		ensure!(!Products::<T>::contains_key(gtin), Error::<T>::AlreadyExists);
		Products::<T>::count()
			.checked_add(1)
			.ok_or(sp_runtime::ArithmeticError::Overflow)?;
		Self::hold_deposit(&who, Self::product_footprint())?;

		let product = Product {
			merchant: who.clone(),
			name,
			category,
			origin: country,
			sheet_digest,
			registered_at: Self::now(),
			recall: None,
		};
		Products::<T>::insert(gtin, product);
		Self::deposit_event(Event::ProductRegistered { gtin, merchant: who });
		Ok(())
	}
}

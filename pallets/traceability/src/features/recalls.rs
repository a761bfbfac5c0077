//! Recalls of products and lots, by their merchant or by governance.

use crate::{
	Config, Error, Event, Gtin, LiftedRecall, LiftedRecalls, Lot, Pallet, Products, Recall,
	RecalledLots, TextOf,
};
use frame_support::{dispatch::DispatchResult, ensure};

impl<T: Config> Pallet<T> {
	/// Recalls product `gtin`; `by` is `None` for governance. See [`Pallet::recall_product`].
	pub(crate) fn do_recall_product(
		by: Option<T::AccountId>,
		gtin: Gtin,
		reason: TextOf<T>,
	) -> DispatchResult {
		if let Some(who) = &by {
			Self::ensure_role(who, crate::Roles::MERCHANT)?;
		}
		let mut product = Products::<T>::get(gtin).ok_or(Error::<T>::ProductNotFound)?;
		if let Some(who) = &by {
			ensure!(product.merchant == *who, Error::<T>::NotIssuer);
		}
		ensure!(product.recall.is_none(), Error::<T>::AlreadyRecalled);

		product.recall = Some(Recall { by: by.clone(), reason: reason.clone(), at: Self::now() });
		Products::<T>::insert(gtin, product);
		Self::deposit_event(Event::ProductRecalled { gtin, by, reason });
		Ok(())
	}

	/// Recalls `lot` of product `gtin`; `by` is `None` for governance. See
	/// [`Pallet::recall_lot`].
	pub(crate) fn do_recall_lot(
		by: Option<T::AccountId>,
		gtin: Gtin,
		lot: Lot,
		reason: TextOf<T>,
	) -> DispatchResult {
		if let Some(who) = &by {
			Self::ensure_role(who, crate::Roles::MERCHANT)?;
		}
		let product = Products::<T>::get(gtin).ok_or(Error::<T>::ProductNotFound)?;
		if let Some(who) = &by {
			ensure!(product.merchant == *who, Error::<T>::NotIssuer);
		}
		trace_gs1::validate_lot(&lot).map_err(|_| Error::<T>::InvalidLot)?;
		ensure!(!RecalledLots::<T>::contains_key(gtin, &lot), Error::<T>::AlreadyRecalled);

		if let Some(who) = &by {
			Self::hold_deposit(who, Self::lot_recall_footprint())?;
		}
		let recall = Recall { by: by.clone(), reason: reason.clone(), at: Self::now() };
		RecalledLots::<T>::insert(gtin, &lot, recall);
		Self::deposit_event(Event::LotRecalled { gtin, lot, by, reason });
		Ok(())
	}

	/// Governance lifts the recall of product `gtin` (`lot` `None`) or of one of its lots; see
	/// [`Pallet::lift_recall`].
	pub(crate) fn do_lift_recall(
		gtin: Gtin,
		lot: Option<Lot>,
		reason: TextOf<T>,
	) -> DispatchResult {
		let mut product = Products::<T>::get(gtin).ok_or(Error::<T>::ProductNotFound)?;
		let recall = match &lot {
			None => product.recall.clone(),
			Some(lot) => RecalledLots::<T>::get(gtin, lot),
		}
		.ok_or(Error::<T>::NotRecalled)?;
		let mut lifted = LiftedRecalls::<T>::get(gtin);
		lifted
			.try_push(LiftedRecall {
				lot: lot.clone(),
				recall,
				lifted_at: Self::now(),
				reason: reason.clone(),
			})
			.map_err(|_| Error::<T>::TooManyLiftedRecalls)?;

		LiftedRecalls::<T>::insert(gtin, lifted);
		match &lot {
			None => {
				product.recall = None;
				Products::<T>::insert(gtin, product);
			},
			Some(lot) => RecalledLots::<T>::remove(gtin, lot),
		}
		Self::deposit_event(Event::RecallLifted { gtin, lot, reason });
		Ok(())
	}
}

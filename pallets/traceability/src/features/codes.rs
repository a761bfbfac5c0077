//! Trace codes: issuance, inspection, sale, destruction and decommissioning, and the checks
//! on a code's state that the other areas share.

use crate::{
	BizStep, CodeId, CodeStatus, Codes, Config, Disposition, Error, Event, Footprint,
	InspectionOutcome, IssueItem, Location, Moment, OwnershipOffers, Pallet, Products,
	RecalledLots, Roles, TextOf, TraceCode, TraceEvent,
};
use alloc::{collections::BTreeSet, vec::Vec};
use frame_support::{dispatch::DispatchResult, ensure, BoundedVec};
use sp_core::H256;
use sp_runtime::ArithmeticError;

impl<T: Config> Pallet<T> {
	/// Issues one code per item; see [`Pallet::issue_codes`].
	pub(crate) fn do_issue_codes(
		who: T::AccountId,
		gtin: crate::Gtin,
		items: BoundedVec<IssueItem, T::MaxCodesPerCall>,
		purchase_location: Location<T>,
		purchased_at: Moment,
		officer_commitment: H256,
	) -> DispatchResult {
		Self::ensure_role(&who, Roles::MERCHANT)?;
		let product = Products::<T>::get(gtin).ok_or(Error::<T>::ProductNotFound)?;
		ensure!(product.merchant == who, Error::<T>::NotIssuer);
		ensure!(product.recall.is_none(), Error::<T>::ProductRecalled);
		ensure!(!items.is_empty(), Error::<T>::EmptyBatch);
		ensure!(purchase_location.is_valid(), Error::<T>::InvalidLocation);
		let now = Self::now();
		ensure!(purchased_at <= now, Error::<T>::PurchaseTimeInFuture);

		let mut seen = BTreeSet::new();
		let mut ids = Vec::with_capacity(items.len());
		for item in &items {
			trace_gs1::validate_serial(&item.serial).map_err(|_| Error::<T>::InvalidSerial)?;
			if let Some(lot) = &item.lot {
				trace_gs1::validate_lot(lot).map_err(|_| Error::<T>::InvalidLot)?;
				ensure!(!RecalledLots::<T>::contains_key(gtin, lot), Error::<T>::LotRecalled);
			}
			let id = CodeId::from(trace_gs1::code_key(&gtin, &item.serial));
			ensure!(!Codes::<T>::contains_key(id), Error::<T>::SerialAlreadyIssued);
			ensure!(seen.insert(id), Error::<T>::DuplicateSerial);
			ids.push(id);
		}
		let issued = u32::try_from(items.len()).map_err(|_| ArithmeticError::Overflow)?;
		Codes::<T>::count().checked_add(issued).ok_or(ArithmeticError::Overflow)?;
		let footprint = items.iter().fold(Footprint::default(), |sum, item| {
			sum.and(Self::code_footprint(item.claim_key.is_some()))
		});
		Self::hold_deposit(&who, footprint)?;

		for (item, id) in items.into_iter().zip(ids) {
			let mut record = TraceCode {
				gtin,
				serial: item.serial.clone(),
				lot: item.lot,
				merchant: who.clone(),
				custodian: who.clone(),
				status: CodeStatus::Active,
				pending: None,
				parent: None,
				children: 0,
				height: 0,
				claim_key: item.claim_key,
				claim: None,
				officer_commitment,
				purchase_location: purchase_location.clone(),
				purchased_at,
				issued_at: now,
				event_count: 0,
			};
			let event = TraceEvent {
				location: Some(purchase_location.clone()),
				declared_at: Some(purchased_at),
				..Self::trace_event(BizStep::Commissioning, Disposition::Active, who.clone())
			};
			Self::append_event(&id, &mut record, event)?;
			Codes::<T>::insert(id, record);
			Self::deposit_event(Event::CodeIssued {
				code: id,
				gtin,
				serial: item.serial,
				merchant: who.clone(),
			});
		}
		Ok(())
	}

	/// Records an inspection; see [`Pallet::inspect`].
	pub(crate) fn do_inspect(
		who: T::AccountId,
		code: CodeId,
		outcome: InspectionOutcome,
		location: Option<Location<T>>,
		declared_at: Option<Moment>,
		document: Option<H256>,
	) -> DispatchResult {
		Self::ensure_role(&who, Roles::CUSTOMS)?;
		let record = Self::code(&code)?;
		Self::ensure_not_terminal(&record)?;
		Self::ensure_whereabouts(&location, declared_at)?;

		let event = TraceEvent {
			location,
			declared_at,
			document,
			..Self::trace_event(BizStep::Inspecting, outcome.into(), who.clone())
		};
		Self::hold_deposit(&who, Self::event_footprint())?;
		Self::record_step(
			code,
			record,
			event,
			Event::Inspected { code, inspector: who, outcome, document },
		)
	}

	/// Marks a code sold; see [`Pallet::sell`].
	pub(crate) fn do_sell(
		who: T::AccountId,
		code: CodeId,
		location: Option<Location<T>>,
		declared_at: Option<Moment>,
	) -> DispatchResult {
		Self::ensure_role(&who, Roles::RETAILER)?;
		let mut record = Self::code(&code)?;
		Self::ensure_active(&record)?;
		Self::ensure_custodian(&who, &record)?;
		ensure!(record.children == 0, Error::<T>::ContainerNotEmpty);
		Self::ensure_not_recalled(&record)?;
		Self::ensure_whereabouts(&location, declared_at)?;

		record.status = CodeStatus::Sold;
		let event = TraceEvent {
			location,
			declared_at,
			..Self::trace_event(BizStep::RetailSelling, Disposition::RetailSold, who.clone())
		};
		Self::hold_deposit(&who, Self::event_footprint())?;
		Self::record_step(code, record, event, Event::Sold { code, retailer: who })
	}

	/// Destroys a code; see [`Pallet::destroy`].
	pub(crate) fn do_destroy(
		who: T::AccountId,
		code: CodeId,
		reason: TextOf<T>,
		location: Option<Location<T>>,
		declared_at: Option<Moment>,
	) -> DispatchResult {
		let mut record = Self::code(&code)?;
		if let Some(claim) = &record.claim {
			// A claimed item is its owner's: only the owner may report it destroyed, once no
			// transfer of it is pending.
			Self::ensure_not_terminal(&record)?;
			ensure!(claim.by == who, Error::<T>::NotOwner);
			ensure!(!OwnershipOffers::<T>::contains_key(code), Error::<T>::OwnershipOfferPending);
		} else {
			Self::ensure_custody_role(&who)?;
			Self::ensure_active(&record)?;
			ensure!(record.parent.is_none(), Error::<T>::CodePacked);
			ensure!(record.custodian == who || record.merchant == who, Error::<T>::NotCustodian);
			ensure!(record.children == 0, Error::<T>::ContainerNotEmpty);
		}
		Self::ensure_whereabouts(&location, declared_at)?;

		record.status = CodeStatus::Destroyed;
		let event = TraceEvent {
			location,
			declared_at,
			reason: Some(reason.clone()),
			..Self::trace_event(BizStep::Destroying, Disposition::Destroyed, who.clone())
		};
		Self::record_step(code, record, event, Event::Destroyed { code, by: who, reason })
	}

	/// Withdraws a code; see [`Pallet::decommission`].
	pub(crate) fn do_decommission(
		who: T::AccountId,
		code: CodeId,
		reason: TextOf<T>,
	) -> DispatchResult {
		Self::ensure_role(&who, Roles::MERCHANT)?;
		let mut record = Self::code(&code)?;
		ensure!(record.merchant == who, Error::<T>::NotIssuer);
		Self::ensure_active(&record)?;
		ensure!(record.parent.is_none(), Error::<T>::CodePacked);
		ensure!(record.children == 0, Error::<T>::ContainerNotEmpty);

		record.status = CodeStatus::Decommissioned;
		let event = TraceEvent {
			reason: Some(reason.clone()),
			..Self::trace_event(BizStep::Decommissioning, Disposition::Inactive, who.clone())
		};
		Self::record_step(code, record, event, Event::Decommissioned { code, by: who, reason })
	}

	/// Ensures neither the product nor the lot of `record` is recalled.
	pub(crate) fn ensure_not_recalled(record: &TraceCode<T>) -> Result<(), Error<T>> {
		let product_recalled =
			Products::<T>::get(record.gtin).is_some_and(|product| product.recall.is_some());
		ensure!(!product_recalled, Error::<T>::ProductRecalled);
		if let Some(lot) = &record.lot {
			ensure!(!RecalledLots::<T>::contains_key(record.gtin, lot), Error::<T>::LotRecalled);
		}
		Ok(())
	}

	/// The record of `code`.
	pub(crate) fn code(code: &CodeId) -> Result<TraceCode<T>, Error<T>> {
		Codes::<T>::get(code).ok_or(Error::<T>::CodeNotFound)
	}

	/// Ensures the code is neither destroyed nor decommissioned.
	pub(crate) fn ensure_not_terminal(record: &TraceCode<T>) -> Result<(), Error<T>> {
		match record.status {
			CodeStatus::Destroyed => Err(Error::<T>::CodeDestroyed),
			CodeStatus::Decommissioned => Err(Error::<T>::CodeDecommissioned),
			_ => Ok(()),
		}
	}

	/// Ensures the code is [`CodeStatus::Active`], naming the state it is in otherwise.
	pub(crate) fn ensure_active(record: &TraceCode<T>) -> Result<(), Error<T>> {
		match record.status {
			CodeStatus::Active => Ok(()),
			CodeStatus::InTransit => Err(Error::<T>::HandoverPending),
			CodeStatus::Sold => Err(Error::<T>::CodeSold),
			CodeStatus::Claimed => Err(Error::<T>::CodeClaimed),
			CodeStatus::Destroyed => Err(Error::<T>::CodeDestroyed),
			CodeStatus::Decommissioned => Err(Error::<T>::CodeDecommissioned),
		}
	}

	/// Ensures `who` holds the code itself: it is not packed and `who` is its custodian.
	pub(crate) fn ensure_custodian(
		who: &T::AccountId,
		record: &TraceCode<T>,
	) -> Result<(), Error<T>> {
		ensure!(record.parent.is_none(), Error::<T>::CodePacked);
		ensure!(record.custodian == *who, Error::<T>::NotCustodian);
		Ok(())
	}

	/// The status of `code`, if it exists.
	pub fn code_status(code: &CodeId) -> Option<CodeStatus> {
		Codes::<T>::get(code).map(|record| record.status)
	}
}

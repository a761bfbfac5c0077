//! What the runtime API returns: the full trace report of a code and the verdict a consumer
//! reads. Read-only; nothing here writes storage.

use crate::{
	CertSubject, Certification, CertificationStatus, Certifications, CodeId, CodeStatus, Codes,
	Config, Moment, Pallet, Product, Products, Recall, RecalledLots, TraceCode, TraceEvent,
};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::{CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;

/// Everything known about one code.
#[derive(Encode, Decode, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
#[scale_info(skip_type_params(T))]
pub struct TraceReport<T: Config> {
	/// The code's key.
	pub code: CodeId,
	/// The code's record: GTIN, serial, lot, merchant, status, purchase details, claim.
	pub record: TraceCode<T>,
	/// Its product, with the product recall if any.
	pub product: Option<Product<T>>,
	/// The recall of its lot, if any.
	pub lot_recall: Option<Recall<T>>,
	/// Who holds it: for a packed item, the custodian of its outermost container.
	pub custodian: T::AccountId,
	/// The containers around it, innermost first.
	pub containers: Vec<CodeId>,
	/// Its history, oldest first.
	pub events: Vec<TraceEvent<T>>,
	/// The certifications of the code and of its product, with their status at `now`.
	pub certifications: Vec<CertificationEntry<T>>,
	/// The block time the report was made at.
	pub now: Moment,
	/// The consumer verdict, as [`Pallet::verify`] gives it.
	pub verdict: Verdict,
}

/// One certification in a [`TraceReport`].
#[derive(Encode, Decode, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
#[scale_info(skip_type_params(T))]
pub struct CertificationEntry<T: Config> {
	/// What is certified: the code or its product.
	pub subject: CertSubject,
	/// Who certified.
	pub certifier: T::AccountId,
	/// The certification.
	pub certification: Certification,
	/// Valid, expired or revoked at the report's `now`.
	pub status: CertificationStatus,
}

/// What a consumer is told about a scanned code, worst news first.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub enum Verdict {
	/// No code with this key was ever issued: the label is not from this chain.
	Unknown,
	/// The code was destroyed: this label should not exist any more.
	Destroyed,
	/// The merchant withdrew the label.
	Decommissioned,
	/// The product or its lot is recalled.
	Recalled,
	/// Someone claimed the item already, at this time: a second item with this label is a
	/// copy, unless it is the claimer's own.
	Claimed {
		/// When it was claimed.
		at: Moment,
	},
	/// Issued, in good standing, not claimed yet.
	Genuine,
}

impl Verdict {
	/// The verdict rule, for the pallet and for clients that read the parts from storage
	/// themselves: a terminal status first, then a recall (of the product or the lot), then a
	/// claim made at `claimed_at`.
	pub fn of(status: CodeStatus, recalled: bool, claimed_at: Option<Moment>) -> Self {
		match status {
			CodeStatus::Destroyed => Self::Destroyed,
			CodeStatus::Decommissioned => Self::Decommissioned,
			_ if recalled => Self::Recalled,
			_ => match claimed_at {
				Some(at) => Self::Claimed { at },
				None => Self::Genuine,
			},
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The full trace report of `code`, or `None` if no such code was ever issued.
	pub fn trace_report(code: &CodeId) -> Option<TraceReport<T>> {
		let record = Codes::<T>::get(code)?;
		let now = Self::now();
		let product = Products::<T>::get(record.gtin);
		let lot_recall =
			record.lot.as_ref().and_then(|lot| RecalledLots::<T>::get(record.gtin, lot));
		let custodian = Self::effective_custodian(code).unwrap_or_else(|| record.custodian.clone());
		let mut certifications = Vec::new();
		for subject in [CertSubject::Code(*code), CertSubject::Product(record.gtin)] {
			for (certifier, certification) in Certifications::<T>::iter_prefix(subject) {
				let status = certification.status(now);
				certifications.push(CertificationEntry {
					subject,
					certifier,
					certification,
					status,
				});
			}
		}
		let verdict = Self::verdict_of(&record, product.as_ref(), lot_recall.is_some());
		Some(TraceReport {
			code: *code,
			verdict,
			containers: Self::containers_of(code),
			events: Self::history(code),
			record,
			product,
			lot_recall,
			custodian,
			certifications,
			now,
		})
	}

	/// The consumer verdict for `code`.
	pub fn verify(code: &CodeId) -> Verdict {
		let Some(record) = Codes::<T>::get(code) else { return Verdict::Unknown };
		let product = Products::<T>::get(record.gtin);
		let lot_recalled = record
			.lot
			.as_ref()
			.is_some_and(|lot| RecalledLots::<T>::contains_key(record.gtin, lot));
		Self::verdict_of(&record, product.as_ref(), lot_recalled)
	}

	/// The verdict for an issued code, from what was already read about it: its record, its
	/// product and whether its lot is recalled.
	fn verdict_of(
		record: &TraceCode<T>,
		product: Option<&Product<T>>,
		lot_recalled: bool,
	) -> Verdict {
		let recalled = product.is_some_and(|product| product.recall.is_some()) || lot_recalled;
		Verdict::of(record.status, recalled, record.claim.as_ref().map(|claim| claim.at))
	}

	/// The key of GTIN-14 `gtin` (14 ASCII digits with a correct check digit) and `serial`
	/// (GS1 character set 82, 1 to 20 characters), or `None` if either is malformed.
	pub fn code_id(gtin: &[u8], serial: &[u8]) -> Option<CodeId> {
		let gtin: trace_gs1::Gtin = gtin.try_into().ok()?;
		trace_gs1::validate_gtin(&gtin).ok()?;
		trace_gs1::validate_serial(serial).ok()?;
		Some(CodeId::from(trace_gs1::code_key(&gtin, serial)))
	}
}

//! What the runtime API returns: the full trace report of a code and the verdict a consumer
//! reads. Read-only; nothing here writes storage.

use crate::{
	BizStep, CertSubject, Certification, CertificationStatus, Certifications, ChipKey, Chips,
	CodeId, CodeStatus, Codes, Config, Disposition, History, LiftedRecall, LiftedRecalls, Moment,
	OwnershipOffer, OwnershipOffers, Pallet, Product, Products, Recall, RecalledLots, TraceCode,
	TraceEvent,
};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::{CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;
use sp_runtime::DispatchError;

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
	/// Recalls of its product or of its lot that governance lifted, oldest first.
	pub lifted_recalls: Vec<LiftedRecall<T>>,
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
	/// The error a claim signed with the code's claim key would fail with at `now`
	/// ([`Pallet::claim_refusal`]: no claim key, claimed already, not sold, history full…), or
	/// `None` when it would succeed. A client shows the claim form, or explains why not, from
	/// this field alone: the error's name and documentation are in the runtime metadata.
	pub claim_refusal: Option<DispatchError>,
	/// How many owners the item has had, the current one included: its claims and accepted
	/// ownership transfers in the history. No account is named here; the current owner is
	/// `record.claim`.
	pub owners: u32,
	/// Since when the current owner holds the item (its claim, or its acceptance of the
	/// transfer), or `None` when nobody owns it (not claimed yet, or its claim secret was
	/// handed over and not claimed since).
	pub owned_since: Option<Moment>,
	/// The pending transfer of its ownership, if its owner offered it to someone.
	pub ownership_offer: Option<OwnershipOffer<T>>,
	/// The public key of its chip, if it has one: a client has the chip sign
	/// [`crate::chip_challenge`] and checks the answer with [`crate::verify_chip`] against this
	/// key, read through the light client.
	pub chip: Option<ChipKey>,
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
	/// A red flag is on record: an inspection found the item non-conformant, or a certificate
	/// of the item or its product was revoked. The consumer should not trust the item without
	/// asking the seller.
	#[codec(index = 6)]
	Flagged {
		/// An inspection in the history found the item non-conformant.
		failed_inspection: bool,
		/// A certification of the item or of its product is revoked.
		revoked_certification: bool,
	},
	/// Someone owns the item, since this time: it was claimed then, or its ownership was
	/// transferred to its current owner then (a resold item shows its new owner's date, and
	/// the report counts the owners). A second item with this label is a copy, unless it is
	/// the owner's own.
	#[codec(index = 4)]
	Claimed {
		/// When its current owner got it: the claim, or the acceptance of the transfer.
		at: Moment,
	},
	/// Issued, in good standing, not claimed yet.
	#[codec(index = 5)]
	Genuine,
}

/// The red flags on a code's record that its verdict shows.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
pub struct RedFlags {
	/// An inspection found the item non-conformant.
	pub failed_inspection: bool,
	/// A certification of the item or its product is revoked.
	pub revoked_certification: bool,
}

impl RedFlags {
	/// Whether any flag is raised.
	pub const fn any(self) -> bool {
		self.failed_inspection || self.revoked_certification
	}
}

impl Verdict {
	/// The verdict's name as the clients print and serve it (the node's `trace_report` and
	/// `trace_verify` RPC, `trace verify --json`, the page): `genuine`, `claimed_already`…
	pub const fn as_str(&self) -> &'static str {
		match self {
			Verdict::Unknown => "unknown",
			Verdict::Destroyed => "destroyed",
			Verdict::Decommissioned => "decommissioned",
			Verdict::Recalled => "recalled",
			Verdict::Flagged { .. } => "flagged",
			Verdict::Claimed { .. } => "claimed_already",
			Verdict::Genuine => "genuine",
		}
	}

	/// The verdict rule, for the pallet and for clients that read the parts from storage
	/// themselves: a terminal status first, then a recall (of the product or the lot), then a
	/// red flag, then a claim made at `claimed_at`.
	pub fn of(
		status: CodeStatus,
		recalled: bool,
		flags: RedFlags,
		claimed_at: Option<Moment>,
	) -> Self {
		match status {
			CodeStatus::Destroyed => Self::Destroyed,
			CodeStatus::Decommissioned => Self::Decommissioned,
			_ if recalled => Self::Recalled,
			_ if flags.any() => Self::Flagged {
				failed_inspection: flags.failed_inspection,
				revoked_certification: flags.revoked_certification,
			},
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
		let events = Self::history(code);
		let flags = RedFlags {
			failed_inspection: events.iter().any(Self::is_failed_inspection),
			revoked_certification: certifications
				.iter()
				.any(|entry| entry.status == CertificationStatus::Revoked),
		};
		let verdict = Self::verdict_of(&record, product.as_ref(), lot_recall.is_some(), flags);
		let lifted_recalls = LiftedRecalls::<T>::get(record.gtin)
			.into_iter()
			.filter(|lifted| lifted.lot.is_none() || lifted.lot == record.lot)
			.collect();
		let claim_refusal = Self::claim_refusal(&record).map(DispatchError::from);
		let owners = Self::owners_in(&events);
		let owned_since = record.claim.as_ref().map(|claim| claim.at);
		let ownership_offer = OwnershipOffers::<T>::get(code);
		let chip = Chips::<T>::get(code).map(|chip| chip.key);
		Some(TraceReport {
			code: *code,
			verdict,
			claim_refusal,
			containers: Self::containers_of(code),
			events,
			record,
			product,
			lot_recall,
			lifted_recalls,
			custodian,
			certifications,
			now,
			owners,
			owned_since,
			ownership_offer,
			chip,
		})
	}

	/// How many owners a history shows: its claims and accepted ownership transfers.
	pub fn owners_in(events: &[TraceEvent<T>]) -> u32 {
		let owners = events
			.iter()
			.filter(|event| matches!(event.step, BizStep::Claiming | BizStep::AcceptingOwnership))
			.count();
		u32::try_from(owners).unwrap_or(u32::MAX)
	}

	/// The consumer verdict for `code`.
	pub fn verify(code: &CodeId) -> Verdict {
		let Some(record) = Codes::<T>::get(code) else { return Verdict::Unknown };
		let product = Products::<T>::get(record.gtin);
		let lot_recalled = record
			.lot
			.as_ref()
			.is_some_and(|lot| RecalledLots::<T>::contains_key(record.gtin, lot));
		let failed_inspection = (0..record.event_count).any(|index| {
			History::<T>::get(code, index).is_some_and(|event| Self::is_failed_inspection(&event))
		});
		let revoked_certification = [CertSubject::Code(*code), CertSubject::Product(record.gtin)]
			.into_iter()
			.any(|subject| {
				Certifications::<T>::iter_prefix_values(subject)
					.any(|certification| certification.revoked_at.is_some())
			});
		let flags = RedFlags { failed_inspection, revoked_certification };
		Self::verdict_of(&record, product.as_ref(), lot_recalled, flags)
	}

	/// Whether `event` is an inspection that found the item non-conformant.
	fn is_failed_inspection(event: &TraceEvent<T>) -> bool {
		event.step == BizStep::Inspecting && event.disposition == Disposition::NonConformant
	}

	/// The verdict for an issued code, from what was already read about it: its record, its
	/// product, whether its lot is recalled, and its red flags.
	fn verdict_of(
		record: &TraceCode<T>,
		product: Option<&Product<T>>,
		lot_recalled: bool,
		flags: RedFlags,
	) -> Verdict {
		let recalled = product.is_some_and(|product| product.recall.is_some()) || lot_recalled;
		Verdict::of(record.status, recalled, flags, record.claim.as_ref().map(|claim| claim.at))
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

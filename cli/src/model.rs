//! What the CLI knows about a trace code, in plain Rust.
//!
//! The chain module fills a [`TraceReport`] from the runtime API `TraceabilityApi_trace_report`,
//! verdict and certification statuses included; printing ([`crate::format`]) and EPCIS export
//! ([`crate::epcis`]) work on it alone, so they are tested without a chain. Field meanings follow
//! the pallet's types of the same names.

use crate::ident::CodeId;
/// The pallet's own vocabularies and verdict: the CLI decodes into them, it does not define them
/// again.
pub use pallet_traceability::{
	report::Verdict, BizStep, CertificationStatus, ChipKey, CodeStatus, Disposition,
};
use subxt::utils::AccountId32;
use trace_gs1::{DigitalLink, Gtin};

/// Lower-case name of a status, for people.
pub fn status_name(status: CodeStatus) -> &'static str {
	match status {
		CodeStatus::Active => "active",
		CodeStatus::InTransit => "in transit",
		CodeStatus::Sold => "sold",
		CodeStatus::Claimed => "claimed",
		CodeStatus::Destroyed => "destroyed",
		CodeStatus::Decommissioned => "decommissioned",
	}
}

/// One line for consumers.
pub fn explain(verdict: Verdict) -> &'static str {
	match verdict {
		Verdict::Genuine => "GENUINE: issued by its merchant and not claimed yet",
		Verdict::Recalled => "RECALLED: the product or its lot is recalled, do not use it",
		Verdict::Flagged { .. } => {
			"RED FLAG: an inspection found this item non-conformant or a certificate of it was \
			 revoked; ask the seller before you trust it"
		},
		Verdict::Claimed { .. } => {
			"CLAIMED ALREADY: someone claimed this item before; if you just bought it, it may be \
			 a copy"
		},
		Verdict::Destroyed => "DESTROYED: this code was destroyed; an item carrying it is suspect",
		Verdict::Decommissioned => "WITHDRAWN: the merchant withdrew this label",
		Verdict::Unknown => "UNKNOWN: no such code was ever issued; the label is not genuine",
	}
}

/// An account, printed as SS58 (prefix 42, the chain's).
pub type AccountId = AccountId32;

/// A 32-byte digest (documents, certificates, product sheets).
pub type Digest = [u8; 32];

/// A point in time: milliseconds since the Unix epoch.
pub type Moment = u64;

/// Where something happened: a GLN, coordinates and/or a description.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
	/// GS1 Global Location Number, 13 ASCII digits.
	pub gln: Option<[u8; 13]>,
	/// Latitude and longitude in micro-degrees.
	pub coordinates: Option<(i32, i32)>,
	/// Free text.
	pub description: String,
}

impl Location {
	/// The `geo:` URI (RFC 5870) of the coordinates.
	pub fn geo_uri(&self) -> Option<String> {
		self.coordinates.map(|(lat, lon)| format!("geo:{},{}", micro(lat), micro(lon)))
	}

	/// The GLN as text.
	pub fn gln_text(&self) -> Option<&str> {
		self.gln.as_ref().and_then(|gln| std::str::from_utf8(gln).ok())
	}
}

/// Micro-degrees as decimal degrees with six decimals.
fn micro(value: i32) -> String {
	let sign = if value < 0 { "-" } else { "" };
	let value = value.unsigned_abs();
	format!("{sign}{}.{:06}", value / 1_000_000, value % 1_000_000)
}

/// Another code this one refers to (its container), with its Digital Link when known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeLink {
	/// The code's key.
	pub id: CodeId,
	/// Its GTIN and serial, if the chain has the code.
	pub link: Option<DigitalLink>,
}

/// One entry of a code's history (the pallet's `TraceEvent`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryEvent {
	/// Position in the history, from 0.
	pub index: u32,
	/// Why.
	pub step: BizStep,
	/// The state afterwards.
	pub disposition: Disposition,
	/// Who signed (for a claim: the claimer).
	pub actor: AccountId,
	/// In which block.
	pub block: u32,
	/// Block time.
	pub at: Moment,
	/// The time of the real-world act, as declared by the actor.
	pub declared_at: Option<Moment>,
	/// Where.
	pub location: Option<Location>,
	/// The other party of a handover.
	pub counterparty: Option<AccountId>,
	/// The container, for packing and unpacking events of an item.
	pub container: Option<CodeLink>,
	/// Digest of supporting documents.
	pub document: Option<Digest>,
	/// Why, in words.
	pub reason: Option<String>,
}

impl HistoryEvent {
	/// When the act happened: the declared time, else the block time.
	pub fn event_time(&self) -> Moment {
		self.declared_at.unwrap_or(self.at)
	}
}

/// A recall of a product or lot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recall {
	/// The merchant who recalled, or `None` for governance.
	pub by: Option<AccountId>,
	/// Why.
	pub reason: String,
	/// When.
	pub at: Moment,
}

/// A recall that governance lifted; the report keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiftedRecall {
	/// The lot, or `None` for a recall of the whole product.
	pub lot: Option<String>,
	/// The recall that was lifted.
	pub recall: Recall,
	/// When it was lifted.
	pub lifted_at: Moment,
	/// Why it was lifted.
	pub reason: String,
}

/// The product of a code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Product {
	/// Its merchant.
	pub merchant: AccountId,
	/// Name.
	pub name: String,
	/// Category.
	pub category: String,
	/// Country of origin, ISO 3166-1 alpha-2.
	pub origin: String,
	/// Digest of the product sheet.
	pub sheet_digest: Digest,
	/// A recall of the whole product.
	pub recall: Option<Recall>,
}

/// What a certification is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CertSubject {
	/// The whole product.
	Product(Gtin),
	/// This code.
	Code(CodeId),
}

/// A certifier's attestation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Certification {
	/// About what.
	pub subject: CertSubject,
	/// Who attested.
	pub certifier: AccountId,
	/// Digest of the certificate.
	pub digest: Digest,
	/// When issued.
	pub issued_at: Moment,
	/// When it expires, if ever.
	pub expires_at: Option<Moment>,
	/// When revoked.
	pub revoked_at: Option<Moment>,
	/// Valid, expired or revoked at the report's block time, as the runtime says.
	pub status: CertificationStatus,
}

/// A consumer's claim of the code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
	/// The account the claim was made for.
	pub by: AccountId,
	/// When.
	pub at: Moment,
	/// In which block.
	pub block: u32,
}

/// The block a report was read at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadAt {
	/// Block number.
	pub number: u32,
	/// Block hash.
	pub hash: [u8; 32],
	/// Block time.
	pub time: Moment,
	/// Whether the block is finalized.
	pub finalized: bool,
}

/// Everything known about one trace code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceReport {
	/// Its key.
	pub id: CodeId,
	/// Its GTIN, serial and lot.
	pub link: DigitalLink,
	/// Lifecycle state, as the pallet records it: a packed item stays active while its
	/// container is handed over.
	pub status: CodeStatus,
	/// Who issued it.
	pub merchant: AccountId,
	/// Who holds it now (for a packed item, the custodian of its outermost container).
	pub custodian: AccountId,
	/// The proposed recipient of a handover of this code; `None` for a packed item whose
	/// container is handed over (the container's report shows it).
	pub pending_to: Option<AccountId>,
	/// The containers around it, innermost first.
	pub containers: Vec<CodeLink>,
	/// How many codes are packed directly in it.
	pub children: u32,
	/// Its product, if registered.
	pub product: Option<Product>,
	/// A recall of its lot.
	pub lot_recall: Option<Recall>,
	/// The recalls of its product and lot that governance lifted, oldest first.
	pub lifted_recalls: Vec<LiftedRecall>,
	/// Where the merchant bought it.
	pub purchase_location: Location,
	/// When the merchant bought it (declared).
	pub purchased_at: Moment,
	/// The salted commitment to the procurement officer (see `args::officer_commitment`).
	pub officer_commitment: Digest,
	/// When the code was issued.
	pub issued_at: Moment,
	/// The registered claim public key (sr25519), if any.
	pub claim_key: Option<[u8; 32]>,
	/// Its claim.
	pub claim: Option<Claim>,
	/// How many owners it has had, the current one included (claims and accepted transfers).
	pub owners: u32,
	/// Since when the current owner holds it; `None` while nobody owns it.
	pub owned_since: Option<Moment>,
	/// A pending transfer of its ownership: to whom, offered in which block.
	pub ownership_offer: Option<(AccountId, u32)>,
	/// The public key of its chip, if it has one.
	pub chip: Option<ChipKey>,
	/// Its history, oldest first.
	pub events: Vec<HistoryEvent>,
	/// Certifications of the code and of its product.
	pub certifications: Vec<Certification>,
	/// The consumer verdict, as the runtime gives it.
	pub verdict: Verdict,
	/// Why a claim would fail now, as the runtime decides it (`Pallet::claim_refusal`: every
	/// check but the signature): the error's name (`CodeClaimed`, `NotSold`…), or `None` when
	/// the code is claimable.
	pub claim_refusal: Option<String>,
	/// The block the report was read at.
	pub read_at: ReadAt,
}

#[cfg(test)]
pub(crate) mod sample {
	//! A report for tests: the handbag of the README's demo journey.

	use super::*;

	/// Account `n` (all bytes `n`).
	pub fn account(n: u8) -> AccountId {
		AccountId32([n; 32])
	}

	/// Milan, with a GLN, coordinates and a description.
	pub fn milan() -> Location {
		Location {
			gln: Some(*b"9501101020016"),
			coordinates: Some((45_464_200, 9_190_000)),
			description: "Atelier Via Montenapoleone, Milan".into(),
		}
	}

	/// One event.
	pub fn event(index: u32, step: BizStep, disposition: Disposition, at: Moment) -> HistoryEvent {
		HistoryEvent {
			index,
			step,
			disposition,
			actor: account(1),
			block: 10 + index,
			at,
			declared_at: None,
			location: None,
			counterparty: None,
			container: None,
			document: None,
			reason: None,
		}
	}

	/// The handbag: issued in Milan, packed into a case, shipped to Hangzhou, inspected,
	/// received, unpacked, sold and claimed.
	pub fn handbag() -> TraceReport {
		let link = DigitalLink::new(*b"09506000134352", b"BAG-0001".to_vec())
			.unwrap()
			.with_lot(b"L2025-03".to_vec())
			.unwrap();
		let case = DigitalLink::new(*b"09506000134352", b"CASE-7".to_vec()).unwrap();
		let case = CodeLink { id: case.key(), link: Some(case) };
		let t0 = 1_740_820_200_000; // 2025-03-01T09:10:00Z
		let hangzhou = Location {
			gln: None,
			coordinates: Some((30_274_100, 120_155_100)),
			description: "Bonded warehouse 3, Hangzhou".into(),
		};
		let mut events = vec![
			HistoryEvent {
				location: Some(milan()),
				declared_at: Some(t0 - 3_600_000),
				..event(0, BizStep::Commissioning, Disposition::Active, t0)
			},
			HistoryEvent {
				container: Some(case.clone()),
				..event(1, BizStep::Packing, Disposition::InProgress, t0 + 60_000)
			},
			HistoryEvent {
				counterparty: Some(account(2)),
				location: Some(milan()),
				..event(2, BizStep::Shipping, Disposition::InTransit, t0 + 120_000)
			},
			HistoryEvent {
				actor: account(3),
				location: Some(hangzhou.clone()),
				document: Some([7; 32]),
				..event(3, BizStep::Inspecting, Disposition::Conformant, t0 + 86_400_000)
			},
			HistoryEvent {
				actor: account(2),
				counterparty: Some(account(1)),
				location: Some(hangzhou),
				..event(4, BizStep::Receiving, Disposition::Active, t0 + 90_000_000)
			},
			HistoryEvent {
				actor: account(4),
				container: Some(case),
				..event(5, BizStep::Unpacking, Disposition::Active, t0 + 100_000_000)
			},
			HistoryEvent {
				actor: account(4),
				..event(6, BizStep::RetailSelling, Disposition::RetailSold, t0 + 200_000_000)
			},
			HistoryEvent {
				actor: account(9),
				..event(7, BizStep::Claiming, Disposition::Claimed, t0 + 200_100_000)
			},
		];
		events.iter_mut().for_each(|event| event.block = 10 + event.index);
		TraceReport {
			id: link.key(),
			link,
			status: CodeStatus::Claimed,
			merchant: account(1),
			custodian: account(4),
			pending_to: None,
			containers: Vec::new(),
			children: 0,
			product: Some(Product {
				merchant: account(1),
				name: "Borsa Milano".into(),
				category: "handbag".into(),
				origin: "IT".into(),
				sheet_digest: [5; 32],
				recall: None,
			}),
			lot_recall: None,
			lifted_recalls: Vec::new(),
			purchase_location: milan(),
			purchased_at: t0 - 3_600_000,
			officer_commitment: [3; 32],
			issued_at: t0,
			claim_key: Some([4; 32]),
			claim: Some(Claim { by: account(9), at: t0 + 200_100_000, block: 17 }),
			owners: 1,
			owned_since: Some(t0 + 200_100_000),
			ownership_offer: None,
			chip: Some(ChipKey::Ed25519([6; 32])),
			events,
			certifications: vec![Certification {
				subject: CertSubject::Product(*b"09506000134352"),
				certifier: account(6),
				digest: [8; 32],
				issued_at: t0,
				expires_at: Some(t0 + 1000),
				revoked_at: None,
				status: CertificationStatus::Expired,
			}],
			verdict: Verdict::Claimed { at: t0 + 200_100_000 },
			claim_refusal: Some("CodeClaimed".into()),
			read_at: ReadAt { number: 42, hash: [1; 32], time: t0 + 300_000_000, finalized: true },
		}
	}
}

#[cfg(test)]
mod tests {
	use super::{sample::*, *};

	#[test]
	fn geo_uris_have_six_decimals_and_signs() {
		assert_eq!(milan().geo_uri().unwrap(), "geo:45.464200,9.190000");
		let south_west = Location { coordinates: Some((-33_868_800, -1_512_093)), ..milan() };
		assert_eq!(south_west.geo_uri().unwrap(), "geo:-33.868800,-1.512093");
		let tiny = Location { coordinates: Some((-5, 0)), ..milan() };
		assert_eq!(tiny.geo_uri().unwrap(), "geo:-0.000005,0.000000");
	}

	#[test]
	fn vocabularies_are_cbv_except_claims() {
		assert_eq!(BizStep::RetailSelling.as_cbv_str(), "retail_selling");
		assert!(!BizStep::Claiming.is_cbv() && BizStep::Destroying.is_cbv());
		assert_eq!(Disposition::InTransit.as_cbv_str(), "in_transit");
		assert!(!Disposition::Claimed.is_cbv() && Disposition::Destroyed.is_cbv());
	}
}

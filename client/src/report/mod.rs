//! A code's trace report in plain Rust, and its one JSON shape.
//!
//! Every client of trace-chain reads a code through the runtime API
//! `TraceabilityApi_trace_report`, which computes the report, the verdict and the certification
//! statuses by the pallet's rules. This module holds what they make of it:
//!
//! - [`TraceReport`] and its parts: the report in plain Rust (text as `String`s, keys and
//!   digests as bytes), which the CLI prints for people and exports as EPCIS;
//! - [`report_of`] and the other conversions: the report from the subxt-generated type the
//!   runtime API returns (the CLI's path), and [`from_pallet`]: from the pallet's own
//!   `TraceReport<T>` (the node's path, for its `trace_report` RPC);
//! - [`json`]: the one writer of the report's JSON, which the node's `trace_report` and
//!   `trace_verify` RPC serve and `trace verify --json` prints.
//!
//! Field meanings follow the pallet's types of the same names.

mod convert;
pub mod json;
#[cfg(any(test, feature = "sample"))]
pub mod sample;

pub use convert::{
	certification_of, container_ids, from_pallet, history_event, lifted_recall_of, link_of,
	location_of, location_to_chain, pallet_error_name, product_of, recall_of, report_of,
};
/// The pallet's own vocabularies and verdict: the clients decode into them, they do not define
/// them again.
pub use pallet_traceability::{
	report::Verdict, BizStep, CertificationStatus, ChipKey, CodeStatus, Disposition,
};
use subxt::utils::AccountId32;
use trace_gs1::{DigitalLink, Gtin};

/// The key of a trace code on chain: `blake2_256` of its canonical Digital Link path.
pub type CodeId = [u8; 32];

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

	/// The GLN as text, if it is UTF-8 (the pallet accepts only digits).
	pub fn gln_text(&self) -> Option<&str> {
		self.gln.as_ref().and_then(|gln| std::str::from_utf8(gln).ok())
	}
}

/// The latitude and longitude, in micro-degrees, of a `geo:` URI (RFC 5870) such as
/// [`Location::geo_uri`] writes: `geo:{lat},{lon}`, decimal degrees with at most six decimals
/// (the chain keeps micro-degrees), within the pallet's range
/// ([`pallet_traceability::Coordinates::is_valid`]). An altitude, a parameter (`;u=…`) or finer
/// decimals are refused rather than dropped.
pub fn parse_geo_uri(uri: &str) -> Result<(i32, i32), String> {
	let malformed = || format!("`{uri}` is not geo:{{latitude}},{{longitude}} in decimal degrees");
	let (lat, lon) = uri
		.strip_prefix("geo:")
		.and_then(|rest| rest.split_once(','))
		.ok_or_else(malformed)?;
	let latitude = micro_of(lat).ok_or_else(malformed)?;
	let longitude = micro_of(lon).ok_or_else(malformed)?;
	if !(pallet_traceability::Coordinates { latitude, longitude }).is_valid() {
		return Err(malformed());
	}
	Ok((latitude, longitude))
}

/// Decimal degrees (`-33.8688`, at most three whole digits and six decimals) as micro-degrees.
fn micro_of(text: &str) -> Option<i32> {
	let (negative, digits) = match text.strip_prefix('-') {
		Some(rest) => (true, rest),
		None => (false, text),
	};
	let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
	let all_digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
	if whole.is_empty() || whole.len() > 3 || fraction.len() > 6 {
		return None;
	}
	if !all_digits(whole) || !all_digits(fraction) || (digits.contains('.') && fraction.is_empty())
	{
		return None;
	}
	let whole: i64 = whole.parse().ok()?;
	let fraction: i64 = format!("{fraction:0<6}").parse().ok()?;
	let value = whole * 1_000_000 + fraction;
	i32::try_from(if negative { -value } else { value }).ok()
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
	/// Its GTIN and serial, if the chain has the code (and the reader looked them up).
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
	/// The salted commitment to the procurement officer (see the CLI's
	/// `args::officer_commitment`).
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
	fn geo_uris_give_back_their_coordinates() {
		for coordinates in [(45_464_200, 9_190_000), (-33_868_800, -1_512_093), (-5, 0)] {
			let location = Location { coordinates: Some(coordinates), ..milan() };
			assert_eq!(parse_geo_uri(&location.geo_uri().unwrap()), Ok(coordinates));
		}
		assert_eq!(parse_geo_uri("geo:45.4642,9.19"), Ok((45_464_200, 9_190_000)));
		assert_eq!(parse_geo_uri("geo:90,-180"), Ok((90_000_000, -180_000_000)));
		for bad in [
			"geo:45.4642",
			"geo:45.4642,9.19,120",
			"geo:45.4642,9.19;u=10",
			"geo:45.46421234,9.19",
			"geo:90.000001,0",
			"geo:0,180.5",
			"geo:+1,2",
			"geo:1.,2",
			"geo:.5,2",
			"geo:1e3,2",
			"geo:,",
			"45.4642,9.19",
		] {
			assert!(parse_geo_uri(bad).is_err(), "{bad}");
		}
	}
}

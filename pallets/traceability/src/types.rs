//! The types the traceability pallet stores, takes as call parameters and emits in events.
//!
//! Every stored type is bounded ([`MaxEncodedLen`]); the bounds come from the pallet's
//! [`Config`] constants or from the GS1 standards (serials and lots are at most 20 characters,
//! company prefixes at most 12 digits).

use crate::Config;
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::ConstU32, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::{ed25519, sr25519, H256};

pub use trace_gs1::Gtin;

/// The on-chain key of a trace code: [`trace_gs1::code_key`] of its GTIN and serial, i.e. the
/// `blake2_256` of the canonical GS1 Digital Link path `/01/{gtin}/21/{serial}`.
pub type CodeId = H256;

/// A point in time: milliseconds since the Unix epoch, as `pallet_timestamp` keeps it.
pub type Moment = u64;

/// Longest GS1 serial number (AI 21), in characters.
pub const MAX_SERIAL_LEN: u32 = 20;

/// Longest GS1 batch or lot number (AI 10), in characters.
pub const MAX_LOT_LEN: u32 = 20;

/// Longest GS1 company prefix, in digits.
pub const MAX_COMPANY_PREFIX_LEN: u32 = 12;

// The bounds above must agree with the GS1 crate that validates the values.
const _: () = assert!(MAX_SERIAL_LEN as usize == trace_gs1::MAX_SERIAL_LEN);
const _: () = assert!(MAX_LOT_LEN as usize == trace_gs1::MAX_LOT_LEN);
const _: () = assert!(MAX_COMPANY_PREFIX_LEN as usize == trace_gs1::MAX_COMPANY_PREFIX_LEN);

/// How many recalls of one product (its own and its lots') governance may lift, in all.
pub const MAX_LIFTED_RECALLS: u32 = 32;

/// A GS1 serial number (AI 21): 1 to 20 characters of GS1 character set 82.
pub type Serial = BoundedVec<u8, ConstU32<MAX_SERIAL_LEN>>;

/// A GS1 batch or lot number (AI 10): 1 to 20 characters of GS1 character set 82.
pub type Lot = BoundedVec<u8, ConstU32<MAX_LOT_LEN>>;

/// A GS1 company prefix: 4 to 12 ASCII digits.
pub type CompanyPrefix = BoundedVec<u8, ConstU32<MAX_COMPANY_PREFIX_LEN>>;

/// Free text (names, categories, reasons, location descriptions) of at most
/// [`Config::StringLimit`] bytes.
pub type TextOf<T> = BoundedVec<u8, <T as Config>::StringLimit>;

/// The balance of [`Config::Currency`], in which storage deposits are held.
pub type BalanceOf<T> = <<T as Config>::Currency as frame_support::traits::fungible::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;

/// The company prefixes of one merchant.
pub type CompanyPrefixesOf<T> = BoundedVec<CompanyPrefix, <T as Config>::MaxCompanyPrefixes>;

/// A list of codes handled by one call (issued, packed or unpacked).
pub type CodeListOf<T> = BoundedVec<CodeId, <T as Config>::MaxCodesPerCall>;

/// A participant admitted at genesis: `(account, role bits, name, company prefixes)`.
pub type GenesisParticipant<AccountId> = (AccountId, u8, Vec<u8>, Vec<Vec<u8>>);

/// An ISO 3166-1 alpha-2 country code, two upper-case ASCII letters (`*b"IT"`).
pub type CountryCode = [u8; 2];

/// A GS1 Global Location Number: 13 ASCII digits, the last one a check digit.
pub type Gln = [u8; 13];

/// One role a participant may hold; its discriminant is its bit in [`Roles`].
///
/// The enum is what names the bits in the runtime metadata: [`Roles`]' type information points
/// at it (as pallet-nfts' `CollectionRoles` points at `CollectionRole`), so explorers,
/// polkadot.js apps and the clients read the role names and bits from the chain.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[repr(u8)]
pub enum Role {
	/// Registers products and issues their trace codes.
	Merchant = 1 << 0,
	/// Carries goods: receives and hands over custody.
	Carrier = 1 << 1,
	/// Inspects goods and clears them through customs.
	Customs = 1 << 2,
	/// Attests products and items with certificates.
	Certifier = 1 << 3,
	/// Sells items to consumers.
	Retailer = 1 << 4,
}

impl Role {
	/// Every role, in the order of its bits.
	pub const ALL: [Role; 5] =
		[Role::Merchant, Role::Carrier, Role::Customs, Role::Certifier, Role::Retailer];

	/// The role's bit in [`Roles`].
	pub const fn bit(self) -> u8 {
		self as u8
	}

	/// The role's name, lower case, as the clients spell it (`merchant`, …).
	pub const fn as_str(self) -> &'static str {
		match self {
			Role::Merchant => "merchant",
			Role::Carrier => "carrier",
			Role::Customs => "customs",
			Role::Certifier => "certifier",
			Role::Retailer => "retailer",
		}
	}
}

impl From<Role> for Roles {
	fn from(role: Role) -> Self {
		Roles(role.bit())
	}
}

/// The roles of a participant, a set of [`Role`] bit flags, encoded as one byte.
///
/// A participant may hold several roles. The known flags are [`Roles::MERCHANT`],
/// [`Roles::CARRIER`], [`Roles::CUSTOMS`], [`Roles::CERTIFIER`] and [`Roles::RETAILER`]; any
/// other bit makes the set invalid (see [`Roles::is_valid`]). The byte is kept as received, not
/// truncated at decoding, so that `admit_participant` can refuse unknown bits with
/// `InvalidRoles` rather than fail as an undecodable extrinsic.
#[derive(
	Clone, Copy, PartialEq, Eq, Default, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, Debug,
)]
pub struct Roles(u8);

/// The type information of a flag set, as pallet-nfts gives its `CollectionRoles`: a `Roles`
/// composite of one `u8`, with the flag enum [`Role`] as its type parameter, so the metadata
/// carries each role's name and bit (the variant's index).
impl TypeInfo for Roles {
	type Identity = Self;

	fn type_info() -> scale_info::Type {
		use scale_info::{build::Fields, meta_type, Path, Type, TypeParameter};
		Type::builder()
			.path(Path::new("Roles", module_path!()))
			.type_params(alloc::vec![TypeParameter::new("T", Some(meta_type::<Role>()))])
			.docs(&["The roles of a participant: a set of `Role` bits in one byte."])
			.composite(Fields::unnamed().field(|f| f.ty::<u8>().type_name("Role")))
	}
}

impl Roles {
	/// Registers products and issues their trace codes.
	pub const MERCHANT: Self = Self(Role::Merchant.bit());
	/// Carries goods: receives and hands over custody.
	pub const CARRIER: Self = Self(Role::Carrier.bit());
	/// Inspects goods and clears them through customs.
	pub const CUSTOMS: Self = Self(Role::Customs.bit());
	/// Attests products and items with certificates.
	pub const CERTIFIER: Self = Self(Role::Certifier.bit());
	/// Sells items to consumers.
	pub const RETAILER: Self = Self(Role::Retailer.bit());
	/// Every known role.
	pub const ALL: Self = Self(
		Role::Merchant.bit()
			| Role::Carrier.bit()
			| Role::Customs.bit()
			| Role::Certifier.bit()
			| Role::Retailer.bit(),
	);
	/// The roles that take custody of goods: merchant, carrier, customs, retailer. A custodian
	/// acts on what it holds only while it has one of them.
	pub const CUSTODY: Self = Self(
		Role::Merchant.bit() | Role::Carrier.bit() | Role::Customs.bit() | Role::Retailer.bit(),
	);

	/// The empty set.
	pub const fn empty() -> Self {
		Self(0)
	}

	/// The set with exactly the given bits; no check (see [`Roles::is_valid`]).
	pub const fn from_bits(bits: u8) -> Self {
		Self(bits)
	}

	/// The raw bits.
	pub const fn bits(self) -> u8 {
		self.0
	}

	/// Whether every role of `other` is in `self`.
	pub const fn contains(self, other: Self) -> bool {
		self.0 & other.0 == other.0
	}

	/// Whether `self` and `other` have a role in common.
	pub const fn intersects(self, other: Self) -> bool {
		self.0 & other.0 != 0
	}

	/// The roles in `self` or in `other`.
	#[must_use]
	pub const fn union(self, other: Self) -> Self {
		Self(self.0 | other.0)
	}

	/// Whether the set holds no role.
	pub const fn is_empty(self) -> bool {
		self.0 == 0
	}

	/// Whether `role` is in the set.
	pub const fn has(self, role: Role) -> bool {
		self.0 & role.bit() != 0
	}

	/// The roles in the set, in the order of their bits.
	pub fn iter(self) -> impl Iterator<Item = Role> {
		Role::ALL.into_iter().filter(move |role| self.has(*role))
	}

	/// Whether the set holds at least one role and only known ones.
	pub const fn is_valid(self) -> bool {
		!self.is_empty() && self.0 & !Self::ALL.0 == 0
	}
}

impl core::ops::BitOr for Roles {
	type Output = Self;

	fn bitor(self, rhs: Self) -> Self {
		self.union(rhs)
	}
}

/// An account admitted by governance.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Participant<T: Config> {
	/// What the participant may do.
	pub roles: Roles,
	/// Display name.
	pub name: TextOf<T>,
	/// The GS1 company prefixes the participant owns (merchants).
	pub company_prefixes: CompanyPrefixesOf<T>,
	/// A suspended participant can call nothing until reinstated.
	pub suspended: bool,
	/// The block in which governance admitted the participant.
	pub admitted_at: BlockNumberFor<T>,
}

/// A class of goods, identified by its GTIN.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Product<T: Config> {
	/// The merchant who registered it and alone issues its codes.
	pub merchant: T::AccountId,
	/// Product name.
	pub name: TextOf<T>,
	/// Product category (free text, e.g. "handbag").
	pub category: TextOf<T>,
	/// Country of origin, ISO 3166-1 alpha-2.
	pub origin: CountryCode,
	/// Digest of the off-chain product sheet.
	pub sheet_digest: H256,
	/// When it was registered.
	pub registered_at: Moment,
	/// Set once the whole product is recalled.
	pub recall: Option<Recall<T>>,
}

/// A recall of a product or of a lot.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Recall<T: Config> {
	/// The merchant who recalled, or `None` for governance.
	pub by: Option<T::AccountId>,
	/// Why.
	pub reason: TextOf<T>,
	/// When.
	pub at: Moment,
}

/// A recall that governance lifted: the recall as it was, and the lifting. Kept forever, so
/// a verifier sees that the product or lot was once recalled and why that ended.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct LiftedRecall<T: Config> {
	/// The lot, or `None` for a recall of the whole product.
	pub lot: Option<Lot>,
	/// The recall that was lifted.
	pub recall: Recall<T>,
	/// When governance lifted it.
	pub lifted_at: Moment,
	/// Why it was lifted.
	pub reason: TextOf<T>,
}

/// The recalls of one product that governance lifted, oldest first.
pub type LiftedRecallsOf<T> = BoundedVec<LiftedRecall<T>, ConstU32<MAX_LIFTED_RECALLS>>;

/// Where a code's life stands.
///
/// `Active → (InTransit → Active)* → Sold/Claimed`; [`CodeStatus::Destroyed`] and
/// [`CodeStatus::Decommissioned`] are terminal.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum CodeStatus {
	/// In the hands of its custodian.
	Active,
	/// A handover is proposed and not yet accepted, rejected or cancelled.
	InTransit,
	/// Sold to a consumer by a retailer.
	Sold,
	/// Claimed by a consumer with the hidden claim secret.
	Claimed,
	/// Destroyed (terminal).
	Destroyed,
	/// The label was withdrawn by its merchant (terminal).
	Decommissioned,
}

impl CodeStatus {
	/// The status's name in clients and the node's RPC, in snake case.
	pub const fn as_str(self) -> &'static str {
		match self {
			Self::Active => "active",
			Self::InTransit => "in_transit",
			Self::Sold => "sold",
			Self::Claimed => "claimed",
			Self::Destroyed => "destroyed",
			Self::Decommissioned => "decommissioned",
		}
	}

	/// Whether nothing can happen to the code any more.
	pub const fn is_terminal(self) -> bool {
		matches!(self, Self::Destroyed | Self::Decommissioned)
	}
}

/// A handover proposed by the custodian and waiting for the recipient.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct PendingHandover<T: Config> {
	/// The proposed next custodian.
	pub to: T::AccountId,
	/// The block of the proposal.
	pub proposed_at: BlockNumberFor<T>,
}

/// Who owns a claimed item, and since when: the consumer who claimed it, or the owner it was
/// transferred to since ([`accept_ownership`](crate::Pallet::accept_ownership)), who takes
/// the claimer's place.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct ClaimRecord<T: Config> {
	/// The owner: the account the claim was made for, or the owner it was transferred to.
	pub by: T::AccountId,
	/// When the owner got it (the claim, or the acceptance of the transfer).
	pub at: Moment,
	/// In which block.
	pub block: BlockNumberFor<T>,
}

/// Latitude and longitude in micro-degrees (WGS 84).
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Coordinates {
	/// Latitude, `-90_000_000..=90_000_000`.
	pub latitude: i32,
	/// Longitude, `-180_000_000..=180_000_000`.
	pub longitude: i32,
}

impl Coordinates {
	/// Whether both values are within range.
	pub fn is_valid(&self) -> bool {
		(-90_000_000..=90_000_000).contains(&self.latitude)
			&& (-180_000_000..=180_000_000).contains(&self.longitude)
	}
}

/// Where something happened: a GLN, coordinates and/or a description; at least one of them.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Location<T: Config> {
	/// GS1 Global Location Number of the site.
	pub gln: Option<Gln>,
	/// Geographic coordinates.
	pub coordinates: Option<Coordinates>,
	/// Free text, e.g. "Bonded warehouse 3, Hangzhou".
	pub description: TextOf<T>,
}

impl<T: Config> Location<T> {
	/// Whether the location says something and every part of it is well formed: the GLN has
	/// 13 digits with a correct GS1 check digit, the coordinates are in range.
	pub fn is_valid(&self) -> bool {
		let says_something =
			self.gln.is_some() || self.coordinates.is_some() || !self.description.is_empty();
		says_something
			&& self.gln.as_ref().is_none_or(is_valid_gln)
			&& self.coordinates.as_ref().is_none_or(Coordinates::is_valid)
	}
}

/// Whether `gln` is 13 ASCII digits whose last one is the GS1 check digit of the others
/// ([`trace_gs1::validate_gln`]).
pub fn is_valid_gln(gln: &Gln) -> bool {
	trace_gs1::validate_gln(gln).is_ok()
}

/// Whether `code` is an officially assigned ISO 3166-1 alpha-2 country code.
pub fn is_valid_country(code: &CountryCode) -> bool {
	ISO_3166_ALPHA2.binary_search(code).is_ok()
}

/// The officially assigned ISO 3166-1 alpha-2 codes, sorted.
pub const ISO_3166_ALPHA2: [CountryCode; 249] = [
	*b"AD", *b"AE", *b"AF", *b"AG", *b"AI", *b"AL", *b"AM", *b"AO", *b"AQ", *b"AR", *b"AS", *b"AT",
	*b"AU", *b"AW", *b"AX", *b"AZ", *b"BA", *b"BB", *b"BD", *b"BE", *b"BF", *b"BG", *b"BH", *b"BI",
	*b"BJ", *b"BL", *b"BM", *b"BN", *b"BO", *b"BQ", *b"BR", *b"BS", *b"BT", *b"BV", *b"BW", *b"BY",
	*b"BZ", *b"CA", *b"CC", *b"CD", *b"CF", *b"CG", *b"CH", *b"CI", *b"CK", *b"CL", *b"CM", *b"CN",
	*b"CO", *b"CR", *b"CU", *b"CV", *b"CW", *b"CX", *b"CY", *b"CZ", *b"DE", *b"DJ", *b"DK", *b"DM",
	*b"DO", *b"DZ", *b"EC", *b"EE", *b"EG", *b"EH", *b"ER", *b"ES", *b"ET", *b"FI", *b"FJ", *b"FK",
	*b"FM", *b"FO", *b"FR", *b"GA", *b"GB", *b"GD", *b"GE", *b"GF", *b"GG", *b"GH", *b"GI", *b"GL",
	*b"GM", *b"GN", *b"GP", *b"GQ", *b"GR", *b"GS", *b"GT", *b"GU", *b"GW", *b"GY", *b"HK", *b"HM",
	*b"HN", *b"HR", *b"HT", *b"HU", *b"ID", *b"IE", *b"IL", *b"IM", *b"IN", *b"IO", *b"IQ", *b"IR",
	*b"IS", *b"IT", *b"JE", *b"JM", *b"JO", *b"JP", *b"KE", *b"KG", *b"KH", *b"KI", *b"KM", *b"KN",
	*b"KP", *b"KR", *b"KW", *b"KY", *b"KZ", *b"LA", *b"LB", *b"LC", *b"LI", *b"LK", *b"LR", *b"LS",
	*b"LT", *b"LU", *b"LV", *b"LY", *b"MA", *b"MC", *b"MD", *b"ME", *b"MF", *b"MG", *b"MH", *b"MK",
	*b"ML", *b"MM", *b"MN", *b"MO", *b"MP", *b"MQ", *b"MR", *b"MS", *b"MT", *b"MU", *b"MV", *b"MW",
	*b"MX", *b"MY", *b"MZ", *b"NA", *b"NC", *b"NE", *b"NF", *b"NG", *b"NI", *b"NL", *b"NO", *b"NP",
	*b"NR", *b"NU", *b"NZ", *b"OM", *b"PA", *b"PE", *b"PF", *b"PG", *b"PH", *b"PK", *b"PL", *b"PM",
	*b"PN", *b"PR", *b"PS", *b"PT", *b"PW", *b"PY", *b"QA", *b"RE", *b"RO", *b"RS", *b"RU", *b"RW",
	*b"SA", *b"SB", *b"SC", *b"SD", *b"SE", *b"SG", *b"SH", *b"SI", *b"SJ", *b"SK", *b"SL", *b"SM",
	*b"SN", *b"SO", *b"SR", *b"SS", *b"ST", *b"SV", *b"SX", *b"SY", *b"SZ", *b"TC", *b"TD", *b"TF",
	*b"TG", *b"TH", *b"TJ", *b"TK", *b"TL", *b"TM", *b"TN", *b"TO", *b"TR", *b"TT", *b"TV", *b"TW",
	*b"TZ", *b"UA", *b"UG", *b"UM", *b"US", *b"UY", *b"UZ", *b"VA", *b"VC", *b"VE", *b"VG", *b"VI",
	*b"VN", *b"VU", *b"WF", *b"WS", *b"YE", *b"YT", *b"ZA", *b"ZM", *b"ZW",
];

/// One physical item: a GTIN + serial printed as a QR label.
///
/// Records are never removed: a destroyed or decommissioned code stays as a tombstone so that
/// its serial can never be issued again.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct TraceCode<T: Config> {
	/// The product.
	pub gtin: Gtin,
	/// The serial number (GS1 AI 21).
	pub serial: Serial,
	/// The batch or lot (GS1 AI 10), if any.
	pub lot: Option<Lot>,
	/// The merchant who issued the code.
	pub merchant: T::AccountId,
	/// Who holds the item. For a packed item this is the custodian at packing time; the item's
	/// real custodian is the custodian of its outermost container, see
	/// [`Pallet::effective_custodian`](crate::Pallet::effective_custodian).
	pub custodian: T::AccountId,
	/// Lifecycle state.
	pub status: CodeStatus,
	/// The proposed handover, if any; `Some` exactly when the status is
	/// [`CodeStatus::InTransit`].
	pub pending: Option<PendingHandover<T>>,
	/// The container the item is packed in.
	pub parent: Option<CodeId>,
	/// How many codes are packed directly in this one.
	pub children: u32,
	/// An upper bound of the nesting height below this code (0: nothing packed in it). Grows
	/// when codes are packed in, never shrinks.
	pub height: u8,
	/// Public key whose secret is hidden in the packaging, for [`Pallet::claim`](crate::Pallet::claim);
	/// replaced by the owner's new one when it hands the claim secret over
	/// ([`Pallet::hand_over_claim_secret`](crate::Pallet::hand_over_claim_secret)).
	pub claim_key: Option<sr25519::Public>,
	/// The current owner, once the item is claimed: the claimer, or the owner it was
	/// transferred to since. `None` again after its owner handed the claim secret over, until
	/// the next claim.
	pub claim: Option<ClaimRecord<T>>,
	/// Salted hash of the procurement officer, computed off chain.
	pub officer_commitment: H256,
	/// Where the merchant bought the item.
	pub purchase_location: Location<T>,
	/// When the merchant bought the item (declared).
	pub purchased_at: Moment,
	/// When the code was issued (block time).
	pub issued_at: Moment,
	/// How many [`TraceEvent`]s the code's history holds.
	pub event_count: u32,
}

/// One code of an [`issue_codes`](crate::Pallet::issue_codes) batch.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct IssueItem {
	/// The serial number (GS1 AI 21).
	pub serial: Serial,
	/// The batch or lot (GS1 AI 10), if any.
	pub lot: Option<Lot>,
	/// The public claim key whose secret is hidden in the packaging, if any.
	pub claim_key: Option<sr25519::Public>,
}

/// A GS1 CBV 2.0 business step: why a trace event happened.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum BizStep {
	/// The code was issued.
	Commissioning,
	/// A handover was proposed: the item leaves its custodian.
	Shipping,
	/// A handover was accepted: the item reached its new custodian.
	Receiving,
	/// A proposed handover was rejected or cancelled.
	VoidShipping,
	/// Codes were packed into a container.
	Packing,
	/// Codes were taken out of a container.
	Unpacking,
	/// Inspected, e.g. by customs.
	Inspecting,
	/// Sold to a consumer.
	RetailSelling,
	/// Destroyed.
	Destroying,
	/// Label withdrawn by its merchant.
	Decommissioning,
	/// Claimed by a consumer (a trace-chain extension, not in CBV).
	Claiming,
	/// The owner offered the item to a next owner (a trace-chain extension, not in CBV).
	#[codec(index = 11)]
	OfferingOwnership,
	/// The next owner accepted the offer and owns the item now (a trace-chain extension).
	#[codec(index = 12)]
	AcceptingOwnership,
	/// The owner withdrew its offer (a trace-chain extension).
	#[codec(index = 13)]
	CancellingOwnershipOffer,
	/// The owner registered a new claim key: whoever holds its secret claims the item next
	/// (a trace-chain extension).
	#[codec(index = 14)]
	HandingOverClaimSecret,
	/// The merchant registered the item's chip (a trace-chain extension).
	#[codec(index = 15)]
	RegisteringChip,
	/// The item's chip signed a challenge bound to a recent block (a trace-chain extension).
	#[codec(index = 16)]
	VerifyingChip,
}

impl BizStep {
	/// The CBV 2.0 name (`"retail_selling"`), or for extension steps their own name.
	pub const fn as_cbv_str(self) -> &'static str {
		match self {
			Self::Commissioning => "commissioning",
			Self::Shipping => "shipping",
			Self::Receiving => "receiving",
			Self::VoidShipping => "void_shipping",
			Self::Packing => "packing",
			Self::Unpacking => "unpacking",
			Self::Inspecting => "inspecting",
			Self::RetailSelling => "retail_selling",
			Self::Destroying => "destroying",
			Self::Decommissioning => "decommissioning",
			Self::Claiming => "claiming",
			Self::OfferingOwnership => "offering_ownership",
			Self::AcceptingOwnership => "accepting_ownership",
			Self::CancellingOwnershipOffer => "cancelling_ownership_offer",
			Self::HandingOverClaimSecret => "handing_over_claim_secret",
			Self::RegisteringChip => "registering_chip",
			Self::VerifyingChip => "verifying_chip",
		}
	}

	/// Whether the step is a CBV 2.0 standard step (else an extension of trace-chain).
	pub const fn is_cbv(self) -> bool {
		!matches!(
			self,
			Self::Claiming
				| Self::OfferingOwnership
				| Self::AcceptingOwnership
				| Self::CancellingOwnershipOffer
				| Self::HandingOverClaimSecret
				| Self::RegisteringChip
				| Self::VerifyingChip
		)
	}

	/// Whether the step ends the code's life. Terminal steps may use the last history slot,
	/// which other steps leave free.
	pub const fn is_terminal(self) -> bool {
		matches!(self, Self::Destroying | Self::Decommissioning)
	}
}

/// A GS1 CBV 2.0 disposition: the state an item is in after a trace event.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Disposition {
	/// Commissioned and usable.
	Active,
	/// On its way to a new custodian.
	InTransit,
	/// Packed in a container.
	InProgress,
	/// A container after items were packed in.
	ContainerClosed,
	/// A container after items were taken out.
	ContainerOpen,
	/// Passed an inspection.
	Conformant,
	/// Failed an inspection.
	NonConformant,
	/// Sold to a consumer.
	RetailSold,
	/// Destroyed.
	Destroyed,
	/// No longer in use (decommissioned).
	Inactive,
	/// Claimed by a consumer (a trace-chain extension, not in CBV).
	Claimed,
	/// Owned, and offered by its owner to a next owner (a trace-chain extension, not in CBV).
	#[codec(index = 11)]
	OwnershipOffered,
	/// A chip was registered for the item (a trace-chain extension, not in CBV).
	#[codec(index = 12)]
	ChipRegistered,
	/// The item's chip answered a challenge (a trace-chain extension, not in CBV).
	#[codec(index = 13)]
	ChipVerified,
}

impl Disposition {
	/// The CBV 2.0 name (`"retail_sold"`), or for extension dispositions their own name.
	pub const fn as_cbv_str(self) -> &'static str {
		match self {
			Self::Active => "active",
			Self::InTransit => "in_transit",
			Self::InProgress => "in_progress",
			Self::ContainerClosed => "container_closed",
			Self::ContainerOpen => "container_open",
			Self::Conformant => "conformant",
			Self::NonConformant => "non_conformant",
			Self::RetailSold => "retail_sold",
			Self::Destroyed => "destroyed",
			Self::Inactive => "inactive",
			Self::Claimed => "claimed",
			Self::OwnershipOffered => "ownership_offered",
			Self::ChipRegistered => "chip_registered",
			Self::ChipVerified => "chip_verified",
		}
	}

	/// Whether the disposition is a CBV 2.0 standard one (else an extension of trace-chain).
	pub const fn is_cbv(self) -> bool {
		!matches!(
			self,
			Self::Claimed | Self::OwnershipOffered | Self::ChipRegistered | Self::ChipVerified
		)
	}
}

/// The result of an inspection.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum InspectionOutcome {
	/// The item passed.
	Conformant,
	/// The item failed.
	NonConformant,
}

impl From<InspectionOutcome> for Disposition {
	fn from(outcome: InspectionOutcome) -> Self {
		match outcome {
			InspectionOutcome::Conformant => Self::Conformant,
			InspectionOutcome::NonConformant => Self::NonConformant,
		}
	}
}

/// One entry of a code's append-only history: what, when, where, who and why.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct TraceEvent<T: Config> {
	/// Why (CBV business step).
	pub step: BizStep,
	/// The item's state afterwards (CBV disposition).
	pub disposition: Disposition,
	/// Who signed (for a claim: the claimer).
	pub actor: T::AccountId,
	/// In which block.
	pub block: BlockNumberFor<T>,
	/// Block time.
	pub at: Moment,
	/// The time of the real-world act, as declared by the actor.
	pub declared_at: Option<Moment>,
	/// Where.
	pub location: Option<Location<T>>,
	/// The other party: the recipient of a handover, the proposer for its acceptance.
	pub counterparty: Option<T::AccountId>,
	/// The container, for packing and unpacking events of an item.
	pub container: Option<CodeId>,
	/// Digest of supporting documents.
	pub document: Option<H256>,
	/// Why, in words (destruction, decommissioning, rejection).
	pub reason: Option<TextOf<T>>,
}

/// What a certification is about.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum CertSubject {
	/// A whole product.
	Product(Gtin),
	/// One item.
	Code(CodeId),
}

/// A certifier's attestation of a [`CertSubject`].
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Certification {
	/// Digest of the certificate document.
	pub digest: H256,
	/// When it was issued.
	pub issued_at: Moment,
	/// When it stops being valid, if ever.
	pub expires_at: Option<Moment>,
	/// When the certifier revoked it.
	pub revoked_at: Option<Moment>,
}

/// What a verifier should make of a [`Certification`] at some moment.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub enum CertificationStatus {
	/// Neither revoked nor expired.
	Valid,
	/// Past its expiry.
	Expired,
	/// Revoked by its certifier.
	Revoked,
}

impl CertificationStatus {
	/// The status's name in clients and the node's RPC.
	pub const fn as_str(self) -> &'static str {
		match self {
			Self::Valid => "valid",
			Self::Expired => "expired",
			Self::Revoked => "revoked",
		}
	}
}

impl Certification {
	/// The status at `now`; revocation wins over expiry.
	pub fn status(&self, now: Moment) -> CertificationStatus {
		if self.revoked_at.is_some() {
			CertificationStatus::Revoked
		} else if self.expires_at.is_some_and(|expiry| expiry <= now) {
			CertificationStatus::Expired
		} else {
			CertificationStatus::Valid
		}
	}
}

/// The message a claim key signs for [`claim`](crate::Pallet::claim): the SCALE encoding of
/// `(b"trace-chain/claim", genesis, code, claimer)`, where `genesis` is the hash of the chain's
/// genesis block. Binding the claimer means a copied pending transaction cannot be redirected
/// to another account; binding the genesis hash means a signature made for one chain (a test
/// net, a fork) is worthless on another.
pub fn claim_payload<Hash: Encode, AccountId: Encode>(
	genesis: &Hash,
	code: &CodeId,
	claimer: &AccountId,
) -> Vec<u8> {
	(CLAIM_CONTEXT, genesis, code, claimer).encode()
}

/// Domain separator of [`claim_payload`].
pub const CLAIM_CONTEXT: &[u8; 17] = b"trace-chain/claim";

/// Tag prefix of the transaction-pool tag of a claim: at most one claim per code in the pool.
pub const CLAIM_TAG: &[u8; 11] = b"trace-claim";

/// How many blocks a claim transaction stays valid in the pool.
pub const CLAIM_LONGEVITY: u64 = 64;

/// A pending transfer of a claimed item's ownership: its owner offered it to `to`, who may
/// accept; the owner may cancel. At most one per code, in
/// [`OwnershipOffers`](crate::OwnershipOffers).
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct OwnershipOffer<T: Config> {
	/// The proposed next owner.
	pub to: T::AccountId,
	/// The block of the offer.
	pub offered_at: BlockNumberFor<T>,
}

/// What an owner (or the next owner) signs for, in an [`ownership_payload`]: the step and the
/// other party of it.
#[derive(Clone, PartialEq, Eq, Encode, Debug)]
pub enum OwnershipAction<AccountId> {
	/// The owner offers the item to `to`
	/// ([`propose_ownership_transfer`](crate::Pallet::propose_ownership_transfer)).
	#[codec(index = 0)]
	Offer {
		/// The proposed next owner.
		to: AccountId,
	},
	/// The proposed next owner accepts the item from its owner `from`
	/// ([`accept_ownership`](crate::Pallet::accept_ownership)).
	#[codec(index = 1)]
	Accept {
		/// The current owner.
		from: AccountId,
	},
	/// The owner withdraws its offer to `to`
	/// ([`cancel_ownership_transfer`](crate::Pallet::cancel_ownership_transfer)).
	#[codec(index = 2)]
	Cancel {
		/// The proposed next owner of the offer withdrawn.
		to: AccountId,
	},
	/// The owner gives up the item to whoever holds the secret of `claim_key`
	/// ([`hand_over_claim_secret`](crate::Pallet::hand_over_claim_secret)).
	#[codec(index = 3)]
	HandOverClaimSecret {
		/// The new claim key.
		claim_key: sr25519::Public,
	},
}

/// The message the acting account signs for an ownership step: the SCALE encoding of
/// `(b"trace-chain/ownership", genesis, code, action, nonce)`, where `genesis` is the hash of
/// the chain's genesis block and `nonce` is the code's `event_count` (the length of its
/// history) when the step is signed.
///
/// Every step appends an event to the history, so a signature is good for one step only: once
/// the step is made (or any other event is recorded for the code) the nonce has moved on and
/// the signature is worthless. This covers what a per-code owner counter would (an accept
/// replayed after the item came back to the same owner) and more (an offer replayed after
/// its cancellation, a cancellation replayed against a later offer). Binding the other party
/// (or the new claim key) means a copied pending transaction cannot be redirected; binding the
/// genesis hash means a signature made for one chain is worthless on another.
pub fn ownership_payload<Hash: Encode, AccountId: Encode>(
	genesis: &Hash,
	code: &CodeId,
	action: &OwnershipAction<AccountId>,
	nonce: u32,
) -> Vec<u8> {
	(OWNERSHIP_CONTEXT, genesis, code, action, nonce).encode()
}

/// Domain separator of [`ownership_payload`].
pub const OWNERSHIP_CONTEXT: &[u8; 21] = b"trace-chain/ownership";

/// Tag prefix of the transaction-pool tag of an ownership step, `(OWNERSHIP_TAG, code, nonce)`:
/// of the steps signed for one state of a code, the pool holds one.
pub const OWNERSHIP_TAG: &[u8; 15] = b"trace-ownership";

/// The public key of the chip (an NFC secure element) embedded in an item, by signature
/// scheme. The chip's secret never leaves it, so a copied label without the chip cannot answer
/// a [`chip_challenge`].
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum ChipKey {
	/// A compressed secp256k1 point (33 bytes, the first `0x02` or `0x03`), as HaLo chips
	/// hold. The chip signs the 32-byte `blake2_256` of the challenge (ECDSA over a digest,
	/// which HaLo's `sign` command takes as `digest`), giving [`ChipSignature::Secp256k1Ecdsa`].
	#[codec(index = 0)]
	Secp256k1Ecdsa([u8; 33]),
	/// An ed25519 public key; the chip signs the challenge bytes themselves.
	#[codec(index = 1)]
	Ed25519([u8; 32]),
	/// An sr25519 public key; the chip signs the challenge bytes themselves, in the signing
	/// context `substrate` (as every Substrate sr25519 signature).
	#[codec(index = 2)]
	Sr25519([u8; 32]),
}

impl ChipKey {
	/// The key type's name as the clients serve it (`secp256k1_ecdsa`, `ed25519`, `sr25519`):
	/// the variant's name in snake case, as the CBV names are.
	pub const fn as_str(&self) -> &'static str {
		match self {
			ChipKey::Secp256k1Ecdsa(_) => "secp256k1_ecdsa",
			ChipKey::Ed25519(_) => "ed25519",
			ChipKey::Sr25519(_) => "sr25519",
		}
	}

	/// The public key's bytes.
	pub fn public(&self) -> &[u8] {
		match self {
			ChipKey::Secp256k1Ecdsa(key) => key,
			ChipKey::Ed25519(key) | ChipKey::Sr25519(key) => key,
		}
	}

	/// Whether the key has the form of its scheme: a secp256k1 key starts with `0x02` or
	/// `0x03` (a compressed point). Any 32 bytes pass for the others; whether they are a point
	/// shows when a signature is checked.
	pub fn is_well_formed(&self) -> bool {
		match self {
			Self::Secp256k1Ecdsa(key) => matches!(key.first().copied(), Some(0x02 | 0x03)),
			Self::Ed25519(_) | Self::Sr25519(_) => true,
		}
	}
}

/// A chip's signature of a [`chip_challenge`], of the scheme of its [`ChipKey`].
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum ChipSignature {
	/// `r ‖ s ‖ v` (65 bytes, `v` 0, 1, 27 or 28) over the `blake2_256` of the challenge.
	#[codec(index = 0)]
	Secp256k1Ecdsa([u8; 65]),
	/// An ed25519 signature of the challenge.
	#[codec(index = 1)]
	Ed25519([u8; 64]),
	/// An sr25519 signature of the challenge (signing context `substrate`).
	#[codec(index = 2)]
	Sr25519([u8; 64]),
}

/// The chip of a code: its key, registered by the merchant before the sale, and the block of
/// the last scan recorded on chain.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct ChipRecord<T: Config> {
	/// The chip's public key.
	pub key: ChipKey,
	/// When the merchant registered it (block time).
	pub registered_at: Moment,
	/// The block in which the last scan was recorded
	/// ([`record_chip_scan`](crate::Pallet::record_chip_scan)), if any.
	pub last_scan: Option<BlockNumberFor<T>>,
}

/// The bytes a chip signs to prove it is present: the SCALE encoding of
/// `(b"trace-chain/chip", genesis, code, block_hash)`, where `genesis` is the hash of the
/// chain's genesis block and `block_hash` the hash of a recent block (a finalized one, read
/// through the light client). A signature over an old block is refused
/// ([`Config::MaxChipChallengeAge`](crate::Config::MaxChipChallengeAge)), so a recording of a
/// chip's answer is worthless soon after; binding the code means one chip's answer does not
/// vouch for another label.
///
/// A client verifies a scan itself with [`verify_chip`] and the key read from the chain; it
/// records the scan on chain with [`record_chip_scan`](crate::Pallet::record_chip_scan) if it
/// wants the scan in the item's history.
pub fn chip_challenge<Hash: Encode>(genesis: &Hash, code: &CodeId, block_hash: &Hash) -> Vec<u8> {
	(CHIP_CONTEXT, genesis, code, block_hash).encode()
}

/// Whether `signature` is `key`'s over `challenge`, a [`chip_challenge`]: for secp256k1, the
/// key recovered (`secp256k1_ecdsa_recover_compressed`) from the signature over the
/// `blake2_256` of the challenge is `key`; for ed25519 and sr25519, the signature of the
/// challenge verifies. A signature of another scheme than the key's never does.
///
/// `blake2_256` rather than `keccak_256` for secp256k1: it is the hash of the rest of the
/// chain (and of `sp_core::ecdsa`), and HaLo chips sign any 32-byte digest they are given.
pub fn verify_chip(key: &ChipKey, challenge: &[u8], signature: &ChipSignature) -> bool {
	match (key, signature) {
		(ChipKey::Secp256k1Ecdsa(key), ChipSignature::Secp256k1Ecdsa(signature)) => {
			let digest = sp_io::hashing::blake2_256(challenge);
			sp_io::crypto::secp256k1_ecdsa_recover_compressed(signature, &digest)
				.is_ok_and(|recovered| recovered == *key)
		},
		(ChipKey::Ed25519(key), ChipSignature::Ed25519(signature)) => {
			sp_io::crypto::ed25519_verify(
				&ed25519::Signature::from_raw(*signature),
				challenge,
				&ed25519::Public::from_raw(*key),
			)
		},
		(ChipKey::Sr25519(key), ChipSignature::Sr25519(signature)) => {
			sp_io::crypto::sr25519_verify(
				&sr25519::Signature::from_raw(*signature),
				challenge,
				&sr25519::Public::from_raw(*key),
			)
		},
		_ => false,
	}
}

/// Domain separator of [`chip_challenge`].
pub const CHIP_CONTEXT: &[u8; 16] = b"trace-chain/chip";

/// Domain separator of the account a chip's scans are recorded under
/// ([`Pallet::chip_account`](crate::Pallet::chip_account)).
pub const CHIP_ACCOUNT_CONTEXT: &[u8; 24] = b"trace-chain/chip-account";

/// Tag prefix of the transaction-pool tag of a chip scan, `(CHIP_SCAN_TAG, code)`: at most one
/// scan per code in the pool.
pub const CHIP_SCAN_TAG: &[u8; 15] = b"trace-chip-scan";

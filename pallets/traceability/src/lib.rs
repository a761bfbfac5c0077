//! # Traceability Pallet
//!
//! Records the journey of imported goods: who may take part, which products exist, every
//! physical item (a *trace code*) from the merchant's purchase to the consumer, and the
//! certificates and recalls that concern them.
//!
//! ## Overview
//!
//! Governance ([`Config::AdminOrigin`]) admits participants with roles. A merchant registers a
//! product under a GTIN of one of its GS1 company prefixes and issues trace codes for single
//! items, in bulk, each with a serial that can never be issued again. From then on every change
//! to an item appends a [`TraceEvent`] to its append-only history and emits an [`Event`]:
//!
//! - custody moves in two steps: the custodian proposes a handover, the named recipient accepts
//!   or rejects it, the proposer may cancel it;
//! - items are packed into containers (cases, pallets, sea containers) and unpacked; handing
//!   over a container hands over everything inside at a cost independent of its content;
//! - customs inspect, retailers sell, custodians or merchants destroy, merchants decommission;
//! - a consumer claims an item once with the secret hidden in its packaging, without holding
//!   tokens; the owner passes it on to a next owner in two steps, or hands a new claim secret
//!   over, again without tokens;
//! - a merchant registers the chip embedded in an item; whoever holds the item has the chip sign
//!   a challenge bound to a recent block, and may record the scan, without tokens;
//! - certifiers attest products and items and may revoke; merchants and governance recall
//!   products and lots.
//!
//! ### Terminology
//!
//! - **Participant**: an account admitted by governance, with [`Roles`]; a suspended
//!   participant can call nothing.
//! - **Product**: a class of goods named by a GTIN-14 ([`Gtin`]).
//! - **Trace code**: one physical item, named by GTIN + serial; stored under its [`CodeId`],
//!   the `blake2_256` of the GS1 Digital Link path `/01/{gtin}/21/{serial}`
//!   ([`trace_gs1::code_key`]), so anyone holding the QR label can find it.
//! - **Custodian**: who holds an item. The custodian of a packed item is the custodian of its
//!   outermost container ([`Pallet::effective_custodian`]).
//! - **Container**: a code with other codes packed in it; containers nest up to
//!   [`Config::MaxNestingDepth`] levels.
//! - **Trace event**: an entry of a code's history with a GS1 CBV business step ([`BizStep`])
//!   and disposition ([`Disposition`]), the signer, block time, declared time, location and
//!   document digest.
//! - **Claim key**: an sr25519 public key registered at issuance whose secret is printed under a
//!   scratch-off; its signature over [`claim_payload`] claims the item once.
//! - **Owner**: who claimed a claimed item, or whom its ownership was transferred to since
//!   (`TraceCode::claim`). An owner acts by signing [`ownership_payload`] with its account's
//!   key ([`Config::OwnerSignature`]); its steps are authorized general transactions.
//! - **Chip**: a secure element in the item (e.g. an NFC HaLo chip) whose public key
//!   ([`ChipKey`]) the merchant registers; it signs [`chip_challenge`] over a recent block hash,
//!   which a copied label cannot.
//! - **Tombstone**: a destroyed or decommissioned code. Codes are never removed, so a serial is
//!   never issued twice.
//!
//! ## Assumptions
//!
//! - GS1 company prefixes never overlap: the pallet refuses a prefix that another admitted
//!   prefix starts with, or that starts with another admitted prefix, in either order.
//! - Participants are never removed (only suspended), so every custodian stays a participant.
//! - Times are milliseconds since the Unix epoch from [`Config::Time`] (`pallet_timestamp`).
//! - A container's `height` is an upper bound that never shrinks: unpacking does not lower it.
//! - Certifications and recalls are records of their own, not entries of a code's history: a
//!   product recall concerns every code of the product at once.
//! - A code's history keeps a slot for every call that may still have to move it on: one for
//!   its destruction or decommissioning, one to resolve a pending handover, one to be unpacked,
//!   one per [`Config::MaxCodesPerCall`] codes packed in it. Inspections leave the last quarter
//!   free. So no sequence of calls, by anyone, leaves goods without a way on; governance's
//!   [`force_transfer_custody`](Pallet::force_transfer_custody) moves goods whose custodian
//!   cannot act any more.
//! - Only a sold item can be claimed; after the sale the supply chain's power over it ends, and
//!   after the claim only its owner may report it destroyed.
//! - Whoever makes the state grow holds a storage deposit on its own balance
//!   ([`HoldReason::StorageDeposit`], priced by [`Config::DepositPerItem`] and
//!   [`Config::DepositPerByte`], see [`Pallet::deposit_of`]); a code's deposit prepays its
//!   claim and the event that ends it, so consumers never pay. Records are never removed, so
//!   the holds are never released.
//! - The runtime puts `frame_system::AuthorizeCall` in its transaction extensions, so that
//!   [`Pallet::claim`], the ownership steps and [`Pallet::record_chip_scan`] can be submitted as
//!   general transactions without a fee-paying signer.
//! - Consumers hold nothing: the ownership steps and chip scans add history events nobody pays
//!   for. What they add is bounded per code: by [`Config::MaxEventsPerCode`], by one pending
//!   offer per code (removed when resolved), and for scans by [`Config::ChipScanInterval`]; the
//!   chip's own entry is prepaid by the merchant who registers it.
//! - An ownership transfer keeps the verdict [`Verdict::Claimed`], dated by the new owner's
//!   acceptance: a resold genuine item does not look like a copy to its new owner. The report
//!   counts the owners ([`TraceReport::owners`]) from the history.
//!
//! ## Interface
//!
//! ### Dispatchable Functions
//!
//! Governance ([`Config::AdminOrigin`]):
//! - [`admit_participant`](Pallet::admit_participant), [`update_participant`](Pallet::update_participant),
//!   [`suspend_participant`](Pallet::suspend_participant),
//!   [`reinstate_participant`](Pallet::reinstate_participant).
//! - [`force_transfer_custody`](Pallet::force_transfer_custody),
//!   [`force_revoke_certification`](Pallet::force_revoke_certification),
//!   [`lift_recall`](Pallet::lift_recall).
//!
//! Merchants:
//! - [`register_product`](Pallet::register_product), [`issue_codes`](Pallet::issue_codes),
//!   [`decommission`](Pallet::decommission), [`recall_product`](Pallet::recall_product),
//!   [`recall_lot`](Pallet::recall_lot) (the last two also for governance).
//!
//! Custodians:
//! - [`propose_handover`](Pallet::propose_handover), [`cancel_handover`](Pallet::cancel_handover),
//!   [`pack`](Pallet::pack), [`unpack`](Pallet::unpack), [`destroy`](Pallet::destroy).
//!
//! Recipients: [`accept_handover`](Pallet::accept_handover),
//! [`reject_handover`](Pallet::reject_handover).
//!
//! Customs: [`inspect`](Pallet::inspect). Retailers: [`sell`](Pallet::sell).
//! Certifiers: [`attest`](Pallet::attest), [`revoke_certification`](Pallet::revoke_certification).
//! Consumers: [`claim`](Pallet::claim) (authorized by the claim key, see
//! [`Pallet::authorize_claim`]).
//!
//! Owners (authorized by the acting account's signature):
//! [`propose_ownership_transfer`](Pallet::propose_ownership_transfer),
//! [`accept_ownership`](Pallet::accept_ownership) (by the next owner),
//! [`cancel_ownership_transfer`](Pallet::cancel_ownership_transfer),
//! [`hand_over_claim_secret`](Pallet::hand_over_claim_secret).
//!
//! Chips: [`register_chip`](Pallet::register_chip) (merchants);
//! [`record_chip_scan`](Pallet::record_chip_scan) (anyone, authorized by the chip's signature).
//!
//! ### Public Functions
//!
//! For the runtime API: [`Pallet::trace_report`] (a [`TraceReport`]), [`Pallet::verify`] (a
//! [`Verdict`]), [`Pallet::code_id`], and the pieces they are made of:
//! [`Pallet::code_status`], [`Pallet::effective_custodian`], [`Pallet::containers_of`],
//! [`Pallet::history`], [`Pallet::certifications_of`].
//!
//! For clients that sign: [`claim_payload`], [`ownership_payload`] and [`chip_challenge`] (pure,
//! given the genesis hash), or [`Pallet::claim_message`], [`Pallet::ownership_message`] and
//! [`Pallet::chip_challenge_at`] on chain; [`verify_chip`] checks a chip's answer off chain.

#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(
	not(test),
	deny(
		clippy::indexing_slicing,
		clippy::unwrap_used,
		clippy::expect_used,
		clippy::panic,
		clippy::arithmetic_side_effects
	)
)]

extern crate alloc;

pub use deposits::Footprint;
pub use pallet::*;
pub use report::{CertificationEntry, RedFlags, TraceReport, Verdict};
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod deposits;
mod features;
mod history;
pub mod migrations;
pub mod report;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

// The expansion of `#[pallet::storage]`, `#[pallet::error]` and `#[pallet::genesis_build]`
// spells out paths that are in scope here, which `unused_qualifications` would flag, and calls
// `expect` on metadata it builds itself, which `clippy::expect_used` would. The logic of the
// calls lives in `features/`, where both lints stay on.
#[allow(unused_qualifications, clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Mutate, MutateHold},
			Time,
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::{sr25519, H256};
	use sp_runtime::traits::{IdentifyAccount, Verify};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Default configurations of this pallet, for `#[derive_impl]`.
	pub mod config_preludes {
		use super::*;
		use frame_support::{
			derive_impl,
			traits::{ConstU32, ConstU64},
		};

		/// Small limits for tests.
		pub struct TestDefaultConfig;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			#[inject_runtime_type]
			type RuntimeEvent = ();
			#[inject_runtime_type]
			type RuntimeHoldReason = ();
			type WeightInfo = ();
			type StringLimit = ConstU32<32>;
			type MaxCompanyPrefixes = ConstU32<3>;
			type MaxCodesPerCall = ConstU32<10>;
			type MaxEventsPerCode = ConstU32<16>;
			type MaxNestingDepth = ConstU32<3>;
			type MaxChildrenPerContainer = ConstU32<8>;
			type MaxCertificationsPerSubject = ConstU32<3>;
			type MaxCertificationValidity = ConstU64<{ 100 * 365 * 24 * 3600 * 1000 }>;
			type ClaimPriority = ConstU64<{ TransactionPriority::MAX / 2 }>;
			type MaxChipChallengeAge = ConstU32<5>;
			type ChipScanInterval = ConstU32<10>;
		}
	}

	/// Configuration of the pallet.
	#[pallet::config(with_default)]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[pallet::no_default_bounds]
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// Governance: admits, updates, suspends and reinstates participants; may recall any
		/// product or lot.
		#[pallet::no_default]
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Block time in milliseconds since the Unix epoch (`pallet_timestamp`).
		#[pallet::no_default]
		type Time: Time<Moment = Moment>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;

		/// Longest free text (names, categories, reasons, location descriptions), in bytes.
		#[pallet::constant]
		type StringLimit: Get<u32>;

		/// Most GS1 company prefixes a participant owns.
		#[pallet::constant]
		type MaxCompanyPrefixes: Get<u32>;

		/// Most codes one call issues, packs or unpacks.
		#[pallet::constant]
		type MaxCodesPerCall: Get<u32>;

		/// Most trace events in the history of one code. The last one is kept for destruction
		/// or decommissioning.
		#[pallet::constant]
		type MaxEventsPerCode: Get<u32>;

		/// Most levels of containers around an item (an item in a case in a pallet: 2).
		#[pallet::constant]
		type MaxNestingDepth: Get<u32>;

		/// Most codes packed directly in one container.
		#[pallet::constant]
		type MaxChildrenPerContainer: Get<u32>;

		/// Most certifications (from distinct certifiers, revoked ones included) of one product
		/// or code.
		#[pallet::constant]
		type MaxCertificationsPerSubject: Get<u32>;

		/// Longest validity of a certification, in milliseconds from its attestation: an expiry
		/// further out is refused, so every expiry a certifier can set is a date every client
		/// can show.
		#[pallet::constant]
		type MaxCertificationValidity: Get<Moment>;

		/// Transaction-pool priority of the token-less transactions: [`Pallet::claim`], the
		/// ownership steps and [`Pallet::record_chip_scan`].
		#[pallet::constant]
		type ClaimPriority: Get<TransactionPriority>;

		/// The signature an owner, or the proposed next owner, makes of an ownership step
		/// ([`ownership_payload`]) with its account's key, so that owners need no tokens. A
		/// runtime with `MultiSignature` accounts takes `MultiSignature`: an sr25519 (or
		/// ed25519, ecdsa) signature by the account's key.
		#[pallet::no_default]
		type OwnerSignature: Verify<Signer = Self::OwnerSigner> + Parameter;

		/// Who makes an [`Config::OwnerSignature`]: names the account that signed.
		#[pallet::no_default]
		type OwnerSigner: IdentifyAccount<AccountId = Self::AccountId>;

		/// Most blocks from the block a chip signs ([`chip_challenge`]) to the block that
		/// records the scan: an older answer is refused. Less than `frame_system`'s
		/// `BlockHashCount`, since the block's hash must still be known.
		#[pallet::constant]
		type MaxChipChallengeAge: Get<u32>;

		/// Fewest blocks between two recorded scans of one chip: every scan takes a slot of the
		/// code's history that nobody pays for. At least [`Config::MaxChipChallengeAge`], so
		/// that no chip signature is recorded twice.
		#[pallet::constant]
		type ChipScanInterval: Get<u32>;

		/// The balance storage deposits are held on ([`HoldReason::StorageDeposit`]).
		#[pallet::no_default]
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The overarching hold reason.
		#[pallet::no_default_bounds]
		type RuntimeHoldReason: From<HoldReason>;

		/// Deposit held for every storage entry a participant's call adds (see
		/// [`Pallet::deposit_of`]).
		#[pallet::constant]
		#[pallet::no_default]
		type DepositPerItem: Get<BalanceOf<Self>>;

		/// Deposit held for every byte, key and value at their largest, a participant's call
		/// adds to the state (see [`Pallet::deposit_of`]).
		#[pallet::constant]
		#[pallet::no_default]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// Makes claim keys, owner accounts, chip keys and their signatures for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		#[pallet::no_default]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self::AccountId, Self::OwnerSignature>;
	}

	/// Why the pallet holds a participant's balance.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// For the state its calls added: records are never removed, so neither is the hold.
		#[codec(index = 0)]
		StorageDeposit,
	}

	/// Admitted participants, counted (`Participants::count`).
	#[pallet::storage]
	pub type Participants<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, Participant<T>>;

	/// The participant owning each GS1 company prefix.
	#[pallet::storage]
	pub type CompanyPrefixOwners<T: Config> =
		StorageMap<_, Blake2_128Concat, CompanyPrefix, T::AccountId>;

	/// How many admitted company prefixes start with each shorter prefix (of at least 4
	/// digits): `8012` counts `80123` and `8012345`. With [`CompanyPrefixOwners`] it lets
	/// admission refuse overlapping prefixes in either order with at most 9 reads.
	#[pallet::storage]
	pub type PrefixStems<T: Config> =
		StorageMap<_, Blake2_128Concat, CompanyPrefix, u32, ValueQuery>;

	/// Registered products by GTIN, counted (`Products::count`).
	#[pallet::storage]
	pub type Products<T: Config> = CountedStorageMap<_, Blake2_128Concat, Gtin, Product<T>>;

	/// Every trace code ever issued, by its key. Entries are never removed: a destroyed code is
	/// the tombstone that keeps its serial from being issued again. Counted (`Codes::count`):
	/// a `u32`, so at most 4,294,967,295 codes, checked.
	#[pallet::storage]
	pub type Codes<T: Config> = CountedStorageMap<_, Identity, CodeId, TraceCode<T>>;

	/// The history of each code: event `i` of code `c` at `(c, i)`, `i` in
	/// `0..TraceCode::event_count`. Append-only; at most [`Config::MaxEventsPerCode`] per code.
	#[pallet::storage]
	pub type History<T: Config> =
		StorageDoubleMap<_, Identity, CodeId, Twox64Concat, u32, TraceEvent<T>>;

	/// The codes packed directly in each container: `(container, item)`. Mirrors
	/// `TraceCode::parent` and is counted by `TraceCode::children`.
	#[pallet::storage]
	pub type Children<T: Config> = StorageDoubleMap<_, Identity, CodeId, Identity, CodeId, ()>;

	/// Certifications by subject and certifier.
	#[pallet::storage]
	pub type Certifications<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		CertSubject,
		Blake2_128Concat,
		T::AccountId,
		Certification,
	>;

	/// Number of [`Certifications`] of each subject, at most
	/// [`Config::MaxCertificationsPerSubject`].
	#[pallet::storage]
	pub type CertificationCount<T: Config> =
		StorageMap<_, Blake2_128Concat, CertSubject, u32, ValueQuery>;

	/// Recalled lots by GTIN and lot.
	#[pallet::storage]
	pub type RecalledLots<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, Gtin, Blake2_128Concat, Lot, Recall<T>>;

	/// The recalls of each product (its own and its lots') that governance lifted, oldest
	/// first. Never removed: a lifted recall stays on the record.
	#[pallet::storage]
	pub type LiftedRecalls<T: Config> =
		StorageMap<_, Blake2_128Concat, Gtin, LiftedRecallsOf<T>, ValueQuery>;

	/// The pending ownership transfer of each claimed code, at most one: its owner offered it,
	/// the next owner has not accepted yet. Removed when accepted or cancelled.
	#[pallet::storage]
	pub type OwnershipOffers<T: Config> = StorageMap<_, Identity, CodeId, OwnershipOffer<T>>;

	/// The chip of each code that has one, with the block of its last recorded scan. Never
	/// removed; one per code, prepaid by the merchant who registered it.
	#[pallet::storage]
	pub type Chips<T: Config> = StorageMap<_, Identity, CodeId, ChipRecord<T>>;

	/// Participants admitted at genesis.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(account, role bits, name, company prefixes)` of each participant; see [`Roles`]
		/// for the bits.
		pub participants: Vec<GenesisParticipant<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		// A chain spec that does not build must fail loudly, at build time, not later.
		fn build(&self) {
			for (who, roles, name, prefixes) in &self.participants {
				let name = TextOf::<T>::try_from(name.clone()).expect("genesis: name too long");
				let prefixes = prefixes
					.iter()
					.map(|p| CompanyPrefix::try_from(p.clone()))
					.collect::<Result<Vec<_>, _>>()
					.ok()
					.and_then(|p| CompanyPrefixesOf::<T>::try_from(p).ok())
					.expect("genesis: too many or too long company prefixes");
				Pallet::<T>::do_admit_participant(
					who.clone(),
					Roles::from_bits(*roles),
					name,
					prefixes,
				)
				.expect("genesis: invalid participant");
			}
		}
	}

	/// Events of the pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance admitted a participant.
		ParticipantAdmitted {
			/// The participant.
			who: T::AccountId,
			/// Its roles.
			roles: Roles,
		},
		/// Governance changed a participant's roles, name or prefixes.
		ParticipantUpdated {
			/// The participant.
			who: T::AccountId,
			/// Its roles now.
			roles: Roles,
		},
		/// Governance suspended a participant.
		ParticipantSuspended {
			/// The participant.
			who: T::AccountId,
		},
		/// Governance lifted a participant's suspension.
		ParticipantReinstated {
			/// The participant.
			who: T::AccountId,
		},
		/// A merchant registered a product.
		ProductRegistered {
			/// The product.
			gtin: Gtin,
			/// The merchant.
			merchant: T::AccountId,
		},
		/// A merchant issued a trace code.
		CodeIssued {
			/// The code's key.
			code: CodeId,
			/// Its product.
			gtin: Gtin,
			/// Its serial.
			serial: Serial,
			/// The merchant, its first custodian.
			merchant: T::AccountId,
		},
		/// A custodian proposed to hand a code over.
		HandoverProposed {
			/// The code.
			code: CodeId,
			/// The custodian.
			from: T::AccountId,
			/// The proposed recipient.
			to: T::AccountId,
			/// Where the item left.
			location: Option<Location<T>>,
		},
		/// The recipient accepted a handover and is the custodian now.
		HandoverAccepted {
			/// The code.
			code: CodeId,
			/// The former custodian.
			from: T::AccountId,
			/// The new custodian.
			to: T::AccountId,
			/// Where the item arrived.
			location: Option<Location<T>>,
		},
		/// The recipient rejected a handover; the custodian is unchanged.
		HandoverRejected {
			/// The code.
			code: CodeId,
			/// The custodian.
			from: T::AccountId,
			/// The recipient who rejected.
			to: T::AccountId,
			/// Why.
			reason: TextOf<T>,
		},
		/// The custodian withdrew a proposed handover.
		HandoverCancelled {
			/// The code.
			code: CodeId,
			/// The custodian.
			from: T::AccountId,
			/// The recipient that was proposed.
			to: T::AccountId,
		},
		/// Governance moved custody of a code, cancelling its pending handover if any.
		CustodyForced {
			/// The code.
			code: CodeId,
			/// The former custodian.
			from: T::AccountId,
			/// The new custodian.
			to: T::AccountId,
			/// The recipient of the handover that was cancelled, if one was pending.
			cancelled: Option<T::AccountId>,
			/// Why.
			reason: TextOf<T>,
		},
		/// Codes were packed into a container.
		Packed {
			/// The container.
			container: CodeId,
			/// The codes packed in.
			items: CodeListOf<T>,
		},
		/// Codes were taken out of a container.
		Unpacked {
			/// The container.
			container: CodeId,
			/// The codes taken out.
			items: CodeListOf<T>,
		},
		/// A code was inspected.
		Inspected {
			/// The code.
			code: CodeId,
			/// The inspector.
			inspector: T::AccountId,
			/// The result.
			outcome: InspectionOutcome,
			/// Digest of the inspection report.
			document: Option<H256>,
		},
		/// A retailer sold an item.
		Sold {
			/// The code.
			code: CodeId,
			/// The retailer.
			retailer: T::AccountId,
		},
		/// A code was destroyed; it is a tombstone now.
		Destroyed {
			/// The code.
			code: CodeId,
			/// Who destroyed it.
			by: T::AccountId,
			/// Why.
			reason: TextOf<T>,
		},
		/// A merchant withdrew a code; it is a tombstone now.
		Decommissioned {
			/// The code.
			code: CodeId,
			/// The issuing merchant.
			by: T::AccountId,
			/// Why.
			reason: TextOf<T>,
		},
		/// A consumer claimed an item with its hidden secret.
		Claimed {
			/// The code.
			code: CodeId,
			/// The account the claim was made for.
			by: T::AccountId,
		},
		/// A certifier attested a product or code.
		Attested {
			/// What was attested.
			subject: CertSubject,
			/// The certifier.
			certifier: T::AccountId,
			/// Digest of the certificate.
			digest: H256,
			/// When it expires, if ever.
			expires_at: Option<Moment>,
		},
		/// A certifier revoked its certification.
		CertificationRevoked {
			/// What had been attested.
			subject: CertSubject,
			/// The certifier.
			certifier: T::AccountId,
		},
		/// Governance revoked a certifier's certification.
		CertificationRevokedByGovernance {
			/// What had been attested.
			subject: CertSubject,
			/// The certifier.
			certifier: T::AccountId,
			/// Why.
			reason: TextOf<T>,
		},
		/// Governance lifted the recall of a product (`lot` `None`) or of a lot.
		RecallLifted {
			/// The product.
			gtin: Gtin,
			/// The lot, for a lot recall.
			lot: Option<Lot>,
			/// Why.
			reason: TextOf<T>,
		},
		/// A product was recalled.
		ProductRecalled {
			/// The product.
			gtin: Gtin,
			/// The merchant, or `None` for governance.
			by: Option<T::AccountId>,
			/// Why.
			reason: TextOf<T>,
		},
		/// A lot of a product was recalled.
		LotRecalled {
			/// The product.
			gtin: Gtin,
			/// The lot.
			lot: Lot,
			/// The merchant, or `None` for governance.
			by: Option<T::AccountId>,
			/// Why.
			reason: TextOf<T>,
		},
		/// The owner of a claimed item offered it to a next owner.
		OwnershipOffered {
			/// The code.
			code: CodeId,
			/// The owner.
			owner: T::AccountId,
			/// The proposed next owner.
			to: T::AccountId,
		},
		/// The next owner accepted: it owns the item now.
		OwnershipTransferred {
			/// The code.
			code: CodeId,
			/// The former owner.
			from: T::AccountId,
			/// The new owner.
			to: T::AccountId,
		},
		/// The owner withdrew its offer; it still owns the item.
		OwnershipOfferCancelled {
			/// The code.
			code: CodeId,
			/// The owner.
			owner: T::AccountId,
			/// The proposed next owner of the offer withdrawn.
			to: T::AccountId,
		},
		/// The owner registered a new claim key and gave the item up: whoever holds its secret
		/// claims the item next.
		ClaimSecretHandedOver {
			/// The code.
			code: CodeId,
			/// The former owner.
			owner: T::AccountId,
			/// The new claim key.
			claim_key: sr25519::Public,
		},
		/// A merchant registered the chip of a code.
		ChipRegistered {
			/// The code.
			code: CodeId,
			/// The chip's public key.
			key: ChipKey,
		},
		/// A scan of a code's chip was recorded: the chip signed the challenge of a recent block.
		ChipScanned {
			/// The code.
			code: CodeId,
			/// The block whose hash the chip signed.
			challenge_block: BlockNumberFor<T>,
		},
	}

	/// Errors of the pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The signer is not an admitted participant.
		NotAdmitted,
		/// The account is already an admitted participant.
		AlreadyAdmitted,
		/// The participant is suspended.
		Suspended,
		/// The participant is already suspended.
		AlreadySuspended,
		/// The participant is not suspended.
		NotSuspended,
		/// The role set is empty or has unknown bits.
		InvalidRoles,
		/// The signer lacks the role the call needs.
		MissingRole,
		/// A company prefix is not 4 to 12 digits.
		InvalidCompanyPrefix,
		/// A company prefix is owned by another participant or listed twice.
		PrefixTaken,
		/// The GTIN is not 14 digits with a correct check digit.
		InvalidGtin,
		/// The GTIN is not within one of the merchant's company prefixes.
		GtinNotInCompanyPrefix,
		/// The country is not an ISO 3166-1 alpha-2 code.
		InvalidCountry,
		/// A product with this GTIN already exists.
		AlreadyExists,
		/// No product with this GTIN.
		ProductNotFound,
		/// The signer is not the merchant of the product or code.
		NotIssuer,
		/// The product is recalled: no new codes.
		ProductRecalled,
		/// The lot is recalled: no new codes.
		LotRecalled,
		/// The batch holds no code.
		EmptyBatch,
		/// A serial is empty, too long or has characters outside GS1 character set 82.
		InvalidSerial,
		/// A lot is empty, too long or has characters outside GS1 character set 82.
		InvalidLot,
		/// A code with this GTIN and serial was issued before (maybe destroyed since).
		SerialAlreadyIssued,
		/// The batch lists the same serial twice.
		DuplicateSerial,
		/// A location says nothing, or has a bad GLN or out-of-range coordinates.
		InvalidLocation,
		/// The declared purchase time is after the block time.
		PurchaseTimeInFuture,
		/// The declared time is after the block time.
		DeclaredTimeInFuture,
		/// No code with this key.
		CodeNotFound,
		/// The signer is not the code's custodian.
		NotCustodian,
		/// The signer is not the recipient of the pending handover.
		NotRecipient,
		/// The recipient is not an admitted participant.
		RecipientNotAdmitted,
		/// The recipient is suspended.
		RecipientSuspended,
		/// The recipient has no role that takes custody (merchant, carrier, customs, retailer).
		RecipientMissingRole,
		/// The custodian cannot hand over to itself.
		SelfHandover,
		/// A handover of the code is pending.
		HandoverPending,
		/// No handover of the code is pending.
		NoPendingHandover,
		/// The code is destroyed.
		CodeDestroyed,
		/// The code is decommissioned.
		CodeDecommissioned,
		/// The code is sold.
		CodeSold,
		/// The code is claimed: a second claim, or custody of a claimed item, is refused.
		CodeClaimed,
		/// The code is packed in a container: act on the container or unpack it first.
		CodePacked,
		/// The item is already packed in a container.
		AlreadyPacked,
		/// The item is not packed in this container.
		NotInContainer,
		/// The list names the same code twice.
		DuplicateItem,
		/// Packing would put a container inside itself.
		WouldCreateCycle,
		/// Packing would nest containers deeper than [`Config::MaxNestingDepth`].
		TooDeep,
		/// The container would hold more than [`Config::MaxChildrenPerContainer`] codes.
		ContainerFull,
		/// The container still holds codes: unpack them first.
		ContainerNotEmpty,
		/// The code's history is full.
		HistoryFull,
		/// The code has no claim key.
		ClaimKeyMissing,
		/// The signature is not the claim key's over the code and claimer.
		BadClaimSignature,
		/// The subject has [`Config::MaxCertificationsPerSubject`] certifications already.
		TooManyCertifications,
		/// The certifier has no certification of this subject.
		CertificationNotFound,
		/// The certification is revoked already.
		AlreadyRevoked,
		/// The expiry is not after the block time.
		ExpiryInPast,
		/// The product or lot is recalled already.
		AlreadyRecalled,
		/// A company prefix starts with, or is the start of, a prefix of another participant
		/// (or of another prefix in the list).
		PrefixOverlaps,
		/// The signer is not the owner (the claimer) of the claimed item.
		NotOwner,
		/// The expiry is further than [`Config::MaxCertificationValidity`] from the block time.
		ExpiryTooFar,
		/// The product or lot is not recalled.
		NotRecalled,
		/// The product has [`MAX_LIFTED_RECALLS`] lifted recalls already.
		TooManyLiftedRecalls,
		/// The item is not sold yet: only a sold item can be claimed.
		NotSold,
		/// The code has no owner to act for it: it is not claimed (not sold yet, or sold and
		/// not claimed, or its owner handed the claim secret over and nobody claimed it since).
		NotClaimed,
		/// An ownership transfer of the code is pending: the owner cancels it, or the next
		/// owner accepts it, first.
		OwnershipOfferPending,
		/// No ownership transfer of the code is pending.
		NoOwnershipOffer,
		/// The owner cannot transfer the item to itself.
		SelfTransfer,
		/// The signature is not the acting account's over this ownership step
		/// ([`Pallet::ownership_message`]): signed by another account, for another step, party
		/// or claim key, or for an earlier state of the code (its nonce, `event_count`, moved
		/// on), or for another chain.
		BadOwnershipSignature,
		/// The new claim key is the code's current one, whose secret others may know and whose
		/// past claims anyone could replay: hand over a fresh key.
		ClaimKeyUnchanged,
		/// The code has no chip.
		ChipNotRegistered,
		/// The code has a chip already; a chip is never replaced.
		ChipAlreadyRegistered,
		/// The chip key is malformed: a secp256k1 key must be a compressed point, starting
		/// with `0x02` or `0x03`.
		InvalidChipKey,
		/// The block the chip signed is more than [`Config::MaxChipChallengeAge`] blocks old.
		StaleChipChallenge,
		/// The chip signed no block this chain knows the hash of: the block is not before the
		/// current one.
		UnknownChipChallenge,
		/// A scan of the code's chip was recorded less than [`Config::ChipScanInterval`]
		/// blocks ago.
		ChipScanTooSoon,
		/// The signature is not the code's chip's over [`Pallet::chip_challenge_at`] of the
		/// block, or is of another scheme than the chip's key.
		BadChipSignature,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			let positive = [
				("StringLimit", T::StringLimit::get()),
				("MaxCompanyPrefixes", T::MaxCompanyPrefixes::get()),
				("MaxCodesPerCall", T::MaxCodesPerCall::get()),
				("MaxEventsPerCode", T::MaxEventsPerCode::get()),
				("MaxNestingDepth", T::MaxNestingDepth::get()),
				("MaxChildrenPerContainer", T::MaxChildrenPerContainer::get()),
				("MaxCertificationsPerSubject", T::MaxCertificationsPerSubject::get()),
			];
			for (name, value) in positive {
				assert!(value > 0, "{name} must be greater than zero");
			}
			assert!(
				T::MaxEventsPerCode::get() >= 2,
				"MaxEventsPerCode must leave room for commissioning and destruction"
			);
			assert!(
				T::MaxNestingDepth::get() < u32::from(u8::MAX),
				"MaxNestingDepth must fit the u8 height of a code"
			);
			assert!(T::ClaimPriority::get() > 0, "ClaimPriority must be greater than zero");
			assert!(
				T::MaxChipChallengeAge::get() > 0,
				"MaxChipChallengeAge must be greater than zero"
			);
			assert!(
				BlockNumberFor::<T>::from(T::MaxChipChallengeAge::get())
					< <T as frame_system::Config>::BlockHashCount::get(),
				"MaxChipChallengeAge must be less than BlockHashCount: the signed block's hash \
				 must still be known"
			);
			assert!(
				T::ChipScanInterval::get() >= T::MaxChipChallengeAge::get(),
				"ChipScanInterval must be at least MaxChipChallengeAge, so that no chip signature \
				 is recorded twice"
			);
			assert!(
				T::MaxCertificationValidity::get() > 0,
				"MaxCertificationValidity must be greater than zero"
			);
			// A fresh code holds its commissioning event and keeps a slot for its destruction;
			// a container packed full keeps one slot per batch to unpack it; inspections leave
			// a quarter of the slots free.
			let batches =
				T::MaxChildrenPerContainer::get().div_ceil(T::MaxCodesPerCall::get().max(1));
			assert!(
				(T::MaxEventsPerCode::get() / 4).saturating_mul(3) >= batches.saturating_add(4),
				"MaxEventsPerCode must leave room to unpack a full container beside inspections"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Admits `who` as a participant with `roles`, a display `name` and the GS1
		/// `company_prefixes` it owns.
		///
		/// - Origin: [`Config::AdminOrigin`].
		/// - Emits [`Event::ParticipantAdmitted`].
		/// - Complexity: O(p), p = number of prefixes.
		///
		/// ## Errors
		/// - [`Error::AlreadyAdmitted`]: `who` is a participant already.
		/// - [`Error::InvalidRoles`]: `roles` is empty or has unknown bits.
		/// - [`Error::InvalidCompanyPrefix`]: a prefix is not 4 to 12 digits.
		/// - [`Error::PrefixTaken`]: a prefix is owned by someone else or listed twice.
		/// - [`Error::PrefixOverlaps`]: a prefix starts with, or is the start of, another
		///   participant's prefix or another prefix of the list.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::admit_participant(company_prefixes.len() as u32))]
		pub fn admit_participant(
			origin: OriginFor<T>,
			who: T::AccountId,
			roles: Roles,
			name: TextOf<T>,
			company_prefixes: CompanyPrefixesOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_admit_participant(who, roles, name, company_prefixes)
		}

		/// Replaces the roles, name and company prefixes of participant `who`.
		///
		/// Prefixes no longer listed are released; products already registered stay with
		/// their merchant.
		///
		/// - Origin: [`Config::AdminOrigin`].
		/// - Emits [`Event::ParticipantUpdated`].
		/// - Complexity: O(p), p = number of old and new prefixes.
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`]: `who` is not a participant.
		/// - [`Error::InvalidRoles`], [`Error::InvalidCompanyPrefix`], [`Error::PrefixTaken`],
		///   [`Error::PrefixOverlaps`]: as for [`Pallet::admit_participant`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_participant(company_prefixes.len() as u32))]
		pub fn update_participant(
			origin: OriginFor<T>,
			who: T::AccountId,
			roles: Roles,
			name: TextOf<T>,
			company_prefixes: CompanyPrefixesOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_update_participant(who, roles, name, company_prefixes)
		}

		/// Suspends participant `who`: it can call nothing and receive no handover until
		/// reinstated.
		///
		/// - Origin: [`Config::AdminOrigin`].
		/// - Emits [`Event::ParticipantSuspended`].
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`]: `who` is not a participant.
		/// - [`Error::AlreadySuspended`]: `who` is suspended already.
		#[pallet::call_index(2)]
		pub fn suspend_participant(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_suspended(who, true)
		}

		/// Lifts the suspension of participant `who`.
		///
		/// - Origin: [`Config::AdminOrigin`].
		/// - Emits [`Event::ParticipantReinstated`].
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`]: `who` is not a participant.
		/// - [`Error::NotSuspended`]: `who` is not suspended.
		#[pallet::call_index(3)]
		pub fn reinstate_participant(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_suspended(who, false)
		}

		/// Registers the product `gtin` with its `name`, `category`, `country` of origin
		/// (ISO 3166-1 alpha-2) and the digest of its product sheet.
		///
		/// - Origin: signed by a merchant owning a company prefix of `gtin`.
		/// - Emits [`Event::ProductRegistered`].
		/// - Complexity: O(p), p = the merchant's prefixes.
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (merchant).
		/// - [`Error::InvalidGtin`]: not 14 digits with a correct check digit.
		/// - [`Error::GtinNotInCompanyPrefix`]: not within one of the merchant's prefixes.
		/// - [`Error::InvalidCountry`]: not an ISO 3166-1 alpha-2 code.
		/// - [`Error::AlreadyExists`]: the GTIN is registered already.
		#[pallet::call_index(4)]
		pub fn register_product(
			origin: OriginFor<T>,
			gtin: Gtin,
			name: TextOf<T>,
			category: TextOf<T>,
			country: CountryCode,
			sheet_digest: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_product(who, gtin, name, category, country, sheet_digest)
		}

		/// Issues one trace code per item of `items` for product `gtin`; the merchant becomes
		/// their custodian and each gets a commissioning event.
		///
		/// `purchase_location`, `purchased_at` (declared, not after the block time) and
		/// `officer_commitment` (a salted hash of the procurement officer) are recorded on
		/// every code of the batch.
		///
		/// - Origin: signed by the product's merchant.
		/// - Emits [`Event::CodeIssued`] per code.
		/// - Complexity: O(n), n = `items.len()` ≤ [`Config::MaxCodesPerCall`].
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (merchant).
		/// - [`Error::ProductNotFound`]; [`Error::NotIssuer`]: not the product's merchant.
		/// - [`Error::ProductRecalled`], [`Error::LotRecalled`].
		/// - [`Error::EmptyBatch`], [`Error::InvalidSerial`], [`Error::InvalidLot`].
		/// - [`Error::SerialAlreadyIssued`]: ever issued before; [`Error::DuplicateSerial`]:
		///   twice in the batch.
		/// - [`Error::InvalidLocation`], [`Error::PurchaseTimeInFuture`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::issue_codes(items.len() as u32))]
		pub fn issue_codes(
			origin: OriginFor<T>,
			gtin: Gtin,
			items: BoundedVec<IssueItem, T::MaxCodesPerCall>,
			purchase_location: Location<T>,
			purchased_at: Moment,
			officer_commitment: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_issue_codes(
				who,
				gtin,
				items,
				purchase_location,
				purchased_at,
				officer_commitment,
			)
		}

		/// Proposes to hand `code` (and everything packed in it) over to `to`. The code is in
		/// transit until `to` accepts or rejects, or the custodian cancels.
		///
		/// - Origin: signed by the code's custodian.
		/// - Emits [`Event::HandoverProposed`]; appends a `shipping` event.
		/// - Complexity: O(1), whatever the container holds.
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (merchant,
		///   carrier, customs or retailer); [`Error::CodeNotFound`].
		/// - [`Error::NotCustodian`]; [`Error::CodePacked`]: act on the outermost container.
		/// - [`Error::HandoverPending`], [`Error::CodeSold`], [`Error::CodeClaimed`],
		///   [`Error::CodeDestroyed`], [`Error::CodeDecommissioned`].
		/// - [`Error::SelfHandover`], [`Error::RecipientNotAdmitted`],
		///   [`Error::RecipientSuspended`], [`Error::RecipientMissingRole`].
		/// - [`Error::InvalidLocation`], [`Error::DeclaredTimeInFuture`], [`Error::HistoryFull`].
		#[pallet::call_index(6)]
		pub fn propose_handover(
			origin: OriginFor<T>,
			code: CodeId,
			to: T::AccountId,
			location: Option<Location<T>>,
			declared_at: Option<Moment>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_propose_handover(who, code, to, location, declared_at)
		}

		/// Accepts the pending handover of `code`: the signer becomes its custodian.
		///
		/// - Origin: signed by the named recipient.
		/// - Emits [`Event::HandoverAccepted`]; appends a `receiving` event.
		/// - Complexity: O(1), whatever the container holds.
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (merchant,
		///   carrier, customs or retailer); [`Error::CodeNotFound`].
		/// - [`Error::NoPendingHandover`], [`Error::NotRecipient`].
		/// - [`Error::InvalidLocation`], [`Error::DeclaredTimeInFuture`], [`Error::HistoryFull`].
		#[pallet::call_index(7)]
		pub fn accept_handover(
			origin: OriginFor<T>,
			code: CodeId,
			location: Option<Location<T>>,
			declared_at: Option<Moment>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_handover(who, code, location, declared_at)
		}

		/// Rejects the pending handover of `code`, with a `reason`; the custodian keeps it.
		///
		/// - Origin: signed by the named recipient.
		/// - Emits [`Event::HandoverRejected`]; appends a `void_shipping` event.
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (merchant,
		///   carrier, customs or retailer); [`Error::CodeNotFound`].
		/// - [`Error::NoPendingHandover`], [`Error::NotRecipient`], [`Error::HistoryFull`].
		#[pallet::call_index(8)]
		pub fn reject_handover(
			origin: OriginFor<T>,
			code: CodeId,
			reason: TextOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reject_handover(who, code, reason)
		}

		/// Withdraws the pending handover of `code`.
		///
		/// - Origin: signed by the custodian who proposed it.
		/// - Emits [`Event::HandoverCancelled`]; appends a `void_shipping` event.
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (merchant,
		///   carrier, customs or retailer); [`Error::CodeNotFound`].
		/// - [`Error::NoPendingHandover`], [`Error::NotCustodian`], [`Error::HistoryFull`].
		#[pallet::call_index(9)]
		pub fn cancel_handover(origin: OriginFor<T>, code: CodeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_handover(who, code)
		}

		/// Packs `items` into `container`. The items then travel with the container: their
		/// custodian is the container's, and they cannot be handed over, sold, claimed or
		/// destroyed on their own until unpacked.
		///
		/// - Origin: signed by the custodian of the container and of every item.
		/// - Emits [`Event::Packed`]; appends a `packing` event to the container and each item.
		/// - Complexity: O(n + d), n = `items.len()`, d = [`Config::MaxNestingDepth`].
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (merchant,
		///   carrier, customs or retailer); [`Error::CodeNotFound`].
		/// - [`Error::NotCustodian`]; [`Error::HandoverPending`] (on the container's outermost
		///   container too), [`Error::CodeSold`], [`Error::CodeClaimed`],
		///   [`Error::CodeDestroyed`], [`Error::CodeDecommissioned`].
		/// - [`Error::EmptyBatch`], [`Error::DuplicateItem`], [`Error::AlreadyPacked`].
		/// - [`Error::WouldCreateCycle`], [`Error::TooDeep`], [`Error::ContainerFull`].
		/// - [`Error::InvalidLocation`], [`Error::HistoryFull`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::pack(items.len() as u32))]
		pub fn pack(
			origin: OriginFor<T>,
			container: CodeId,
			items: CodeListOf<T>,
			location: Option<Location<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_pack(who, container, items, location)
		}

		/// Takes `items` out of `container`; their custodian becomes the container's.
		///
		/// - Origin: signed by the custodian of the container (of its outermost container).
		/// - Emits [`Event::Unpacked`]; appends an `unpacking` event to the container and each
		///   item.
		/// - Complexity: O(n + d), n = `items.len()`, d = [`Config::MaxNestingDepth`].
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (merchant,
		///   carrier, customs or retailer); [`Error::CodeNotFound`].
		/// - [`Error::NotCustodian`], [`Error::HandoverPending`].
		/// - [`Error::EmptyBatch`], [`Error::DuplicateItem`], [`Error::NotInContainer`].
		/// - [`Error::InvalidLocation`]; [`Error::HistoryFull`]: the container's history keeps one
		///   slot per [`Config::MaxCodesPerCall`] codes it holds; when that is all it has left,
		///   unpack a full batch (or everything) at once.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::unpack(items.len() as u32))]
		pub fn unpack(
			origin: OriginFor<T>,
			container: CodeId,
			items: CodeListOf<T>,
			location: Option<Location<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unpack(who, container, items, location)
		}

		/// Records an inspection of `code` with its `outcome` and the digest of the report.
		///
		/// - Origin: signed by a customs participant.
		/// - Emits [`Event::Inspected`]; appends an `inspecting` event.
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (customs).
		/// - [`Error::CodeNotFound`], [`Error::CodeDestroyed`], [`Error::CodeDecommissioned`].
		/// - [`Error::InvalidLocation`], [`Error::DeclaredTimeInFuture`], [`Error::HistoryFull`].
		#[pallet::call_index(12)]
		pub fn inspect(
			origin: OriginFor<T>,
			code: CodeId,
			outcome: InspectionOutcome,
			location: Option<Location<T>>,
			declared_at: Option<Moment>,
			document: Option<H256>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_inspect(who, code, outcome, location, declared_at, document)
		}

		/// Marks `code` sold to a consumer.
		///
		/// - Origin: signed by a retailer holding the item.
		/// - Emits [`Event::Sold`]; appends a `retail_selling` event.
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (retailer).
		/// - [`Error::CodeNotFound`], [`Error::NotCustodian`], [`Error::CodePacked`],
		///   [`Error::ContainerNotEmpty`].
		/// - [`Error::HandoverPending`], [`Error::CodeSold`], [`Error::CodeClaimed`],
		///   [`Error::CodeDestroyed`], [`Error::CodeDecommissioned`].
		/// - [`Error::ProductRecalled`], [`Error::LotRecalled`]: a recalled item is not sold.
		/// - [`Error::InvalidLocation`], [`Error::DeclaredTimeInFuture`], [`Error::HistoryFull`].
		#[pallet::call_index(13)]
		pub fn sell(
			origin: OriginFor<T>,
			code: CodeId,
			location: Option<Location<T>>,
			declared_at: Option<Moment>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_sell(who, code, location, declared_at)
		}

		/// Destroys `code` with a `reason`. The code stays as a tombstone; every later call on
		/// it fails with [`Error::CodeDestroyed`].
		///
		/// Before the sale the custodian or the issuing merchant destroys; a sold item is out
		/// of the supply chain's hands; a claimed item is its owner's, who alone may report it
		/// destroyed (without being a participant).
		///
		/// - Origin: signed by the custodian or the issuing merchant, with a custody role; for
		///   a claimed code, by its owner (its claimer, or whom it was transferred to since).
		/// - Emits [`Event::Destroyed`]; appends a `destroying` event.
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::CodeNotFound`]; [`Error::NotOwner`]: a claimed code, not its owner;
		///   [`Error::OwnershipOfferPending`]: a claimed code its owner offered to someone.
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`].
		/// - [`Error::NotCustodian`]: neither custodian nor issuer.
		/// - [`Error::CodeDestroyed`], [`Error::CodeDecommissioned`], [`Error::HandoverPending`],
		///   [`Error::CodeSold`].
		/// - [`Error::CodePacked`], [`Error::ContainerNotEmpty`].
		/// - [`Error::InvalidLocation`], [`Error::DeclaredTimeInFuture`], [`Error::HistoryFull`].
		#[pallet::call_index(14)]
		pub fn destroy(
			origin: OriginFor<T>,
			code: CodeId,
			reason: TextOf<T>,
			location: Option<Location<T>>,
			declared_at: Option<Moment>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_destroy(who, code, reason, location, declared_at)
		}

		/// Withdraws `code` (e.g. a misprinted label) with a `reason`, before it is sold.
		/// Terminal like destruction; later calls fail with [`Error::CodeDecommissioned`].
		///
		/// - Origin: signed by the issuing merchant.
		/// - Emits [`Event::Decommissioned`]; appends a `decommissioning` event.
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (merchant);
		///   [`Error::CodeNotFound`].
		/// - [`Error::NotIssuer`].
		/// - [`Error::CodeDestroyed`], [`Error::CodeDecommissioned`], [`Error::HandoverPending`],
		///   [`Error::CodeSold`], [`Error::CodeClaimed`].
		/// - [`Error::CodePacked`], [`Error::ContainerNotEmpty`], [`Error::HistoryFull`].
		#[pallet::call_index(15)]
		pub fn decommission(
			origin: OriginFor<T>,
			code: CodeId,
			reason: TextOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_decommission(who, code, reason)
		}

		/// Claims `code` for `claimer` with `signature`, the claim key's sr25519 signature over
		/// [`Pallet::claim_message`]`(code, claimer)` (the [`claim_payload`] with this chain's
		/// genesis hash). Works once per code, and only once it is sold.
		///
		/// Needs no fee-paying signer: the transaction is validated by
		/// [`Pallet::authorize_claim`] (through `frame_system::AuthorizeCall`), which admits at
		/// most one claim of a code into the pool.
		///
		/// - Origin: `frame_system::Origin::Authorized`.
		/// - Emits [`Event::Claimed`]; appends a `claiming` event.
		/// - Complexity: O(1) plus one signature verification.
		///
		/// ## Errors
		/// - [`Error::CodeNotFound`], [`Error::ClaimKeyMissing`], [`Error::CodeClaimed`].
		/// - [`Error::NotSold`], [`Error::HandoverPending`], [`Error::CodeDestroyed`],
		///   [`Error::CodeDecommissioned`].
		/// - [`Error::BadClaimSignature`], [`Error::HistoryFull`].
		#[pallet::call_index(16)]
		#[pallet::authorize(Self::authorize_claim)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_claim())]
		pub fn claim(
			origin: OriginFor<T>,
			code: CodeId,
			claimer: T::AccountId,
			signature: sr25519::Signature,
		) -> DispatchResult {
			ensure_authorized(origin)?;
			Self::do_claim(code, claimer, signature)
		}

		/// Attests `subject` with the digest of a certificate, valid until `expires_at` if
		/// given. A certifier attesting the same subject again replaces its certification.
		///
		/// - Origin: signed by a certifier.
		/// - Emits [`Event::Attested`].
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (certifier).
		/// - [`Error::ProductNotFound`], [`Error::CodeNotFound`], [`Error::CodeDestroyed`],
		///   [`Error::CodeDecommissioned`].
		/// - [`Error::ExpiryInPast`], [`Error::ExpiryTooFar`], [`Error::TooManyCertifications`].
		#[pallet::call_index(17)]
		pub fn attest(
			origin: OriginFor<T>,
			subject: CertSubject,
			digest: H256,
			expires_at: Option<Moment>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_attest(who, subject, digest, expires_at)
		}

		/// Revokes the signer's certification of `subject`. The record stays, marked revoked.
		///
		/// - Origin: signed by the certifier who attested, even if it lost the certifier role
		///   since.
		/// - Emits [`Event::CertificationRevoked`].
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`].
		/// - [`Error::CertificationNotFound`], [`Error::AlreadyRevoked`].
		#[pallet::call_index(18)]
		pub fn revoke_certification(origin: OriginFor<T>, subject: CertSubject) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_revoke_certification(who, subject)
		}

		/// Recalls product `gtin` with a `reason`: every code of it shows the recall, and no
		/// new codes can be issued.
		///
		/// - Origin: [`Config::AdminOrigin`], or signed by the product's merchant.
		/// - Emits [`Event::ProductRecalled`].
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (signed
		///   origin, merchant).
		/// - [`Error::ProductNotFound`], [`Error::NotIssuer`], [`Error::AlreadyRecalled`].
		#[pallet::call_index(19)]
		pub fn recall_product(
			origin: OriginFor<T>,
			gtin: Gtin,
			reason: TextOf<T>,
		) -> DispatchResult {
			let by = Self::ensure_admin_or_signed(origin)?;
			Self::do_recall_product(by, gtin, reason)
		}

		/// Recalls `lot` of product `gtin` with a `reason`: every code of the lot shows the
		/// recall, and no new codes can be issued in it.
		///
		/// - Origin: [`Config::AdminOrigin`], or signed by the product's merchant.
		/// - Emits [`Event::LotRecalled`].
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (signed
		///   origin, merchant).
		/// - [`Error::ProductNotFound`], [`Error::NotIssuer`], [`Error::InvalidLot`],
		///   [`Error::AlreadyRecalled`].
		#[pallet::call_index(20)]
		pub fn recall_lot(
			origin: OriginFor<T>,
			gtin: Gtin,
			lot: Lot,
			reason: TextOf<T>,
		) -> DispatchResult {
			let by = Self::ensure_admin_or_signed(origin)?;
			Self::do_recall_lot(by, gtin, lot, reason)
		}

		/// Moves custody of `code` (and of everything packed in it) to participant `to`,
		/// cancelling its pending handover if any: governance's way out for goods whose
		/// custodian cannot act any more (suspended, lost its role or its keys).
		///
		/// - Origin: [`Config::AdminOrigin`].
		/// - Emits [`Event::CustodyForced`]; appends a `receiving` event by `to` with the
		///   reason.
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::CodeNotFound`]; [`Error::CodePacked`]: act on the outermost container.
		/// - [`Error::CodeSold`], [`Error::CodeClaimed`], [`Error::CodeDestroyed`],
		///   [`Error::CodeDecommissioned`].
		/// - [`Error::RecipientNotAdmitted`], [`Error::RecipientSuspended`],
		///   [`Error::RecipientMissingRole`]; [`Error::HistoryFull`].
		#[pallet::call_index(21)]
		pub fn force_transfer_custody(
			origin: OriginFor<T>,
			code: CodeId,
			to: T::AccountId,
			reason: TextOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_force_transfer_custody(code, to, reason)
		}

		/// Revokes the certification of `subject` by `certifier`, with a `reason`: for a
		/// certifier that is suspended, gone, or that attested falsely. The record stays,
		/// marked revoked, and the verdict shows it.
		///
		/// - Origin: [`Config::AdminOrigin`].
		/// - Emits [`Event::CertificationRevokedByGovernance`].
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::CertificationNotFound`], [`Error::AlreadyRevoked`].
		#[pallet::call_index(22)]
		pub fn force_revoke_certification(
			origin: OriginFor<T>,
			subject: CertSubject,
			certifier: T::AccountId,
			reason: TextOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_force_revoke_certification(subject, certifier, reason)
		}

		/// Lifts the recall of product `gtin` (`lot` `None`) or of its `lot`, with a `reason`.
		/// The recall is kept in [`LiftedRecalls`] and shown in every report of the product's
		/// codes; the product (or lot) may be recalled again.
		///
		/// - Origin: [`Config::AdminOrigin`].
		/// - Emits [`Event::RecallLifted`].
		/// - Complexity: O(l), l = the product's lifted recalls, at most
		///   [`MAX_LIFTED_RECALLS`].
		///
		/// ## Errors
		/// - [`Error::ProductNotFound`], [`Error::NotRecalled`],
		///   [`Error::TooManyLiftedRecalls`].
		#[pallet::call_index(23)]
		pub fn lift_recall(
			origin: OriginFor<T>,
			gtin: Gtin,
			lot: Option<Lot>,
			reason: TextOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_lift_recall(gtin, lot, reason)
		}

		/// Offers the claimed item `code` to `to` as its next owner; `to` accepts with
		/// [`Pallet::accept_ownership`], or the owner cancels.
		///
		/// `signature` is the owner's ([`Config::OwnerSignature`]) over
		/// [`Pallet::ownership_message`]`(code, Offer { to }, nonce)`, `nonce` the code's
		/// `event_count`. Needs no fee-paying signer: validated by
		/// [`Pallet::authorize_propose_ownership_transfer`].
		///
		/// - Origin: `frame_system::Origin::Authorized`.
		/// - Emits [`Event::OwnershipOffered`]; appends an `offering_ownership` event by the
		///   owner.
		/// - Complexity: O(1) plus one signature verification.
		///
		/// ## Errors
		/// - [`Error::CodeNotFound`], [`Error::CodeDestroyed`], [`Error::CodeDecommissioned`].
		/// - [`Error::NotClaimed`]: the item has no owner.
		/// - [`Error::OwnershipOfferPending`]: an offer is pending already.
		/// - [`Error::SelfTransfer`]: `to` is the owner.
		/// - [`Error::HistoryFull`]: no room for the offer and its resolution.
		/// - [`Error::BadOwnershipSignature`].
		#[pallet::call_index(24)]
		#[pallet::authorize(Self::authorize_propose_ownership_transfer)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_propose_ownership_transfer())]
		pub fn propose_ownership_transfer(
			origin: OriginFor<T>,
			code: CodeId,
			to: T::AccountId,
			signature: T::OwnerSignature,
		) -> DispatchResult {
			ensure_authorized(origin)?;
			Self::do_propose_ownership_transfer(code, to, signature)
		}

		/// Accepts the pending offer of `code`: its proposed next owner owns the item now, and
		/// the verdict dates the claim from now.
		///
		/// `signature` is the next owner's over
		/// [`Pallet::ownership_message`]`(code, Accept { from: owner }, nonce)`. Validated by
		/// [`Pallet::authorize_accept_ownership`].
		///
		/// - Origin: `frame_system::Origin::Authorized`.
		/// - Emits [`Event::OwnershipTransferred`]; appends an `accepting_ownership` event by the
		///   new owner.
		/// - Complexity: O(1) plus one signature verification.
		///
		/// ## Errors
		/// - [`Error::CodeNotFound`], [`Error::CodeDestroyed`], [`Error::CodeDecommissioned`].
		/// - [`Error::NotClaimed`], [`Error::NoOwnershipOffer`].
		/// - [`Error::HistoryFull`] (never for a pending offer, which keeps its slot).
		/// - [`Error::BadOwnershipSignature`]: not the proposed next owner's signature.
		#[pallet::call_index(25)]
		#[pallet::authorize(Self::authorize_accept_ownership)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_accept_ownership())]
		pub fn accept_ownership(
			origin: OriginFor<T>,
			code: CodeId,
			signature: T::OwnerSignature,
		) -> DispatchResult {
			ensure_authorized(origin)?;
			Self::do_accept_ownership(code, signature)
		}

		/// Withdraws the pending offer of `code`; the owner keeps the item.
		///
		/// `signature` is the owner's over
		/// [`Pallet::ownership_message`]`(code, Cancel { to }, nonce)`. Validated by
		/// [`Pallet::authorize_cancel_ownership_transfer`].
		///
		/// - Origin: `frame_system::Origin::Authorized`.
		/// - Emits [`Event::OwnershipOfferCancelled`]; appends a `cancelling_ownership_offer`
		///   event by the owner.
		/// - Complexity: O(1) plus one signature verification.
		///
		/// ## Errors
		/// - [`Error::CodeNotFound`], [`Error::CodeDestroyed`], [`Error::CodeDecommissioned`].
		/// - [`Error::NotClaimed`], [`Error::NoOwnershipOffer`].
		/// - [`Error::HistoryFull`] (never for a pending offer, which keeps its slot).
		/// - [`Error::BadOwnershipSignature`]: not the owner's signature.
		#[pallet::call_index(26)]
		#[pallet::authorize(Self::authorize_cancel_ownership_transfer)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_cancel_ownership_transfer())]
		pub fn cancel_ownership_transfer(
			origin: OriginFor<T>,
			code: CodeId,
			signature: T::OwnerSignature,
		) -> DispatchResult {
			ensure_authorized(origin)?;
			Self::do_cancel_ownership_transfer(code, signature)
		}

		/// The owner of `code` gives the item up to whoever holds the secret of `claim_key`:
		/// the code's claim key becomes `claim_key`, its claim is cleared and it is sold again,
		/// so the next buyer claims it with [`Pallet::claim`] and the new secret. The history
		/// keeps every claim.
		///
		/// The owner knows the new secret too: until the next claim, it could claim the item
		/// back. The buyer claims at once, or the two use [`Pallet::propose_ownership_transfer`].
		///
		/// `signature` is the owner's over
		/// [`Pallet::ownership_message`]`(code, HandOverClaimSecret { claim_key }, nonce)`.
		/// Validated by [`Pallet::authorize_hand_over_claim_secret`].
		///
		/// - Origin: `frame_system::Origin::Authorized`.
		/// - Emits [`Event::ClaimSecretHandedOver`]; appends a `handing_over_claim_secret`
		///   event by the owner.
		/// - Complexity: O(1) plus one signature verification.
		///
		/// ## Errors
		/// - [`Error::CodeNotFound`], [`Error::CodeDestroyed`], [`Error::CodeDecommissioned`].
		/// - [`Error::NotClaimed`], [`Error::OwnershipOfferPending`].
		/// - [`Error::ClaimKeyUnchanged`]: `claim_key` is the current one.
		/// - [`Error::HistoryFull`]: no room for the hand-over and the next claim.
		/// - [`Error::BadOwnershipSignature`].
		#[pallet::call_index(27)]
		#[pallet::authorize(Self::authorize_hand_over_claim_secret)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_hand_over_claim_secret())]
		pub fn hand_over_claim_secret(
			origin: OriginFor<T>,
			code: CodeId,
			claim_key: sr25519::Public,
			signature: T::OwnerSignature,
		) -> DispatchResult {
			ensure_authorized(origin)?;
			Self::do_hand_over_claim_secret(code, claim_key, signature)
		}

		/// Registers `key`, the public key of the chip embedded in the item `code`, before the
		/// item is sold. A chip is registered once and never replaced.
		///
		/// - Origin: signed by the issuing merchant.
		/// - Emits [`Event::ChipRegistered`]; appends a `registering_chip` event.
		/// - Complexity: O(1).
		///
		/// ## Errors
		/// - [`Error::NotAdmitted`], [`Error::Suspended`], [`Error::MissingRole`] (merchant);
		///   [`Error::CodeNotFound`].
		/// - [`Error::NotIssuer`].
		/// - [`Error::CodeSold`], [`Error::CodeClaimed`], [`Error::CodeDestroyed`],
		///   [`Error::CodeDecommissioned`].
		/// - [`Error::ChipAlreadyRegistered`], [`Error::InvalidChipKey`], [`Error::HistoryFull`].
		#[pallet::call_index(28)]
		pub fn register_chip(origin: OriginFor<T>, code: CodeId, key: ChipKey) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_chip(who, code, key)
		}

		/// Records that the chip of `code` signed the challenge of block `block`
		/// ([`Pallet::chip_challenge_at`]) with `signature`: the item, chip included, was in
		/// someone's hands then. At most one scan per [`Config::ChipScanInterval`] blocks is
		/// recorded; verifying a chip off chain needs no transaction at all.
		///
		/// Needs no fee-paying signer: validated by [`Pallet::authorize_record_chip_scan`],
		/// which refuses a scan that would fail, so none enters a block.
		///
		/// - Origin: `frame_system::Origin::Authorized`.
		/// - Emits [`Event::ChipScanned`]; appends a `verifying_chip` event by the chip's
		///   account ([`Pallet::chip_account`]), with the `blake2_256` of the challenge as its
		///   document.
		/// - Complexity: O(1) plus one signature verification.
		///
		/// ## Errors
		/// - [`Error::CodeNotFound`], [`Error::CodeDestroyed`], [`Error::CodeDecommissioned`].
		/// - [`Error::ChipNotRegistered`].
		/// - [`Error::UnknownChipChallenge`], [`Error::StaleChipChallenge`].
		/// - [`Error::ChipScanTooSoon`].
		/// - [`Error::HistoryFull`]: scans leave the last quarter of the history free.
		/// - [`Error::BadChipSignature`].
		#[pallet::call_index(29)]
		#[pallet::authorize(Self::authorize_record_chip_scan)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_record_chip_scan())]
		pub fn record_chip_scan(
			origin: OriginFor<T>,
			code: CodeId,
			block: BlockNumberFor<T>,
			signature: ChipSignature,
		) -> DispatchResult {
			ensure_authorized(origin)?;
			Self::do_record_chip_scan(code, block, signature)
		}
	}

	impl<T: Config> Pallet<T> {
		/// Validates a [`Pallet::claim`] transaction for the pool: the code exists, has a claim
		/// key, is not claimed, can be claimed, and `signature` is the claim key's over
		/// [`claim_payload`]`(code, claimer)`.
		///
		/// The transaction provides the tag `(CLAIM_TAG, code)`, so the pool holds at most one
		/// claim per code, and has priority [`Config::ClaimPriority`].
		pub fn authorize_claim(
			_source: TransactionSource,
			code: &CodeId,
			claimer: &T::AccountId,
			signature: &sr25519::Signature,
		) -> TransactionValidityWithRefund {
			Self::check_claim(code, claimer, signature).map_err(|error| {
				let invalid = match error {
					Error::<T>::BadClaimSignature => InvalidTransaction::BadProof,
					Error::<T>::CodeClaimed => InvalidTransaction::Stale,
					_ => InvalidTransaction::Call,
				};
				TransactionValidityError::Invalid(invalid)
			})?;
			let validity = ValidTransaction {
				priority: T::ClaimPriority::get(),
				requires: Vec::new(),
				provides: alloc::vec![(CLAIM_TAG, code).encode()],
				longevity: CLAIM_LONGEVITY,
				propagate: true,
			};
			Ok((validity, Weight::zero()))
		}

		/// Validates a [`Pallet::propose_ownership_transfer`] transaction for the pool: everything
		/// the call checks, the owner's signature included.
		///
		/// Provides the tag `(OWNERSHIP_TAG, code, nonce)` (so the pool holds one of the steps
		/// signed for a state of the code), with priority [`Config::ClaimPriority`].
		pub fn authorize_propose_ownership_transfer(
			_source: TransactionSource,
			code: &CodeId,
			to: &T::AccountId,
			signature: &T::OwnerSignature,
		) -> TransactionValidityWithRefund {
			let (record, _) = Self::check_propose_ownership_transfer(code, to, signature)
				.map_err(Self::invalid_ownership_step)?;
			Ok(Self::ownership_step_validity(code, record.event_count))
		}

		/// Validates a [`Pallet::accept_ownership`] transaction for the pool, as
		/// [`Pallet::authorize_propose_ownership_transfer`] does.
		pub fn authorize_accept_ownership(
			_source: TransactionSource,
			code: &CodeId,
			signature: &T::OwnerSignature,
		) -> TransactionValidityWithRefund {
			let (record, ..) = Self::check_accept_ownership(code, signature)
				.map_err(Self::invalid_ownership_step)?;
			Ok(Self::ownership_step_validity(code, record.event_count))
		}

		/// Validates a [`Pallet::cancel_ownership_transfer`] transaction for the pool, as
		/// [`Pallet::authorize_propose_ownership_transfer`] does.
		pub fn authorize_cancel_ownership_transfer(
			_source: TransactionSource,
			code: &CodeId,
			signature: &T::OwnerSignature,
		) -> TransactionValidityWithRefund {
			let (record, ..) = Self::check_cancel_ownership_transfer(code, signature)
				.map_err(Self::invalid_ownership_step)?;
			Ok(Self::ownership_step_validity(code, record.event_count))
		}

		/// Validates a [`Pallet::hand_over_claim_secret`] transaction for the pool, as
		/// [`Pallet::authorize_propose_ownership_transfer`] does.
		pub fn authorize_hand_over_claim_secret(
			_source: TransactionSource,
			code: &CodeId,
			claim_key: &sr25519::Public,
			signature: &T::OwnerSignature,
		) -> TransactionValidityWithRefund {
			let (record, _) = Self::check_hand_over_claim_secret(code, claim_key, signature)
				.map_err(Self::invalid_ownership_step)?;
			Ok(Self::ownership_step_validity(code, record.event_count))
		}

		/// Validates a [`Pallet::record_chip_scan`] transaction for the pool: everything the
		/// call checks, the rate limit and the chip's signature included, so a scan refused
		/// here never enters a block.
		///
		/// Provides the tag `(CHIP_SCAN_TAG, code)`, so the pool holds at most one scan per
		/// code, with priority [`Config::ClaimPriority`], for as long as the challenge stays
		/// fresh ([`Config::MaxChipChallengeAge`]).
		pub fn authorize_record_chip_scan(
			_source: TransactionSource,
			code: &CodeId,
			block: &BlockNumberFor<T>,
			signature: &ChipSignature,
		) -> TransactionValidityWithRefund {
			Self::check_chip_scan(code, *block, signature).map_err(|error| {
				let invalid = match error {
					Error::<T>::BadChipSignature => InvalidTransaction::BadProof,
					Error::<T>::StaleChipChallenge | Error::<T>::ChipScanTooSoon => {
						InvalidTransaction::Stale
					},
					_ => InvalidTransaction::Call,
				};
				TransactionValidityError::Invalid(invalid)
			})?;
			let validity = ValidTransaction {
				priority: T::ClaimPriority::get(),
				requires: Vec::new(),
				provides: alloc::vec![(CHIP_SCAN_TAG, code).encode()],
				longevity: Self::chip_scan_longevity(*block),
				propagate: true,
			};
			Ok((validity, Weight::zero()))
		}

		/// The pool's validity of an ownership step on `code` signed at `nonce`.
		fn ownership_step_validity(code: &CodeId, nonce: u32) -> (ValidTransaction, Weight) {
			let validity = ValidTransaction {
				priority: T::ClaimPriority::get(),
				requires: Vec::new(),
				provides: alloc::vec![(OWNERSHIP_TAG, code, nonce).encode()],
				longevity: CLAIM_LONGEVITY,
				propagate: true,
			};
			(validity, Weight::zero())
		}

		/// Why the pool refuses an ownership step: a bad signature is a bad proof, a step that
		/// was made already (the offer is gone) is stale, the rest cannot be made.
		fn invalid_ownership_step(error: Error<T>) -> TransactionValidityError {
			let invalid = match error {
				Error::<T>::BadOwnershipSignature => InvalidTransaction::BadProof,
				Error::<T>::NoOwnershipOffer => InvalidTransaction::Stale,
				_ => InvalidTransaction::Call,
			};
			TransactionValidityError::Invalid(invalid)
		}

		/// `None` for [`Config::AdminOrigin`], else the signer.
		fn ensure_admin_or_signed(
			origin: OriginFor<T>,
		) -> Result<Option<T::AccountId>, DispatchError> {
			match T::AdminOrigin::try_origin(origin) {
				Ok(_) => Ok(None),
				Err(origin) => Ok(Some(ensure_signed(origin)?)),
			}
		}
	}
}

//! Configuration of [`pallet_traceability`]: products, trace codes and their journeys.

use super::governance::GovernanceOrigin;
use crate::{
	currency::MICRO_UNIT,
	time::{DAYS, MINUTES},
	Balance, Balances, BlockNumber, Runtime, RuntimeEvent, RuntimeHoldReason, Signature,
};
use frame_support::{parameter_types, traits::ConstU32};
use sp_runtime::{traits::Verify, transaction_validity::TransactionPriority};

parameter_types! {
	/// Claims are rare, cheap and token-less: they go before ordinary transactions.
	pub const ClaimPriority: TransactionPriority = TransactionPriority::MAX / 2;
	/// 100 years of 365 days, in milliseconds.
	pub const MaxCertificationValidity: u64 = 100 * 365 * 24 * 60 * 60 * 1000;
	/// 100 micro-TRACE per storage entry a participant adds.
	pub const DepositPerItem: Balance = 100 * MICRO_UNIT;
	/// 1 micro-TRACE per byte a participant adds: a code with a claim key holds 2.337
	/// milli-TRACE, a million of them 2,337 TRACE (`docs/abuse-paths.md`).
	pub const DepositPerByte: Balance = MICRO_UNIT;
	/// A chip's answer is good for two minutes (20 blocks): time to tap the chip, sign, and
	/// submit, from a finalized block (GRANDPA finalizes within a few blocks). Well within
	/// `BlockHashCount` (2,400).
	pub const MaxChipChallengeAge: BlockNumber = 2 * MINUTES;
	/// One recorded scan per chip per day: scans may fill at most 3/4 of a code's 256-event
	/// history (192 events, half a year of daily scans), and recording a scan is optional:
	/// a client verifies a chip's answer without any transaction.
	pub const ChipScanInterval: BlockNumber = DAYS;
}

impl pallet_traceability::Config for Runtime {
	/// Traceability's events.
	type RuntimeEvent = RuntimeEvent;
	/// Platform governance is the consortium: more than two thirds of the member
	/// organisations voting for a motion (or root, which is sudo on development chains).
	type AdminOrigin = GovernanceOrigin;
	/// Block time from `pallet_timestamp`, in milliseconds.
	type Time = crate::Timestamp;
	/// Weights measured on this project's machines by `scripts/benchmark.sh`.
	type WeightInfo = pallet_traceability::weights::SubstrateWeight<Runtime>;
	/// 128 bytes of free text: names, categories, reasons, place descriptions.
	type StringLimit = ConstU32<128>;
	/// A merchant group rarely owns more than a handful of GS1 company prefixes.
	type MaxCompanyPrefixes = ConstU32<8>;
	/// A bulk issuance of 500 codes fits comfortably in one block.
	type MaxCodesPerCall = ConstU32<500>;
	/// 256 events per code: far more than any real journey, small enough to read in one go.
	type MaxEventsPerCode = ConstU32<256>;
	/// Up to four containers around an item: item → box → case → pallet → sea container
	/// (the depth of a code plus the height of what it holds never exceeds 4).
	type MaxNestingDepth = ConstU32<4>;
	/// A sea container of cases, or a case of small items.
	type MaxChildrenPerContainer = ConstU32<10_000>;
	/// Distinct certifiers per product or code.
	type MaxCertificationsPerSubject = ConstU32<16>;
	/// A certificate valid for at most 100 years: every expiry is a date any client can show.
	type MaxCertificationValidity = MaxCertificationValidity;
	/// See [`ClaimPriority`]; also the priority of ownership steps and chip scans.
	type ClaimPriority = ClaimPriority;
	/// Owners sign ownership steps as they sign transactions: an sr25519 (or ed25519, ecdsa)
	/// `MultiSignature` by the account's key.
	type OwnerSignature = Signature;
	/// The signer of a `MultiSignature`, which names its `AccountId32`.
	type OwnerSigner = <Signature as Verify>::Signer;
	/// See [`MaxChipChallengeAge`].
	type MaxChipChallengeAge = MaxChipChallengeAge;
	/// See [`ChipScanInterval`].
	type ChipScanInterval = ChipScanInterval;
	/// Storage deposits are held on the native token.
	type Currency = Balances;
	/// Traceability's hold reason (`StorageDeposit`).
	type RuntimeHoldReason = RuntimeHoldReason;
	/// See [`DepositPerItem`].
	type DepositPerItem = DepositPerItem;
	/// See [`DepositPerByte`].
	type DepositPerByte = DepositPerByte;
	/// Benchmarks sign claims, ownership steps and chip challenges with the host keystore.
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

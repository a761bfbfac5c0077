//! The configuration of every pallet of the runtime. Each associated type says why it has
//! the value it has. Governance ([`governance`]: the consortium, its supermajority, the
//! whitelist) and the validator set ([`validators`]: membership, sessions) have files of their
//! own, as has the traceability pallet.

use crate::{
	currency::EXISTENTIAL_DEPOSIT, time::SLOT_DURATION, token, AccountId, Aura, Balance, Balances,
	Block, BlockNumber, Hash, Nonce, PalletInfo, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin, RuntimeTask, System, VERSION,
};
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		IdentityFee, Weight,
	},
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::One, Perbill};
use sp_version::RuntimeVersion;

pub mod governance;
mod traceability;
pub mod validators;

/// Largest block, in bytes.
const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

/// Share of a block's weight and length that normal (non-operational) extrinsics may use.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	/// How many recent block hashes are kept for mortal transactions.
	pub const BlockHashCount: BlockNumber = 2400;
	/// The runtime version, exposed to `CheckSpecVersion` and friends.
	pub const Version: RuntimeVersion = VERSION;
	/// Two seconds of compute per 6-second block, unlimited proof size (a solo chain).
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// 5 MiB blocks, of which normal extrinsics may fill 75 %.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAX_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * MAX_BLOCK_LENGTH
		})
		.build();
	/// SS58 prefix of addresses.
	pub const SS58Prefix: u16 = token::SS58_PREFIX;
}

/// The basics: accounts, blocks, events. Everything not listed comes from the solochain
/// defaults of `frame_system`.
#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	/// The block type of the chain.
	type Block = Block;
	/// Block weight limits.
	type BlockWeights = RuntimeBlockWeights;
	/// Block length limits.
	type BlockLength = RuntimeBlockLength;
	/// Accounts are 32-byte public keys.
	type AccountId = AccountId;
	/// Per-account transaction counter.
	type Nonce = Nonce;
	/// Block and trie hash.
	type Hash = Hash;
	/// Kept block hashes.
	type BlockHashCount = BlockHashCount;
	/// The node stores state in ParityDB, so storage costs are ParityDB's.
	type DbWeight = ParityDbWeight;
	/// Runtime version.
	type Version = Version;
	/// Balances keeps its data in the system account record.
	type AccountData = pallet_balances::AccountData<Balance>;
	/// Address format.
	type SS58Prefix = SS58Prefix;
	/// Consumers of an account (locks, holds...).
	type MaxConsumers = ConstU32<16>;
	/// Seats in the consortium and among the validators change by vote only.
	type BaseCallFilter = governance::SeatsChangeOnlyByVote;
}

/// Round-robin block authoring. The authorities are the session's validators
/// ([`validators`]), in the order the session pallet gives them.
impl pallet_aura::Config for Runtime {
	/// Authors sign with sr25519.
	type AuthorityId = AuraId;
	/// Validators are never disabled on this chain (no staking).
	type DisabledValidators = ();
	/// At most 32 block authors.
	type MaxAuthorities = ConstU32<32>;
	/// One block per slot.
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	/// The slot is twice the timestamp's minimum period.
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

/// Finality. The voters are the session's validators ([`validators`]); a new validator set
/// becomes a new GRANDPA authority set at the session that starts it.
impl pallet_grandpa::Config for Runtime {
	/// Grandpa's events.
	type RuntimeEvent = RuntimeEvent;
	/// Upstream weights.
	type WeightInfo = ();
	/// At most 32 voters.
	type MaxAuthorities = ConstU32<32>;
	/// No nominators without staking.
	type MaxNominators = ConstU32<0>;
	/// Equivocations are not reported (below), so no set-id-to-session history is kept
	/// beyond the current entry.
	type MaxSetIdSessionEntries = ConstU64<0>;
	/// Equivocation reports would need `pallet_session::historical` key-ownership proofs;
	/// they are not supported.
	type KeyOwnerProof = sp_core::Void;
	/// Equivocations are not reported.
	type EquivocationReportSystem = ();
}

/// Block time.
impl pallet_timestamp::Config for Runtime {
	/// Milliseconds since the Unix epoch.
	type Moment = u64;
	/// Aura checks the slot against the timestamp.
	type OnTimestampSet = Aura;
	/// Half a slot.
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	/// Upstream weights.
	type WeightInfo = ();
}

/// The native token.
impl pallet_balances::Config for Runtime {
	/// Balances' events.
	type RuntimeEvent = RuntimeEvent;
	/// Holds by reason.
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Freezes by reason.
	type RuntimeFreezeReason = RuntimeFreezeReason;
	/// 128-bit balances.
	type Balance = Balance;
	/// Dust is burned.
	type DustRemoval = ();
	/// Smallest balance an account may hold.
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	/// Account data lives in `frame_system`.
	type AccountStore = System;
	/// Upstream weights.
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	/// Deprecated locks.
	type MaxLocks = ConstU32<50>;
	/// Deprecated reserves.
	type MaxReserves = ();
	/// Deprecated reserves.
	type ReserveIdentifier = [u8; 8];
	/// Freezes are identified by reason.
	type FreezeIdentifier = RuntimeFreezeReason;
	/// One freeze per reason.
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	/// Nothing to do after a slash.
	type DoneSlashHandler = ();
}

parameter_types! {
	/// Fees do not change with congestion on this chain.
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

/// Transaction fees.
impl pallet_transaction_payment::Config for Runtime {
	/// Payment events.
	type RuntimeEvent = RuntimeEvent;
	/// Fees are withdrawn in the native token and burned.
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	/// Operational extrinsics get a 5x priority boost.
	type OperationalFeeMultiplier = ConstU8<5>;
	/// One planck per unit of weight.
	type WeightToFee = IdentityFee<Balance>;
	/// One planck per byte.
	type LengthToFee = IdentityFee<Balance>;
	/// Constant fee multiplier.
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	/// Upstream weights.
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

/// Root on development chains: only the `development` preset sets a sudo key.
impl pallet_sudo::Config for Runtime {
	/// Sudo's events.
	type RuntimeEvent = RuntimeEvent;
	/// Sudo dispatches any call.
	type RuntimeCall = RuntimeCall;
	/// Upstream weights.
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

/// Batches of calls.
impl pallet_utility::Config for Runtime {
	/// Utility's events.
	type RuntimeEvent = RuntimeEvent;
	/// Any call can be batched.
	type RuntimeCall = RuntimeCall;
	/// Origins of dispatched calls.
	type PalletsOrigin = crate::OriginCaller;
	/// Upstream weights.
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

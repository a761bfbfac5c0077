//! # trace-chain runtime
//!
//! The state transition function of trace-chain: a solo chain with Aura block production and
//! GRANDPA finality whose business logic is [`pallet_traceability`], governed by a consortium of
//! member organisations (`pallet_collective` + `pallet_membership`: more than two thirds of the
//! members decide) that also votes validators in and out (`pallet_session`). Layout:
//!
//! - [`configs`]: the configuration of every pallet, one documented associated type at a time;
//!   [`configs::governance`] and [`configs::validators`] hold the consortium and the validator
//!   set;
//! - [`apis`]: the runtime APIs the node, wallets and explorers call;
//! - [`genesis_config_presets`]: the `development`, `local_testnet` and `production` genesis
//!   presets;
//! - `benchmarks`: the pallets benchmarked by `scripts/benchmark.sh`;
//! - `signing` (`std` only): signed extrinsics built off-chain, for the node's benchmarks and
//!   tests.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`-style macros expand to large enums and recursion.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

// `benchmarks` defines the `list_benchmarks!`/`add_benchmarks!` macros `apis` uses, so it
// comes first.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
#[cfg(feature = "std")]
pub mod signing;
#[cfg(test)]
mod tests;
/// The chain's token: symbol, decimals and SS58 prefix.
pub mod token {
	include!("token.rs");
}

extern crate alloc;

use alloc::{borrow::Cow, vec::Vec};
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use apis::RuntimeApi;
pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types: what the node needs to know about the runtime's types without knowing the
/// runtime itself (headers, blocks, session keys).
pub mod opaque {
	use super::*;
	use sp_runtime::{
		generic,
		traits::{BlakeTwo256, Hash as HashT},
	};

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The session keys of a validator: an Aura key to author blocks and a GRANDPA key to vote.
	/// Registered with `Session::set_keys(keys, proof)`; `author_rotateKeysWithOwner` on the
	/// validator's node returns both, the proof signing the SCALE-encoded account.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

/// The runtime's version. `spec_version` must grow with every runtime upgrade.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: Cow::Borrowed("trace-chain"),
	impl_name: Cow::Borrowed("trace-chain-node"),
	authoring_version: 1,
	spec_version: 106,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Time and block production.
pub mod time {
	use super::BlockNumber;

	/// Target block time. Aura slots have this length; with one author per slot this is
	/// also the expected block time.
	pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
	/// Aura slot length: equal to the block time.
	pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
	/// Blocks per minute.
	pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
	/// Blocks per hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks per day.
	pub const DAYS: BlockNumber = HOURS * 24;
}

/// Amounts of the native token.
pub mod currency {
	use super::Balance;

	/// One whole TRACE.
	pub const UNIT: Balance = 1_000_000_000_000;
	/// A thousandth of a TRACE.
	pub const MILLI_UNIT: Balance = 1_000_000_000;
	/// A millionth of a TRACE.
	pub const MICRO_UNIT: Balance = 1_000_000;
	/// The existential deposit: an account holding less is reaped.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;
}

/// A signature of the chain: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;
/// An account identifier: the public key of a [`Signature`] scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account.
pub type Balance = u128;
/// Index of a transaction in an account's history.
pub type Nonce = u32;
/// Hash of a block or a transaction.
pub type Hash = sp_core::H256;
/// Number of a block.
pub type BlockNumber = u32;
/// The address format accepted in extrinsics.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type as the runtime sees it.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A block that has been finalised and justified.
pub type SignedBlock = generic::SignedBlock<Block>;
/// Block identifier.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions every extrinsic carries, in order. `AuthorizeCall` comes first
/// so that calls authorised by their pallet (a consumer's token-less claim) skip the signed
/// checks; `CheckMetadataHash` lets offline signers verify the metadata they show. Off-chain,
/// `signing::tx_extension` (`std`) builds a value of it and `signing::implicit` what it signs
/// over; a new extension goes into all three.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// An extrinsic as it appears in a block.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run on the next runtime upgrade: spec 100 → 101 moves the
/// traceability pallet from storage version 1 to 2.
///
/// Spec 102 adds the consortium (`Consortium`, `ConsortiumMembership`, `Whitelist`) and the
/// validator set (`Validators`, `Session`). FRAME stamps the storage version of a pallet new to
/// the chain; their contents come from genesis. A spec-101 chain upgraded in place keeps its
/// Aura and GRANDPA authorities (the session pallet plans no change while no member of
/// `Validators` has keys) and its sudo key, with which the members and the validators are
/// admitted (the validators then register their keys); no migration seeds them.
///
/// Spec 104 moves the traceability pallet from storage version 2 to 3: the counts of
/// participants, products and codes move into FRAME's counted maps. Spec 105 changes only the
/// metadata: `Roles` names its flags (the `Role` enum); its one-byte encoding is unchanged.
///
/// Spec 106 adds ownership transfers and chips to the traceability pallet with two new maps
/// (`OwnershipOffers`, `Chips`) that start empty, and appends variants to `BizStep`,
/// `Disposition`, the calls, events and errors; no stored value changes its layout, so no
/// migration and no new storage version.
type Migrations = (
	pallet_traceability::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_traceability::migrations::v3::MigrateV2ToV3<Runtime>,
);

/// Dispatches extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// The runtime: every pallet of the chain, with its index in the metadata.
#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	/// Accounts, blocks, events.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	/// Block time, set by the block author's inherent.
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	/// Block authoring in round-robin slots.
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	/// Finality.
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	/// The native token.
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	/// Transaction fees.
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	/// Root on development chains only: no other preset sets a sudo key.
	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	/// Batches of calls (`batch`, `batch_all`, `force_batch`).
	#[runtime::pallet_index(7)]
	pub type Utility = pallet_utility;

	/// The validator accounts, changed by the consortium's vote. Before `Session`, whose
	/// genesis reads it.
	#[runtime::pallet_index(8)]
	pub type Validators = pallet_membership<Instance2>;

	/// Sessions: the validators' keys, the set of each session, Aura's and GRANDPA's
	/// authorities.
	#[runtime::pallet_index(9)]
	pub type Session = pallet_session;

	/// Products, trace codes and their journeys.
	#[runtime::pallet_index(10)]
	pub type Traceability = pallet_traceability;

	/// The consortium of member organisations: motions, votes, closing.
	#[runtime::pallet_index(11)]
	pub type Consortium = pallet_collective<Instance1>;

	/// The consortium's members, changed by the consortium's vote.
	#[runtime::pallet_index(12)]
	pub type ConsortiumMembership = pallet_membership<Instance1>;

	/// The consortium's way to root: whitelisted calls (runtime upgrades).
	#[runtime::pallet_index(13)]
	pub type Whitelist = pallet_whitelist;
}

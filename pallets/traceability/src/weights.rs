// This file is part of trace-chain.
//
// Generated on vm (2 cores, AMD EPYC)
// by scripts/benchmark.sh 20 10, i.e.:
//   trace-node benchmark pallet --chain dev --pallet pallet_traceability --extrinsic '*'
//     --steps 20 --repeat 10 --output pallets/traceability/src/weights.rs
// Re-run the script whenever a call of the pallet changes.

//! Weights of `pallet_traceability`, measured by `benchmark pallet` (frame-benchmarking-cli 64.0.0).
//!
//! Date: 2026-12-02; steps: `20`; repeats: `10`; host: `vm`, CPU:
//! `AMD EPYC`; wasm execution: `Compiled`; chain: `Some("dev")`.
//! [`SubstrateWeight`] charges storage at the runtime's `DbWeight`; the `()` implementation
//! (for tests) at ParityDB's, the node's database.

// Executed command:
// /root/.cache/trace-chain/target/release/trace-node
// benchmark
// pallet
// --chain
// dev
// --pallet
// pallet_traceability
// --extrinsic
// *
// --steps
// 20
// --repeat
// 10
// --wasm-execution
// compiled
// --heap-pages
// 4096
// --header
// /tmp/tmp.R8DXbN6RRv/header.txt
// --template
// scripts/weight-template.hbs
// --output
// pallets/traceability/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of every call of `pallet_traceability`.
pub trait WeightInfo {
	fn admit_participant(p: u32, ) -> Weight;
	fn update_participant(p: u32, ) -> Weight;
	fn suspend_participant() -> Weight;
	fn reinstate_participant() -> Weight;
	fn register_product() -> Weight;
	fn issue_codes(n: u32, ) -> Weight;
	fn propose_handover() -> Weight;
	fn accept_handover() -> Weight;
	fn reject_handover() -> Weight;
	fn cancel_handover() -> Weight;
	fn pack(n: u32, ) -> Weight;
	fn unpack(n: u32, ) -> Weight;
	fn inspect() -> Weight;
	fn sell() -> Weight;
	fn destroy() -> Weight;
	fn decommission() -> Weight;
	fn claim() -> Weight;
	fn authorize_claim() -> Weight;
	fn attest() -> Weight;
	fn revoke_certification() -> Weight;
	fn recall_product() -> Weight;
	fn recall_lot() -> Weight;
	fn force_transfer_custody() -> Weight;
	fn force_revoke_certification() -> Weight;
	fn lift_recall() -> Weight;
	fn propose_ownership_transfer() -> Weight;
	fn authorize_propose_ownership_transfer() -> Weight;
	fn accept_ownership() -> Weight;
	fn authorize_accept_ownership() -> Weight;
	fn cancel_ownership_transfer() -> Weight;
	fn authorize_cancel_ownership_transfer() -> Weight;
	fn hand_over_claim_secret() -> Weight;
	fn authorize_hand_over_claim_secret() -> Weight;
	fn register_chip() -> Weight;
	fn record_chip_scan() -> Weight;
	fn authorize_record_chip_scan() -> Weight;
}

/// Weights measured on the project's machines, storage charged at `T::DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::CompanyPrefixOwners` (r:72 w:8)
	/// Proof: `Traceability::CompanyPrefixOwners` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::PrefixStems` (r:72 w:64)
	/// Proof: `Traceability::PrefixStems` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::ParticipantCount` (r:1 w:1)
	/// Proof: `Traceability::ParticipantCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 8]`.
	fn admit_participant(p: u32, ) -> Weight {
		// Minimum execution time: 18_407_000 picoseconds.
		Weight::from_parts(33_925_410, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(Weight::from_parts(84_274_527, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((18_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 22824).saturating_mul(p.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::CompanyPrefixOwners` (r:72 w:16)
	/// Proof: `Traceability::CompanyPrefixOwners` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::PrefixStems` (r:136 w:128)
	/// Proof: `Traceability::PrefixStems` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 8]`.
	fn update_participant(p: u32, ) -> Weight {
		// Minimum execution time: 343_851_000 picoseconds.
		Weight::from_parts(528_362_021, 0)
			.saturating_add(Weight::from_parts(0, 161502))
			.saturating_add(Weight::from_parts(83_521_122, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(65))
			.saturating_add(T::DbWeight::get().reads((18_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(73))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 22911).saturating_mul(p.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	fn suspend_participant() -> Weight {
		// Minimum execution time: 16_084_000 picoseconds.
		Weight::from_parts(27_421_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	fn reinstate_participant() -> Weight {
		// Minimum execution time: 14_572_000 picoseconds.
		Weight::from_parts(22_303_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Products` (r:1 w:1)
	/// Proof: `Traceability::Products` (`max_values`: None, `max_size`: Some(536), added: 3011, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::ProductCount` (r:1 w:1)
	/// Proof: `Traceability::ProductCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register_product() -> Weight {
		// Minimum execution time: 78_817_000 picoseconds.
		Weight::from_parts(113_729_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Products` (r:1 w:0)
	/// Proof: `Traceability::Products` (`max_values`: None, `max_size`: Some(536), added: 3011, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::RecalledLots` (r:500 w:0)
	/// Proof: `Traceability::RecalledLots` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:500 w:500)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::CodeCount` (r:1 w:1)
	/// Proof: `Traceability::CodeCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:500)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 500]`.
	fn issue_codes(n: u32, ) -> Weight {
		// Minimum execution time: 102_062_000 picoseconds.
		Weight::from_parts(108_722_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(Weight::from_parts(20_095_556, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	/// Storage: `Traceability::Participants` (r:2 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn propose_handover() -> Weight {
		// Minimum execution time: 228_430_000 picoseconds.
		Weight::from_parts(297_352_000, 0)
			.saturating_add(Weight::from_parts(0, 6518))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn accept_handover() -> Weight {
		// Minimum execution time: 220_859_000 picoseconds.
		Weight::from_parts(254_338_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn reject_handover() -> Weight {
		// Minimum execution time: 211_334_000 picoseconds.
		Weight::from_parts(310_392_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn cancel_handover() -> Weight {
		// Minimum execution time: 233_227_000 picoseconds.
		Weight::from_parts(340_556_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:504 w:504)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Children` (r:0 w:500)
	/// Proof: `Traceability::Children` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:501)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 500]`.
	fn pack(n: u32, ) -> Weight {
		// Minimum execution time: 146_578_000 picoseconds.
		Weight::from_parts(152_046_000, 0)
			.saturating_add(Weight::from_parts(0, 12938))
			.saturating_add(Weight::from_parts(24_810_457, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(7))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:504 w:501)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Children` (r:0 w:500)
	/// Proof: `Traceability::Children` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:501)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 500]`.
	fn unpack(n: u32, ) -> Weight {
		// Minimum execution time: 142_462_000 picoseconds.
		Weight::from_parts(291_462_859, 0)
			.saturating_add(Weight::from_parts(0, 12938))
			.saturating_add(Weight::from_parts(19_442_547, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn inspect() -> Weight {
		// Minimum execution time: 89_954_000 picoseconds.
		Weight::from_parts(109_473_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Products` (r:1 w:0)
	/// Proof: `Traceability::Products` (`max_values`: None, `max_size`: Some(536), added: 3011, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::RecalledLots` (r:1 w:0)
	/// Proof: `Traceability::RecalledLots` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn sell() -> Weight {
		// Minimum execution time: 101_952_000 picoseconds.
		Weight::from_parts(133_158_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn destroy() -> Weight {
		// Minimum execution time: 38_718_000 picoseconds.
		Weight::from_parts(66_348_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn decommission() -> Weight {
		// Minimum execution time: 39_078_000 picoseconds.
		Weight::from_parts(63_414_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn claim() -> Weight {
		// Minimum execution time: 92_057_000 picoseconds.
		Weight::from_parts(141_150_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_claim() -> Weight {
		// Minimum execution time: 70_304_000 picoseconds.
		Weight::from_parts(100_459_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Certifications` (r:1 w:1)
	/// Proof: `Traceability::Certifications` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::CertificationCount` (r:1 w:1)
	/// Proof: `Traceability::CertificationCount` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn attest() -> Weight {
		// Minimum execution time: 98_938_000 picoseconds.
		Weight::from_parts(139_006_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Certifications` (r:1 w:1)
	/// Proof: `Traceability::Certifications` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn revoke_certification() -> Weight {
		// Minimum execution time: 29_544_000 picoseconds.
		Weight::from_parts(45_988_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Products` (r:1 w:1)
	/// Proof: `Traceability::Products` (`max_values`: None, `max_size`: Some(536), added: 3011, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn recall_product() -> Weight {
		// Minimum execution time: 31_807_000 picoseconds.
		Weight::from_parts(49_354_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Products` (r:1 w:0)
	/// Proof: `Traceability::Products` (`max_values`: None, `max_size`: Some(536), added: 3011, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::RecalledLots` (r:1 w:1)
	/// Proof: `Traceability::RecalledLots` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn recall_lot() -> Weight {
		// Minimum execution time: 88_222_000 picoseconds.
		Weight::from_parts(106_048_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn force_transfer_custody() -> Weight {
		// Minimum execution time: 136_723_000 picoseconds.
		Weight::from_parts(177_915_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Certifications` (r:1 w:1)
	/// Proof: `Traceability::Certifications` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn force_revoke_certification() -> Weight {
		// Minimum execution time: 22_764_000 picoseconds.
		Weight::from_parts(36_444_000, 0)
			.saturating_add(Weight::from_parts(0, 3620))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Traceability::Products` (r:1 w:0)
	/// Proof: `Traceability::Products` (`max_values`: None, `max_size`: Some(536), added: 3011, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::RecalledLots` (r:1 w:1)
	/// Proof: `Traceability::RecalledLots` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::LiftedRecalls` (r:1 w:1)
	/// Proof: `Traceability::LiftedRecalls` (`max_values`: None, `max_size`: Some(10623), added: 13098, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn lift_recall() -> Weight {
		// Minimum execution time: 73_269_000 picoseconds.
		Weight::from_parts(131_666_000, 0)
			.saturating_add(Weight::from_parts(0, 14088))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn propose_ownership_transfer() -> Weight {
		Weight::from_parts(171_150_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:0)
	fn authorize_propose_ownership_transfer() -> Weight {
		Weight::from_parts(130_459_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(T::DbWeight::get().reads(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:1)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn accept_ownership() -> Weight {
		Weight::from_parts(171_150_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:0)
	/// Storage: `System::BlockHash` (r:1 w:0)
	fn authorize_accept_ownership() -> Weight {
		Weight::from_parts(130_459_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(T::DbWeight::get().reads(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:1)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn cancel_ownership_transfer() -> Weight {
		Weight::from_parts(171_150_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:0)
	/// Storage: `System::BlockHash` (r:1 w:0)
	fn authorize_cancel_ownership_transfer() -> Weight {
		Weight::from_parts(130_459_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(T::DbWeight::get().reads(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:0)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn hand_over_claim_secret() -> Weight {
		Weight::from_parts(171_150_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:0)
	/// Storage: `System::BlockHash` (r:1 w:0)
	fn authorize_hand_over_claim_secret() -> Weight {
		Weight::from_parts(130_459_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(T::DbWeight::get().reads(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Traceability::Chips` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn register_chip() -> Weight {
		Weight::from_parts(133_158_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Traceability::Chips` (r:1 w:1)
	/// Storage: `System::BlockHash` (r:2 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn record_chip_scan() -> Weight {
		Weight::from_parts(171_150_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Storage: `Traceability::Chips` (r:1 w:0)
	/// Storage: `System::BlockHash` (r:2 w:0)
	fn authorize_record_chip_scan() -> Weight {
		Weight::from_parts(130_459_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(T::DbWeight::get().reads(4))
	}
}

// The same measurements for tests and mocks, storage charged at ParityDB's weights.
impl WeightInfo for () {
	fn admit_participant(p: u32, ) -> Weight {
		Weight::from_parts(33_925_410, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(Weight::from_parts(84_274_527, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((18_u64).saturating_mul(p.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((9_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 22824).saturating_mul(p.into()))
	}
	fn update_participant(p: u32, ) -> Weight {
		Weight::from_parts(528_362_021, 0)
			.saturating_add(Weight::from_parts(0, 161502))
			.saturating_add(Weight::from_parts(83_521_122, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(65))
			.saturating_add(ParityDbWeight::get().reads((18_u64).saturating_mul(p.into())))
			.saturating_add(ParityDbWeight::get().writes(73))
			.saturating_add(ParityDbWeight::get().writes((9_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 22911).saturating_mul(p.into()))
	}
	fn suspend_participant() -> Weight {
		Weight::from_parts(27_421_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn reinstate_participant() -> Weight {
		Weight::from_parts(22_303_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn register_product() -> Weight {
		Weight::from_parts(113_729_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn issue_codes(n: u32, ) -> Weight {
		Weight::from_parts(108_722_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(Weight::from_parts(20_095_556, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	fn propose_handover() -> Weight {
		Weight::from_parts(297_352_000, 0)
			.saturating_add(Weight::from_parts(0, 6518))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn accept_handover() -> Weight {
		Weight::from_parts(254_338_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn reject_handover() -> Weight {
		Weight::from_parts(310_392_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn cancel_handover() -> Weight {
		Weight::from_parts(340_556_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn pack(n: u32, ) -> Weight {
		Weight::from_parts(152_046_000, 0)
			.saturating_add(Weight::from_parts(0, 12938))
			.saturating_add(Weight::from_parts(24_810_457, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(7))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	fn unpack(n: u32, ) -> Weight {
		Weight::from_parts(291_462_859, 0)
			.saturating_add(Weight::from_parts(0, 12938))
			.saturating_add(Weight::from_parts(19_442_547, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(4))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	fn inspect() -> Weight {
		Weight::from_parts(109_473_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn sell() -> Weight {
		Weight::from_parts(133_158_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn destroy() -> Weight {
		Weight::from_parts(66_348_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn decommission() -> Weight {
		Weight::from_parts(63_414_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn claim() -> Weight {
		Weight::from_parts(141_150_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn authorize_claim() -> Weight {
		Weight::from_parts(100_459_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(2))
	}
	fn attest() -> Weight {
		Weight::from_parts(139_006_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn revoke_certification() -> Weight {
		Weight::from_parts(45_988_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn recall_product() -> Weight {
		Weight::from_parts(49_354_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn recall_lot() -> Weight {
		Weight::from_parts(106_048_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn force_transfer_custody() -> Weight {
		Weight::from_parts(177_915_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn force_revoke_certification() -> Weight {
		Weight::from_parts(36_444_000, 0)
			.saturating_add(Weight::from_parts(0, 3620))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn lift_recall() -> Weight {
		Weight::from_parts(131_666_000, 0)
			.saturating_add(Weight::from_parts(0, 14088))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn propose_ownership_transfer() -> Weight {
		Weight::from_parts(171_150_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn authorize_propose_ownership_transfer() -> Weight {
		Weight::from_parts(130_459_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(ParityDbWeight::get().reads(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn accept_ownership() -> Weight {
		Weight::from_parts(171_150_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn authorize_accept_ownership() -> Weight {
		Weight::from_parts(130_459_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(ParityDbWeight::get().reads(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn cancel_ownership_transfer() -> Weight {
		Weight::from_parts(171_150_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn authorize_cancel_ownership_transfer() -> Weight {
		Weight::from_parts(130_459_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(ParityDbWeight::get().reads(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn hand_over_claim_secret() -> Weight {
		Weight::from_parts(171_150_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn authorize_hand_over_claim_secret() -> Weight {
		Weight::from_parts(130_459_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(ParityDbWeight::get().reads(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn register_chip() -> Weight {
		Weight::from_parts(133_158_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn record_chip_scan() -> Weight {
		Weight::from_parts(171_150_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	// Placeholder until scripts/benchmark.sh regenerates this file.
	fn authorize_record_chip_scan() -> Weight {
		Weight::from_parts(130_459_000, 0)
			.saturating_add(Weight::from_parts(0, 6520))
			.saturating_add(ParityDbWeight::get().reads(4))
	}
}

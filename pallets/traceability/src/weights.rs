// This file is part of trace-chain.
//
// Generated on vm (2 cores, AMD EPYC)
// by scripts/benchmark.sh 20 10, i.e.:
//   trace-node benchmark pallet --chain dev --pallet pallet_traceability --extrinsic '*'
//     --steps 20 --repeat 10 --output pallets/traceability/src/weights.rs
// Re-run the script whenever a call of the pallet changes.

//! Weights of `pallet_traceability`, measured by `benchmark pallet` (frame-benchmarking-cli 64.0.0).
//!
//! Date: 2026-12-03; steps: `20`; repeats: `10`; host: `vm`, CPU:
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
// /tmp/tmp.FdOht5dwIJ/header.txt
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
	/// Storage: `Traceability::CounterForParticipants` (r:1 w:1)
	/// Proof: `Traceability::CounterForParticipants` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 8]`.
	fn admit_participant(p: u32, ) -> Weight {
		// Minimum execution time: 20_721_000 picoseconds.
		Weight::from_parts(46_063_633, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(Weight::from_parts(84_637_627, 0).saturating_mul(p.into()))
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
		// Minimum execution time: 366_395_000 picoseconds.
		Weight::from_parts(558_363_799, 0)
			.saturating_add(Weight::from_parts(0, 161502))
			.saturating_add(Weight::from_parts(98_954_081, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(65))
			.saturating_add(T::DbWeight::get().reads((18_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(73))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 22911).saturating_mul(p.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	fn suspend_participant() -> Weight {
		// Minimum execution time: 17_646_000 picoseconds.
		Weight::from_parts(33_489_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	fn reinstate_participant() -> Weight {
		// Minimum execution time: 17_396_000 picoseconds.
		Weight::from_parts(29_474_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Products` (r:1 w:1)
	/// Proof: `Traceability::Products` (`max_values`: None, `max_size`: Some(536), added: 3011, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::CounterForProducts` (r:1 w:1)
	/// Proof: `Traceability::CounterForProducts` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register_product() -> Weight {
		// Minimum execution time: 84_495_000 picoseconds.
		Weight::from_parts(115_903_000, 0)
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
	/// Storage: `Traceability::CounterForCodes` (r:1 w:1)
	/// Proof: `Traceability::CounterForCodes` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:500)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 500]`.
	fn issue_codes(n: u32, ) -> Weight {
		// Minimum execution time: 106_559_000 picoseconds.
		Weight::from_parts(104_505_624, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(Weight::from_parts(22_833_462, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 249_972_000 picoseconds.
		Weight::from_parts(329_260_000, 0)
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
		// Minimum execution time: 224_925_000 picoseconds.
		Weight::from_parts(313_897_000, 0)
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
		// Minimum execution time: 228_370_000 picoseconds.
		Weight::from_parts(306_636_000, 0)
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
		// Minimum execution time: 229_181_000 picoseconds.
		Weight::from_parts(318_604_000, 0)
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
		// Minimum execution time: 214_189_000 picoseconds.
		Weight::from_parts(243_052_000, 0)
			.saturating_add(Weight::from_parts(0, 12938))
			.saturating_add(Weight::from_parts(24_580_753, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 135_852_000 picoseconds.
		Weight::from_parts(146_378_000, 0)
			.saturating_add(Weight::from_parts(0, 12938))
			.saturating_add(Weight::from_parts(25_923_215, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 94_260_000 picoseconds.
		Weight::from_parts(133_198_000, 0)
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
		// Minimum execution time: 102_563_000 picoseconds.
		Weight::from_parts(118_286_000, 0)
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
		// Minimum execution time: 38_527_000 picoseconds.
		Weight::from_parts(53_739_000, 0)
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
		// Minimum execution time: 37_496_000 picoseconds.
		Weight::from_parts(46_670_000, 0)
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
		// Minimum execution time: 85_286_000 picoseconds.
		Weight::from_parts(102_702_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_claim() -> Weight {
		// Minimum execution time: 60_440_000 picoseconds.
		Weight::from_parts(67_951_000, 0)
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
		// Minimum execution time: 92_338_000 picoseconds.
		Weight::from_parts(110_173_000, 0)
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
		// Minimum execution time: 28_222_000 picoseconds.
		Weight::from_parts(49_413_000, 0)
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
		// Minimum execution time: 30_836_000 picoseconds.
		Weight::from_parts(47_942_000, 0)
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
		// Minimum execution time: 89_002_000 picoseconds.
		Weight::from_parts(104_845_000, 0)
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
		// Minimum execution time: 137_895_000 picoseconds.
		Weight::from_parts(148_942_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Certifications` (r:1 w:1)
	/// Proof: `Traceability::Certifications` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn force_revoke_certification() -> Weight {
		// Minimum execution time: 21_342_000 picoseconds.
		Weight::from_parts(26_559_000, 0)
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
		// Minimum execution time: 64_375_000 picoseconds.
		Weight::from_parts(76_624_000, 0)
			.saturating_add(Weight::from_parts(0, 14088))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:1)
	/// Proof: `Traceability::OwnershipOffers` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn propose_ownership_transfer() -> Weight {
		// Minimum execution time: 94_490_000 picoseconds.
		Weight::from_parts(118_236_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:0)
	/// Proof: `Traceability::OwnershipOffers` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_propose_ownership_transfer() -> Weight {
		// Minimum execution time: 64_967_000 picoseconds.
		Weight::from_parts(79_278_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
	}
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:1)
	/// Proof: `Traceability::OwnershipOffers` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn accept_ownership() -> Weight {
		// Minimum execution time: 101_471_000 picoseconds.
		Weight::from_parts(121_561_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:0)
	/// Proof: `Traceability::OwnershipOffers` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_accept_ownership() -> Weight {
		// Minimum execution time: 65_387_000 picoseconds.
		Weight::from_parts(80_460_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
	}
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:1)
	/// Proof: `Traceability::OwnershipOffers` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn cancel_ownership_transfer() -> Weight {
		// Minimum execution time: 103_174_000 picoseconds.
		Weight::from_parts(150_534_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:0)
	/// Proof: `Traceability::OwnershipOffers` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_cancel_ownership_transfer() -> Weight {
		// Minimum execution time: 71_456_000 picoseconds.
		Weight::from_parts(86_098_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
	}
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:0)
	/// Proof: `Traceability::OwnershipOffers` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn hand_over_claim_secret() -> Weight {
		// Minimum execution time: 99_148_000 picoseconds.
		Weight::from_parts(128_552_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::OwnershipOffers` (r:1 w:0)
	/// Proof: `Traceability::OwnershipOffers` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_hand_over_claim_secret() -> Weight {
		// Minimum execution time: 68_712_000 picoseconds.
		Weight::from_parts(93_910_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Chips` (r:1 w:1)
	/// Proof: `Traceability::Chips` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn register_chip() -> Weight {
		// Minimum execution time: 95_812_000 picoseconds.
		Weight::from_parts(150_955_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Chips` (r:1 w:1)
	/// Proof: `Traceability::Chips` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:2 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn record_chip_scan() -> Weight {
		// Minimum execution time: 99_518_000 picoseconds.
		Weight::from_parts(139_518_000, 0)
			.saturating_add(Weight::from_parts(0, 6028))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Chips` (r:1 w:0)
	/// Proof: `Traceability::Chips` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:2 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_record_chip_scan() -> Weight {
		// Minimum execution time: 73_289_000 picoseconds.
		Weight::from_parts(82_743_000, 0)
			.saturating_add(Weight::from_parts(0, 6028))
			.saturating_add(T::DbWeight::get().reads(4))
	}
}

// The same measurements for tests and mocks, storage charged at ParityDB's weights.
impl WeightInfo for () {
	fn admit_participant(p: u32, ) -> Weight {
		Weight::from_parts(46_063_633, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(Weight::from_parts(84_637_627, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((18_u64).saturating_mul(p.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((9_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 22824).saturating_mul(p.into()))
	}
	fn update_participant(p: u32, ) -> Weight {
		Weight::from_parts(558_363_799, 0)
			.saturating_add(Weight::from_parts(0, 161502))
			.saturating_add(Weight::from_parts(98_954_081, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(65))
			.saturating_add(ParityDbWeight::get().reads((18_u64).saturating_mul(p.into())))
			.saturating_add(ParityDbWeight::get().writes(73))
			.saturating_add(ParityDbWeight::get().writes((9_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 22911).saturating_mul(p.into()))
	}
	fn suspend_participant() -> Weight {
		Weight::from_parts(33_489_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn reinstate_participant() -> Weight {
		Weight::from_parts(29_474_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn register_product() -> Weight {
		Weight::from_parts(115_903_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn issue_codes(n: u32, ) -> Weight {
		Weight::from_parts(104_505_624, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(Weight::from_parts(22_833_462, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	fn propose_handover() -> Weight {
		Weight::from_parts(329_260_000, 0)
			.saturating_add(Weight::from_parts(0, 6518))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn accept_handover() -> Weight {
		Weight::from_parts(313_897_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn reject_handover() -> Weight {
		Weight::from_parts(306_636_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn cancel_handover() -> Weight {
		Weight::from_parts(318_604_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn pack(n: u32, ) -> Weight {
		Weight::from_parts(243_052_000, 0)
			.saturating_add(Weight::from_parts(0, 12938))
			.saturating_add(Weight::from_parts(24_580_753, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(7))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	fn unpack(n: u32, ) -> Weight {
		Weight::from_parts(146_378_000, 0)
			.saturating_add(Weight::from_parts(0, 12938))
			.saturating_add(Weight::from_parts(25_923_215, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(4))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	fn inspect() -> Weight {
		Weight::from_parts(133_198_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn sell() -> Weight {
		Weight::from_parts(118_286_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn destroy() -> Weight {
		Weight::from_parts(53_739_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn decommission() -> Weight {
		Weight::from_parts(46_670_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn claim() -> Weight {
		Weight::from_parts(102_702_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn authorize_claim() -> Weight {
		Weight::from_parts(67_951_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(2))
	}
	fn attest() -> Weight {
		Weight::from_parts(110_173_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn revoke_certification() -> Weight {
		Weight::from_parts(49_413_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn recall_product() -> Weight {
		Weight::from_parts(47_942_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn recall_lot() -> Weight {
		Weight::from_parts(104_845_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn force_transfer_custody() -> Weight {
		Weight::from_parts(148_942_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn force_revoke_certification() -> Weight {
		Weight::from_parts(26_559_000, 0)
			.saturating_add(Weight::from_parts(0, 3620))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn lift_recall() -> Weight {
		Weight::from_parts(76_624_000, 0)
			.saturating_add(Weight::from_parts(0, 14088))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn propose_ownership_transfer() -> Weight {
		Weight::from_parts(118_236_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn authorize_propose_ownership_transfer() -> Weight {
		Weight::from_parts(79_278_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
	}
	fn accept_ownership() -> Weight {
		Weight::from_parts(121_561_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn authorize_accept_ownership() -> Weight {
		Weight::from_parts(80_460_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
	}
	fn cancel_ownership_transfer() -> Weight {
		Weight::from_parts(150_534_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn authorize_cancel_ownership_transfer() -> Weight {
		Weight::from_parts(86_098_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
	}
	fn hand_over_claim_secret() -> Weight {
		Weight::from_parts(128_552_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn authorize_hand_over_claim_secret() -> Weight {
		Weight::from_parts(93_910_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
	}
	fn register_chip() -> Weight {
		Weight::from_parts(150_955_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn record_chip_scan() -> Weight {
		Weight::from_parts(139_518_000, 0)
			.saturating_add(Weight::from_parts(0, 6028))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn authorize_record_chip_scan() -> Weight {
		Weight::from_parts(82_743_000, 0)
			.saturating_add(Weight::from_parts(0, 6028))
			.saturating_add(ParityDbWeight::get().reads(4))
	}
}

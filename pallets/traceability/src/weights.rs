// This file is part of trace-chain.
//
// Generated on vm (2 cores, Intel(R) Xeon(R) Processor)
// by scripts/benchmark.sh 20 10, i.e.:
//   trace-node benchmark pallet --chain dev --pallet pallet_traceability --extrinsic '*'
//     --steps 20 --repeat 10 --output pallets/traceability/src/weights.rs
// Re-run the script whenever a call of the pallet changes.

//! Weights of `pallet_traceability`, measured by `benchmark pallet` (frame-benchmarking-cli 64.0.0).
//!
//! Date: 2026-11-27; steps: `20`; repeats: `10`; host: `vm`, CPU:
//! `Intel(R) Xeon(R) Processor`; wasm execution: `Compiled`; chain: `Some("dev")`.
//! [`SubstrateWeight`] charges storage at the runtime's `DbWeight`; the `()` implementation
//! (for tests) at ParityDB's, the node's database.

// Executed command:
// /tmp/trace-node-bench
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
// /tmp/tmp.RAgqtVzhSB
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
}

/// Weights measured on the project's machines, storage charged at `T::DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::CompanyPrefixOwners` (r:8 w:8)
	/// Proof: `Traceability::CompanyPrefixOwners` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::ParticipantCount` (r:1 w:1)
	/// Proof: `Traceability::ParticipantCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 8]`.
	fn admit_participant(p: u32, ) -> Weight {
		// Minimum execution time: 18_324_000 picoseconds.
		Weight::from_parts(27_116_635, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(Weight::from_parts(6_075_463, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2536).saturating_mul(p.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::CompanyPrefixOwners` (r:8 w:16)
	/// Proof: `Traceability::CompanyPrefixOwners` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 8]`.
	fn update_participant(p: u32, ) -> Weight {
		// Minimum execution time: 36_893_000 picoseconds.
		Weight::from_parts(50_571_076, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(Weight::from_parts(6_482_136, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(9))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2623).saturating_mul(p.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	fn suspend_participant() -> Weight {
		// Minimum execution time: 17_667_000 picoseconds.
		Weight::from_parts(22_213_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	fn reinstate_participant() -> Weight {
		// Minimum execution time: 17_879_000 picoseconds.
		Weight::from_parts(26_028_000, 0)
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
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register_product() -> Weight {
		// Minimum execution time: 28_001_000 picoseconds.
		Weight::from_parts(37_820_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Products` (r:1 w:0)
	/// Proof: `Traceability::Products` (`max_values`: None, `max_size`: Some(536), added: 3011, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::RecalledLots` (r:1 w:0)
	/// Proof: `Traceability::RecalledLots` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:500 w:500)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::CodeCount` (r:1 w:1)
	/// Proof: `Traceability::CodeCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:500)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 500]`.
	fn issue_codes(n: u32, ) -> Weight {
		// Minimum execution time: 48_157_000 picoseconds.
		Weight::from_parts(384_347_664, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(Weight::from_parts(26_131_574, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	/// Storage: `Traceability::Participants` (r:2 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn propose_handover() -> Weight {
		// Minimum execution time: 167_302_000 picoseconds.
		Weight::from_parts(192_789_000, 0)
			.saturating_add(Weight::from_parts(0, 6518))
			.saturating_add(T::DbWeight::get().reads(4))
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
	fn accept_handover() -> Weight {
		// Minimum execution time: 168_652_000 picoseconds.
		Weight::from_parts(189_482_000, 0)
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
	fn reject_handover() -> Weight {
		// Minimum execution time: 164_342_000 picoseconds.
		Weight::from_parts(215_532_000, 0)
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
	fn cancel_handover() -> Weight {
		// Minimum execution time: 206_735_000 picoseconds.
		Weight::from_parts(227_062_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:504 w:504)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Children` (r:0 w:500)
	/// Proof: `Traceability::Children` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:501)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 500]`.
	fn pack(n: u32, ) -> Weight {
		// Minimum execution time: 111_107_000 picoseconds.
		Weight::from_parts(116_144_000, 0)
			.saturating_add(Weight::from_parts(0, 12938))
			.saturating_add(Weight::from_parts(41_918_033, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:504 w:501)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Children` (r:0 w:500)
	/// Proof: `Traceability::Children` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:501)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 500]`.
	fn unpack(n: u32, ) -> Weight {
		// Minimum execution time: 102_386_000 picoseconds.
		Weight::from_parts(108_444_000, 0)
			.saturating_add(Weight::from_parts(0, 12938))
			.saturating_add(Weight::from_parts(37_244_228, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn inspect() -> Weight {
		// Minimum execution time: 35_000_000 picoseconds.
		Weight::from_parts(48_128_000, 0)
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
	fn sell() -> Weight {
		// Minimum execution time: 34_762_000 picoseconds.
		Weight::from_parts(62_568_000, 0)
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
	fn destroy() -> Weight {
		// Minimum execution time: 37_073_000 picoseconds.
		Weight::from_parts(67_013_000, 0)
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
		// Minimum execution time: 35_675_000 picoseconds.
		Weight::from_parts(64_492_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::History` (r:0 w:1)
	/// Proof: `Traceability::History` (`max_values`: None, `max_size`: Some(483), added: 2958, mode: `MaxEncodedLen`)
	fn claim() -> Weight {
		// Minimum execution time: 84_468_000 picoseconds.
		Weight::from_parts(149_556_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Proof: `Traceability::Codes` (`max_values`: None, `max_size`: Some(512), added: 2987, mode: `MaxEncodedLen`)
	fn authorize_claim() -> Weight {
		// Minimum execution time: 65_538_000 picoseconds.
		Weight::from_parts(87_682_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(1))
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
	fn attest() -> Weight {
		// Minimum execution time: 41_756_000 picoseconds.
		Weight::from_parts(60_334_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Proof: `Traceability::Participants` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	/// Storage: `Traceability::Certifications` (r:1 w:1)
	/// Proof: `Traceability::Certifications` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn revoke_certification() -> Weight {
		// Minimum execution time: 29_532_000 picoseconds.
		Weight::from_parts(53_403_000, 0)
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
		// Minimum execution time: 30_943_000 picoseconds.
		Weight::from_parts(55_662_000, 0)
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
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn recall_lot() -> Weight {
		// Minimum execution time: 34_060_000 picoseconds.
		Weight::from_parts(57_607_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn force_transfer_custody() -> Weight {
		Weight::from_parts(189_482_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn force_revoke_certification() -> Weight {
		Weight::from_parts(53_403_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn lift_recall() -> Weight {
		Weight::from_parts(80_000_000, 0)
			.saturating_add(Weight::from_parts(0, 16_000))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

// The same measurements for tests and mocks, storage charged at ParityDB's weights.
impl WeightInfo for () {
	fn admit_participant(p: u32, ) -> Weight {
		Weight::from_parts(27_116_635, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(Weight::from_parts(6_075_463, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2536).saturating_mul(p.into()))
	}
	fn update_participant(p: u32, ) -> Weight {
		Weight::from_parts(50_571_076, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(Weight::from_parts(6_482_136, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(ParityDbWeight::get().writes(9))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2623).saturating_mul(p.into()))
	}
	fn suspend_participant() -> Weight {
		Weight::from_parts(22_213_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn reinstate_participant() -> Weight {
		Weight::from_parts(26_028_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn register_product() -> Weight {
		Weight::from_parts(37_820_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn issue_codes(n: u32, ) -> Weight {
		Weight::from_parts(384_347_664, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(Weight::from_parts(26_131_574, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(1))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	fn propose_handover() -> Weight {
		Weight::from_parts(192_789_000, 0)
			.saturating_add(Weight::from_parts(0, 6518))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn accept_handover() -> Weight {
		Weight::from_parts(189_482_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn reject_handover() -> Weight {
		Weight::from_parts(215_532_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn cancel_handover() -> Weight {
		Weight::from_parts(227_062_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn pack(n: u32, ) -> Weight {
		Weight::from_parts(116_144_000, 0)
			.saturating_add(Weight::from_parts(0, 12938))
			.saturating_add(Weight::from_parts(41_918_033, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	fn unpack(n: u32, ) -> Weight {
		Weight::from_parts(108_444_000, 0)
			.saturating_add(Weight::from_parts(0, 12938))
			.saturating_add(Weight::from_parts(37_244_228, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2987).saturating_mul(n.into()))
	}
	fn inspect() -> Weight {
		Weight::from_parts(48_128_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn sell() -> Weight {
		Weight::from_parts(62_568_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn destroy() -> Weight {
		Weight::from_parts(67_013_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn decommission() -> Weight {
		Weight::from_parts(64_492_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn claim() -> Weight {
		Weight::from_parts(149_556_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn authorize_claim() -> Weight {
		Weight::from_parts(87_682_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(1))
	}
	fn attest() -> Weight {
		Weight::from_parts(60_334_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn revoke_certification() -> Weight {
		Weight::from_parts(53_403_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn recall_product() -> Weight {
		Weight::from_parts(55_662_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn recall_lot() -> Weight {
		Weight::from_parts(57_607_000, 0)
			.saturating_add(Weight::from_parts(0, 4001))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn force_transfer_custody() -> Weight {
		Weight::from_parts(189_482_000, 0)
			.saturating_add(Weight::from_parts(0, 3977))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn force_revoke_certification() -> Weight {
		Weight::from_parts(53_403_000, 0)
			.saturating_add(Weight::from_parts(0, 3754))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn lift_recall() -> Weight {
		Weight::from_parts(80_000_000, 0)
			.saturating_add(Weight::from_parts(0, 16_000))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
}

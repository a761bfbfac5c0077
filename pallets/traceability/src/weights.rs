//! Weights for `pallet_traceability`.
//!
//! PLACEHOLDER until scripts/benchmark.sh regenerates on this machine: the numbers below are
//! hand-written estimates in the format `frame-benchmarking-cli` generates (reads and writes
//! counted from the code, times guessed). Do not ship them.
//!
//! Format of `frame-benchmarking-cli` 64.0.0 (`benchmark pallet`); the regenerated file will
//! carry the date, hardware, steps and repeats of the run here.

// Executed Command:
// (none yet; scripts/benchmark.sh)

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_traceability`.
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
}

/// Weights for `pallet_traceability` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Storage: `Traceability::CompanyPrefixOwners` (r:3 w:3)
	/// Storage: `Traceability::ParticipantCount` (r:1 w:1)
	/// The range of component `p` is `[1, 10]`.
	fn admit_participant(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1166`
		//  Estimated: `3500`
		// Minimum execution time: 17_100_000 picoseconds.
		Weight::from_parts(18_000_000, 3500)
			// Standard Error: 52_000
			.saturating_add(Weight::from_parts(2_600_000, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(p.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Storage: `Traceability::CompanyPrefixOwners` (r:3 w:6)
	/// The range of component `p` is `[1, 10]`.
	fn update_participant(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1166`
		//  Estimated: `3500`
		// Minimum execution time: 22_800_000 picoseconds.
		Weight::from_parts(24_000_000, 3500)
			// Standard Error: 54_000
			.saturating_add(Weight::from_parts(2_700_000, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(p.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	fn suspend_participant() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1166`
		//  Estimated: `3500`
		// Minimum execution time: 13_300_000 picoseconds.
		Weight::from_parts(14_000_000, 3500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	fn reinstate_participant() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1166`
		//  Estimated: `3500`
		// Minimum execution time: 13_300_000 picoseconds.
		Weight::from_parts(14_000_000, 3500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Products` (r:1 w:1)
	/// Storage: `Traceability::ProductCount` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn register_product() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1200`
		//  Estimated: `3600`
		// Minimum execution time: 22_800_000 picoseconds.
		Weight::from_parts(24_000_000, 3600)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Products` (r:1 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::RecalledLots` (r:10 w:0)
	/// Storage: `Traceability::Codes` (r:10 w:10)
	/// Storage: `Traceability::CodeCount` (r:1 w:1)
	/// Storage: `Traceability::History` (r:0 w:10)
	/// The range of component `n` is `[1, 10]`.
	fn issue_codes(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1300`
		//  Estimated: `3900`
		// Minimum execution time: 28_500_000 picoseconds.
		Weight::from_parts(30_000_000, 3900)
			// Standard Error: 560_000
			.saturating_add(Weight::from_parts(28_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(n.into()))
	}
	/// Storage: `Traceability::Participants` (r:2 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn propose_handover() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 30_400_000 picoseconds.
		Weight::from_parts(32_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn accept_handover() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 26_600_000 picoseconds.
		Weight::from_parts(28_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn reject_handover() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 24_700_000 picoseconds.
		Weight::from_parts(26_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn cancel_handover() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 23_750_000 picoseconds.
		Weight::from_parts(25_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:14 w:14)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:11)
	/// Storage: `Traceability::Children` (r:0 w:10)
	/// The range of component `n` is `[1, 10]`.
	fn pack(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2666`
		//  Estimated: `8000`
		// Minimum execution time: 57_000_000 picoseconds.
		Weight::from_parts(60_000_000, 8000)
			// Standard Error: 480_000
			.saturating_add(Weight::from_parts(24_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(n.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:14 w:11)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:11)
	/// Storage: `Traceability::Children` (r:0 w:10)
	/// The range of component `n` is `[1, 10]`.
	fn unpack(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2666`
		//  Estimated: `8000`
		// Minimum execution time: 42_750_000 picoseconds.
		Weight::from_parts(45_000_000, 8000)
			// Standard Error: 440_000
			.saturating_add(Weight::from_parts(22_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(n.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn inspect() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 24_700_000 picoseconds.
		Weight::from_parts(26_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn sell() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 24_700_000 picoseconds.
		Weight::from_parts(26_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn destroy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 25_650_000 picoseconds.
		Weight::from_parts(27_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn decommission() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 24_700_000 picoseconds.
		Weight::from_parts(26_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn claim() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 71_250_000 picoseconds.
		Weight::from_parts(75_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Codes` (r:1 w:0)
	fn authorize_claim() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 57_000_000 picoseconds.
		Weight::from_parts(60_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Storage: `Traceability::Certifications` (r:1 w:1)
	/// Storage: `Traceability::CertificationCount` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn attest() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1266`
		//  Estimated: `3800`
		// Minimum execution time: 28_500_000 picoseconds.
		Weight::from_parts(30_000_000, 3800)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Certifications` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn revoke_certification() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1200`
		//  Estimated: `3600`
		// Minimum execution time: 20_900_000 picoseconds.
		Weight::from_parts(22_000_000, 3600)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Products` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn recall_product() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1233`
		//  Estimated: `3700`
		// Minimum execution time: 22_800_000 picoseconds.
		Weight::from_parts(24_000_000, 3700)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Products` (r:1 w:0)
	/// Storage: `Traceability::RecalledLots` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn recall_lot() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1233`
		//  Estimated: `3700`
		// Minimum execution time: 23_750_000 picoseconds.
		Weight::from_parts(25_000_000, 3700)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Storage: `Traceability::CompanyPrefixOwners` (r:3 w:3)
	/// Storage: `Traceability::ParticipantCount` (r:1 w:1)
	/// The range of component `p` is `[1, 10]`.
	fn admit_participant(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1166`
		//  Estimated: `3500`
		// Minimum execution time: 17_100_000 picoseconds.
		Weight::from_parts(18_000_000, 3500)
			// Standard Error: 52_000
			.saturating_add(Weight::from_parts(2_600_000, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(p.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	/// Storage: `Traceability::CompanyPrefixOwners` (r:3 w:6)
	/// The range of component `p` is `[1, 10]`.
	fn update_participant(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1166`
		//  Estimated: `3500`
		// Minimum execution time: 22_800_000 picoseconds.
		Weight::from_parts(24_000_000, 3500)
			// Standard Error: 54_000
			.saturating_add(Weight::from_parts(2_700_000, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(p.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	fn suspend_participant() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1166`
		//  Estimated: `3500`
		// Minimum execution time: 13_300_000 picoseconds.
		Weight::from_parts(14_000_000, 3500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:1)
	fn reinstate_participant() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1166`
		//  Estimated: `3500`
		// Minimum execution time: 13_300_000 picoseconds.
		Weight::from_parts(14_000_000, 3500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Products` (r:1 w:1)
	/// Storage: `Traceability::ProductCount` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn register_product() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1200`
		//  Estimated: `3600`
		// Minimum execution time: 22_800_000 picoseconds.
		Weight::from_parts(24_000_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Products` (r:1 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::RecalledLots` (r:10 w:0)
	/// Storage: `Traceability::Codes` (r:10 w:10)
	/// Storage: `Traceability::CodeCount` (r:1 w:1)
	/// Storage: `Traceability::History` (r:0 w:10)
	/// The range of component `n` is `[1, 10]`.
	fn issue_codes(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1300`
		//  Estimated: `3900`
		// Minimum execution time: 28_500_000 picoseconds.
		Weight::from_parts(30_000_000, 3900)
			// Standard Error: 560_000
			.saturating_add(Weight::from_parts(28_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(n.into()))
	}
	/// Storage: `Traceability::Participants` (r:2 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn propose_handover() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 30_400_000 picoseconds.
		Weight::from_parts(32_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn accept_handover() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 26_600_000 picoseconds.
		Weight::from_parts(28_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn reject_handover() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 24_700_000 picoseconds.
		Weight::from_parts(26_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn cancel_handover() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 23_750_000 picoseconds.
		Weight::from_parts(25_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:14 w:14)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:11)
	/// Storage: `Traceability::Children` (r:0 w:10)
	/// The range of component `n` is `[1, 10]`.
	fn pack(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2666`
		//  Estimated: `8000`
		// Minimum execution time: 57_000_000 picoseconds.
		Weight::from_parts(60_000_000, 8000)
			// Standard Error: 480_000
			.saturating_add(Weight::from_parts(24_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(n.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:14 w:11)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:11)
	/// Storage: `Traceability::Children` (r:0 w:10)
	/// The range of component `n` is `[1, 10]`.
	fn unpack(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2666`
		//  Estimated: `8000`
		// Minimum execution time: 42_750_000 picoseconds.
		Weight::from_parts(45_000_000, 8000)
			// Standard Error: 440_000
			.saturating_add(Weight::from_parts(22_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(n.into()))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn inspect() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 24_700_000 picoseconds.
		Weight::from_parts(26_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn sell() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 24_700_000 picoseconds.
		Weight::from_parts(26_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn destroy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 25_650_000 picoseconds.
		Weight::from_parts(27_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn decommission() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 24_700_000 picoseconds.
		Weight::from_parts(26_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Codes` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `Traceability::History` (r:0 w:1)
	fn claim() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 71_250_000 picoseconds.
		Weight::from_parts(75_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Codes` (r:1 w:0)
	fn authorize_claim() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1333`
		//  Estimated: `4000`
		// Minimum execution time: 57_000_000 picoseconds.
		Weight::from_parts(60_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Codes` (r:1 w:0)
	/// Storage: `Traceability::Certifications` (r:1 w:1)
	/// Storage: `Traceability::CertificationCount` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn attest() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1266`
		//  Estimated: `3800`
		// Minimum execution time: 28_500_000 picoseconds.
		Weight::from_parts(30_000_000, 3800)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Certifications` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn revoke_certification() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1200`
		//  Estimated: `3600`
		// Minimum execution time: 20_900_000 picoseconds.
		Weight::from_parts(22_000_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Products` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn recall_product() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1233`
		//  Estimated: `3700`
		// Minimum execution time: 22_800_000 picoseconds.
		Weight::from_parts(24_000_000, 3700)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Traceability::Participants` (r:1 w:0)
	/// Storage: `Traceability::Products` (r:1 w:0)
	/// Storage: `Traceability::RecalledLots` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn recall_lot() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1233`
		//  Estimated: `3700`
		// Minimum execution time: 23_750_000 picoseconds.
		Weight::from_parts(25_000_000, 3700)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}

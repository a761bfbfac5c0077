//! The pallets `benchmark pallet` measures. `scripts/benchmark.sh` turns the results into
//! `pallets/traceability/src/weights.rs`; `scripts/benchmark.sh --all` also writes
//! `runtime/src/weights/<pallet>.rs` for the others (see `runtime/src/weights/README.md`).
//!
//! Not listed, because their benchmarks cannot run against this runtime's configuration:
//! - `pallet_collective` (`Consortium`): every benchmark seats its members with
//!   `set_members(Root)`, and `SetMembersOrigin` is `NeverEnsureOrigin` (members come from
//!   `ConsortiumMembership` only);
//! - `pallet_membership` (`ConsortiumMembership`, `Validators`): every benchmark sets a prime
//!   member through `PrimeOrigin::try_successful_origin()`, which `NeverEnsureOrigin` refuses
//!   (the benchmark panics), and `remove_member` expects `MembershipChanged` to report a prime;
//! - `pallet_session`: its benchmarks live in `pallet-session-benchmarking`, which requires
//!   `pallet_staking::Config` and `pallet_session::historical::Config`; this chain has neither;
//! - `pallet_whitelist`: its benchmarks need a preimage store (`Preimages = ()` has none; its
//!   `MAX_LENGTH` of 0 does not even give `dispatch_whitelisted_call` a component range).

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_sudo, Sudo]
	[pallet_utility, Utility]
	[pallet_traceability, Traceability]
);

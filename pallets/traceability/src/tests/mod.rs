//! Unit tests, by area. Every test runs in [`build_and_execute`](crate::mock::build_and_execute),
//! which checks the pallet's invariants afterwards.

mod certifications;
mod claims;
mod codes;
mod containers;
mod custody;
mod participants;
mod products;
mod proptest;
mod recalls;
mod report;

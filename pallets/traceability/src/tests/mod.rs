//! Unit tests, by area. Almost every test runs in
//! [`build_and_execute`](crate::mock::build_and_execute), which checks the pallet's invariants
//! afterwards; the random-sequence test checks them after every call, the migration test
//! before and after the migration, and `attacks` performs each known abuse path. `vectors`
//! writes what the consumer page's port of the claim is checked against.

mod attacks;
mod certifications;
mod claims;
mod codes;
mod containers;
mod custody;
mod deposits;
mod migrations;
mod participants;
mod products;
mod proptest;
mod recalls;
mod report;
mod vectors;

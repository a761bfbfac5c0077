//! Unit tests, by area. Most tests run in [`build_and_execute`](crate::mock::build_and_execute),
//! which checks the pallet's invariants afterwards; the random-sequence test (`proptest`)
//! checks them after every call, the migration test before and after the migration, `attacks`
//! performs each known abuse path, `weights` runs every call under externalities that count
//! its storage accesses, and `vectors` writes what the consumer page's port of the claim is
//! checked against; `ownership` and `chips` end with the attacks on their steps.

mod attacks;
mod certifications;
mod chips;
mod claims;
mod codes;
mod containers;
mod custody;
mod deposits;
mod migrations;
mod ownership;
mod participants;
mod products;
mod proptest;
mod recalls;
mod report;
mod vectors;
mod weights;

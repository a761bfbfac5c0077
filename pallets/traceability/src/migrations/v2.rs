//! Storage version 1 → 2: company prefixes may no longer overlap, and admission finds the
//! prefixes under a shorter one through [`PrefixStems`], which this migration fills from the
//! prefixes already admitted. [`LiftedRecalls`](crate::LiftedRecalls) is new and starts empty;
//! no stored type changed its layout.

use crate::{CompanyPrefixOwners, Config, Pallet, PrefixStems};
#[cfg(feature = "try-runtime")]
use alloc::vec::Vec;
use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};
#[cfg(feature = "try-runtime")]
use sp_runtime::TryRuntimeError;

/// Counts every admitted prefix under each of its stems.
pub struct FillPrefixStems<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for FillPrefixStems<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut reads = 0_u64;
		let mut writes = 0_u64;
		for (prefix, _) in CompanyPrefixOwners::<T>::iter() {
			reads = reads.saturating_add(1);
			for stem in Pallet::<T>::stems(&prefix) {
				PrefixStems::<T>::mutate(&stem, |count| *count = count.saturating_add(1));
				reads = reads.saturating_add(1);
				writes = writes.saturating_add(1);
			}
		}
		T::DbWeight::get().reads_writes(reads, writes)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
		use codec::Encode;
		frame_support::ensure!(
			PrefixStems::<T>::iter().next().is_none(),
			"PrefixStems is not empty before the migration"
		);
		Ok((CompanyPrefixOwners::<T>::iter().count() as u64).encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
		use codec::Decode;
		let prefixes =
			u64::decode(&mut state.as_slice()).map_err(|_| "undecodable pre-upgrade state")?;
		let stems: u64 = PrefixStems::<T>::iter_values().map(u64::from).sum();
		let expected: u64 = CompanyPrefixOwners::<T>::iter_keys()
			.map(|prefix| Pallet::<T>::stems(&prefix).len() as u64)
			.sum();
		frame_support::ensure!(
			prefixes == CompanyPrefixOwners::<T>::iter().count() as u64,
			"the migration changed CompanyPrefixOwners"
		);
		frame_support::ensure!(stems == expected, "PrefixStems does not count every stem");
		Ok(())
	}
}

/// [`FillPrefixStems`], run once, when the on-chain storage version is 1; sets it to 2.
pub type MigrateV1ToV2<T> =
	VersionedMigration<1, 2, FillPrefixStems<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;

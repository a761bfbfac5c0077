//! Storage version 2 → 3: [`Participants`], [`Products`] and [`Codes`] became
//! `CountedStorageMap`s, so their entries are counted by FRAME instead of by the hand-kept
//! `ParticipantCount`, `ProductCount` and `CodeCount` values. Each old count moves to its map's
//! counter and the old value is removed. No entry is read: 3 reads and 6 writes, whatever the
//! chain holds.

use crate::{Codes, Config, Pallet, Participants, Products};
#[cfg(feature = "try-runtime")]
use alloc::vec::Vec;
use frame_support::{
	migrations::VersionedMigration,
	storage::unhashed,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};
#[cfg(feature = "try-runtime")]
use sp_runtime::TryRuntimeError;

/// The counters of storage version 2, read and removed by this migration.
pub mod old {
	use crate::{Config, Pallet};
	use frame_support::{pallet_prelude::ValueQuery, storage_alias};

	/// Number of entries in `Participants`.
	#[storage_alias]
	pub type ParticipantCount<T: Config> = StorageValue<Pallet<T>, u32, ValueQuery>;
	/// Number of entries in `Products`.
	#[storage_alias]
	pub type ProductCount<T: Config> = StorageValue<Pallet<T>, u32, ValueQuery>;
	/// Number of entries in `Codes`.
	#[storage_alias]
	pub type CodeCount<T: Config> = StorageValue<Pallet<T>, u32, ValueQuery>;
}

/// Moves the three counts into the counters of the counted maps.
pub struct MoveCounters<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for MoveCounters<T> {
	fn on_runtime_upgrade() -> Weight {
		unhashed::put(
			&Participants::<T>::counter_storage_final_key(),
			&old::ParticipantCount::<T>::take(),
		);
		unhashed::put(&Products::<T>::counter_storage_final_key(), &old::ProductCount::<T>::take());
		unhashed::put(&Codes::<T>::counter_storage_final_key(), &old::CodeCount::<T>::take());
		T::DbWeight::get().reads_writes(3, 6)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
		use codec::Encode;
		let counts = (
			old::ParticipantCount::<T>::get(),
			old::ProductCount::<T>::get(),
			old::CodeCount::<T>::get(),
		);
		Ok(counts.encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
		use codec::Decode;
		let before = <(u32, u32, u32)>::decode(&mut state.as_slice())
			.map_err(|_| "undecodable pre-upgrade state")?;
		let after = (Participants::<T>::count(), Products::<T>::count(), Codes::<T>::count());
		frame_support::ensure!(before == after, "a count changed in the migration");
		frame_support::ensure!(
			!old::ParticipantCount::<T>::exists()
				&& !old::ProductCount::<T>::exists()
				&& !old::CodeCount::<T>::exists(),
			"an old counter is still stored"
		);
		Ok(())
	}
}

/// [`MoveCounters`], run once, when the on-chain storage version is 2; sets it to 3.
pub type MigrateV2ToV3<T> =
	VersionedMigration<2, 3, MoveCounters<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;

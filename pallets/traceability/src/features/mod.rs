//! The logic of the calls, by area. Each `do_*` function checks the origin's participant and
//! role first, then everything else, and writes only once nothing can fail any more (short of
//! a broken invariant, which the storage layer every call runs in would roll back).

mod certifications;
mod chips;
mod claims;
mod codes;
mod containers;
mod custody;
mod ownership;
mod participants;
mod products;
mod recalls;

use crate::{Config, Error, Location, Moment, Pallet};
use frame_support::{ensure, traits::Time};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Block time, milliseconds since the Unix epoch.
	pub(crate) fn now() -> Moment {
		T::Time::now()
	}

	/// The hash of this chain's genesis block, which every signed payload binds.
	pub(crate) fn genesis_hash() -> T::Hash {
		frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero())
	}

	/// Ensures an optional location is well formed and a declared time is not in the future.
	pub(crate) fn ensure_whereabouts(
		location: &Option<Location<T>>,
		declared_at: Option<Moment>,
	) -> Result<(), Error<T>> {
		ensure!(location.as_ref().is_none_or(Location::is_valid), Error::<T>::InvalidLocation);
		ensure!(
			declared_at.is_none_or(|declared| declared <= Self::now()),
			Error::<T>::DeclaredTimeInFuture
		);
		Ok(())
	}
}

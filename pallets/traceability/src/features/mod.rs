//! The logic of the calls, by area. Each `do_*` function checks the origin's participant and
//! role first, then everything else, and writes only once nothing can fail any more (short of
//! a broken invariant, which the storage layer every call runs in would roll back).

mod certifications;
mod claims;
mod codes;
mod containers;
mod custody;
mod participants;
mod products;
mod recalls;

use crate::{Config, Error, Location, Moment, Pallet};
use frame_support::{ensure, traits::Time};

impl<T: Config> Pallet<T> {
	/// Block time, milliseconds since the Unix epoch.
	pub(crate) fn now() -> Moment {
		T::Time::now()
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

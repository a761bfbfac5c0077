//! Containers: packing codes into other codes and taking them out again, and the walks up the
//! container chain that give a packed item its custodian.
//!
//! A packed item keeps its own record but travels with its container: the custodian of an
//! item is the custodian of its outermost container, so handing over a container changes only
//! the container's record. Every code keeps `height`, an upper bound of the nesting below it;
//! with `depth` the number of containers around a code, packing keeps
//! `depth + height <= MaxNestingDepth` for every code, which bounds every walk.

use crate::{
	BizStep, Children, CodeId, CodeListOf, Codes, Config, Disposition, Error, Event, Location,
	Pallet, TraceCode, TraceEvent,
};
use alloc::{collections::BTreeSet, vec::Vec};
use frame_support::{defensive, dispatch::DispatchResult, ensure, traits::Get};
use sp_runtime::{ArithmeticError, DispatchError};

/// The containers around a code with their records, innermost first.
pub(crate) type Ancestors<T> = Vec<(CodeId, TraceCode<T>)>;

impl<T: Config> Pallet<T> {
	/// The checks `pack` and `unpack` share, in this order: `who` is an active participant,
	/// the batch is not empty, the container exists and is active, so is its outermost
	/// container, whose custodian is `who`, and the location is valid. Returns the container's
	/// record and its ancestors, innermost first.
	fn open_container(
		who: &T::AccountId,
		container: &CodeId,
		items: &CodeListOf<T>,
		location: &Option<Location<T>>,
	) -> Result<(TraceCode<T>, Ancestors<T>), Error<T>> {
		Self::ensure_custody_role(who)?;
		ensure!(!items.is_empty(), Error::<T>::EmptyBatch);
		let record = Self::code(container)?;
		Self::ensure_active(&record)?;
		let ancestors = Self::ancestors(&record)?;
		let root = ancestors.last().map_or(&record, |(_, root)| root);
		Self::ensure_active(root)?;
		ensure!(root.custodian == *who, Error::<T>::NotCustodian);
		Self::ensure_whereabouts(location, None)?;
		Ok((record, ancestors))
	}

	/// Packs `items` into `container`; see [`Pallet::pack`].
	pub(crate) fn do_pack(
		who: T::AccountId,
		container: CodeId,
		items: CodeListOf<T>,
		location: Option<Location<T>>,
	) -> DispatchResult {
		let (mut record, ancestors) = Self::open_container(&who, &container, &items, &location)?;
		let added = u32::try_from(items.len()).map_err(|_| ArithmeticError::Overflow)?;
		let children = record.children.checked_add(added).ok_or(ArithmeticError::Overflow)?;
		ensure!(children <= T::MaxChildrenPerContainer::get(), Error::<T>::ContainerFull);

		let mut seen = BTreeSet::new();
		let mut packed = Vec::with_capacity(items.len());
		let mut item_height = 0_u8;
		for id in &items {
			ensure!(seen.insert(*id), Error::<T>::DuplicateItem);
			let item = Self::code(id)?;
			Self::ensure_active(&item)?;
			ensure!(
				*id != container && !ancestors.iter().any(|(ancestor, _)| ancestor == id),
				Error::<T>::WouldCreateCycle
			);
			ensure!(item.parent.is_none(), Error::<T>::AlreadyPacked);
			ensure!(item.custodian == who, Error::<T>::NotCustodian);
			let mut item = item;
			item.parent = Some(container);
			Self::ensure_history_room(&item, BizStep::Packing)?;
			item_height = item_height.max(item.height);
			packed.push((*id, item));
		}
		// The container sits at depth `ancestors.len()`; the items go one level below it and
		// bring `item_height` levels of their own.
		let depth = u32::try_from(ancestors.len()).map_err(|_| Error::<T>::TooDeep)?;
		let deepest = depth
			.checked_add(1)
			.and_then(|level| level.checked_add(u32::from(item_height)))
			.ok_or(Error::<T>::TooDeep)?;
		ensure!(deepest <= T::MaxNestingDepth::get(), Error::<T>::TooDeep);
		record.children = children;
		Self::ensure_history_room(&record, BizStep::Packing)?;

		let packed_count = u32::try_from(packed.len()).map_err(|_| ArithmeticError::Overflow)?;
		let footprint =
			Self::event_footprint().and(Self::packed_item_footprint().times(packed_count));
		Self::hold_deposit(&who, footprint)?;

		// Nothing can fail from here on, except defensively.
		let container_height = item_height.checked_add(1).ok_or(Error::<T>::TooDeep)?;
		record.height = record.height.max(container_height);
		let event = TraceEvent {
			location: location.clone(),
			..Self::trace_event(BizStep::Packing, Disposition::ContainerClosed, who.clone())
		};
		Self::append_event(&container, &mut record, event)?;
		Codes::<T>::insert(container, record);
		let mut height = container_height;
		for (id, mut ancestor) in ancestors {
			height = height.checked_add(1).ok_or(Error::<T>::TooDeep)?;
			if ancestor.height < height {
				ancestor.height = height;
				Codes::<T>::insert(id, ancestor);
			}
		}
		for (id, mut item) in packed {
			let event = TraceEvent {
				location: location.clone(),
				container: Some(container),
				..Self::trace_event(BizStep::Packing, Disposition::InProgress, who.clone())
			};
			Self::append_event(&id, &mut item, event)?;
			Codes::<T>::insert(id, item);
			Children::<T>::insert(container, id, ());
		}
		Self::deposit_event(Event::Packed { container, items });
		Ok(())
	}

	/// Takes `items` out of `container`; see [`Pallet::unpack`].
	pub(crate) fn do_unpack(
		who: T::AccountId,
		container: CodeId,
		items: CodeListOf<T>,
		location: Option<Location<T>>,
	) -> DispatchResult {
		let (mut record, _) = Self::open_container(&who, &container, &items, &location)?;

		let mut seen = BTreeSet::new();
		let mut unpacked = Vec::with_capacity(items.len());
		for id in &items {
			ensure!(seen.insert(*id), Error::<T>::DuplicateItem);
			let mut item = Self::code(id)?;
			ensure!(item.parent == Some(container), Error::<T>::NotInContainer);
			item.parent = None;
			item.custodian = who.clone();
			Self::ensure_history_room(&item, BizStep::Unpacking)?;
			unpacked.push((*id, item));
		}
		let removed = u32::try_from(items.len()).map_err(|_| ArithmeticError::Overflow)?;
		let Some(children) = record.children.checked_sub(removed) else {
			defensive!("a container holds fewer children than point to it");
			return Err(DispatchError::Corruption);
		};
		record.children = children;
		Self::ensure_history_room(&record, BizStep::Unpacking)?;
		let events = removed.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		Self::hold_deposit(&who, Self::event_footprint().times(events))?;

		let event = TraceEvent {
			location: location.clone(),
			..Self::trace_event(BizStep::Unpacking, Disposition::ContainerOpen, who.clone())
		};
		Self::append_event(&container, &mut record, event)?;
		Codes::<T>::insert(container, record);
		for (id, mut item) in unpacked {
			let event = TraceEvent {
				location: location.clone(),
				container: Some(container),
				..Self::trace_event(BizStep::Unpacking, Disposition::Active, who.clone())
			};
			Self::append_event(&id, &mut item, event)?;
			Codes::<T>::insert(id, item);
			Children::<T>::remove(container, id);
		}
		Self::deposit_event(Event::Unpacked { container, items });
		Ok(())
	}

	/// The containers around `record` with their records, innermost first.
	///
	/// At most [`Config::MaxNestingDepth`] reads; a longer chain would break the pallet's
	/// invariants and fails with [`Error::TooDeep`].
	pub(crate) fn ancestors(record: &TraceCode<T>) -> Result<Ancestors<T>, Error<T>> {
		let max_depth = usize::try_from(T::MaxNestingDepth::get()).unwrap_or(usize::MAX);
		let mut ancestors = Vec::new();
		let mut next = record.parent;
		while let Some(id) = next {
			if ancestors.len() >= max_depth {
				defensive!("a container chain is deeper than MaxNestingDepth");
				return Err(Error::<T>::TooDeep);
			}
			let Some(ancestor) = Codes::<T>::get(id) else {
				defensive!("a packed code points to a missing container");
				return Err(Error::<T>::CodeNotFound);
			};
			next = ancestor.parent;
			ancestors.push((id, ancestor));
		}
		Ok(ancestors)
	}

	/// The custodian of `code`: for a packed item, the custodian of its outermost container.
	pub fn effective_custodian(code: &CodeId) -> Option<T::AccountId> {
		let record = Codes::<T>::get(code)?;
		let ancestors = Self::ancestors(&record).ok()?;
		Some(ancestors.last().map_or(record.custodian, |(_, root)| root.custodian.clone()))
	}

	/// The containers around `code`, innermost first; empty if it is not packed or unknown.
	pub fn containers_of(code: &CodeId) -> Vec<CodeId> {
		Codes::<T>::get(code)
			.and_then(|record| Self::ancestors(&record).ok())
			.map(|ancestors| ancestors.into_iter().map(|(id, _)| id).collect())
			.unwrap_or_default()
	}
}

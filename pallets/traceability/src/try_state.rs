//! The pallet's invariants as code, checked by `try-runtime` and after every unit test.

use crate::{
	CertificationCount, Certifications, Children, CodeCount, CodeId, CodeStatus, Codes,
	CompanyPrefix, CompanyPrefixOwners, Config, History, LiftedRecalls, Pallet, ParticipantCount,
	Participants, PrefixStems, ProductCount, Products,
};
use alloc::collections::BTreeMap;
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage:
	///
	/// - the counters match the maps they count; prefix owners match participants;
	/// - every code is stored under its canonical key, belongs to a registered product, and has
	///   an admitted participant as custodian (and as pending recipient);
	/// - a handover is pending exactly when the code is in transit;
	/// - packed items are active, point to an existing container that lists them in
	///   [`Children`], and every container's `children` counts its entries;
	/// - container chains are acyclic and `depth + height <= MaxNestingDepth`, with each
	///   container higher than what it holds;
	/// - no company prefix starts with another; [`PrefixStems`] counts the prefixes under
	///   each stem;
	/// - each code's history has exactly `event_count` entries, and `event_count` plus the
	///   slots reserved for the calls that move the code on ([`Pallet::reserved_slots`]) is at
	///   most `MaxEventsPerCode`;
	/// - lifted recalls belong to registered products;
	/// - a claimed code has a claim, a claim needs a claim key;
	/// - certifications are counted per subject, at most `MaxCertificationsPerSubject`.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_participants()?;
		Self::check_products()?;
		Self::check_codes()?;
		Self::check_lifted_recalls()?;
		Self::check_certifications()
	}

	fn check_participants() -> Result<(), TryRuntimeError> {
		let mut participants = 0_usize;
		let mut prefixes = 0_usize;
		for (who, participant) in Participants::<T>::iter() {
			participants = participants.saturating_add(1);
			ensure!(participant.roles.is_valid(), "a participant has invalid roles");
			for prefix in participant.company_prefixes.iter() {
				prefixes = prefixes.saturating_add(1);
				ensure!(
					CompanyPrefixOwners::<T>::get(prefix).as_ref() == Some(&who),
					"a participant's prefix is not recorded as its own"
				);
			}
		}
		ensure!(
			participants == ParticipantCount::<T>::get() as usize,
			"ParticipantCount does not match Participants"
		);
		ensure!(
			CompanyPrefixOwners::<T>::iter().count() == prefixes,
			"CompanyPrefixOwners has prefixes no participant lists"
		);

		// No prefix starts with another, and PrefixStems counts the prefixes under each stem.
		let mut stems: BTreeMap<CompanyPrefix, u32> = BTreeMap::new();
		for prefix in CompanyPrefixOwners::<T>::iter_keys() {
			for stem in Self::stems(&prefix) {
				ensure!(
					!CompanyPrefixOwners::<T>::contains_key(&stem),
					"a company prefix starts with another one"
				);
				let count = stems.entry(stem).or_default();
				*count = count.saturating_add(1);
			}
		}
		for (stem, count) in PrefixStems::<T>::iter() {
			ensure!(
				stems.remove(&stem) == Some(count),
				"PrefixStems does not count the prefixes under a stem"
			);
		}
		ensure!(stems.is_empty(), "a stem of an admitted prefix is missing from PrefixStems");
		Ok(())
	}

	fn check_products() -> Result<(), TryRuntimeError> {
		let mut products = 0_usize;
		for (gtin, product) in Products::<T>::iter() {
			products = products.saturating_add(1);
			ensure!(trace_gs1::validate_gtin(&gtin).is_ok(), "a product has an invalid GTIN");
			ensure!(
				Participants::<T>::contains_key(&product.merchant),
				"a product's merchant is not a participant"
			);
		}
		ensure!(
			products == ProductCount::<T>::get() as usize,
			"ProductCount does not match Products"
		);
		Ok(())
	}

	fn check_codes() -> Result<(), TryRuntimeError> {
		let max_depth = T::MaxNestingDepth::get() as usize;
		let mut codes = 0_usize;
		for (id, code) in Codes::<T>::iter() {
			codes = codes.saturating_add(1);
			ensure!(
				id == CodeId::from(trace_gs1::code_key(&code.gtin, &code.serial)),
				"a code is not stored under its canonical key"
			);
			ensure!(Products::<T>::contains_key(code.gtin), "a code's product is missing");
			ensure!(
				Participants::<T>::contains_key(&code.custodian),
				"a code's custodian is not a participant"
			);
			ensure!(
				code.pending.is_some() == (code.status == CodeStatus::InTransit),
				"a handover is pending but the code is not in transit, or the other way round"
			);
			if let Some(pending) = &code.pending {
				ensure!(
					Participants::<T>::contains_key(&pending.to),
					"a pending recipient is not a participant"
				);
			}
			if code.status == CodeStatus::Claimed {
				ensure!(code.claim.is_some(), "a claimed code has no claim");
			}
			if code.claim.is_some() {
				ensure!(code.claim_key.is_some(), "a claim without a claim key");
			}

			// History.
			ensure!(
				code.event_count <= T::MaxEventsPerCode::get(),
				"a history is longer than MaxEventsPerCode"
			);
			let mut events = 0_usize;
			for index in History::<T>::iter_key_prefix(id) {
				events = events.saturating_add(1);
				ensure!(index < code.event_count, "a history entry beyond event_count");
			}
			ensure!(events == code.event_count as usize, "event_count does not match History");
			ensure!(
				code.event_count.saturating_add(Self::reserved_slots(&code))
					<= T::MaxEventsPerCode::get(),
				"a code's history has no room left for the calls that move it on"
			);

			// Containers.
			let children = Children::<T>::iter_key_prefix(id).count();
			ensure!(children == code.children as usize, "children does not match Children");
			if code.children > 0 {
				ensure!(
					matches!(code.status, CodeStatus::Active | CodeStatus::InTransit),
					"a container that is sold, claimed or gone still holds codes"
				);
			}
			if let Some(parent) = code.parent {
				ensure!(code.status == CodeStatus::Active, "a packed item is not active");
				ensure!(
					Children::<T>::contains_key(parent, id),
					"a packed item is not among its container's children"
				);
				let container =
					Codes::<T>::get(parent).ok_or("a packed item's container is missing")?;
				ensure!(container.height > code.height, "a container is not higher than its item");
			}
			let mut depth = 0_usize;
			let mut next = code.parent;
			while let Some(parent) = next {
				depth = depth.saturating_add(1);
				ensure!(depth <= max_depth, "a container chain is cyclic or too deep");
				next = Codes::<T>::get(parent).and_then(|container| container.parent);
			}
			ensure!(
				depth.saturating_add(usize::from(code.height)) <= max_depth,
				"depth + height exceeds MaxNestingDepth"
			);
		}
		ensure!(codes == CodeCount::<T>::get() as usize, "CodeCount does not match Codes");

		for (parent, child) in Children::<T>::iter_keys() {
			let child = Codes::<T>::get(child).ok_or("a child is missing")?;
			ensure!(child.parent == Some(parent), "a child does not point to its container");
		}
		for (code, _) in History::<T>::iter_keys() {
			ensure!(Codes::<T>::contains_key(code), "history of a missing code");
		}
		Ok(())
	}

	fn check_lifted_recalls() -> Result<(), TryRuntimeError> {
		for gtin in LiftedRecalls::<T>::iter_keys() {
			ensure!(Products::<T>::contains_key(gtin), "lifted recalls of a missing product");
		}
		Ok(())
	}

	fn check_certifications() -> Result<(), TryRuntimeError> {
		let mut counts = BTreeMap::new();
		for (subject, _) in Certifications::<T>::iter_keys() {
			let count: &mut u32 = counts.entry(subject).or_default();
			*count = count.saturating_add(1);
		}
		for (subject, count) in CertificationCount::<T>::iter() {
			ensure!(
				counts.remove(&subject) == Some(count),
				"CertificationCount does not match Certifications"
			);
			ensure!(
				count <= T::MaxCertificationsPerSubject::get(),
				"more certifications than MaxCertificationsPerSubject"
			);
		}
		ensure!(counts.is_empty(), "certifications of a subject without a count");
		Ok(())
	}
}

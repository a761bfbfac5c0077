//! The pallet's invariants as code, checked by `try-runtime` and after every unit test.

use crate::{
	BizStep, CertificationCount, Certifications, Children, Chips, CodeId, CodeStatus, Codes,
	CompanyPrefix, CompanyPrefixOwners, Config, History, LiftedRecalls, OwnershipOffers, Pallet,
	Participants, PrefixStems, Products,
};
use alloc::{collections::BTreeMap, string::String, vec::Vec};
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

/// The log target of the invariant checks.
const LOG_TARGET: &str = "runtime::traceability::try_state";

/// The error for a broken invariant. [`TryRuntimeError`] holds only a static text, so the
/// entry that breaks it (its storage key, and the values compared) goes to the log, where
/// `try-runtime` and the tests show it.
fn broken(invariant: &'static str, entry: impl core::fmt::Debug) -> TryRuntimeError {
	log::error!(target: LOG_TARGET, "{invariant}: {entry:?}");
	invariant.into()
}

/// Bytes that are text on chain (a GTIN, a company prefix), shown as text in the log.
struct Text<'a>(&'a [u8]);

impl core::fmt::Debug for Text<'_> {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		write!(f, "{:?}", String::from_utf8_lossy(self.0))
	}
}

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
	/// - certifications are counted per subject, at most `MaxCertificationsPerSubject`;
	/// - an ownership offer concerns an existing claimed code, names someone else than its
	///   owner, and the code's history keeps a slot to resolve it;
	/// - a chip belongs to an existing code, its key is well formed, and its last scan is no
	///   later than the current block and is in the code's history.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_participants()?;
		Self::check_products()?;
		Self::check_codes()?;
		Self::check_lifted_recalls()?;
		Self::check_certifications()?;
		Self::check_ownership_offers()?;
		Self::check_chips()
	}

	fn check_ownership_offers() -> Result<(), TryRuntimeError> {
		for (id, offer) in OwnershipOffers::<T>::iter() {
			let code = Codes::<T>::get(id)
				.ok_or_else(|| broken("an ownership offer of a missing code", id))?;
			ensure!(
				code.status == CodeStatus::Claimed,
				broken("an ownership offer of a code that is not claimed", (id, code.status))
			);
			let owner = code
				.claim
				.as_ref()
				.map(|claim| &claim.by)
				.ok_or_else(|| broken("an ownership offer of a code without an owner", id))?;
			ensure!(
				*owner != offer.to,
				broken("an ownership offer to the owner itself", (id, &offer.to))
			);
			ensure!(
				code.event_count.saturating_add(Self::reserved_slots(&code)).saturating_add(1)
					<= T::MaxEventsPerCode::get(),
				broken(
					"a code's history has no room to resolve its ownership offer",
					(id, code.event_count)
				)
			);
		}
		Ok(())
	}

	fn check_chips() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		for (id, chip) in Chips::<T>::iter() {
			let code = Codes::<T>::get(id).ok_or_else(|| broken("a chip of a missing code", id))?;
			ensure!(chip.key.is_well_formed(), broken("a chip key is malformed", (id, chip.key)));
			if let Some(last) = chip.last_scan {
				ensure!(last <= now, broken("a chip scan in a future block", (id, last)));
				let recorded = (0..code.event_count).any(|index| {
					History::<T>::get(id, index).is_some_and(|event| {
						event.step == BizStep::VerifyingChip && event.block == last
					})
				});
				ensure!(recorded, broken("a chip's last scan is not in the history", (id, last)));
			}
		}
		Ok(())
	}

	fn check_participants() -> Result<(), TryRuntimeError> {
		let mut participants = 0_usize;
		let mut prefixes = 0_usize;
		for (who, participant) in Participants::<T>::iter() {
			participants = participants.saturating_add(1);
			ensure!(participant.roles.is_valid(), broken("a participant has invalid roles", &who));
			for prefix in participant.company_prefixes.iter() {
				prefixes = prefixes.saturating_add(1);
				ensure!(
					CompanyPrefixOwners::<T>::get(prefix).as_ref() == Some(&who),
					broken(
						"a participant's prefix is not recorded as its own",
						(&who, Text(prefix))
					)
				);
			}
		}
		ensure!(
			participants == Participants::<T>::count() as usize,
			broken(
				"the count of Participants does not match its entries",
				(participants, Participants::<T>::count())
			)
		);
		ensure!(
			CompanyPrefixOwners::<T>::iter().count() == prefixes,
			broken("CompanyPrefixOwners has prefixes no participant lists", prefixes)
		);

		// No prefix starts with another, and PrefixStems counts the prefixes under each stem.
		let mut stems: BTreeMap<CompanyPrefix, u32> = BTreeMap::new();
		for prefix in CompanyPrefixOwners::<T>::iter_keys() {
			for stem in Self::stems(&prefix) {
				ensure!(
					!CompanyPrefixOwners::<T>::contains_key(&stem),
					broken(
						"a company prefix starts with another one",
						(Text(&prefix), Text(&stem))
					)
				);
				let count = stems.entry(stem).or_default();
				*count = count.saturating_add(1);
			}
		}
		for (stem, count) in PrefixStems::<T>::iter() {
			ensure!(
				stems.remove(&stem) == Some(count),
				broken(
					"PrefixStems does not count the prefixes under a stem",
					(Text(&stem), count)
				)
			);
		}
		ensure!(
			stems.is_empty(),
			broken(
				"a stem of an admitted prefix is missing from PrefixStems",
				stems.keys().map(|stem| Text(stem)).collect::<Vec<_>>()
			)
		);
		Ok(())
	}

	fn check_products() -> Result<(), TryRuntimeError> {
		let mut products = 0_usize;
		for (gtin, product) in Products::<T>::iter() {
			products = products.saturating_add(1);
			ensure!(
				trace_gs1::validate_gtin(&gtin).is_ok(),
				broken("a product has an invalid GTIN", Text(&gtin))
			);
			ensure!(
				Participants::<T>::contains_key(&product.merchant),
				broken(
					"a product's merchant is not a participant",
					(Text(&gtin), &product.merchant)
				)
			);
		}
		ensure!(
			products == Products::<T>::count() as usize,
			broken(
				"the count of Products does not match its entries",
				(products, Products::<T>::count())
			)
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
				broken("a code is not stored under its canonical key", id)
			);
			ensure!(
				Products::<T>::contains_key(code.gtin),
				broken("a code's product is missing", (id, Text(&code.gtin)))
			);
			ensure!(
				Participants::<T>::contains_key(&code.custodian),
				broken("a code's custodian is not a participant", (id, &code.custodian))
			);
			ensure!(
				code.pending.is_some() == (code.status == CodeStatus::InTransit),
				broken(
					"a handover is pending but the code is not in transit, or the other way round",
					(id, code.status)
				)
			);
			if let Some(pending) = &code.pending {
				ensure!(
					Participants::<T>::contains_key(&pending.to),
					broken("a pending recipient is not a participant", (id, &pending.to))
				);
			}
			if code.status == CodeStatus::Claimed {
				ensure!(code.claim.is_some(), broken("a claimed code has no claim", id));
			}
			if code.claim.is_some() {
				ensure!(code.claim_key.is_some(), broken("a claim without a claim key", id));
			}

			// History.
			ensure!(
				code.event_count <= T::MaxEventsPerCode::get(),
				broken("a history is longer than MaxEventsPerCode", (id, code.event_count))
			);
			let mut events = 0_usize;
			for index in History::<T>::iter_key_prefix(id) {
				events = events.saturating_add(1);
				ensure!(
					index < code.event_count,
					broken("a history entry beyond event_count", (id, index))
				);
			}
			ensure!(
				events == code.event_count as usize,
				broken("event_count does not match History", (id, events, code.event_count))
			);
			ensure!(
				code.event_count.saturating_add(Self::reserved_slots(&code))
					<= T::MaxEventsPerCode::get(),
				broken(
					"a code's history has no room left for the calls that move it on",
					(id, code.event_count)
				)
			);

			// Containers.
			let children = Children::<T>::iter_key_prefix(id).count();
			ensure!(
				children == code.children as usize,
				broken("children does not match Children", (id, children, code.children))
			);
			if code.children > 0 {
				ensure!(
					matches!(code.status, CodeStatus::Active | CodeStatus::InTransit),
					broken(
						"a container that is sold, claimed or gone still holds codes",
						(id, code.status)
					)
				);
			}
			if let Some(parent) = code.parent {
				ensure!(
					code.status == CodeStatus::Active,
					broken("a packed item is not active", (id, code.status))
				);
				ensure!(
					Children::<T>::contains_key(parent, id),
					broken("a packed item is not among its container's children", (id, parent))
				);
				let container = Codes::<T>::get(parent)
					.ok_or_else(|| broken("a packed item's container is missing", (id, parent)))?;
				ensure!(
					container.height > code.height,
					broken("a container is not higher than its item", (id, parent))
				);
			}
			let mut depth = 0_usize;
			let mut next = code.parent;
			while let Some(parent) = next {
				depth = depth.saturating_add(1);
				ensure!(depth <= max_depth, broken("a container chain is cyclic or too deep", id));
				next = Codes::<T>::get(parent).and_then(|container| container.parent);
			}
			ensure!(
				depth.saturating_add(usize::from(code.height)) <= max_depth,
				broken("depth + height exceeds MaxNestingDepth", (id, depth, code.height))
			);
		}
		ensure!(
			codes == Codes::<T>::count() as usize,
			broken("the count of Codes does not match its entries", (codes, Codes::<T>::count()))
		);

		for (parent, child) in Children::<T>::iter_keys() {
			let child = Codes::<T>::get(child)
				.ok_or_else(|| broken("a child is missing", (parent, child)))?;
			ensure!(
				child.parent == Some(parent),
				broken("a child does not point to its container", (parent, child.parent))
			);
		}
		for (code, _) in History::<T>::iter_keys() {
			ensure!(Codes::<T>::contains_key(code), broken("history of a missing code", code));
		}
		Ok(())
	}

	fn check_lifted_recalls() -> Result<(), TryRuntimeError> {
		for gtin in LiftedRecalls::<T>::iter_keys() {
			ensure!(
				Products::<T>::contains_key(gtin),
				broken("lifted recalls of a missing product", Text(&gtin))
			);
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
				broken("CertificationCount does not match Certifications", (&subject, count))
			);
			ensure!(
				count <= T::MaxCertificationsPerSubject::get(),
				broken("more certifications than MaxCertificationsPerSubject", (&subject, count))
			);
		}
		ensure!(
			counts.is_empty(),
			broken(
				"certifications of a subject without a count",
				counts.keys().collect::<Vec<_>>()
			)
		);
		Ok(())
	}
}

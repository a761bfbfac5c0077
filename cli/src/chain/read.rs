//! Reading a code's full report from storage.
//!
//! Everything is read at one finalized block, straight from the pallet's storage (`Codes`,
//! `History`, `Products`, `RecalledLots`, `Certifications`, `Participants`). Through the light
//! client each value arrives with a Merkle proof that smoldot checks against that block's
//! state root, so a lying server is detected rather than believed.

use super::{AtBlock, Chain};
use crate::{
	ident::CodeId,
	model::{
		AccountId, BizStep, CertSubject, Certification, Claim, CodeLink, CodeStatus, Disposition,
		HistoryEvent, Location, Product, ReadAt, Recall, TraceReport,
	},
	runtime::api::{self, runtime_types::pallet_traceability::types as chain},
};
use anyhow::{anyhow, Context, Result};
use futures::future::try_join_all;
use std::collections::BTreeMap;
use subxt::utils::H256;
use trace_gs1::{DigitalLink, Gtin};

/// How many containers around an item are followed at most (the runtime allows 4 levels).
const MAX_CONTAINERS: usize = 16;

impl Chain {
	/// The report of `code` at the latest finalized block, or `None` if it was never issued.
	pub async fn report(&self, code: CodeId) -> Result<Option<TraceReport>> {
		let at = self.at_finalized().await?;
		report_at(&at, code).await
	}

	/// The Digital Link (GTIN, serial, lot) of `code`.
	pub async fn digital_link(&self, code: CodeId) -> Result<DigitalLink> {
		let at = self.at_finalized().await?;
		let record = code_record(&at, code)
			.await?
			.ok_or_else(|| anyhow!("no code 0x{} on chain", hex::encode(code)))?;
		Ok(link_of(&record))
	}
}

/// The stored record of `code`.
pub async fn code_record(at: &AtBlock, code: CodeId) -> Result<Option<chain::TraceCode>> {
	let value = at
		.storage()
		.try_fetch(api::storage().traceability().codes(), (H256(code),))
		.await
		.context("cannot read Traceability::Codes")?;
	value
		.map(|value| value.decode().context("cannot decode a trace code"))
		.transpose()
}

/// The stored product `gtin`.
pub async fn product_record(at: &AtBlock, gtin: Gtin) -> Result<Option<chain::Product>> {
	let value = at
		.storage()
		.try_fetch(api::storage().traceability().products(), (gtin,))
		.await
		.context("cannot read Traceability::Products")?;
	value.map(|value| value.decode().context("cannot decode a product")).transpose()
}

/// The stored participant `who`.
pub async fn participant_record(
	at: &AtBlock,
	who: &AccountId,
) -> Result<Option<chain::Participant>> {
	let value = at
		.storage()
		.try_fetch(api::storage().traceability().participants(), (*who,))
		.await
		.context("cannot read Traceability::Participants")?;
	value
		.map(|value| value.decode().context("cannot decode a participant"))
		.transpose()
}

/// The GS1 company prefixes of `accounts` (to name GLNs as SGLNs in EPCIS).
pub async fn company_prefixes(at: &AtBlock, accounts: &[AccountId]) -> Result<Vec<String>> {
	let mut out = Vec::new();
	for account in accounts {
		if let Some(participant) = participant_record(at, account).await? {
			out.extend(
				participant
					.company_prefixes
					.iter()
					.map(|prefix| String::from_utf8_lossy(prefix).into_owned()),
			);
		}
	}
	out.sort();
	out.dedup();
	Ok(out)
}

/// The full report of `code` at `at`.
pub async fn report_at(at: &AtBlock, code: CodeId) -> Result<Option<TraceReport>> {
	let Some(record) = code_record(at, code).await? else {
		return Ok(None);
	};
	let link = link_of(&record);

	// The containers around the item, innermost first; the outermost holds custody.
	let mut containers = Vec::new();
	let mut outermost: Option<chain::TraceCode> = None;
	let mut parent = record.parent;
	while let Some(parent_id) = parent {
		if containers.len() >= MAX_CONTAINERS {
			break;
		}
		let container = code_record(at, parent_id.0).await?;
		containers.push(CodeLink { id: parent_id.0, link: container.as_ref().map(link_of) });
		parent = container.as_ref().and_then(|container| container.parent);
		outermost = container;
	}
	let holder = outermost.as_ref().unwrap_or(&record);

	let mut status = status_of(&record.status);
	let pending_to = holder.pending.as_ref().map(|pending| pending.to);
	if status == CodeStatus::Active && pending_to.is_some() {
		status = CodeStatus::InTransit;
	}

	let events = try_join_all((0..record.event_count).map(|index| async move {
		let value = at
			.storage()
			.try_fetch(api::storage().traceability().history(), (H256(code), index))
			.await
			.context("cannot read Traceability::History")?;
		let event = value
			.ok_or_else(|| anyhow!("event {index} of the code is missing"))?
			.decode()
			.context("cannot decode a trace event")?;
		Ok::<_, anyhow::Error>((index, event))
	}))
	.await?;
	let mut container_links: BTreeMap<[u8; 32], Option<DigitalLink>> = containers
		.iter()
		.map(|container| (container.id, container.link.clone()))
		.collect();
	for (_, event) in &events {
		if let Some(container) = &event.container {
			if let std::collections::btree_map::Entry::Vacant(e) =
				container_links.entry(container.0)
			{
				let link = code_record(at, container.0).await?.as_ref().map(link_of);
				e.insert(link);
			}
		}
	}
	let events = events
		.into_iter()
		.map(|(index, event)| history_event(index, event, &container_links))
		.collect();

	let product = product_record(at, record.gtin).await?.map(product_of);
	let lot_recall = match &record.lot {
		Some(lot) => at
			.storage()
			.try_fetch(api::storage().traceability().recalled_lots(), (record.gtin, lot.clone()))
			.await
			.context("cannot read Traceability::RecalledLots")?
			.map(|value| value.decode().context("cannot decode a recall"))
			.transpose()?
			.map(recall_of),
		None => None,
	};

	let mut certifications = Vec::new();
	for subject in [chain::CertSubject::Code(H256(code)), chain::CertSubject::Product(record.gtin)]
	{
		let mut entries = at
			.storage()
			.iter(api::storage().traceability().certifications(), (subject.clone(),))
			.await
			.context("cannot read Traceability::Certifications")?;
		while let Some(entry) = entries.next().await {
			let entry = entry.context("cannot read a certification")?;
			let (_, certifier) = entry.key().context("bad certification key")?.decode()?;
			let cert: chain::Certification =
				entry.value().decode().context("cannot decode a certification")?;
			certifications.push(Certification {
				subject: match &subject {
					chain::CertSubject::Code(id) => CertSubject::Code(id.0),
					chain::CertSubject::Product(gtin) => CertSubject::Product(*gtin),
				},
				certifier,
				digest: cert.digest.0,
				issued_at: cert.issued_at,
				expires_at: cert.expires_at,
				revoked_at: cert.revoked_at,
			});
		}
	}

	let time = at
		.storage()
		.fetch(api::storage().timestamp().now(), ())
		.await
		.context("cannot read Timestamp::Now")?
		.decode()
		.context("cannot decode the block time")?;
	let read_at = ReadAt {
		number: u32::try_from(at.block_number()).unwrap_or(u32::MAX),
		hash: at.block_hash().0,
		time,
		finalized: true,
	};

	Ok(Some(TraceReport {
		id: code,
		link,
		status,
		merchant: record.merchant,
		custodian: holder.custodian,
		pending_to,
		containers,
		children: record.children,
		product,
		lot_recall,
		purchase_location: location_of(record.purchase_location.clone()),
		purchased_at: record.purchased_at,
		issued_at: record.issued_at,
		has_claim_key: record.claim_key.is_some(),
		claim: record.claim.as_ref().map(|claim| Claim {
			by: claim.by,
			at: claim.at,
			block: claim.block,
		}),
		events,
		certifications,
		read_at,
	}))
}

/// The Digital Link of a stored code.
pub fn link_of(record: &chain::TraceCode) -> DigitalLink {
	DigitalLink { gtin: record.gtin, serial: record.serial.clone(), lot: record.lot.clone() }
}

/// A stored status in the CLI's terms.
pub fn status_of(status: &chain::CodeStatus) -> CodeStatus {
	match status {
		chain::CodeStatus::Active => CodeStatus::Active,
		chain::CodeStatus::InTransit => CodeStatus::InTransit,
		chain::CodeStatus::Sold => CodeStatus::Sold,
		chain::CodeStatus::Claimed => CodeStatus::Claimed,
		chain::CodeStatus::Destroyed => CodeStatus::Destroyed,
		chain::CodeStatus::Decommissioned => CodeStatus::Decommissioned,
	}
}

/// A stored location in the CLI's terms.
pub fn location_of(location: chain::Location) -> Location {
	Location {
		gln: location.gln,
		coordinates: location.coordinates.map(|c| (c.latitude, c.longitude)),
		description: String::from_utf8_lossy(&location.description).into_owned(),
	}
}

/// A location for a call.
pub fn location_to_chain(location: &Location) -> chain::Location {
	chain::Location {
		gln: location.gln,
		coordinates: location
			.coordinates
			.map(|(latitude, longitude)| chain::Coordinates { latitude, longitude }),
		description: location.description.as_bytes().to_vec(),
	}
}

/// A stored recall in the CLI's terms.
fn recall_of(recall: chain::Recall) -> Recall {
	Recall {
		by: recall.by,
		reason: String::from_utf8_lossy(&recall.reason).into_owned(),
		at: recall.at,
	}
}

/// A stored product in the CLI's terms.
pub fn product_of(product: chain::Product) -> Product {
	Product {
		merchant: product.merchant,
		name: String::from_utf8_lossy(&product.name).into_owned(),
		category: String::from_utf8_lossy(&product.category).into_owned(),
		origin: String::from_utf8_lossy(&product.origin).into_owned(),
		sheet_digest: product.sheet_digest.0,
		recall: product.recall.map(recall_of),
	}
}

/// A stored trace event in the CLI's terms.
fn history_event(
	index: u32,
	event: chain::TraceEvent,
	containers: &BTreeMap<[u8; 32], Option<DigitalLink>>,
) -> HistoryEvent {
	HistoryEvent {
		index,
		step: step_of(&event.step),
		disposition: disposition_of(&event.disposition),
		actor: event.actor,
		block: event.block,
		at: event.at,
		declared_at: event.declared_at,
		location: event.location.map(location_of),
		counterparty: event.counterparty,
		container: event
			.container
			.map(|id| CodeLink { id: id.0, link: containers.get(&id.0).cloned().flatten() }),
		document: event.document.map(|digest| digest.0),
		reason: event.reason.map(|reason| String::from_utf8_lossy(&reason).into_owned()),
	}
}

/// A stored business step in the CLI's terms.
fn step_of(step: &chain::BizStep) -> BizStep {
	match step {
		chain::BizStep::Commissioning => BizStep::Commissioning,
		chain::BizStep::Shipping => BizStep::Shipping,
		chain::BizStep::Receiving => BizStep::Receiving,
		chain::BizStep::VoidShipping => BizStep::VoidShipping,
		chain::BizStep::Packing => BizStep::Packing,
		chain::BizStep::Unpacking => BizStep::Unpacking,
		chain::BizStep::Inspecting => BizStep::Inspecting,
		chain::BizStep::RetailSelling => BizStep::RetailSelling,
		chain::BizStep::Destroying => BizStep::Destroying,
		chain::BizStep::Decommissioning => BizStep::Decommissioning,
		chain::BizStep::Claiming => BizStep::Claiming,
	}
}

/// A stored disposition in the CLI's terms.
fn disposition_of(disposition: &chain::Disposition) -> Disposition {
	match disposition {
		chain::Disposition::Active => Disposition::Active,
		chain::Disposition::InTransit => Disposition::InTransit,
		chain::Disposition::InProgress => Disposition::InProgress,
		chain::Disposition::ContainerClosed => Disposition::ContainerClosed,
		chain::Disposition::ContainerOpen => Disposition::ContainerOpen,
		chain::Disposition::Conformant => Disposition::Conformant,
		chain::Disposition::NonConformant => Disposition::NonConformant,
		chain::Disposition::RetailSold => Disposition::RetailSold,
		chain::Disposition::Destroyed => Disposition::Destroyed,
		chain::Disposition::Inactive => Disposition::Inactive,
		chain::Disposition::Claimed => Disposition::Claimed,
	}
}

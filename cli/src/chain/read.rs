//! Reading a code's full report, and the stored records other commands need: `trace-client`'s
//! reads ([`trace_client::read`]) at one finalized block.
//!
//! The report is the runtime's own: the runtime API `TraceabilityApi_trace_report` gives the
//! code's record, history, product, recalls, custodian, containers, certifications with their
//! statuses, and the verdict, all by the pallet's rules (the same call serves the node's
//! `trace_report` RPC, the web page and the gateway). `trace-client` converts it
//! ([`trace_client::report::report_of`], as it does the node's) and adds only the Digital Links
//! of the containers, read from `Codes` at the same block.
//!
//! Through the light client nothing of it is taken on trust: smoldot runs the runtime call
//! itself, on a call proof whose every storage value it checks against that block's state root,
//! and checks each storage read the same way, so a lying server is detected rather than
//! believed.

use super::Chain;
use crate::ident::CodeId;
use anyhow::{anyhow, Result};
use trace_client::read::code_record;
// The reads and conversions the commands use, `trace-client`'s.
pub use trace_client::{
	read::{company_prefixes, participant_record, product_record, report_at},
	report::{link_of, location_to_chain, product_of},
};
use trace_gs1::DigitalLink;

impl Chain {
	/// The Digital Link (GTIN, serial, lot) of `code`.
	pub async fn digital_link(&self, code: CodeId) -> Result<DigitalLink> {
		let at = self.at_finalized().await?;
		let record = code_record(&at, code)
			.await?
			.ok_or_else(|| anyhow!("no code 0x{} on chain", hex::encode(code)))?;
		Ok(link_of(&record))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::model::{
		sample::account, BizStep, CertificationStatus, CodeLink, CodeStatus, Disposition, Location,
		ReadAt, Verdict,
	};
	use std::collections::BTreeMap;
	use subxt::utils::{Static, H256};
	use trace_client::{
		api::runtime_types::pallet_traceability::{report as chain_report, types as chain},
		report::{container_ids, report_of},
	};
	use trace_gs1::Gtin;

	/// The GTIN of the test codes.
	const GTIN: Gtin = *b"09506000134352";

	/// Case `n` of the tests, `CASE-n`: its key and its Digital Link.
	fn case(n: u8) -> (H256, DigitalLink) {
		let link = DigitalLink::new(GTIN, format!("CASE-{n}").into_bytes()).unwrap();
		(H256(link.key()), link)
	}

	/// An event of the test item, signed by account 1.
	fn event(
		step: BizStep,
		disposition: Disposition,
		container: Option<H256>,
	) -> chain::TraceEvent {
		chain::TraceEvent {
			step: Static(step),
			disposition: Static(disposition),
			actor: account(1),
			block: 3,
			at: 4,
			declared_at: None,
			location: None,
			counterparty: None,
			container,
			document: None,
			reason: None,
		}
	}

	/// What the runtime reports of `BAG-1`, packed in cases 1 to 20 (each inside the next):
	/// the outermost case is held by account 2 and being handed over, which leaves the bag's
	/// own record active. The bag failed an inspection; its product's certificate expired.
	fn packed_bag() -> chain_report::TraceReport {
		let containers: Vec<H256> = (1..=20).map(|n| case(n).0).collect();
		chain_report::TraceReport {
			code: H256(DigitalLink::new(GTIN, b"BAG-1".to_vec()).unwrap().key()),
			record: chain::TraceCode {
				gtin: GTIN,
				serial: b"BAG-1".to_vec(),
				lot: None,
				merchant: account(1),
				custodian: account(1),
				status: Static(CodeStatus::Active),
				pending: None,
				parent: containers.first().copied(),
				children: 0,
				height: 0,
				claim_key: None,
				claim: None,
				officer_commitment: H256([0; 32]),
				purchase_location: location_to_chain(&Location {
					description: "Milan".into(),
					..Location::default()
				}),
				purchased_at: 1,
				issued_at: 2,
				event_count: 3,
			},
			product: None,
			lot_recall: None,
			lifted_recalls: Vec::new(),
			custodian: account(2),
			events: vec![
				event(BizStep::Commissioning, Disposition::Active, None),
				event(BizStep::Packing, Disposition::InProgress, containers.first().copied()),
				event(BizStep::Inspecting, Disposition::NonConformant, None),
			],
			containers,
			certifications: vec![chain_report::CertificationEntry {
				subject: chain::CertSubject::Product(GTIN),
				certifier: account(6),
				certification: chain::Certification {
					digest: H256([8; 32]),
					issued_at: 1,
					expires_at: Some(1_000),
					revoked_at: None,
				},
				status: Static(CertificationStatus::Expired),
			}],
			now: 2_000,
			verdict: Static(Verdict::Flagged {
				failed_inspection: true,
				revoked_certification: false,
			}),
			claim_refusal: None,
			owners: 0,
			owned_since: None,
			ownership_offer: None,
			chip: None,
		}
	}

	#[test]
	fn a_packed_item_shows_the_runtimes_status_custodian_and_every_container() {
		let served = packed_bag();
		assert_eq!(container_ids(&served).len(), 20);
		let links: BTreeMap<CodeId, Option<DigitalLink>> = (1..=20)
			.map(|n| {
				let (id, link) = case(n);
				(id.0, Some(link))
			})
			.collect();
		let report = report_of(served, &links, None, 42, [1; 32]);

		// Active, as the pallet, the node's RPC and the web page say: not "in transit" because
		// the outermost case is being handed over.
		assert_eq!(report.status, CodeStatus::Active);
		assert_eq!(report.custodian, account(2));
		assert_eq!(report.pending_to, None);
		// All twenty containers, innermost first, each named by its Digital Link.
		assert_eq!(report.containers.len(), 20);
		for (n, container) in (1..=20).zip(&report.containers) {
			let (id, link) = case(n);
			assert_eq!(container, &CodeLink { id: id.0, link: Some(link) });
		}
		assert_eq!(report.events.iter().map(|event| event.index).collect::<Vec<_>>(), [0, 1, 2]);
		assert_eq!(report.events[1].container, Some(report.containers[0].clone()));
		assert_eq!(report.certifications[0].status, CertificationStatus::Expired);
		assert_eq!(
			report.verdict,
			Verdict::Flagged { failed_inspection: true, revoked_certification: false }
		);
		assert_eq!(
			report.read_at,
			ReadAt { number: 42, hash: [1; 32], time: 2_000, finalized: true }
		);

		let text = crate::format::report(&report, "https://id.trace.example");
		assert!(text.starts_with("RED FLAG"), "{text}");
		assert!(text.contains("Status      active\n"), "{text}");
		assert!(text.contains(&format!("Custodian   {}\n", account(2))), "{text}");
		assert!(!text.contains("Handover"), "{text}");
		assert!(text.contains("Packed in   /01/09506000134352/21/CASE-1\n"), "{text}");
		assert!(text.contains("  inside    /01/09506000134352/21/CASE-20\n"), "{text}");
		assert_eq!(text.lines().filter(|line| line.starts_with("  inside ")).count(), 19, "{text}");
		assert!(text.contains("EXPIRED"), "{text}");
	}
}

//! (c) Bulk issuance: every participant issues `issue_batch` codes in one `issue_codes` call;
//! the codes issued are those the handovers, the containers and the verification use.

use super::{bench_location, Bench, Workload};
use crate::{
	stats::Figures,
	submit::{sign_all, Job},
};
use anyhow::Result;
use std::time::{Duration, Instant};
use subxt::utils::H256;
use trace_client::api::{self, runtime_types::pallet_traceability::types::IssueItem};

impl Bench {
	/// (c) Bulk issuance: every participant issues `issue_batch` codes in one call.
	pub async fn issuance(&mut self) -> Result<()> {
		let participants = self.settings.participants;
		let nonces = self.nonces(0..participants).await?;
		let batch = self.settings.issue_batch;
		let mut serials = Vec::new();
		let mut jobs = Vec::new();
		for (index, gtin) in self.gtins.iter().enumerate() {
			let mine: Vec<Vec<u8>> =
				(0..batch).map(|k| format!("B{index}-{k}").into_bytes()).collect();
			let items = mine
				.iter()
				.map(|serial| IssueItem { serial: serial.clone(), lot: None, claim_key: None })
				.collect();
			jobs.push(Job {
				call: api::tx().traceability().issue_codes(
					*gtin,
					items,
					bench_location(),
					1_700_000_000_000,
					H256::zero(),
				),
				signer: index,
				nonce: nonces.get(index).copied().unwrap_or_default(),
				items: u32::try_from(batch)?,
			});
			serials.push(mine);
		}
		let txs = sign_all(&self.at, &self.accounts, &jobs)?;
		let figures = Figures {
			name: "(c) bulk issuance".into(),
			description: format!("`issue_codes`, {batch} codes per call"),
			item: Some("codes".into()),
			call_weight_us: self.weight_us(txs.first()).await,
			..Default::default()
		};
		let deadline = Instant::now() + Duration::from_secs(600);
		let hashes = self.measure(Workload::Issuance, txs, figures, deadline).await?;
		self.issued = serials
			.into_iter()
			.zip(&hashes)
			.map(|(mine, hash)| if self.tracker.succeeded(hash) { mine } else { Vec::new() })
			.collect();
		Ok(())
	}
}

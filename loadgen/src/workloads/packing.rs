//! (d0) Packing, the setup of the container handovers: in pairs among the second half of the
//! participants, the first packs its codes into one of them, in one `pack` call.

use super::{code_key, containers::Container, Bench, Workload};
use crate::{
	stats::Figures,
	submit::{sign_all, Job},
};
use anyhow::{bail, Result};
use std::time::{Duration, Instant};
use subxt::utils::H256;
use trace_client::api;

impl Bench {
	/// Packs the codes of each pair's first participant into its first code, measured as a
	/// workload of its own; `nonces` are those of the participants, advanced past the packing.
	/// Returns the containers packed.
	pub(super) async fn pack(&mut self, nonces: &mut [u64]) -> Result<Vec<Container>> {
		let participants = self.settings.participants;
		let half = participants / 2;
		let mut containers = Vec::new();
		let mut jobs = Vec::new();
		for from in (half..participants).step_by(2) {
			let codes: Vec<H256> = self.issued[from]
				.iter()
				.map(|serial| code_key(&self.gtins[from], serial))
				.collect();
			let Some((container, items)) = codes.split_first() else { continue };
			let count = u32::try_from(items.len())?;
			jobs.push(Job {
				call: api::tx().traceability().pack(*container, items.to_vec(), None),
				signer: from,
				nonce: nonces[from],
				items: count,
			});
			nonces[from] += 1;
			containers.push(Container {
				code: *container,
				holder: from,
				other: from + 1,
				items: count,
			});
		}
		if containers.is_empty() {
			bail!("containers: no codes to pack");
		}
		let txs = sign_all(&self.at, &self.accounts, &jobs)?;
		let figures = Figures {
			name: "(d0) packing".into(),
			description: "`pack`, the items of each container in one call (setup of (d))".into(),
			item: Some("items packed".into()),
			call_weight_us: self.weight_us(txs.first()).await,
			..Default::default()
		};
		let deadline = Instant::now() + Duration::from_secs(600);
		let hashes = self.measure(Workload::Packing, txs, figures, deadline).await?;
		let packed: Vec<Container> = containers
			.into_iter()
			.zip(&hashes)
			.filter(|(_, hash)| self.tracker.succeeded(hash))
			.map(|(container, _)| container)
			.collect();
		if packed.is_empty() {
			bail!("containers: packing failed: {:?}", self.failures());
		}
		Ok(packed)
	}
}

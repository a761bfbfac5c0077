//! (b) Single-item handovers: `propose_handover` of one code, then its `accept_handover` as
//! soon as the proposal is in a block.

use super::{code_key, Bench, Workload, DRAIN};
use crate::{
	chain::{Hash, Signed},
	stats::Figures,
	submit::{sign_all, submit_all, submit_one, Job, Tally},
};
use anyhow::{bail, Result};
use std::{
	collections::HashMap,
	sync::Arc,
	time::{Duration, Instant},
};
use trace_client::{account_id, api};

impl Bench {
	/// (b) Single-item handovers: in pairs among the first half of the participants, the
	/// first proposes each of its codes to the second, who accepts it as soon as the
	/// proposal is in a block.
	pub async fn handovers(&mut self) -> Result<()> {
		let half = self.settings.participants / 2;
		let nonces = self.nonces(0..half).await?;
		let mut proposes = Vec::new();
		let mut accepts = Vec::new();
		let per_pair = (0..half)
			.step_by(2)
			.map(|from| self.issued.get(from).map_or(0, Vec::len))
			.min()
			.unwrap_or(0);
		if per_pair == 0 {
			bail!("handovers: the proposers have no issued codes");
		}
		for k in 0..per_pair {
			for from in (0..half).step_by(2) {
				let to = from + 1;
				let serial = &self.issued[from][k];
				let code = code_key(&self.gtins[from], serial);
				proposes.push(Job {
					call: api::tx().traceability().propose_handover(
						code,
						account_id(&self.accounts[to]),
						None,
						None,
					),
					signer: from,
					nonce: nonces[from] + k as u64,
					items: 0,
				});
				accepts.push(Job {
					call: api::tx().traceability().accept_handover(code, None, None),
					signer: to,
					nonce: nonces[to] + k as u64,
					items: 1,
				});
			}
		}
		let mut proposes = sign_all(&self.at, &self.accounts, &proposes)?;
		let accepts = sign_all(&self.at, &self.accounts, &accepts)?;
		for tx in &mut proposes {
			tx.notify = true;
		}
		let mut figures = Figures {
			name: "(b) single-item handovers".into(),
			description: "`propose_handover` then `accept_handover` of one code; each counts \
			              as one transaction"
				.into(),
			item: Some("handovers".into()),
			call_weight_us: self.weight_us(proposes.first()).await,
			..Default::default()
		};
		if let Some(accept) = self.weight_us(accepts.first()).await {
			figures.notes.push(format!("accept_handover weighs {accept:.1} µs"));
		}
		let follow: HashMap<Hash, Signed> =
			proposes.iter().map(|tx| tx.hash).zip(accepts).collect();
		let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel();
		self.tracker.set_notify(Some(sender));
		// The acceptances are counted as `submit_all` counts the proposals: a refused one is a
		// refusal of the workload.
		let accepted = Arc::new(Tally::default());
		let follower = {
			let (rpc, tracker, accepted) =
				(self.rpc.clone(), self.tracker.clone(), accepted.clone());
			tokio::spawn(async move {
				let mut follow = follow;
				while let Some((hash, _)) = receiver.recv().await {
					let Some(accept) = follow.remove(&hash) else { continue };
					let (rpc, tracker, accepted) = (rpc.clone(), tracker.clone(), accepted.clone());
					tokio::spawn(async move {
						let answer = submit_one(&rpc, &tracker, Workload::Handovers, &accept).await;
						accepted.record(&answer);
					});
				}
			})
		};
		let sample = self.begin();
		let deadline = Instant::now() + Duration::from_secs(self.settings.handover_seconds);
		let outcome = submit_all(
			&self.rpc,
			&self.tracker,
			Workload::Handovers,
			proposes,
			self.settings.concurrency,
			deadline,
		)
		.await;
		// Every proposal the pool took gets its acceptance.
		let waited = Instant::now();
		while accepted.answered() < outcome.accepted && waited.elapsed() < DRAIN {
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
		self.tracker.set_notify(None);
		follower.abort();
		let accepts = accepted.outcome();
		if accepts.refused > 0 {
			figures.notes.push(format!(
				"{} `accept_handover` submissions refused by the node",
				accepts.refused
			));
		}
		figures.submitted = outcome.accepted + accepts.accepted;
		figures.refused = outcome.refused + accepts.refused;
		figures.first_error = outcome.first_error.or(accepts.first_error);
		self.finish(Workload::Handovers, figures, sample).await
	}
}

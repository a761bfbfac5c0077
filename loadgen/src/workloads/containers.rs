//! (d) Container handovers: after packing ([`Bench::pack`]), each container goes back and
//! forth between the two participants of its pair (propose, accept) until the time is up.

use super::{Bench, Workload, DRAIN};
use crate::{
	chain::{Hash, Signed},
	stats::Figures,
	submit::{sign, submit_one, Tally},
};
use anyhow::{anyhow, Result};
use std::{
	collections::HashMap,
	time::{Duration, Instant},
};
use subxt::utils::H256;
use trace_client::{account_id, api};

/// A container moving between two participants.
pub(super) struct Container {
	/// Its code.
	pub(super) code: H256,
	/// The participant holding it.
	pub(super) holder: usize,
	/// The participant it goes to next.
	pub(super) other: usize,
	/// The items packed in it.
	pub(super) items: u32,
}

impl Bench {
	/// (d) Container handovers: in pairs among the second half of the participants, the first
	/// packs its codes into one of them, then the container goes back and forth between the
	/// two (propose, accept) until the time is up.
	pub async fn containers(&mut self) -> Result<()> {
		let participants = self.settings.participants;
		let mut nonces: Vec<u64> = self.nonces(0..participants).await?;
		let mut containers = self.pack(&mut nonces).await?;
		let items_per_container = containers.iter().map(|c| c.items).max().unwrap_or(0);

		// Back and forth.
		let mut figures = Figures {
			name: "(d) container handovers".into(),
			description: format!(
				"`propose_handover` + `accept_handover` of {} containers of {} items, back \
				 and forth",
				containers.len(),
				items_per_container
			),
			item: Some("items moved".into()),
			containers: containers.len(),
			items_per_container,
			..Default::default()
		};
		let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel();
		self.tracker.set_notify(Some(sender));
		let sample = self.begin();
		let deadline = Instant::now() + Duration::from_secs(self.settings.container_seconds);
		let mut pending: HashMap<Hash, (usize, bool)> = HashMap::new();
		// Every submission, proposal or acceptance, is counted here, as `submit_all` counts.
		let tally = Tally::default();
		for (index, container) in containers.iter().enumerate() {
			let tx = self.propose(container, &mut nonces)?;
			if figures.call_weight_us.is_none() {
				figures.call_weight_us = self.weight_us(Some(&tx)).await;
			}
			let answer = submit_one(&self.rpc, &self.tracker, Workload::Containers, &tx).await;
			if answer.is_ok() {
				pending.insert(tx.hash, (index, true));
			}
			tally.record(&answer);
		}
		while !pending.is_empty() {
			let next = tokio::time::timeout(DRAIN, receiver.recv()).await;
			let Ok(Some((hash, success))) = next else { break };
			let Some((index, was_proposal)) = pending.remove(&hash) else { continue };
			let container = &mut containers[index];
			let tx = if was_proposal {
				if !success {
					continue;
				}
				let signer =
					self.accounts.get(container.other).ok_or_else(|| anyhow!("no account"))?;
				let call = api::tx().traceability().accept_handover(container.code, None, None);
				let tx = sign(&self.at, &call, signer, nonces[container.other], container.items)?;
				nonces[container.other] += 1;
				tx
			} else {
				if success {
					std::mem::swap(&mut container.holder, &mut container.other);
				}
				if Instant::now() >= deadline {
					continue;
				}
				self.propose(container, &mut nonces)?
			};
			let tx = Signed { notify: true, ..tx };
			let answer = submit_one(&self.rpc, &self.tracker, Workload::Containers, &tx).await;
			if answer.is_ok() {
				pending.insert(tx.hash, (index, !was_proposal));
			}
			tally.record(&answer);
		}
		self.tracker.set_notify(None);
		let outcome = tally.outcome();
		figures.submitted = outcome.accepted;
		figures.refused = outcome.refused;
		figures.first_error = outcome.first_error;
		self.finish(Workload::Containers, figures, sample).await
	}

	/// Signs the proposal of `container` from its holder to the other.
	fn propose(&self, container: &Container, nonces: &mut [u64]) -> Result<Signed> {
		let signer = self.accounts.get(container.holder).ok_or_else(|| anyhow!("no account"))?;
		let to = self.accounts.get(container.other).ok_or_else(|| anyhow!("no account"))?;
		let call =
			api::tx()
				.traceability()
				.propose_handover(container.code, account_id(to), None, None);
		let nonce = nonces.get_mut(container.holder).ok_or_else(|| anyhow!("no nonce"))?;
		let tx = sign(&self.at, &call, signer, *nonce, 0)?;
		*nonce += 1;
		Ok(Signed { notify: true, ..tx })
	}
}

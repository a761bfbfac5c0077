//! (a) Balance transfers, the reference: `Balances::transfer_keep_alive` from every bench
//! account to the next one, signed ahead and submitted as fast as the node takes them.

use super::{Bench, Workload};
use crate::{
	stats::Figures,
	submit::{sign_all, Job},
};
use anyhow::Result;
use std::time::{Duration, Instant};
use subxt::utils::MultiAddress;
use trace_client::{account_id, api};

impl Bench {
	/// (a) `Balances::transfer_keep_alive` from every bench account to the next one.
	pub async fn transfers(&mut self) -> Result<()> {
		let count = self.accounts.len();
		let nonces = self.nonces(0..count).await?;
		let mut jobs = Vec::new();
		for k in 0..self.settings.transfers_per_account {
			for (index, nonce) in nonces.iter().enumerate() {
				let to = account_id(&self.accounts[(index + 1) % count]);
				jobs.push(Job {
					call: api::tx().balances().transfer_keep_alive(MultiAddress::Id(to), self.unit),
					signer: index,
					nonce: nonce + k as u64,
					items: 1,
				});
			}
		}
		let started = Instant::now();
		let txs = sign_all(&self.at, &self.accounts, &jobs)?;
		println!("transfers: {} signed in {:.1} s", txs.len(), started.elapsed().as_secs_f64());
		let figures = Figures {
			name: "(a) transfers".into(),
			description: "`Balances::transfer_keep_alive`, the reference".into(),
			call_weight_us: self.weight_us(txs.first()).await,
			..Default::default()
		};
		let deadline = Instant::now() + Duration::from_secs(self.settings.transfer_seconds);
		self.measure(Workload::Transfers, txs, figures, deadline).await?;
		Ok(())
	}
}

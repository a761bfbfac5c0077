//! Setup, before any measure: funding the bench accounts, admitting the participants and
//! registering their products.

use super::{gtin_of, Bench, BENCH_ROLES};
use crate::submit::{sign, sign_all, Job};
use anyhow::{bail, Context, Result};
use subxt::utils::{MultiAddress, H256};
use subxt_signer::sr25519::dev;
use trace_client::{
	account_id,
	api::{
		self,
		runtime_types::{
			pallet_balances::pallet::Call as BalancesCall,
			pallet_traceability::pallet::Call as TraceCall,
			pallet_utility::pallet::Call as UtilityCall, trace_runtime::RuntimeCall,
		},
	},
};

impl Bench {
	/// Funds the bench accounts from //Alice, admits the participants (through sudo) and
	/// registers one product per participant.
	pub async fn prepare(&mut self) -> Result<()> {
		let alice = dev::alice();
		let nonce = self.rpc.nonce(&alice.public_key().0).await?;
		let transfers = self
			.accounts
			.iter()
			.map(|pair| {
				RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
					dest: MultiAddress::Id(account_id(pair)),
					value: 100 * self.unit,
				})
			})
			.collect();
		let fund = api::tx().utility().batch_all(transfers);
		let mut admissions = Vec::new();
		for (index, pair) in self.accounts.iter().take(self.settings.participants).enumerate() {
			let (gtin, prefix) = gtin_of(index)?;
			self.gtins.push(gtin);
			admissions.push(RuntimeCall::Traceability(TraceCall::admit_participant {
				who: account_id(pair),
				roles: trace_client::roles(BENCH_ROLES),
				name: format!("Bench {index}").into_bytes(),
				company_prefixes: vec![prefix],
			}));
		}
		let admit = api::tx()
			.sudo()
			.sudo(RuntimeCall::Utility(UtilityCall::batch_all { calls: admissions }));
		let txs = vec![
			sign(&self.at, &fund, &alice, nonce, 0)?,
			sign(&self.at, &admit, &alice, nonce + 1, 0)?,
		];
		self.setup("fund and admit the bench accounts", txs).await?;
		let last = self.accounts.get(self.settings.participants.saturating_sub(1));
		if let Some(pair) = last {
			let at = self.client.at_current_block().await?;
			let admitted = at
				.storage()
				.try_fetch(api::storage().traceability().participants(), (account_id(pair),))
				.await
				.context("cannot read Traceability::Participants")?;
			if admitted.is_none() {
				bail!("the admissions failed (sudo reported an error): {:?}", self.failures());
			}
		}

		let nonces = self.nonces(0..self.settings.participants).await?;
		let jobs: Vec<_> = self
			.gtins
			.iter()
			.enumerate()
			.map(|(index, gtin)| Job {
				call: api::tx().traceability().register_product(
					*gtin,
					format!("Bench product {index}").into_bytes(),
					b"Bench".to_vec(),
					*b"IT",
					H256::zero(),
				),
				signer: index,
				nonce: nonces.get(index).copied().unwrap_or_default(),
				items: 0,
			})
			.collect();
		let txs = sign_all(&self.at, &self.accounts, &jobs)?;
		self.setup("register one product per participant", txs).await
	}
}

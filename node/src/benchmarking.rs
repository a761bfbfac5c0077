//! What `benchmark overhead` and `benchmark extrinsic` need from this node: builders of signed
//! extrinsics of the runtime and the inherent data of a benchmark block.
//!
//! Only for benchmarks on a dev chain: every extrinsic is signed by Alice, the dev chain's sudo
//! key, whom the dev chain spec endows; the runtime's `signing::sign` builds it, as it builds the
//! end-to-end tests' extrinsics.

use crate::service::FullClient;
use frame_benchmarking_cli::ExtrinsicBuilder;
use sp_blockchain::HeaderBackend;
use sp_inherents::{InherentData, InherentDataProvider};
use sp_keyring::Sr25519Keyring;
use sp_runtime::OpaqueExtrinsic;
use std::{sync::Arc, time::Duration};
use trace_runtime::{
	signing::{self, Lifetime},
	AccountId, Balance, BalancesCall, Nonce, RuntimeCall, SystemCall, UncheckedExtrinsic,
};

/// The dev account that signs every benchmark extrinsic.
const SIGNER: Sr25519Keyring = Sr25519Keyring::Alice;

/// Builds `System::remark` extrinsics with an empty remark, for `benchmark overhead` (which
/// requires exactly this call) and `benchmark extrinsic --pallet system --extrinsic remark`.
pub struct RemarkBuilder {
	client: Arc<FullClient>,
}

impl RemarkBuilder {
	/// A builder of extrinsics valid on top of `client`'s best block.
	pub fn new(client: Arc<FullClient>) -> Self {
		Self { client }
	}
}

impl ExtrinsicBuilder for RemarkBuilder {
	fn pallet(&self) -> &str {
		"system"
	}

	fn extrinsic(&self) -> &str {
		"remark"
	}

	fn build(&self, nonce: u32) -> Result<OpaqueExtrinsic, &'static str> {
		let call = RuntimeCall::System(SystemCall::remark { remark: Vec::new() });
		Ok(benchmark_extrinsic(&self.client, call, nonce).into())
	}
}

/// Builds `Balances::transfer_keep_alive` extrinsics of `value` to `dest`, for
/// `benchmark extrinsic --pallet balances --extrinsic transfer_keep_alive`.
pub struct TransferKeepAliveBuilder {
	client: Arc<FullClient>,
	dest: AccountId,
	value: Balance,
}

impl TransferKeepAliveBuilder {
	/// A builder of transfers of `value` to `dest`, valid on top of `client`'s best block.
	pub fn new(client: Arc<FullClient>, dest: AccountId, value: Balance) -> Self {
		Self { client, dest, value }
	}
}

impl ExtrinsicBuilder for TransferKeepAliveBuilder {
	fn pallet(&self) -> &str {
		"balances"
	}

	fn extrinsic(&self) -> &str {
		"transfer_keep_alive"
	}

	fn build(&self, nonce: u32) -> Result<OpaqueExtrinsic, &'static str> {
		let call = RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
			dest: self.dest.clone().into(),
			value: self.value,
		});
		Ok(benchmark_extrinsic(&self.client, call, nonce).into())
	}
}

/// `call` signed by [`SIGNER`] with nonce `nonce`, mortal from `client`'s best block on (for
/// `signing::mortal_period()` blocks), as a wallet would send it now.
pub fn benchmark_extrinsic(
	client: &FullClient,
	call: RuntimeCall,
	nonce: Nonce,
) -> UncheckedExtrinsic {
	let info = client.info();
	let lifetime = Lifetime::Mortal { number: info.best_number, hash: info.best_hash };
	signing::sign(call, &SIGNER.pair(), nonce, info.genesis_hash, lifetime)
}

/// The inherent data of a benchmark block: the timestamp inherent at 0, which keeps Aura's
/// slot check (slot = timestamp / slot duration) at the slot of the genesis state.
pub fn inherent_benchmark_data() -> sc_cli::Result<InherentData> {
	let mut inherent_data = InherentData::new();
	let timestamp = sp_timestamp::InherentDataProvider::new(Duration::ZERO.into());
	futures::executor::block_on(timestamp.provide_inherent_data(&mut inherent_data))
		.map_err(|e| format!("creating the benchmark's inherent data: {e:?}"))?;
	Ok(inherent_data)
}

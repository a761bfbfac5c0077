//! Signed extrinsics of this runtime, built off-chain (`std` only) exactly as a wallet builds
//! them. The node's `benchmark overhead` and `benchmark extrinsic` and its end-to-end tests
//! sign with [`sign`], so the values of the [`TxExtension`]s ([`tx_extension`]) and the data
//! they sign over ([`implicit`]) are written once, here; the type is in `lib.rs`.

use crate::{
	configs::BlockHashCount, AccountId, Address, BlockNumber, Hash, Nonce, RuntimeCall, Signature,
	SignedPayload, TxExtension, UncheckedExtrinsic, VERSION,
};
use codec::Encode;
use sp_core::{sr25519, Pair};
use sp_runtime::{generic::Era, traits::TransactionExtension};

/// The blocks in which a signed extrinsic is valid (`frame_system::CheckEra`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lifetime {
	/// In every block of the chain, whatever its number.
	Immortal,
	/// For [`mortal_period`] blocks from block `number`, usually the best block when signing.
	Mortal {
		/// The number of the block the era starts at.
		number: BlockNumber,
		/// That block's hash: the extrinsic signs over it.
		hash: Hash,
	},
}

impl Lifetime {
	/// The era the extrinsic carries and the hash of the block it starts at (`genesis` for an
	/// immortal one).
	fn era(self, genesis: Hash) -> (Era, Hash) {
		match self {
			Lifetime::Immortal => (Era::Immortal, genesis),
			Lifetime::Mortal { number, hash } => {
				(Era::mortal(mortal_period(), u64::from(number)), hash)
			},
		}
	}
}

/// The length of a mortal era: [`BlockHashCount`] rounded down to a power of two (the chain must
/// still have the hash of the era's first block when it checks the extrinsic), at most 4096 (up
/// to which an era starts at the block it is built from, unquantized). 2048 blocks on this chain.
pub fn mortal_period() -> u64 {
	let kept = u64::from(BlockHashCount::get()).max(4);
	(1u64 << kept.ilog2()).min(4096)
}

/// The [`TxExtension`] of a signed extrinsic with nonce `nonce`, valid during `era`: no tip,
/// and no metadata hash (`CheckMetadataHash` disabled: the signer does not prove the metadata
/// it showed).
pub fn tx_extension(nonce: Nonce, era: Era) -> TxExtension {
	(
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(era),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	)
}

/// What the extensions of [`tx_extension`] sign over without carrying it: this runtime's spec
/// and transaction versions, the genesis hash, the hash of the block the era starts at
/// (`era_start`: the genesis hash for an immortal extrinsic) and no metadata hash.
pub fn implicit(
	genesis: Hash,
	era_start: Hash,
) -> <TxExtension as TransactionExtension<RuntimeCall>>::Implicit {
	(
		(),
		(),
		VERSION.spec_version,
		VERSION.transaction_version,
		genesis,
		era_start,
		(),
		(),
		(),
		None,
		(),
	)
}

/// `call` signed by `signer` with its next nonce `nonce`, valid during `lifetime` on the chain
/// whose genesis hash is `genesis`, with no tip.
pub fn sign(
	call: RuntimeCall,
	signer: &sr25519::Pair,
	nonce: Nonce,
	genesis: Hash,
	lifetime: Lifetime,
) -> UncheckedExtrinsic {
	let (era, era_start) = lifetime.era(genesis);
	let tx_ext = tx_extension(nonce, era);
	let payload =
		SignedPayload::from_raw(call.clone(), tx_ext.clone(), implicit(genesis, era_start));
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	UncheckedExtrinsic::new_signed(
		call,
		Address::Id(AccountId::from(signer.public())),
		Signature::Sr25519(signature),
		tx_ext,
	)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_mortal_era_starts_at_the_block_it_is_built_from() {
		assert_eq!(mortal_period(), 2048);
		for number in [0u32, 1, 2047, 2048, 100_000] {
			let (era, _) = Lifetime::Mortal { number, hash: Hash::zero() }.era(Hash::zero());
			assert_eq!(era.birth(u64::from(number)), u64::from(number));
			assert_eq!(era.birth(u64::from(number) + 1), u64::from(number));
		}
	}
}

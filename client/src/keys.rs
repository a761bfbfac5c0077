//! sr25519 signers: from a secret URI, and the accounts they sign for.
//!
//! A secret URI is what Substrate tools accept: a development account (`//Alice`, or a path
//! from it such as `//Alice//bench/0`), a BIP-39 phrase with optional derivation path and
//! password (`"word … word//merchant///pass"`), or a `0x` hex seed.

use anyhow::{anyhow, Result};
use std::str::FromStr;
use subxt::utils::AccountId32;
use subxt_signer::{sr25519::Keypair, SecretUri};

/// The key pair of a secret URI.
pub fn from_suri(suri: &str) -> Result<Keypair> {
	let uri = SecretUri::from_str(suri.trim()).map_err(|_| {
		anyhow!("invalid secret URI: expected //Name, a 12/24-word phrase, or 0x + 64 hex digits")
	})?;
	Keypair::from_uri(&uri).map_err(|error| anyhow!("invalid secret URI: {error}"))
}

/// The account `pair` signs for: its public key.
pub fn account_id(pair: &Keypair) -> AccountId32 {
	AccountId32(pair.public_key().0)
}

#[cfg(test)]
mod tests {
	use super::*;
	use subxt_signer::sr25519::dev;

	#[test]
	fn dev_accounts_and_their_derivations() {
		let alice = from_suri("//Alice").unwrap();
		assert_eq!(account_id(&alice), account_id(&dev::alice()));
		assert_eq!(
			account_id(&alice).to_string(),
			"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
		);
		let bench = from_suri("//Alice//bench/0").unwrap();
		assert_ne!(account_id(&bench), account_id(&alice));
		assert_eq!(account_id(&from_suri(" //Alice//bench/0\n").unwrap()), account_id(&bench));
		assert!(from_suri("%%%").is_err());
	}
}

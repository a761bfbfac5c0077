//! Signing keys: from a secret URI, or from a keystore file.
//!
//! A secret URI is what Substrate tools accept: a development account (`//Alice`), a BIP-39
//! phrase with optional derivation path and password (`"word … word//merchant///pass"`), or a
//! `0x` hex seed. A keystore file is JSON, either
//! - `{"suri": "…"}` (also `secretPhrase` or `secretSeed`, as `trace-node key generate
//!   --output-type json` writes them), or
//! - an encrypted polkadot.js account export (`"encoded"` + `"encoding"`), decrypted with the
//!   password given by `--password-file`, `TRACE_KEYSTORE_PASSWORD` or `--password`.
//!
//! Where the secrets come from (arguments, files, standard input, the environment) is
//! [`crate::secrets`]'s business.
//!
//! Claim keys are sr25519 keys too; [`generate_claim_key`] makes one whose secret, a 12-word
//! phrase, is printed under the scratch-off of the item's label. What a claim key signs is the
//! pallet's [`claim_payload`], not a copy of it; what an owner's account key signs for an
//! ownership step is the pallet's [`ownership_payload`].

use anyhow::{anyhow, bail, Context, Result};
use pallet_traceability::{claim_payload, ownership_payload, OwnershipAction};
use std::{path::Path, str::FromStr};
use subxt::utils::{AccountId32, H256};
use subxt_signer::{
	bip39::Mnemonic,
	sr25519::{self, Keypair},
};

/// The key pair of a secret URI: the load generator's too ([`trace_client::from_suri`]).
pub use trace_client::from_suri;

/// The key pair of a keystore file; `password` decrypts a polkadot.js export.
pub fn from_keystore(path: &Path, password: Option<&str>) -> Result<Keypair> {
	let text = std::fs::read_to_string(path)
		.with_context(|| format!("cannot read keystore {}", path.display()))?;
	from_keystore_json(&text, password).with_context(|| format!("keystore {}", path.display()))
}

/// The key pair of a keystore file's content.
pub fn from_keystore_json(text: &str, password: Option<&str>) -> Result<Keypair> {
	let json: serde_json::Value = serde_json::from_str(text)
		.context("not JSON: expected {\"suri\": \"…\"} or a polkadot.js export")?;
	if json.get("encoded").is_some() {
		let password = password.ok_or_else(|| {
			anyhow!(
				"an encrypted polkadot.js keystore needs its password: --password-file PATH, \
				 ${}, or --password",
				crate::secrets::PASSWORD_ENV
			)
		})?;
		return subxt_signer::polkadot_js_compat::decrypt_json(text, password)
			.map_err(|error| anyhow!("cannot decrypt the polkadot.js keystore: {error}"));
	}
	for field in ["suri", "secretUri", "secretPhrase", "secretSeed", "phrase", "seed"] {
		if let Some(secret) = json.get(field).and_then(serde_json::Value::as_str) {
			return from_suri(secret);
		}
	}
	bail!("no secret found: expected a \"suri\", \"secretPhrase\" or \"secretSeed\" field")
}

/// A fresh claim key: its secret phrase and key pair.
pub fn generate_claim_key() -> Result<(String, Keypair)> {
	let mut entropy = [0u8; 16];
	getrandom::getrandom(&mut entropy).map_err(|error| anyhow!("no randomness: {error}"))?;
	let phrase = Mnemonic::from_entropy(&entropy).context("cannot make a phrase")?;
	let pair = Keypair::from_phrase(&phrase, None).context("cannot make a claim key")?;
	Ok((phrase.to_string(), pair))
}

/// The claim key's signature over the pallet's [`claim_payload`] of `code` and `claimer` on the
/// chain whose genesis block is `genesis`: a claim signed for one trace-chain network cannot be
/// replayed on another.
pub fn sign_claim(
	claim_key: &Keypair,
	genesis: &H256,
	code: &[u8; 32],
	claimer: &[u8; 32],
) -> sr25519::Signature {
	claim_key.sign(&claim_payload(genesis, &H256(*code), claimer))
}

/// The acting account's signature over the pallet's [`ownership_payload`] of `action` on `code`
/// at `nonce` (the code's `event_count` when it signs), on the chain whose genesis block is
/// `genesis`: good for that one step of that one item on that one chain.
pub fn sign_ownership(
	account_key: &Keypair,
	genesis: &H256,
	code: &[u8; 32],
	action: &OwnershipAction<AccountId32>,
	nonce: u32,
) -> sr25519::Signature {
	account_key.sign(&ownership_payload(genesis, &H256(*code), action, nonce))
}

/// A public key given as `0x` + 64 hex digits or as an SS58 address.
pub fn parse_public(text: &str) -> Result<[u8; 32]> {
	if let Some(digits) = text.strip_prefix("0x") {
		let mut key = [0u8; 32];
		hex::decode_to_slice(digits, &mut key).map_err(|_| {
			anyhow!("`{text}`: a public key is 0x + 64 hex digits or an SS58 address")
		})?;
		return Ok(key);
	}
	AccountId32::from_str(text)
		.map(|account| account.0)
		.map_err(|error| anyhow!("`{text}` is neither 0x + 64 hex digits nor SS58: {error}"))
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::secrets::PASSWORD_ENV;
	use pallet_traceability::{CLAIM_CONTEXT, OWNERSHIP_CONTEXT};

	/// Alice's well-known public key.
	const ALICE: &str = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";

	fn public_hex(pair: &Keypair) -> String {
		format!("0x{}", hex::encode(pair.public_key().0))
	}

	#[test]
	fn dev_uris_and_addresses() {
		assert_eq!(public_hex(&from_suri("//Alice").unwrap()), ALICE);
		assert_eq!(
			parse_public("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY").unwrap(),
			parse_public(ALICE).unwrap()
		);
		assert!(from_suri("%%%").is_err());
		assert!(from_suri("not a valid phrase").is_err());
		assert!(parse_public("0x12").is_err());
	}

	#[test]
	fn keystore_files() {
		let plain = from_keystore_json(r#"{"suri": "//Alice"}"#, None).unwrap();
		assert_eq!(public_hex(&plain), ALICE);
		let subkey = from_keystore_json(
			r#"{"secretPhrase": "bottom drive obey lake curtain smoke basket hold race lonely fit walk//Alice"}"#,
			None,
		)
		.unwrap();
		assert_eq!(public_hex(&subkey), ALICE);
		let error = from_keystore_json(r#"{"address": "5Grw"}"#, None).unwrap_err();
		assert!(error.to_string().contains("no secret found"), "{error}");
		assert!(from_keystore_json("suri=//Alice", None).is_err());
	}

	#[test]
	fn encrypted_keystores_name_the_password_sources() {
		let export = r#"{"encoded": "AAAA", "encoding": {"content": ["pkcs8", "sr25519"], "type": ["scrypt", "xsalsa20-poly1305"], "version": "3"}, "address": "5Grw"}"#;
		let error = from_keystore_json(export, None).unwrap_err().to_string();
		assert!(error.contains("--password-file") && error.contains(PASSWORD_ENV), "{error}");
		assert!(from_keystore(Path::new("/nonexistent/key.json"), None).is_err());
	}

	#[test]
	fn claims_are_signed_over_the_pallets_payload_for_this_chain() {
		let genesis = H256([0x11; 32]);
		let (code, claimer) = ([0xAA; 32], [0xBB; 32]);
		let payload = claim_payload(&genesis, &H256(code), &claimer);
		// `(CLAIM_CONTEXT, genesis, code, claimer)`: fixed-size, so no length prefixes.
		let context = CLAIM_CONTEXT.len();
		assert_eq!(payload.len(), context + 3 * 32);
		assert_eq!(&payload[..context], CLAIM_CONTEXT);
		assert_eq!(&payload[context..context + 32], genesis.as_bytes());
		assert_eq!(&payload[context + 32..context + 64], &code);
		assert_eq!(&payload[context + 64..], &claimer);

		let (phrase, pair) = generate_claim_key().unwrap();
		assert_eq!(phrase.split(' ').count(), 12);
		// The printed phrase gives back the same key.
		assert_eq!(from_suri(&phrase).unwrap().public_key().0, pair.public_key().0);
		let signature = sign_claim(&pair, &genesis, &code, &claimer);
		assert!(sr25519::verify(&signature, &payload, &pair.public_key()));
		// Not on another chain, nor for another claimer or code.
		let other_chain = claim_payload(&H256([0x22; 32]), &H256(code), &claimer);
		assert!(!sr25519::verify(&signature, other_chain, &pair.public_key()));
		let other_claimer = claim_payload(&genesis, &H256(code), &[0xCC; 32]);
		assert!(!sr25519::verify(&signature, other_claimer, &pair.public_key()));
		let other_code = claim_payload(&genesis, &H256([0xAB; 32]), &claimer);
		assert!(!sr25519::verify(&signature, other_code, &pair.public_key()));
	}

	#[test]
	fn ownership_steps_are_signed_over_the_pallets_payload_for_one_state() {
		let genesis = H256([0x11; 32]);
		let code = [0xAA; 32];
		let owner = from_suri("//Ferdie").unwrap();
		let offer = OwnershipAction::Offer { to: AccountId32([0xBB; 32]) };
		let payload = ownership_payload(&genesis, &H256(code), &offer, 7);
		assert!(payload.starts_with(OWNERSHIP_CONTEXT));
		let signature = sign_ownership(&owner, &genesis, &code, &offer, 7);
		assert!(sr25519::verify(&signature, &payload, &owner.public_key()));
		// Not at another nonce (the code's history moved on), nor for another step.
		let later = ownership_payload(&genesis, &H256(code), &offer, 8);
		assert!(!sr25519::verify(&signature, later, &owner.public_key()));
		let cancel = OwnershipAction::Cancel { to: AccountId32([0xBB; 32]) };
		let other_step = ownership_payload(&genesis, &H256(code), &cancel, 7);
		assert!(!sr25519::verify(&signature, other_step, &owner.public_key()));
	}
}

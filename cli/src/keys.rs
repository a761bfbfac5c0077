//! Signing keys: from a secret URI, or from a keystore file.
//!
//! A secret URI is what Substrate tools accept: a development account (`//Alice`), a BIP-39
//! phrase with optional derivation path and password (`"word … word//merchant///pass"`), or a
//! `0x` hex seed. A keystore file is JSON, either
//! - `{"suri": "…"}` (also `secretPhrase` or `secretSeed`, as `trace-node key generate
//!   --output-type json` writes them), or
//! - an encrypted polkadot.js account export (`"encoded"` + `"encoding"`), decrypted with the
//!   password given by `--password` or `TRACE_KEYSTORE_PASSWORD`.
//!
//! Claim keys are sr25519 keys too; [`generate_claim_key`] makes one whose secret, a 12-word
//! phrase, is printed under the scratch-off of the item's label.

use anyhow::{anyhow, bail, Context, Result};
use codec::Encode;
use std::{path::Path, str::FromStr};
use subxt_signer::{
	bip39::Mnemonic,
	sr25519::{self, Keypair},
	SecretUri,
};

/// Domain separator of a claim signature: the pallet's `CLAIM_CONTEXT`.
pub const CLAIM_CONTEXT: &[u8; 17] = b"trace-chain/claim";

/// Environment variable holding the password of an encrypted keystore file.
pub const PASSWORD_ENV: &str = "TRACE_KEYSTORE_PASSWORD";

/// The key pair of a secret URI.
pub fn from_suri(suri: &str) -> Result<Keypair> {
	let uri = SecretUri::from_str(suri.trim()).map_err(|_| {
		anyhow!("invalid secret URI: expected //Name, a 12/24-word phrase, or 0x + 64 hex digits")
	})?;
	Keypair::from_uri(&uri).map_err(|error| anyhow!("invalid secret URI: {error}"))
}

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
		let password = match password {
			Some(password) => password.to_owned(),
			None => std::env::var(PASSWORD_ENV).map_err(|_| {
				anyhow!("an encrypted polkadot.js keystore needs --password or {PASSWORD_ENV}")
			})?,
		};
		return subxt_signer::polkadot_js_compat::decrypt_json(text, &password)
			.map_err(|error| anyhow!("cannot decrypt the polkadot.js keystore: {error}"));
	}
	for field in ["suri", "secretUri", "secretPhrase", "secretSeed", "phrase", "seed"] {
		if let Some(secret) = json.get(field).and_then(serde_json::Value::as_str) {
			return from_suri(secret);
		}
	}
	bail!("no secret found: expected a \"suri\", \"secretPhrase\" or \"secretSeed\" field")
}

/// The signer named on the command line: `--suri` or `--keystore` (exactly one).
pub fn signer(
	suri: Option<&str>,
	keystore: Option<&Path>,
	password: Option<&str>,
) -> Result<Keypair> {
	match (suri, keystore) {
		(Some(suri), None) => from_suri(suri),
		(None, Some(path)) => from_keystore(path, password),
		(None, None) => bail!("this command signs: give --suri or --keystore"),
		(Some(_), Some(_)) => bail!("give either --suri or --keystore, not both"),
	}
}

/// A fresh claim key: its secret phrase and key pair.
pub fn generate_claim_key() -> Result<(String, Keypair)> {
	let mut entropy = [0u8; 16];
	getrandom::getrandom(&mut entropy).map_err(|error| anyhow!("no randomness: {error}"))?;
	let phrase = Mnemonic::from_entropy(&entropy).context("cannot make a phrase")?;
	let pair = Keypair::from_phrase(&phrase, None).context("cannot make a claim key")?;
	Ok((phrase.to_string(), pair))
}

/// The message a claim key signs: `(CLAIM_CONTEXT, code, claimer)` SCALE-encoded, as the
/// pallet's `claim_payload`.
pub fn claim_payload(code: &[u8; 32], claimer: &[u8; 32]) -> Vec<u8> {
	(CLAIM_CONTEXT, code, claimer).encode()
}

/// The claim key's signature over [`claim_payload`].
pub fn sign_claim(claim_key: &Keypair, code: &[u8; 32], claimer: &[u8; 32]) -> sr25519::Signature {
	claim_key.sign(&claim_payload(code, claimer))
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
	subxt::utils::AccountId32::from_str(text)
		.map(|account| account.0)
		.map_err(|error| anyhow!("`{text}` is neither 0x + 64 hex digits nor SS58: {error}"))
}

#[cfg(test)]
mod tests {
	use super::*;

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
	fn signer_needs_exactly_one_source() {
		assert!(signer(None, None, None).is_err());
		assert!(signer(Some("//Bob"), Some(Path::new("/nonexistent")), None).is_err());
		assert!(signer(None, Some(Path::new("/nonexistent/key.json")), None).is_err());
		assert!(signer(Some("//Bob"), None, None).is_ok());
	}

	#[test]
	fn claim_payload_matches_the_pallet_layout() {
		let code = [0xAA; 32];
		let claimer = [0xBB; 32];
		let payload = claim_payload(&code, &claimer);
		// A fixed-size array encodes without a length prefix.
		assert_eq!(payload.len(), 17 + 32 + 32);
		assert_eq!(&payload[..17], b"trace-chain/claim");
		assert_eq!(&payload[17..49], &code);
		assert_eq!(&payload[49..], &claimer);
	}

	#[test]
	fn generated_claim_keys_sign_verifiable_claims() {
		let (phrase, pair) = generate_claim_key().unwrap();
		assert_eq!(phrase.split(' ').count(), 12);
		// The printed phrase gives back the same key.
		assert_eq!(from_suri(&phrase).unwrap().public_key().0, pair.public_key().0);
		let signature = sign_claim(&pair, &[1; 32], &[2; 32]);
		assert!(sr25519::verify(&signature, claim_payload(&[1; 32], &[2; 32]), &pair.public_key()));
		assert!(!sr25519::verify(
			&signature,
			claim_payload(&[1; 32], &[3; 32]),
			&pair.public_key()
		));
	}
}

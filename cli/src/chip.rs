//! Chips without a chain: their public keys and signatures as the command line gives them, and
//! a software chip for tests and demos.
//!
//! A chip's key and signature are the pallet's own types ([`ChipKey`], [`ChipSignature`]);
//! what a chip signs is the pallet's [`chip_challenge`](pallet_traceability::chip_challenge)
//! and whether it signed it is the pallet's [`verify_chip`](pallet_traceability::verify_chip),
//! neither restated here. This module only turns text and files into those types, naming the
//! part that is wrong:
//!
//! - public keys: hex (`0x` optional). A secp256k1 key is 33 bytes (compressed, `02`/`03`…) or
//!   65 bytes (uncompressed, `04`…, as HaLo chips print it), compressed by sp-core; an ed25519
//!   or sr25519 key is 32 bytes;
//! - signatures: hex text, or a file of the raw bytes. A secp256k1 signature is 65 bytes,
//!   `r ‖ s ‖ v` with `v` 0, 1, 27 or 28, over the `blake2_256` of the challenge; an ed25519 or
//!   sr25519 signature is 64 bytes, over the challenge itself.

use crate::cli::ChipScheme;
use pallet_traceability::{ChipKey, ChipSignature};
use sp_core::{ecdsa, ed25519, sr25519, Pair};

/// Why a chip's key, signature, seed or challenge given on the command line was rejected.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChipError {
	/// Nothing given.
	#[error("{what} is empty")]
	Empty {
		/// What was read, e.g. "the signature file".
		what: String,
	},
	/// A character that is not a hex digit.
	#[error("{what} is not hex: `{character}` at hex digit {position} (0x is optional)")]
	NotHex {
		/// What was read.
		what: String,
		/// The offending character.
		character: char,
		/// Its position among the hex digits, from 1 (after any `0x`).
		position: usize,
	},
	/// An odd number of hex digits.
	#[error("{what} has an odd number of hex digits ({digits}): a byte is two digits")]
	OddHex {
		/// What was read.
		what: String,
		/// How many digits.
		digits: usize,
	},
	/// The wrong number of bytes for the scheme.
	#[error("{what} is {got} bytes: {expected}")]
	Length {
		/// What was read.
		what: String,
		/// How many bytes it has.
		got: usize,
		/// What the scheme takes, e.g. "a secp256k1-ecdsa signature is 65 bytes (r ‖ s ‖ v)".
		expected: &'static str,
	},
	/// A secp256k1 key that is no point encoding.
	#[error(
		"{what} starts with 0x{prefix:02x}: a secp256k1 public key is 33 bytes starting with 0x02 \
		 or 0x03 (compressed), or 65 bytes starting with 0x04 (uncompressed)"
	)]
	PointPrefix {
		/// What was read.
		what: String,
		/// Its first byte.
		prefix: u8,
	},
	/// An uncompressed secp256k1 key that is no point of the curve.
	#[error("{what} is no point of the secp256k1 curve")]
	NotAPoint {
		/// What was read.
		what: String,
	},
	/// A secp256k1 signature whose recovery byte is none of the four accepted.
	#[error(
		"{what}: its last byte, the recovery id v, is {v}; a secp256k1-ecdsa signature ends with \
		 v = 0, 1, 27 or 28"
	)]
	RecoveryByte {
		/// What was read.
		what: String,
		/// The byte.
		v: u8,
	},
	/// A software chip's seed that is no secret key of the scheme.
	#[error("--seed is no {scheme} secret key")]
	Seed {
		/// The scheme's name.
		scheme: &'static str,
	},
}

impl ChipScheme {
	/// The scheme of a chip's key.
	pub fn of(key: &ChipKey) -> Self {
		match key {
			ChipKey::Secp256k1Ecdsa(_) => Self::Secp256k1Ecdsa,
			ChipKey::Ed25519(_) => Self::Ed25519,
			ChipKey::Sr25519(_) => Self::Sr25519,
		}
	}

	/// The scheme's name on the command line (`secp256k1-ecdsa`, `ed25519`, `sr25519`).
	pub fn name(self) -> &'static str {
		match self {
			Self::Secp256k1Ecdsa => "secp256k1-ecdsa",
			Self::Ed25519 => "ed25519",
			Self::Sr25519 => "sr25519",
		}
	}

	/// What a signature of the scheme is, for errors.
	fn signature_layout(self) -> &'static str {
		match self {
			Self::Secp256k1Ecdsa => "a secp256k1-ecdsa signature is 65 bytes (r ‖ s ‖ v)",
			Self::Ed25519 => "an ed25519 signature is 64 bytes",
			Self::Sr25519 => "an sr25519 signature is 64 bytes",
		}
	}
}

/// The bytes of hex text `text` (surrounding white space and a `0x` prefix ignored), `what`
/// naming it in errors.
pub fn hex_bytes(text: &str, what: &str) -> Result<Vec<u8>, ChipError> {
	let trimmed = text.trim();
	let digits = trimmed
		.strip_prefix("0x")
		.or_else(|| trimmed.strip_prefix("0X"))
		.unwrap_or(trimmed);
	if digits.is_empty() {
		return Err(ChipError::Empty { what: what.to_owned() });
	}
	if let Some((index, character)) =
		digits.chars().enumerate().find(|(_, character)| !character.is_ascii_hexdigit())
	{
		return Err(ChipError::NotHex { what: what.to_owned(), character, position: index + 1 });
	}
	if !digits.len().is_multiple_of(2) {
		return Err(ChipError::OddHex { what: what.to_owned(), digits: digits.len() });
	}
	hex::decode(digits)
		.map_err(|_| ChipError::OddHex { what: what.to_owned(), digits: digits.len() })
}

/// A chip's public key of `scheme`, given in hex (`--public`).
pub fn parse_public(scheme: ChipScheme, text: &str) -> Result<ChipKey, ChipError> {
	let what = "--public";
	let bytes = hex_bytes(text, what)?;
	let length = |expected| ChipError::Length { what: what.to_owned(), got: bytes.len(), expected };
	let key = match scheme {
		ChipScheme::Secp256k1Ecdsa => {
			let compressed: [u8; 33] = match bytes.first().copied() {
				Some(0x04) => {
					if bytes.len() != 65 {
						return Err(length(
							"an uncompressed secp256k1 public key (0x04…) is 65 bytes",
						));
					}
					ecdsa::Public::from_full(&bytes)
						.map_err(|()| ChipError::NotAPoint { what: what.to_owned() })?
						.0
				},
				_ => bytes.as_slice().try_into().map_err(|_| {
					length("a compressed secp256k1 public key is 33 bytes (0x02… or 0x03…)")
				})?,
			};
			ChipKey::Secp256k1Ecdsa(compressed)
		},
		ChipScheme::Ed25519 => ChipKey::Ed25519(
			bytes
				.as_slice()
				.try_into()
				.map_err(|_| length("an ed25519 public key is 32 bytes"))?,
		),
		ChipScheme::Sr25519 => ChipKey::Sr25519(
			bytes
				.as_slice()
				.try_into()
				.map_err(|_| length("an sr25519 public key is 32 bytes"))?,
		),
	};
	// The pallet's own check of the key's form (`register_chip` refuses what fails it).
	if !key.is_well_formed() {
		return Err(ChipError::PointPrefix {
			what: what.to_owned(),
			prefix: bytes.first().copied().unwrap_or_default(),
		});
	}
	Ok(key)
}

/// A signature of `scheme` from its bytes, `what` naming them in errors.
pub fn signature_from_bytes(
	scheme: ChipScheme,
	bytes: &[u8],
	what: &str,
) -> Result<ChipSignature, ChipError> {
	let length = || ChipError::Length {
		what: what.to_owned(),
		got: bytes.len(),
		expected: scheme.signature_layout(),
	};
	Ok(match scheme {
		ChipScheme::Secp256k1Ecdsa => {
			let signature: [u8; 65] = bytes.try_into().map_err(|_| length())?;
			if !matches!(signature[64], 0 | 1 | 27 | 28) {
				return Err(ChipError::RecoveryByte { what: what.to_owned(), v: signature[64] });
			}
			ChipSignature::Secp256k1Ecdsa(signature)
		},
		ChipScheme::Ed25519 => ChipSignature::Ed25519(bytes.try_into().map_err(|_| length())?),
		ChipScheme::Sr25519 => ChipSignature::Sr25519(bytes.try_into().map_err(|_| length())?),
	})
}

/// A signature of `scheme` in hex text (a reader command's output).
pub fn signature_from_hex(
	scheme: ChipScheme,
	text: &str,
	what: &str,
) -> Result<ChipSignature, ChipError> {
	signature_from_bytes(scheme, &hex_bytes(text, what)?, what)
}

/// A signature of `scheme` from a file's content: hex text if it is printable text (as a
/// reader prints it), else the raw 64 or 65 bytes.
pub fn signature_from_file(
	scheme: ChipScheme,
	content: &[u8],
	what: &str,
) -> Result<ChipSignature, ChipError> {
	if content.is_empty() {
		return Err(ChipError::Empty { what: what.to_owned() });
	}
	let text = content.iter().all(|byte| byte.is_ascii_graphic() || byte.is_ascii_whitespace());
	match std::str::from_utf8(content) {
		Ok(text_content) if text => signature_from_hex(scheme, text_content, what),
		_ => signature_from_bytes(scheme, content, what),
	}
}

/// A signature's bytes as `0x` + hex, as a reader command prints it.
pub fn signature_hex(signature: &ChipSignature) -> String {
	let bytes: &[u8] = match signature {
		ChipSignature::Secp256k1Ecdsa(bytes) => bytes,
		ChipSignature::Ed25519(bytes) | ChipSignature::Sr25519(bytes) => bytes,
	};
	format!("0x{}", hex::encode(bytes))
}

/// A software chip of `scheme` whose secret is `seed`: for tests and demos, answering as a real
/// chip does. A real chip never gives its secret out; anyone who knows this seed can answer
/// for the "chip".
pub struct SoftChip {
	/// Its key pair.
	pair: SoftPair,
}

/// The key pair of a [`SoftChip`].
enum SoftPair {
	Secp256k1Ecdsa(ecdsa::Pair),
	// Boxed: the ed25519 and sr25519 pairs are several times the size of the others.
	Ed25519(Box<ed25519::Pair>),
	Sr25519(Box<sr25519::Pair>),
}

impl SoftChip {
	/// The software chip of `scheme` with secret `seed` (32 bytes).
	pub fn new(scheme: ChipScheme, seed: &[u8; 32]) -> Result<Self, ChipError> {
		let bad_seed = |_| ChipError::Seed { scheme: scheme.name() };
		let pair = match scheme {
			ChipScheme::Secp256k1Ecdsa => SoftPair::Secp256k1Ecdsa(
				<ecdsa::Pair as Pair>::from_seed_slice(seed).map_err(bad_seed)?,
			),
			ChipScheme::Ed25519 => SoftPair::Ed25519(Box::new(
				<ed25519::Pair as Pair>::from_seed_slice(seed).map_err(bad_seed)?,
			)),
			ChipScheme::Sr25519 => SoftPair::Sr25519(Box::new(
				<sr25519::Pair as Pair>::from_seed_slice(seed).map_err(bad_seed)?,
			)),
		};
		Ok(Self { pair })
	}

	/// Its public key, as the merchant registers it.
	pub fn key(&self) -> ChipKey {
		match &self.pair {
			SoftPair::Secp256k1Ecdsa(pair) => {
				ChipKey::Secp256k1Ecdsa(<ecdsa::Pair as Pair>::public(pair).0)
			},
			SoftPair::Ed25519(pair) => ChipKey::Ed25519(<ed25519::Pair as Pair>::public(pair).0),
			SoftPair::Sr25519(pair) => ChipKey::Sr25519(<sr25519::Pair as Pair>::public(pair).0),
		}
	}

	/// Its answer to `challenge`: for secp256k1 a signature of the challenge's `blake2_256`
	/// (as a HaLo chip signs a digest), else of the challenge itself.
	pub fn sign(&self, challenge: &[u8]) -> ChipSignature {
		match &self.pair {
			SoftPair::Secp256k1Ecdsa(pair) => {
				let digest = sp_crypto_hashing::blake2_256(challenge);
				ChipSignature::Secp256k1Ecdsa(pair.sign_prehashed(&digest).0)
			},
			SoftPair::Ed25519(pair) => {
				ChipSignature::Ed25519(<ed25519::Pair as Pair>::sign(pair, challenge).0)
			},
			SoftPair::Sr25519(pair) => {
				ChipSignature::Sr25519(<sr25519::Pair as Pair>::sign(pair, challenge).0)
			},
		}
	}
}

/// A chip's public key as `0x` + hex.
pub fn key_hex(key: &ChipKey) -> String {
	format!("0x{}", hex::encode(key.public()))
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::ValueEnum;
	use pallet_traceability::{chip_challenge, verify_chip};
	use subxt::utils::H256;

	const SEED: [u8; 32] = [7; 32];

	fn challenge() -> Vec<u8> {
		chip_challenge(&H256([1; 32]), &H256([2; 32]), &H256([3; 32]))
	}

	#[test]
	fn scheme_names_are_the_pallets() {
		for scheme in ChipScheme::value_variants() {
			let value = scheme.to_possible_value().expect("every scheme is offered");
			assert_eq!(value.get_name(), scheme.name());
			let key = SoftChip::new(*scheme, &SEED).unwrap().key();
			assert_eq!(ChipScheme::of(&key), *scheme);
			// The pallet's snake-case name, with a hyphen on the command line.
			assert_eq!(key.as_str().replace('_', "-"), scheme.name());
		}
	}

	#[test]
	fn software_chips_answer_as_the_pallet_verifies() {
		let challenge = challenge();
		for scheme in ChipScheme::value_variants() {
			let chip = SoftChip::new(*scheme, &SEED).unwrap();
			let signature = chip.sign(&challenge);
			assert!(verify_chip(&chip.key(), &challenge, &signature), "{scheme:?}");
			// Another chip's answer, or an answer to another challenge, does not verify.
			let other = SoftChip::new(*scheme, &[8; 32]).unwrap();
			assert!(!verify_chip(&chip.key(), &challenge, &other.sign(&challenge)));
			let stale = chip_challenge(&H256([1; 32]), &H256([2; 32]), &H256([4; 32]));
			assert!(!verify_chip(&chip.key(), &stale, &signature));
			// The printed signature reads back.
			let text = signature_hex(&signature);
			assert_eq!(signature_from_hex(*scheme, &text, "x").unwrap(), signature);
			// The printed key reads back.
			assert_eq!(parse_public(*scheme, &key_hex(&chip.key())).unwrap(), chip.key());
		}
	}

	#[test]
	fn public_keys_name_what_is_wrong() {
		let error = parse_public(ChipScheme::Ed25519, "0x1234").unwrap_err();
		assert_eq!(error.to_string(), "--public is 2 bytes: an ed25519 public key is 32 bytes");
		let error = parse_public(ChipScheme::Sr25519, "0xzz").unwrap_err();
		assert_eq!(error.to_string(), "--public is not hex: `z` at hex digit 1 (0x is optional)");
		let error = parse_public(ChipScheme::Secp256k1Ecdsa, &"05".repeat(33)).unwrap_err();
		assert!(matches!(error, ChipError::PointPrefix { prefix: 0x05, .. }), "{error}");
		let error = parse_public(ChipScheme::Secp256k1Ecdsa, &"02".repeat(32)).unwrap_err();
		assert!(error.to_string().contains("compressed secp256k1 public key is 33 bytes"));
		let error = parse_public(ChipScheme::Secp256k1Ecdsa, "0x04abcd").unwrap_err();
		assert!(error.to_string().contains("uncompressed secp256k1 public key (0x04…) is 65"));
		assert!(matches!(parse_public(ChipScheme::Ed25519, " 0x "), Err(ChipError::Empty { .. })));
	}

	/// The secp256k1 generator G, the public key of the secret key 1, uncompressed (SEC 2).
	const G_UNCOMPRESSED: &str =
		"0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798\
	                              483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";

	#[test]
	fn uncompressed_secp256k1_keys_are_stored_compressed() {
		let mut one = [0u8; 32];
		one[31] = 1;
		let chip = SoftChip::new(ChipScheme::Secp256k1Ecdsa, &one).unwrap();
		let uncompressed: String = G_UNCOMPRESSED.split_whitespace().collect();
		let key = parse_public(ChipScheme::Secp256k1Ecdsa, &uncompressed).unwrap();
		assert_eq!(key, chip.key());
		// y of G is even: 0x02 ‖ x.
		assert_eq!(key_hex(&key), format!("0x02{}", &uncompressed[2..66]));
		// A point off the curve.
		let off = format!("{}00", &uncompressed[..128]);
		let error = parse_public(ChipScheme::Secp256k1Ecdsa, &off).unwrap_err();
		assert_eq!(error, ChipError::NotAPoint { what: "--public".into() });
	}

	#[test]
	fn signatures_name_what_is_wrong() {
		let secp = ChipScheme::Secp256k1Ecdsa;
		let error = signature_from_hex(secp, &"00".repeat(64), "the reader's answer").unwrap_err();
		assert_eq!(
			error.to_string(),
			"the reader's answer is 64 bytes: a secp256k1-ecdsa signature is 65 bytes (r ‖ s ‖ v)"
		);
		let bad_v = format!("{}05", "00".repeat(64));
		let error = signature_from_hex(secp, &bad_v, "x").unwrap_err();
		assert_eq!(error, ChipError::RecoveryByte { what: "x".into(), v: 5 });
		let error = signature_from_hex(ChipScheme::Ed25519, "0xabc", "x").unwrap_err();
		assert_eq!(error, ChipError::OddHex { what: "x".into(), digits: 3 });
		let error = signature_from_hex(ChipScheme::Sr25519, "0x12g4", "x").unwrap_err();
		assert_eq!(error, ChipError::NotHex { what: "x".into(), character: 'g', position: 3 });
		let error = signature_from_hex(ChipScheme::Sr25519, &"11".repeat(65), "x").unwrap_err();
		assert_eq!(error.to_string(), "x is 65 bytes: an sr25519 signature is 64 bytes");
	}

	#[test]
	fn signature_files_hold_hex_or_raw_bytes() {
		let chip = SoftChip::new(ChipScheme::Secp256k1Ecdsa, &SEED).unwrap();
		let signature = chip.sign(&challenge());
		let ChipSignature::Secp256k1Ecdsa(raw) = signature else { panic!("not secp256k1") };
		let secp = ChipScheme::Secp256k1Ecdsa;
		let what = "the signature file";
		assert_eq!(signature_from_file(secp, &raw, what).unwrap(), signature);
		let text = format!("{}\n", signature_hex(&signature));
		assert_eq!(signature_from_file(secp, text.as_bytes(), what).unwrap(), signature);
		// Raw bytes of the wrong length, a typo in hex text, nothing at all.
		let error = signature_from_file(secp, &raw[..64], what).unwrap_err();
		assert!(matches!(error, ChipError::Length { got: 64, .. }), "{error}");
		let typo = format!("0xq{}", &text[3..]);
		let error = signature_from_file(secp, typo.as_bytes(), what).unwrap_err();
		assert!(matches!(error, ChipError::NotHex { character: 'q', .. }), "{error}");
		let error = signature_from_file(secp, b"", what).unwrap_err();
		assert_eq!(error.to_string(), "the signature file is empty");
	}

	#[test]
	fn bad_seeds_are_refused() {
		// Zero is no secp256k1 secret key.
		let error = SoftChip::new(ChipScheme::Secp256k1Ecdsa, &[0; 32]).err();
		assert_eq!(error, Some(ChipError::Seed { scheme: "secp256k1-ecdsa" }));
	}
}

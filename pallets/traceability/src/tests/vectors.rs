//! Vectors that pin the consumer page's ports of the claim (`web/src/claim.ts`), the chip
//! challenge (`web/src/chip.ts`) and the ownership steps (`web/src/ownership.ts`) to the pallet.
//!
//! The first test computes [`claim_payload`] for a few `(genesis, code, claimer)` triples with the
//! runtime's types (`H256`, `AccountId32`), the claim key of a few secret URIs as `sp_core`
//! reads them (and `trace`, through subxt-signer), and the account of a few SS58 addresses,
//! and compares them with `web/test/vectors/claim.json`, which the page's unit test
//! (`web/test/vectors.test.mjs`) checks the port against. The second writes
//! `web/test/vectors/chip.json`: [`chip_challenge`] of a few `(genesis, code, block hash)`
//! triples, the software test chips (a fixed seed per scheme; `scripts/demo.sh` registers the
//! `demo` chip's key, the page's browser tests sign with its seed) and [`verify_chip`]'s answer
//! on signatures of them, good and bad. The third writes `web/test/vectors/ownership.json`:
//! [`ownership_payload`] of each [`OwnershipAction`]. So a change here fails these tests
//! until the files are refreshed, and then fails the page's test until the port follows:
//!
//! ```text
//! TRACE_UPDATE_VECTORS=1 cargo test -p pallet-traceability tests::vectors
//! ```
//!
//! The file is written by hand, one vector per line with its fields in a fixed order, so that
//! it is the same byte for byte wherever it is made. Bytes are `0x` hex; `null` is a secret or
//! an address that is refused.

use crate::{
	chip_challenge, claim_payload, ownership_payload, verify_chip, ChipKey, ChipSignature, CodeId,
	OwnershipAction, CHIP_CONTEXT, CLAIM_CONTEXT, OWNERSHIP_CONTEXT,
};
use sp_core::{
	crypto::{AccountId32, Ss58AddressFormatRegistry, Ss58Codec},
	ecdsa, ed25519, sr25519, Pair, H256,
};
use std::path::Path;
use trace_gs1::{code_key, parse_gtin};
use trace_test_support::vectors::{
	check_or_update, field, file, hex, list, object, string, Pinned,
};

/// The vector file, from this crate's directory.
const VECTORS: &str = "../../web/test/vectors/claim.json";

/// What the file is, its first field.
const ABOUT: &str =
	"claim vectors for web/src/claim.ts, written by pallet-traceability's tests/vectors.rs";

/// The chip vector file, from this crate's directory.
const CHIP_VECTORS: &str = "../../web/test/vectors/chip.json";

/// What the chip file is, its first field.
const CHIP_ABOUT: &str =
	"chip vectors for web/src/chip.ts, written by pallet-traceability's tests/vectors.rs";

/// The ownership vector file, from this crate's directory.
const OWNERSHIP_VECTORS: &str = "../../web/test/vectors/ownership.json";

/// What the ownership file is, its first field.
const OWNERSHIP_ABOUT: &str =
	"ownership vectors for web/src/ownership.ts, written by pallet-traceability's tests/vectors.rs";

/// The software test chips: a name, the scheme and the fixed seed (secret key) of each. The
/// `demo` chip is the one `scripts/demo.sh` registers (on HB-0005) and the page's browser
/// tests sign with; `other` is a chip of the same scheme that is not the item's (a copy).
const CHIPS: &[(&str, &str, [u8; 32])] = &[
	("demo", "secp256k1_ecdsa", [0x42; 32]),
	("other", "secp256k1_ecdsa", [0x43; 32]),
	("ed25519", "ed25519", [0x44; 32]),
	("sr25519", "sr25519", [0x45; 32]),
];

/// The `sr25519` chip's signature of the second challenge of [`challenges`]: sr25519
/// signatures are randomised, so this one was made once (by the page's software chip,
/// `@polkadot-labs/hdkd-helpers`) and [`verify_chip`] judges it here like any other.
const SR25519_ANSWER: &str = "0xfa7661962745647620874390f3f9dd197d6eefdfabf0b0326abde061873eee014bdade944e0de7d2eafb7cef0a2e600d6587f62c1be42e374762430d32914a81";

/// The command that rewrites [`VECTORS`].
const REFRESH: &str = "TRACE_UPDATE_VECTORS=1 cargo test -p pallet-traceability tests::vectors";

/// Secret URIs whose claim keys are computed: taken and refused ones.
const SECRETS: &[&str] = &[
	"//Alice",
	"//Bob",
	"//TraceDemo//HB-0002",
	"//Alice///password",
	"//1//2/3",
	"bottom drive obey lake curtain smoke basket hold race lonely fit walk",
	"bottom drive obey lake curtain smoke basket hold race lonely fit walk/Alice",
	"bottom drive obey lake curtain smoke basket hold race lonely fit walk//Alice",
	"legal winner thank year wave sausage worth useful legal winner thank yellow",
	"legal winner thank year wave sausage worth useful legal winner thank yellow//0",
	"0x9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
	"0x9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60//Alice",
	"0x0101010101010101010101010101010101010101010101010101010101010101",
	// A junction is a number only as `str::parse::<u64>()` reads one: decimal, an optional `+`,
	// leading zeros, up to u64::MAX; its chain code is the u64's 8 bytes. Anything else is text.
	"//16",
	"//+016",
	"//0x10",
	"//1000",
	"//1e3",
	"//-1",
	"//4294967296",
	"//18446744073709551615",
	"//18446744073709551616",
	"//7",
	"/7",
	"legal winner thank year wave sausage worth useful legal winner thank yellow/0//1/2",
	// Text: its SCALE encoding (compact length, UTF-8) fills 32 bytes at 31 bytes of text; from
	// 32 bytes on the chain code is the encoding's blake2-256 (from 64, after a 2-byte length).
	"//aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	"//aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	"//ABCDEFGHIJ0123456789ABCDEFGHIJ0123456789",
	"//0123456789012345678901234567890123456789012345678901234567890123456789",
	"//Trace Demo",
	"//北京",
	"//北京北京北京北京北京北京",
	"/München/1",
	// The password: everything after `///`, `/` included; empty is none.
	"//Alice///",
	"///password",
	"//Alice///pass/word//x",
	"//Alice///密码",
	"//Alice///pa\u{308}ss",
	"not a valid phrase",
	"bottom drive obey lake curtain smoke basket hold race lonely fit",
	"0x1234",
	"//",
	"/",
	"//Alice/",
	"//Alice//",
	"//Alice///line\nbreak",
];

/// Addresses that are refused besides the keys' own: a changed checksum, a 33-byte key
/// (ECDSA), text that is not base58.
const BAD_ADDRESSES: &[&str] = &[
	"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ",
	"KW7itot55zZFQ4soCM2AqjCLMCq2k9cFLzD1ya4jcetmcd4f5",
	"not an address",
];

#[test]
fn the_page_vectors_are_those_of_the_pallet() {
	let fields = [
		field("about", &string(ABOUT)),
		field("refresh", &string(REFRESH)),
		field(
			"context",
			&string(core::str::from_utf8(CLAIM_CONTEXT).expect("the context is ASCII")),
		),
		field("payloads", &list(payloads())),
		field("keys", &list(keys())),
		field("accounts", &list(accounts())),
	];
	check(VECTORS, &fields, "web/src/claim.ts");
}

#[test]
fn the_chip_vectors_are_those_of_the_pallet() {
	let chips: Vec<String> = CHIPS
		.iter()
		.map(|(name, scheme, seed)| {
			object(&[
				("name", string(name)),
				("key_type", string(scheme)),
				("seed", hex(seed)),
				("public", hex(chip_key(scheme, seed).public())),
			])
		})
		.collect();
	let fields = [
		field("about", &string(CHIP_ABOUT)),
		field("refresh", &string(REFRESH)),
		field(
			"context",
			&string(core::str::from_utf8(CHIP_CONTEXT).expect("the context is ASCII")),
		),
		field("chips", &list(chips)),
		field(
			"challenges",
			&list(
				challenges()
					.iter()
					.map(|(genesis, code, block_hash)| {
						object(&[
							("genesis", hex(genesis.as_bytes())),
							("code", hex(code.as_bytes())),
							("block_hash", hex(block_hash.as_bytes())),
							("challenge", hex(&chip_challenge(genesis, code, block_hash))),
						])
					})
					.collect(),
			),
		),
		field("answers", &list(answers())),
	];
	check(CHIP_VECTORS, &fields, "web/src/chip.ts");
}

#[test]
fn the_ownership_vectors_are_those_of_the_pallet() {
	let gtin = parse_gtin("09506000134352").expect("a valid GTIN");
	let genesis =
		H256::from(bytes32("91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3"));
	let code = H256::from(code_key(&gtin, b"B1"));
	let alice = account("//Alice");
	let bob = account("//Bob");
	let claim_key = sr25519::Pair::from_string("//TraceDemo//HB-0002", None)
		.expect("a valid secret")
		.public();
	let steps: [(&str, OwnershipAction<AccountId32>, [u8; 32], u32); 6] = [
		("offer", OwnershipAction::Offer { to: bob.clone() }, bob.clone().into(), 0),
		("accept", OwnershipAction::Accept { from: alice.clone() }, alice.clone().into(), 9),
		("cancel", OwnershipAction::Cancel { to: bob.clone() }, bob.clone().into(), 256),
		(
			"hand_over_claim_secret",
			OwnershipAction::HandOverClaimSecret { claim_key },
			claim_key.0,
			65_537,
		),
		("offer", OwnershipAction::Offer { to: alice.clone() }, alice.into(), u32::MAX),
		("accept", OwnershipAction::Accept { from: bob.clone() }, bob.into(), 12),
	];
	let payloads = steps
		.iter()
		.map(|(name, action, party, nonce)| {
			object(&[
				("genesis", hex(genesis.as_bytes())),
				("code", hex(code.as_bytes())),
				("action", string(name)),
				("party", hex(party)),
				("nonce", nonce.to_string()),
				("payload", hex(&ownership_payload(&genesis, &code, action, *nonce))),
			])
		})
		.collect();
	let fields = [
		field("about", &string(OWNERSHIP_ABOUT)),
		field("refresh", &string(REFRESH)),
		field(
			"context",
			&string(core::str::from_utf8(OWNERSHIP_CONTEXT).expect("the context is ASCII")),
		),
		field("payloads", &list(payloads)),
	];
	check(OWNERSHIP_VECTORS, &fields, "web/src/ownership.ts");
}

/// A few `(genesis, code, block hash)` triples of [`chip_challenge`].
fn challenges() -> [(H256, CodeId, H256); 3] {
	let gtin = parse_gtin("08012345000012").expect("a valid GTIN");
	[
		(H256::zero(), H256::zero(), H256::zero()),
		(
			H256::from(bytes32("91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3")),
			H256::from(code_key(&gtin, b"HB-0005")),
			H256::repeat_byte(0x5a),
		),
		(H256::repeat_byte(0xff), H256::from(code_key(&gtin, b"HB-0005")), H256::repeat_byte(0x5b)),
	]
}

/// The [`ChipKey`] of a test chip.
fn chip_key(scheme: &str, seed: &[u8; 32]) -> ChipKey {
	match scheme {
		"secp256k1_ecdsa" => ChipKey::Secp256k1Ecdsa(ecdsa::Pair::from_seed(seed).public().0),
		"ed25519" => ChipKey::Ed25519(ed25519::Pair::from_seed(seed).public().0),
		"sr25519" => ChipKey::Sr25519(sr25519::Pair::from_seed(seed).public().0),
		_ => unreachable!("a scheme of CHIPS"),
	}
}

/// The test chip `name` of [`CHIPS`]: its scheme and seed.
fn chip(name: &str) -> (&'static str, [u8; 32]) {
	let (_, scheme, seed) = CHIPS.iter().find(|chip| chip.0 == name).expect("a chip of CHIPS");
	(*scheme, *seed)
}

/// The signature a test chip gives for `challenge`: over its `blake2_256` for secp256k1, of
/// the challenge for ed25519 (both deterministic); [`SR25519_ANSWER`] for sr25519.
fn chip_answer(name: &str, challenge: &[u8]) -> ChipSignature {
	let (scheme, seed) = chip(name);
	match scheme {
		"secp256k1_ecdsa" => ChipSignature::Secp256k1Ecdsa(
			ecdsa::Pair::from_seed(&seed)
				.sign_prehashed(&sp_io::hashing::blake2_256(challenge))
				.0,
		),
		"ed25519" => ChipSignature::Ed25519(ed25519::Pair::from_seed(&seed).sign(challenge).0),
		"sr25519" => {
			let digits = SR25519_ANSWER.trim_start_matches("0x");
			let mut signature = [0u8; 64];
			for (index, byte) in signature.iter_mut().enumerate() {
				*byte =
					u8::from_str_radix(&digits[2 * index..2 * index + 2], 16).expect("hex digits");
			}
			ChipSignature::Sr25519(signature)
		},
		_ => unreachable!("a scheme of CHIPS"),
	}
}

/// A signature's scheme, as [`ChipKey::as_str`] names it, and its bytes.
fn signature_parts(signature: &ChipSignature) -> (&'static str, &[u8]) {
	match signature {
		ChipSignature::Secp256k1Ecdsa(bytes) => ("secp256k1_ecdsa", bytes),
		ChipSignature::Ed25519(bytes) => ("ed25519", bytes),
		ChipSignature::Sr25519(bytes) => ("sr25519", bytes),
	}
}

/// Answers to the second challenge (and one to the third), each with [`verify_chip`]'s
/// judgement against a chip's key: every chip's own, `v` as 27/28, another chip of the same
/// scheme (a copy), another challenge, a changed byte, another scheme.
fn answers() -> Vec<String> {
	let triples = challenges();
	let challenge = |index: usize| {
		let (genesis, code, block_hash) = &triples[index];
		chip_challenge(genesis, code, block_hash)
	};
	let (demo_scheme, demo_seed) = chip("demo");
	let demo = chip_key(demo_scheme, &demo_seed);
	let (ed_scheme, ed_seed) = chip("ed25519");
	let ed = chip_key(ed_scheme, &ed_seed);
	let (sr_scheme, sr_seed) = chip("sr25519");
	let sr = chip_key(sr_scheme, &sr_seed);
	let plus_27 = match chip_answer("demo", &challenge(1)) {
		ChipSignature::Secp256k1Ecdsa(mut bytes) => {
			bytes[64] += 27;
			ChipSignature::Secp256k1Ecdsa(bytes)
		},
		_ => unreachable!("the demo chip is secp256k1"),
	};
	let changed = match chip_answer("demo", &challenge(1)) {
		ChipSignature::Secp256k1Ecdsa(mut bytes) => {
			bytes[40] ^= 1;
			ChipSignature::Secp256k1Ecdsa(bytes)
		},
		_ => unreachable!("the demo chip is secp256k1"),
	};
	let cases: Vec<(&str, ChipKey, Vec<u8>, ChipSignature)> = vec![
		("the demo chip's own", demo, challenge(1), chip_answer("demo", &challenge(1))),
		("v as 27 or 28", demo, challenge(1), plus_27),
		("another chip (a copy)", demo, challenge(1), chip_answer("other", &challenge(1))),
		("another challenge", demo, challenge(1), chip_answer("demo", &challenge(2))),
		("a changed byte", demo, challenge(1), changed),
		("the ed25519 chip's own", ed, challenge(1), chip_answer("ed25519", &challenge(1))),
		("the sr25519 chip's own", sr, challenge(1), chip_answer("sr25519", &challenge(1))),
		("another scheme", sr, challenge(1), chip_answer("ed25519", &challenge(1))),
	];
	sp_io::TestExternalities::default().execute_with(|| {
		cases
			.iter()
			.map(|(case, key, challenge, signature)| {
				let (scheme, bytes) = signature_parts(signature);
				object(&[
					("case", string(case)),
					("key_type", string(key.as_str())),
					("public", hex(key.public())),
					("challenge", hex(challenge)),
					("signature_type", string(scheme)),
					("signature", hex(bytes)),
					("valid", verify_chip(key, challenge, signature).to_string()),
				])
			})
			.collect()
	})
}

/// [`claim_payload`] of a few triples.
fn payloads() -> Vec<String> {
	let gtin = parse_gtin("09506000134352").expect("a valid GTIN");
	let counting: [u8; 32] = core::array::from_fn(|index| index as u8);
	let triples: [(H256, CodeId, AccountId32); 4] = [
		(H256::zero(), H256::zero(), AccountId32::from([0u8; 32])),
		(H256::repeat_byte(0x01), H256::from(code_key(&gtin, b"ABC123")), account("//Alice")),
		(H256::repeat_byte(0xff), H256::repeat_byte(0xab), AccountId32::from(counting)),
		(
			H256::from(bytes32("91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3")),
			H256::from(code_key(&gtin, b"B1")),
			account("//Bob"),
		),
	];
	triples
		.iter()
		.map(|(genesis, code, claimer)| {
			object(&[
				("genesis", hex(genesis.as_bytes())),
				("code", hex(code.as_bytes())),
				("claimer", hex(AsRef::<[u8]>::as_ref(claimer))),
				("payload", hex(&claim_payload(genesis, code, claimer))),
			])
		})
		.collect()
}

/// The claim key (public key and SS58 address) of each of [`SECRETS`], `null` if refused.
fn keys() -> Vec<String> {
	SECRETS
		.iter()
		.map(|secret| {
			let (public, address) = match sr25519::Pair::from_string(secret, None) {
				Ok(pair) => {
					let account = AccountId32::from(pair.public());
					(hex(AsRef::<[u8]>::as_ref(&account)), string(&account.to_ss58check()))
				},
				Err(_) => ("null".to_string(), "null".to_string()),
			};
			object(&[("secret", string(secret)), ("public", public), ("address", address)])
		})
		.collect()
}

/// The account of SS58 addresses: the keys' own with the generic prefix 42 and with Polkadot's
/// and Kusama's, and [`BAD_ADDRESSES`]; `null` if refused.
fn accounts() -> Vec<String> {
	let alice = account("//Alice");
	let mut texts = vec![
		alice.to_ss58check(),
		alice.to_ss58check_with_version(Ss58AddressFormatRegistry::PolkadotAccount.into()),
		alice.to_ss58check_with_version(Ss58AddressFormatRegistry::KusamaAccount.into()),
		account("//TraceDemo//HB-0002").to_ss58check(),
	];
	texts.extend(BAD_ADDRESSES.iter().map(|text| text.to_string()));
	texts
		.iter()
		.map(|text| {
			let parsed = AccountId32::from_ss58check(text).map_or_else(
				|_| "null".to_string(),
				|account| hex(AsRef::<[u8]>::as_ref(&account)),
			);
			object(&[("text", string(text)), ("account", parsed)])
		})
		.collect()
}

/// The account of the claim key of `secret`.
fn account(secret: &str) -> AccountId32 {
	AccountId32::from(sr25519::Pair::from_string(secret, None).expect("a valid secret").public())
}

/// The 32 bytes of 64 hex digits.
fn bytes32(digits: &str) -> [u8; 32] {
	let mut out = [0u8; 32];
	for (index, byte) in out.iter_mut().enumerate() {
		*byte = u8::from_str_radix(&digits[2 * index..2 * index + 2], 16).expect("hex digits");
	}
	out
}

/// Compares the file of `fields` with the one at `relative` (from this crate's directory), or
/// refreshes it ([`check_or_update`]); `port` is the page's source it pins.
fn check(relative: &str, fields: &[String], port: &str) {
	check_or_update(
		&Path::new(env!("CARGO_MANIFEST_DIR")).join(relative),
		&file(fields),
		&Pinned { by: "the pallet", refresh: REFRESH, port },
	);
}

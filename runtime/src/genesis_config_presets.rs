//! Genesis presets: `development` (one authority, the dev accounts funded and admitted in the
//! roles of the demo journey) and `local_testnet` (four validators: alice, bob, charlie, dave).

use crate::{
	currency::UNIT, AccountId, Balance, BalancesConfig, RuntimeGenesisConfig, SudoConfig,
	TraceabilityConfig,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use pallet_traceability::{GenesisParticipant, Roles};
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// What every dev account starts with: a million TRACE.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// The genesis of a chain with these validators, sudo key and funded accounts.
fn testnet_genesis(
	initial_authorities: Vec<(AuraId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	root: AccountId,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		aura: pallet_aura::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| (x.1.clone(), 1)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root) },
		traceability: TraceabilityConfig { participants: demo_participants() },
	})
}

/// The cast of the demo journey, admitted at genesis on development and local chains:
/// an Italian leather house (alice, GS1 company prefix 8012345), a freight forwarder (bob),
/// customs at a bonded warehouse in Hangzhou (charlie), a cross-border retailer (dave) and a
/// leather authentication institute (eve). ferdie is the consumer and is not admitted.
pub fn demo_participants() -> Vec<GenesisParticipant<AccountId>> {
	let participant = |who: Sr25519Keyring, roles: Roles, name: &str, prefixes: &[&str]| {
		(
			who.to_account_id(),
			roles.bits(),
			name.as_bytes().to_vec(),
			prefixes.iter().map(|p| p.as_bytes().to_vec()).collect::<Vec<_>>(),
		)
	};
	vec![
		participant(
			Sr25519Keyring::Alice,
			Roles::MERCHANT,
			"Pelletteria Milano S.r.l.",
			&["8012345"],
		),
		participant(Sr25519Keyring::Bob, Roles::CARRIER, "Alpi Freight Forwarding", &[]),
		participant(
			Sr25519Keyring::Charlie,
			Roles::CUSTOMS,
			"Hangzhou Customs, Xiasha bonded warehouse",
			&[],
		),
		participant(Sr25519Keyring::Dave, Roles::RETAILER, "Global Luxe cross-border store", &[]),
		participant(Sr25519Keyring::Eve, Roles::CERTIFIER, "Leather Authentication Institute", &[]),
	]
}

/// The session keys of a dev validator: its sr25519 Aura key and ed25519 GRANDPA key.
fn authority_keys(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AuraId, GrandpaId) {
	(aura.public().into(), grandpa.public().into())
}

/// One validator (alice), all dev accounts funded, alice is sudo.
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		vec![authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		Sr25519Keyring::iter().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// Four validators (alice, bob, charlie, dave), all dev accounts funded, alice is sudo.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		vec![
			authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority_keys(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority_keys(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			authority_keys(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		Sr25519Keyring::iter().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The JSON patch of the preset `id`, if it exists.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	// Serialising a `serde_json::Value` cannot fail; `ok()` keeps the runtime panic-free.
	serde_json::to_vec(&patch).ok()
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}

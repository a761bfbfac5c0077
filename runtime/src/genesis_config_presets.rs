//! Genesis presets:
//!
//! - `development`: one validator (alice), the dev accounts funded and admitted in the roles of
//!   the demo journey, a consortium of four organisations (alice, bob, charlie, dave) and alice
//!   as sudo, for demos;
//! - `local_testnet`: four validators and four consortium members (alice, bob, charlie, dave),
//!   the same funds and participants, **no sudo key**;
//! - `production`: the template of a real consortium chain: no validators, members, funds,
//!   participants or sudo key; `docs/operations.md` fills it in with the organisations' own
//!   accounts and keys.
//!
//! Aura's and GRANDPA's own genesis stay empty: their authorities come from the session keys of
//! the validators (`session.keys`).

use crate::{
	currency::UNIT, AccountId, Balance, BalancesConfig, ConsortiumMembershipConfig,
	RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig, TraceabilityConfig,
	ValidatorsConfig,
};
use alloc::{vec, vec::Vec};
use frame_support::{build_struct_json_patch, BoundedVec};
use pallet_traceability::{GenesisParticipant, Roles};
use serde_json::Value;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// What every dev account starts with: a million TRACE.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// The name of the production template preset.
pub const PRODUCTION_RUNTIME_PRESET: &str = "production";

/// A validator at genesis: its account and its session keys.
pub struct GenesisValidator {
	/// The validator's account: a member of `Validators`, the owner of the keys.
	pub account: AccountId,
	/// Its Aura and GRANDPA keys.
	pub keys: SessionKeys,
}

/// Who is what at genesis.
pub struct GenesisParties {
	/// The validators, in the order of Aura's slots.
	pub validators: Vec<GenesisValidator>,
	/// The consortium's member organisations.
	pub members: Vec<AccountId>,
	/// Accounts funded with [`ENDOWMENT`].
	pub endowed: Vec<AccountId>,
	/// The sudo key: `None` everywhere but on development chains.
	pub sudo: Option<AccountId>,
	/// The traceability participants admitted at genesis.
	pub participants: Vec<GenesisParticipant<AccountId>>,
}

/// The genesis of a chain of these parties.
fn genesis(parties: GenesisParties) -> Value {
	let GenesisParties { validators, members, endowed, sudo, participants } = parties;
	let validator_accounts = validators.iter().map(|v| v.account.clone()).collect::<Vec<_>>();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.into_iter().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		// Members past `MaxValidators` / `ConsortiumMaxMembers` would be cut; no preset comes
		// near either bound.
		validators: ValidatorsConfig { members: BoundedVec::truncate_from(validator_accounts) },
		session: SessionConfig {
			keys: validators
				.into_iter()
				.map(|v| (v.account.clone(), v.account, v.keys))
				.collect::<Vec<_>>(),
		},
		consortium_membership: ConsortiumMembershipConfig {
			members: BoundedVec::truncate_from(members),
		},
		sudo: SudoConfig { key: sudo },
		traceability: TraceabilityConfig { participants },
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

/// A dev validator: the account of `who`, its sr25519 Aura key and its ed25519 GRANDPA key.
pub fn dev_validator(who: Sr25519Keyring, grandpa: Ed25519Keyring) -> GenesisValidator {
	GenesisValidator {
		account: who.to_account_id(),
		keys: SessionKeys { aura: who.public().into(), grandpa: grandpa.public().into() },
	}
}

/// The four organisations of the dev chains' consortium.
fn dev_consortium() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie, Sr25519Keyring::Dave]
		.into_iter()
		.map(|k| k.to_account_id())
		.collect()
}

/// One validator (alice), all dev accounts funded, the four-organisation consortium, alice is
/// sudo.
pub fn development_config_genesis() -> Value {
	genesis(GenesisParties {
		validators: vec![dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		members: dev_consortium(),
		endowed: Sr25519Keyring::iter().map(|k| k.to_account_id()).collect(),
		sudo: Some(Sr25519Keyring::Alice.to_account_id()),
		participants: demo_participants(),
	})
}

/// Four validators and the four-organisation consortium (alice, bob, charlie, dave), all dev
/// accounts funded, no sudo key.
pub fn local_config_genesis() -> Value {
	genesis(GenesisParties {
		validators: vec![
			dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			dev_validator(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			dev_validator(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			dev_validator(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		members: dev_consortium(),
		endowed: Sr25519Keyring::iter().map(|k| k.to_account_id()).collect(),
		sudo: None,
		participants: demo_participants(),
	})
}

/// The template of a consortium chain: every list empty, no sudo key. Every field is in the
/// patch, so that `docs/operations.md` only sets values.
pub fn production_config_genesis() -> Value {
	genesis(GenesisParties {
		validators: vec![],
		members: vec![],
		endowed: vec![],
		sudo: None,
		participants: vec![],
	})
}

/// The JSON patch of the preset `id`, if it exists.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		PRODUCTION_RUNTIME_PRESET => production_config_genesis(),
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
		PresetId::from(PRODUCTION_RUNTIME_PRESET),
	]
}

//! The consortium's powers, on the local testnet's genesis (four member organisations, four
//! validators, no sudo): for each power, one member alone cannot use it, two of four votes are
//! not enough and three of four are. Validators voted in and out take their seats at the
//! sessions that follow; a runtime upgrade authorised by the supermajority is enacted by anyone.

use super::{development_state, local_state};
use crate::{
	configs::{
		governance::{root_motion, supermajority_threshold, ConsortiumInstance},
		validators::{SessionPeriod, ValidatorsInstance},
	},
	BlockNumber, Consortium, Grandpa, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, Session,
	SessionKeys, Sudo, System, Traceability, VERSION,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchResultWithPostInfo, GetDispatchInfo},
	storage::{storage_prefix, unhashed},
	traits::{Get, OnFinalize, OnInitialize},
};
use pallet_traceability::{Roles, TextOf};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::{storage::well_known_keys, Pair, H256};
use sp_keyring::{
	Ed25519Keyring,
	Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie},
};
use sp_runtime::{
	traits::{BlakeTwo256, Dispatchable, Hash as _},
	DispatchError,
};

/// The events of the consortium's collective.
type ConsortiumEvent = pallet_collective::Event<Runtime, ConsortiumInstance>;

/// The product the recall power recalls, registered by alice (merchant, prefix 8012345).
const GTIN: [u8; 14] = *b"08012345000012";
/// The runtime code whose upgrade the consortium authorises.
const NEW_CODE: &[u8] = b"the wasm blob of the next spec_version";
/// A storage key no pallet uses, for the power to rewrite storage.
const FOREIGN_KEY: &[u8] = b"trace-chain/governance-test";

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.to_account_id())
}

fn text(s: &str) -> TextOf<Runtime> {
	s.as_bytes().to_vec().try_into().unwrap()
}

fn length_of(call: &RuntimeCall) -> u32 {
	call.encoded_size() as u32
}

/// `System::authorize_upgrade` of [`NEW_CODE`]: root only.
fn authorize_upgrade() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::authorize_upgrade {
		code_hash: BlakeTwo256::hash(NEW_CODE),
	})
}

/// `System::set_storage` of [`FOREIGN_KEY`]: root only.
fn rewrite_storage() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::set_storage {
		items: vec![(FOREIGN_KEY.to_vec(), b"rewritten".to_vec())],
	})
}

/// A power of the consortium: the call that uses it, and whether it has been used.
struct Power {
	name: &'static str,
	call: RuntimeCall,
	used: fn() -> bool,
}

/// Every power the issue names: admit, recall, change the members, change the validators,
/// upgrade the runtime, rewrite storage.
fn powers() -> Vec<Power> {
	vec![
		Power {
			name: "admit a participant",
			call: RuntimeCall::Traceability(pallet_traceability::Call::admit_participant {
				who: Ferdie.to_account_id(),
				roles: Roles::CARRIER,
				name: text("Ferdie Freight"),
				company_prefixes: Default::default(),
			}),
			used: || {
				pallet_traceability::Participants::<Runtime>::contains_key(Ferdie.to_account_id())
			},
		},
		Power {
			name: "recall a product",
			call: RuntimeCall::Traceability(pallet_traceability::Call::recall_product {
				gtin: GTIN,
				reason: text("counterfeit batch reported by customs"),
			}),
			used: || {
				pallet_traceability::Products::<Runtime>::get(GTIN)
					.is_some_and(|product| product.recall.is_some())
			},
		},
		Power {
			name: "admit a member organisation",
			call: RuntimeCall::ConsortiumMembership(pallet_membership::Call::add_member {
				who: Eve.to_account_id().into(),
			}),
			used: || {
				pallet_collective::Members::<Runtime, ConsortiumInstance>::get()
					.contains(&Eve.to_account_id())
			},
		},
		Power {
			name: "remove a member organisation",
			call: RuntimeCall::ConsortiumMembership(pallet_membership::Call::remove_member {
				who: Dave.to_account_id().into(),
			}),
			used: || {
				!pallet_collective::Members::<Runtime, ConsortiumInstance>::get()
					.contains(&Dave.to_account_id())
			},
		},
		Power {
			name: "add a validator",
			call: RuntimeCall::Validators(pallet_membership::Call::add_member {
				who: Eve.to_account_id().into(),
			}),
			used: || {
				pallet_membership::Members::<Runtime, ValidatorsInstance>::get()
					.contains(&Eve.to_account_id())
			},
		},
		Power {
			name: "remove a validator",
			call: RuntimeCall::Validators(pallet_membership::Call::remove_member {
				who: Dave.to_account_id().into(),
			}),
			used: || {
				!pallet_membership::Members::<Runtime, ValidatorsInstance>::get()
					.contains(&Dave.to_account_id())
			},
		},
		Power {
			name: "authorise a runtime upgrade",
			call: root_motion(authorize_upgrade()),
			used: || unhashed::exists(&storage_prefix(b"System", b"AuthorizedUpgrade")),
		},
		Power {
			name: "rewrite storage",
			call: root_motion(rewrite_storage()),
			used: || unhashed::exists(FOREIGN_KEY),
		},
	]
}

/// Block 1 (events are kept from block 1 on), alice's product registered, no events yet.
fn setup() {
	System::set_block_number(1);
	pallet_timestamp::Now::<Runtime>::put(1_764_000_000_000);
	assert_ok!(Traceability::register_product(
		signed(Alice),
		GTIN,
		text("Borsa Milano"),
		text("handbag"),
		*b"IT",
		H256::repeat_byte(7),
	));
	System::reset_events();
}

/// `proposer` proposes `call`, asking for `threshold` ayes: the motion's hash and index.
fn propose(proposer: Sr25519Keyring, threshold: u32, call: &RuntimeCall) -> (H256, u32) {
	let index = pallet_collective::ProposalCount::<Runtime, ConsortiumInstance>::get();
	assert_ok!(Consortium::propose(
		signed(proposer),
		threshold,
		Box::new(call.clone()),
		length_of(call)
	));
	(BlakeTwo256::hash_of(call), index)
}

fn vote(voter: Sr25519Keyring, hash: H256, index: u32, approve: bool) {
	assert_ok!(Consortium::vote(signed(voter), hash, index, approve));
}

/// Anyone closes a motion: ferdie, who is no member, here.
fn close(hash: H256, index: u32, call: &RuntimeCall) -> DispatchResultWithPostInfo {
	Consortium::close(
		signed(Ferdie),
		hash,
		index,
		call.get_dispatch_info().call_weight,
		length_of(call),
	)
}

/// The collective's events since the last reset.
fn consortium_events() -> Vec<ConsortiumEvent> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Consortium(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// The events of a motion that alice proposed with `threshold` and that `voters` approved,
/// closed and executed with `result`.
fn motion_events(
	hash: H256,
	index: u32,
	threshold: u32,
	voters: &[Sr25519Keyring],
	result: Result<(), DispatchError>,
) -> Vec<ConsortiumEvent> {
	let ayes = voters.len() as u32;
	let mut events = vec![ConsortiumEvent::Proposed {
		account: Alice.to_account_id(),
		proposal_index: index,
		proposal_hash: hash,
		threshold,
	}];
	for (n, voter) in voters.iter().enumerate() {
		events.push(ConsortiumEvent::Voted {
			account: voter.to_account_id(),
			proposal_hash: hash,
			voted: true,
			yes: n as u32 + 1,
			no: 0,
		});
	}
	events.extend([
		ConsortiumEvent::Closed { proposal_hash: hash, yes: ayes, no: 0 },
		ConsortiumEvent::Approved { proposal_hash: hash },
		ConsortiumEvent::Executed { proposal_hash: hash, result },
	]);
	events
}

/// Three of four members pass `call`: proposed by alice, approved by alice, bob and charlie,
/// closed by ferdie, executed without error.
fn pass(call: RuntimeCall) {
	System::reset_events();
	let (hash, index) = propose(Alice, supermajority_threshold(4), &call);
	for voter in [Alice, Bob, Charlie] {
		vote(voter, hash, index, true);
	}
	assert_ok!(close(hash, index, &call));
	assert_eq!(consortium_events(), motion_events(hash, index, 3, &[Alice, Bob, Charlie], Ok(())));
}

#[test]
fn the_supermajority_of_four_is_three() {
	assert_eq!(supermajority_threshold(3), 3);
	assert_eq!(supermajority_threshold(4), 3);
	assert_eq!(supermajority_threshold(5), 4);
	assert_eq!(supermajority_threshold(6), 5);
	assert_eq!(supermajority_threshold(7), 5);
}

#[test]
fn the_presets_seat_the_consortium_and_the_validators() {
	let accounts = |keyrings: &[Sr25519Keyring]| {
		let mut accounts = keyrings.iter().map(|k| k.to_account_id()).collect::<Vec<_>>();
		accounts.sort();
		accounts
	};
	let four = accounts(&[Alice, Bob, Charlie, Dave]);
	local_state().execute_with(|| {
		assert_eq!(pallet_collective::Members::<Runtime, ConsortiumInstance>::get(), four);
		assert_eq!(
			pallet_membership::Members::<Runtime, ValidatorsInstance>::get().into_inner(),
			four
		);
		assert_eq!(Session::validators(), four);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
		assert_eq!(Grandpa::grandpa_authorities().len(), 4);
	});
	development_state().execute_with(|| {
		assert_eq!(pallet_collective::Members::<Runtime, ConsortiumInstance>::get(), four);
		assert_eq!(Session::validators(), vec![Alice.to_account_id()]);
		let alice_aura: AuraId = Alice.public().into();
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().into_inner(), vec![alice_aura]);
		let alice_grandpa: GrandpaId = Ed25519Keyring::Alice.public().into();
		assert_eq!(Grandpa::grandpa_authorities(), vec![(alice_grandpa, 1)]);
	});
}

/// On the local testnet nobody is sudo: alice's key, sudo on development chains, is refused.
#[test]
fn the_local_testnet_has_no_sudo() {
	local_state().execute_with(|| {
		setup();
		assert_noop!(
			Sudo::sudo(signed(Alice), Box::new(rewrite_storage())),
			pallet_sudo::Error::<Runtime>::RequireSudo
		);
	});
}

#[test]
fn one_member_alone_can_use_no_power() {
	for power in powers() {
		local_state().execute_with(|| {
			setup();
			let hash = BlakeTwo256::hash_of(&power.call);

			// Signed by a member organisation itself.
			assert!(
				power.call.clone().dispatch(signed(Bob)).is_err(),
				"{}: bob's signature sufficed",
				power.name
			);

			// As the collective's `Member` origin.
			assert_ok!(Consortium::execute(
				signed(Bob),
				Box::new(power.call.clone()),
				length_of(&power.call)
			));
			assert_eq!(
				consortium_events(),
				vec![ConsortiumEvent::MemberExecuted {
					proposal_hash: hash,
					result: Err(DispatchError::BadOrigin)
				}],
				"{}",
				power.name
			);

			// A motion asking for one aye runs at once, with one of four seats.
			System::reset_events();
			assert_ok!(Consortium::propose(
				signed(Bob),
				1,
				Box::new(power.call.clone()),
				length_of(&power.call)
			));
			assert_eq!(
				consortium_events(),
				vec![ConsortiumEvent::Executed {
					proposal_hash: hash,
					result: Err(DispatchError::BadOrigin)
				}],
				"{}",
				power.name
			);

			assert!(!(power.used)(), "{}: used by one member", power.name);
		});
	}

	// The root-only calls themselves, signed by a member.
	local_state().execute_with(|| {
		setup();
		for call in [authorize_upgrade(), rewrite_storage()] {
			assert_eq!(
				call.dispatch(signed(Bob)).map(|_| ()).map_err(|e| e.error),
				Err(DispatchError::BadOrigin)
			);
		}
		// A member cannot hand its seat (or a validator its place) to another account.
		for call in [
			RuntimeCall::ConsortiumMembership(pallet_membership::Call::change_key {
				new: Ferdie.to_account_id().into(),
			}),
			RuntimeCall::Validators(pallet_membership::Call::change_key {
				new: Ferdie.to_account_id().into(),
			}),
		] {
			assert_eq!(
				call.dispatch(signed(Bob)).map(|_| ()).map_err(|e| e.error),
				Err(frame_system::Error::<Runtime>::CallFiltered.into())
			);
		}
		assert!(pallet_collective::Members::<Runtime, ConsortiumInstance>::get()
			.contains(&Bob.to_account_id()));
	});
}

#[test]
fn two_of_four_votes_are_not_enough() {
	for power in powers() {
		local_state().execute_with(|| {
			setup();

			// A motion asking for two ayes gets them; its call fails: two of four seats are
			// no supermajority.
			let (hash, index) = propose(Alice, 2, &power.call);
			vote(Alice, hash, index, true);
			vote(Bob, hash, index, true);
			assert_ok!(close(hash, index, &power.call));
			assert_eq!(
				consortium_events(),
				motion_events(hash, index, 2, &[Alice, Bob], Err(DispatchError::BadOrigin)),
				"{}",
				power.name
			);
			assert!(!(power.used)(), "{}: used with two votes", power.name);

			// A motion asking for the supermajority with two ayes cannot close early, and is
			// disapproved when its time is up: abstentions count as nays.
			System::reset_events();
			let (hash, index) = propose(Alice, supermajority_threshold(4), &power.call);
			vote(Alice, hash, index, true);
			vote(Bob, hash, index, true);
			assert_noop!(
				close(hash, index, &power.call),
				pallet_collective::Error::<Runtime, ConsortiumInstance>::TooEarly
			);
			let motion_duration: BlockNumber =
				<Runtime as pallet_collective::Config<ConsortiumInstance>>::MotionDuration::get();
			System::set_block_number(System::block_number() + motion_duration);
			assert_ok!(close(hash, index, &power.call));
			let closed = consortium_events().into_iter().skip(3).collect::<Vec<_>>();
			assert_eq!(
				closed,
				vec![
					ConsortiumEvent::Closed { proposal_hash: hash, yes: 2, no: 2 },
					ConsortiumEvent::Disapproved { proposal_hash: hash },
				],
				"{}",
				power.name
			);
			assert!(!(power.used)(), "{}: used with two votes", power.name);
		});
	}
}

#[test]
fn three_of_four_votes_pass() {
	for power in powers() {
		local_state().execute_with(|| {
			setup();
			assert!(!(power.used)(), "{}: used before the vote", power.name);
			pass(power.call.clone());
			assert!((power.used)(), "{}: not used after three of four votes", power.name);
		});
	}
}

#[test]
fn a_participant_admitted_by_the_consortium_is_admitted_by_governance() {
	local_state().execute_with(|| {
		setup();
		pass(powers().remove(0).call);
		System::assert_has_event(RuntimeEvent::Traceability(
			pallet_traceability::Event::ParticipantAdmitted {
				who: Ferdie.to_account_id(),
				roles: Roles::CARRIER,
			},
		));
		pass(powers().remove(1).call);
		System::assert_has_event(RuntimeEvent::Traceability(
			pallet_traceability::Event::ProductRecalled {
				gtin: GTIN,
				by: None,
				reason: text("counterfeit batch reported by customs"),
			},
		));
	});
}

/// Reads the version of any code as this runtime's with the next `spec_version`: the test's
/// stand-in for the wasm executor that reads a real blob's version.
struct NextSpecVersion;
impl sp_core::traits::ReadRuntimeVersion for NextSpecVersion {
	fn read_runtime_version(
		&self,
		_wasm_code: &[u8],
		_ext: &mut dyn sp_core::traits::Externalities,
	) -> Result<Vec<u8>, String> {
		let mut version = VERSION;
		version.spec_version += 1;
		Ok(version.encode())
	}
}

#[test]
fn an_upgrade_authorised_by_three_of_four_is_enacted_by_anyone() {
	let mut ext = local_state();
	ext.register_extension(sp_core::traits::ReadRuntimeVersionExt::new(NextSpecVersion));
	ext.execute_with(|| {
		setup();
		assert_noop!(
			System::apply_authorized_upgrade(RuntimeOrigin::none(), NEW_CODE.to_vec()),
			frame_system::Error::<Runtime>::NothingAuthorized
		);

		pass(root_motion(authorize_upgrade()));
		let code_hash = BlakeTwo256::hash(NEW_CODE);
		System::assert_has_event(RuntimeEvent::Whitelist(
			pallet_whitelist::Event::CallWhitelisted {
				call_hash: BlakeTwo256::hash_of(&authorize_upgrade()),
			},
		));
		System::assert_has_event(RuntimeEvent::System(frame_system::Event::UpgradeAuthorized {
			code_hash,
			check_version: true,
		}));

		// Only the authorised code is accepted, from anyone.
		assert_noop!(
			System::apply_authorized_upgrade(RuntimeOrigin::none(), b"other code".to_vec()),
			frame_system::Error::<Runtime>::Unauthorized
		);
		assert_ok!(System::apply_authorized_upgrade(signed(Ferdie), NEW_CODE.to_vec()));
		assert_eq!(unhashed::get_raw(well_known_keys::CODE), Some(NEW_CODE.to_vec()));
		System::assert_has_event(RuntimeEvent::System(frame_system::Event::CodeUpdated {
			hash: code_hash,
		}));
	});
}

/// The block where the next session starts: the session pallet rotates in `on_initialize`,
/// GRANDPA enacts its pending authority set in `on_finalize`.
fn next_session() {
	let period = SessionPeriod::get();
	let start = (System::block_number() / period + 1) * period;
	System::set_block_number(start);
	<Session as OnInitialize<BlockNumber>>::on_initialize(start);
	<Grandpa as OnFinalize<BlockNumber>>::on_finalize(start);
}

/// `who` registers the session keys of its node: its own sr25519 key for Aura, `grandpa` for
/// GRANDPA, with the proof `author_rotateKeysWithOwner` would return (each key signs the
/// statement of ownership of the SCALE-encoded account).
fn register_keys(who: Sr25519Keyring, grandpa: Ed25519Keyring) {
	let account = who.to_account_id();
	let keys = SessionKeys { aura: who.public().into(), grandpa: grandpa.public().into() };
	let statement = sp_core::proof_of_possession::statement_of_ownership(&account.encode());
	let proof = (who.pair().sign(&statement), grandpa.pair().sign(&statement)).encode();
	assert_ok!(Session::set_keys(RuntimeOrigin::signed(account), keys, proof));
}

fn aura_authorities() -> Vec<AuraId> {
	pallet_aura::Authorities::<Runtime>::get().into_inner()
}

fn grandpa_authorities() -> Vec<GrandpaId> {
	Grandpa::grandpa_authorities().into_iter().map(|(id, _weight)| id).collect()
}

#[test]
fn a_validator_voted_in_validates_from_the_session_after_next_and_one_voted_out_leaves() {
	local_state().execute_with(|| {
		setup();
		let eve = Eve.to_account_id();
		let (eve_aura, eve_grandpa): (AuraId, GrandpaId) =
			(Eve.public().into(), Ed25519Keyring::Eve.public().into());
		let (dave_aura, dave_grandpa): (AuraId, GrandpaId) =
			(Dave.public().into(), Ed25519Keyring::Dave.public().into());

		// Eve's organisation registers its node's keys; keys alone make no validator.
		register_keys(Eve, Ed25519Keyring::Eve);
		next_session();
		next_session();
		assert!(!Session::validators().contains(&eve));
		assert!(!aura_authorities().contains(&eve_aura));

		// Three of four members vote eve in. The next session queues her...
		pass(RuntimeCall::Validators(pallet_membership::Call::add_member {
			who: eve.clone().into(),
		}));
		next_session();
		assert!(Session::queued_keys().iter().any(|(who, _)| who == &eve));
		assert!(!aura_authorities().contains(&eve_aura));
		// ...and the one after makes her an Aura author and a GRANDPA voter.
		next_session();
		assert!(Session::validators().contains(&eve));
		assert_eq!(aura_authorities().len(), 5);
		assert!(aura_authorities().contains(&eve_aura));
		assert_eq!(grandpa_authorities().len(), 5);
		assert!(grandpa_authorities().contains(&eve_grandpa));

		// Three of four members vote dave out: he validates to the end of the next session.
		pass(RuntimeCall::Validators(pallet_membership::Call::remove_member {
			who: Dave.to_account_id().into(),
		}));
		next_session();
		assert!(aura_authorities().contains(&dave_aura));
		next_session();
		assert!(!Session::validators().contains(&Dave.to_account_id()));
		assert_eq!(aura_authorities().len(), 4);
		assert!(!aura_authorities().contains(&dave_aura));
		assert!(!grandpa_authorities().contains(&dave_grandpa));
		// His keys stay registered: his node follows the chain as a full node.
		assert!(pallet_session::NextKeys::<Runtime>::contains_key(Dave.to_account_id()));
	});
}

#[test]
fn the_validator_set_never_becomes_empty() {
	local_state().execute_with(|| {
		setup();
		let before = aura_authorities();
		pass(RuntimeCall::Validators(pallet_membership::Call::reset_members { members: vec![] }));
		assert!(pallet_membership::Members::<Runtime, ValidatorsInstance>::get().is_empty());
		next_session();
		next_session();
		assert_eq!(aura_authorities(), before);
		assert_eq!(Session::validators().len(), 4);
	});
}

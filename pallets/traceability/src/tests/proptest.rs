//! Random sequences of calls from random actors, hostile ones among them (an inspector
//! flooding a code's history, governance revoking roles). After every call the invariants
//! hold (`do_try_state`), a failed call wrote nothing, codes are never removed, terminal codes
//! stay terminal, histories only grow, and no code is stuck: every code that is not terminal
//! has a call that moves it on, which fails at most for a suspension or a revoked role of the
//! one who must make it (governance's `force_transfer_custody` is the way out then).

use crate::{mock::*, *};
use frame_support::BoundedVec;
use proptest::{prelude::*, strategy::ValueTree};
use sp_core::Pair;
use sp_runtime::{DispatchResult, StateVersion};

const ACTORS: [u64; 9] =
	[MERCHANT, CARRIER, CUSTOMS, CERTIFIER, RETAILER, MERCHANT2, CARRIER2, CERTIFIER2, OUTSIDER];
/// Codes `0..BAGS` are bags, `BAGS..BAGS + CASES` cases (containers).
const BAGS: u8 = 6;
const CASES: u8 = 4;
const CODES: u8 = BAGS + CASES;

/// Who signs: the participant the call needs (custodian, recipient...) or anyone.
#[derive(Clone, Copy, Debug)]
enum Who {
	Fitting,
	Anyone(u8),
}

/// Which code: any of the universe, or the `n`th (modulo) of the codes in some state, so that
/// most calls meet a code they can act on.
#[derive(Clone, Copy, Debug)]
enum Pick {
	Any(u8),
	Issued(u8),
	Pending(u8),
	Container(u8),
	Retail(u8),
	Sold(u8),
}

#[derive(Clone, Debug)]
enum Op {
	Issue {
		who: Who,
		cases: bool,
		serials: Vec<u8>,
		with_key: bool,
		lot: Option<u8>,
	},
	Propose {
		who: Who,
		code: Pick,
		to: u8,
	},
	Accept {
		who: Who,
		code: Pick,
	},
	Reject {
		who: Who,
		code: Pick,
	},
	Cancel {
		who: Who,
		code: Pick,
	},
	Pack {
		who: Who,
		container: Pick,
		items: Vec<Pick>,
	},
	Unpack {
		who: Who,
		container: Pick,
		items: Vec<Pick>,
		all: bool,
	},
	Inspect {
		who: Who,
		code: Pick,
		conformant: bool,
	},
	Sell {
		who: Who,
		code: Pick,
	},
	Destroy {
		who: Who,
		code: Pick,
		by_issuer: bool,
	},
	Decommission {
		who: Who,
		code: Pick,
	},
	Claim {
		code: Pick,
		claimer: u8,
		right_key: bool,
	},
	Attest {
		who: Who,
		code: Pick,
		product: bool,
		expiry: Option<u8>,
	},
	Revoke {
		who: Who,
		nth: u8,
	},
	RecallProduct {
		admin: bool,
		cases: bool,
	},
	RecallLot {
		admin: bool,
		cases: bool,
		lot: u8,
	},
	Suspend {
		who: u8,
	},
	Reinstate {
		who: u8,
	},
	/// A hostile inspector records inspections of one code until the pallet refuses.
	Flood {
		code: Pick,
	},
	/// Governance replaces a participant's roles.
	SetRoles {
		who: u8,
		roles: u8,
	},
	ForceTransfer {
		code: Pick,
		to: u8,
	},
	ForceRevoke {
		nth: u8,
	},
	LiftRecall {
		cases: bool,
		lot: Option<u8>,
	},
	NextBlock,
}

impl Op {
	fn name(&self) -> &'static str {
		match self {
			Op::Issue { .. } => "issue_codes",
			Op::Propose { .. } => "propose_handover",
			Op::Accept { .. } => "accept_handover",
			Op::Reject { .. } => "reject_handover",
			Op::Cancel { .. } => "cancel_handover",
			Op::Pack { .. } => "pack",
			Op::Unpack { .. } => "unpack",
			Op::Inspect { .. } => "inspect",
			Op::Sell { .. } => "sell",
			Op::Destroy { .. } => "destroy",
			Op::Decommission { .. } => "decommission",
			Op::Claim { .. } => "claim",
			Op::Attest { .. } => "attest",
			Op::Revoke { .. } => "revoke_certification",
			Op::RecallProduct { .. } => "recall_product",
			Op::RecallLot { .. } => "recall_lot",
			Op::Suspend { .. } => "suspend_participant",
			Op::Reinstate { .. } => "reinstate_participant",
			Op::Flood { .. } => "inspect_flood",
			Op::SetRoles { .. } => "update_participant",
			Op::ForceTransfer { .. } => "force_transfer_custody",
			Op::ForceRevoke { .. } => "force_revoke_certification",
			Op::LiftRecall { .. } => "lift_recall",
			Op::NextBlock => "next_block",
		}
	}
}

fn who() -> impl Strategy<Value = Who> {
	prop_oneof![4 => Just(Who::Fitting), 1 => (0..ACTORS.len() as u8).prop_map(Who::Anyone)]
}

fn issued() -> impl Strategy<Value = Pick> {
	prop_oneof![4 => any::<u8>().prop_map(Pick::Issued), 1 => (0..CODES).prop_map(Pick::Any)]
}

fn pending() -> impl Strategy<Value = Pick> {
	prop_oneof![4 => any::<u8>().prop_map(Pick::Pending), 1 => issued()]
}

fn container() -> impl Strategy<Value = Pick> {
	prop_oneof![4 => any::<u8>().prop_map(Pick::Container), 1 => issued()]
}

fn actor() -> impl Strategy<Value = u8> {
	0..ACTORS.len() as u8
}

/// A recipient, mostly one that takes custody.
fn recipient_index() -> impl Strategy<Value = u8> {
	prop_oneof![2 => Just(1_u8), 2 => Just(4_u8), 1 => Just(2_u8), 1 => Just(6_u8), 1 => actor()]
}

fn op() -> impl Strategy<Value = Op> {
	prop_oneof![
		4 => (who(), any::<bool>(), prop::collection::vec(0..BAGS, 1..4), any::<bool>(), prop::option::of(0..3_u8))
			.prop_map(|(who, cases, serials, with_key, lot)| Op::Issue { who, cases, serials, with_key, lot }),
		10 => (who(), issued(), recipient_index()).prop_map(|(who, code, to)| Op::Propose { who, code, to }),
		8 => (who(), pending()).prop_map(|(who, code)| Op::Accept { who, code }),
		2 => (who(), pending()).prop_map(|(who, code)| Op::Reject { who, code }),
		2 => (who(), pending()).prop_map(|(who, code)| Op::Cancel { who, code }),
		8 => (who(), issued(), prop::collection::vec(issued(), 1..4))
			.prop_map(|(who, container, items)| Op::Pack { who, container, items }),
		4 => (who(), container(), prop::collection::vec(issued(), 1..3), any::<bool>())
			.prop_map(|(who, container, items, all)| Op::Unpack { who, container, items, all }),
		2 => (who(), issued(), any::<bool>()).prop_map(|(who, code, conformant)| Op::Inspect { who, code, conformant }),
		4 => (who(), prop_oneof![3 => any::<u8>().prop_map(Pick::Retail), 1 => issued()])
			.prop_map(|(who, code)| Op::Sell { who, code }),
		2 => (who(), issued(), any::<bool>()).prop_map(|(who, code, by_issuer)| Op::Destroy { who, code, by_issuer }),
		1 => (who(), issued()).prop_map(|(who, code)| Op::Decommission { who, code }),
		4 => (prop_oneof![3 => any::<u8>().prop_map(Pick::Sold), 1 => issued()], actor(), prop::bool::weighted(0.8))
			.prop_map(|(code, claimer, right_key)| Op::Claim { code, claimer, right_key }),
		2 => (who(), issued(), any::<bool>(), prop::option::of(0..3_u8))
			.prop_map(|(who, code, product, expiry)| Op::Attest { who, code, product, expiry }),
		2 => (who(), any::<u8>()).prop_map(|(who, nth)| Op::Revoke { who, nth }),
		1 => (any::<bool>(), any::<bool>()).prop_map(|(admin, cases)| Op::RecallProduct { admin, cases }),
		1 => (any::<bool>(), any::<bool>(), 0..3_u8)
			.prop_map(|(admin, cases, lot)| Op::RecallLot { admin, cases, lot }),
		1 => actor().prop_map(|who| Op::Suspend { who }),
		2 => actor().prop_map(|who| Op::Reinstate { who }),
		1 => issued().prop_map(|code| Op::Flood { code }),
		1 => (actor(), 1..32_u8).prop_map(|(who, roles)| Op::SetRoles { who, roles }),
		1 => (pending(), recipient_index()).prop_map(|(code, to)| Op::ForceTransfer { code, to }),
		1 => any::<u8>().prop_map(|nth| Op::ForceRevoke { nth }),
		1 => (any::<bool>(), prop::option::of(0..3_u8)).prop_map(|(cases, lot)| Op::LiftRecall { cases, lot }),
		3 => Just(Op::NextBlock),
	]
}

/// The code `pick` names in the current state.
fn pick(pick: Pick) -> CodeId {
	let nth = |n: u8, filter: fn(&TraceCode<Test>) -> bool| {
		let mut ids: Vec<CodeId> = Codes::<Test>::iter()
			.filter(|(_, code)| filter(code))
			.map(|(id, _)| id)
			.collect();
		ids.sort();
		ids.get(usize::from(n) % ids.len().max(1))
			.copied()
			.unwrap_or_else(|| id(n % CODES))
	};
	match pick {
		Pick::Any(index) => id(index % CODES),
		Pick::Issued(n) => nth(n, |_| true),
		Pick::Pending(n) => nth(n, |code| code.pending.is_some()),
		Pick::Container(n) => nth(n, |code| code.children > 0),
		Pick::Retail(n) => nth(n, |code| code.custodian == RETAILER && code.parent.is_none()),
		Pick::Sold(n) => nth(n, |code| code.status == CodeStatus::Sold),
	}
}

/// The universe index of a picked code, for its claim key and product.
fn index_of(code: CodeId) -> u8 {
	(0..CODES).find(|index| id(*index) == code).unwrap_or(0)
}

fn gtin_of(index: u8) -> Gtin {
	if index < BAGS {
		bag()
	} else {
		case()
	}
}

fn serial_of(index: u8) -> String {
	format!("S{index}")
}

fn id(index: u8) -> CodeId {
	code_id(gtin_of(index), &serial_of(index))
}

fn key_of(index: u8) -> sp_core::sr25519::Pair {
	claim_pair(index.wrapping_add(1))
}

fn lot_of(n: u8) -> Lot {
	lot(&format!("LOT{n}"))
}

/// The signer: the fitting participant for the call, or the chosen actor.
fn signer(who: Who, fitting: Option<u64>) -> u64 {
	match who {
		Who::Fitting => fitting.unwrap_or(OUTSIDER),
		Who::Anyone(index) => ACTORS[index as usize],
	}
}

fn custodian(code: CodeId) -> Option<u64> {
	Traceability::effective_custodian(&code)
}

fn recipient(code: CodeId) -> Option<u64> {
	Codes::<Test>::get(code).and_then(|code| code.pending).map(|pending| pending.to)
}

fn issue(who: u64, cases: bool, indices: &[u8], with_key: bool, lot: Option<u8>) -> DispatchResult {
	let items = indices
		.iter()
		.map(|index| IssueItem {
			serial: serial(&serial_of(*index)),
			lot: lot.map(lot_of),
			claim_key: with_key.then(|| key_of(*index).public()),
		})
		.collect::<Vec<_>>();
	Traceability::issue_codes(
		RuntimeOrigin::signed(who),
		if cases { case() } else { bag() },
		BoundedVec::try_from(items).unwrap(),
		milan(),
		START,
		officer(),
	)
}

fn run(op: &Op) -> DispatchResult {
	let signed = RuntimeOrigin::signed;
	match op.clone() {
		Op::Issue { who, cases, serials, with_key, lot } => {
			let indices: Vec<u8> =
				serials.iter().map(|s| if cases { BAGS + s % CASES } else { *s }).collect();
			issue(signer(who, Some(MERCHANT)), cases, &indices, with_key, lot)
		},
		Op::Propose { who, code, to } => {
			let code = pick(code);
			Traceability::propose_handover(
				signed(signer(who, custodian(code))),
				code,
				ACTORS[to as usize],
				Some(place("somewhere")),
				None,
			)
		},
		Op::Accept { who, code } => {
			let code = pick(code);
			Traceability::accept_handover(signed(signer(who, recipient(code))), code, None, None)
		},
		Op::Reject { who, code } => {
			let code = pick(code);
			Traceability::reject_handover(signed(signer(who, recipient(code))), code, text("no"))
		},
		Op::Cancel { who, code } => {
			let code = pick(code);
			Traceability::cancel_handover(signed(signer(who, custodian(code))), code)
		},
		Op::Pack { who, container, items } => {
			let container = pick(container);
			let items: Vec<CodeId> = items.into_iter().map(pick).collect();
			Traceability::pack(
				signed(signer(who, custodian(container))),
				container,
				codes(&items),
				None,
			)
		},
		Op::Unpack { who, container, items, all } => {
			let container = pick(container);
			let items: Vec<CodeId> = if all {
				Children::<Test>::iter_key_prefix(container).collect()
			} else {
				items.into_iter().map(pick).collect()
			};
			Traceability::unpack(
				signed(signer(who, custodian(container))),
				container,
				codes(&items),
				None,
			)
		},
		Op::Inspect { who, code, conformant } => Traceability::inspect(
			signed(signer(who, Some(CUSTOMS))),
			pick(code),
			if conformant {
				InspectionOutcome::Conformant
			} else {
				InspectionOutcome::NonConformant
			},
			None,
			None,
			None,
		),
		Op::Sell { who, code } => {
			let code = pick(code);
			Traceability::sell(signed(signer(who, custodian(code))), code, None, None)
		},
		Op::Destroy { who, code, by_issuer } => {
			let code = pick(code);
			let fitting = if by_issuer { Some(MERCHANT) } else { custodian(code) };
			Traceability::destroy(signed(signer(who, fitting)), code, text("gone"), None, None)
		},
		Op::Decommission { who, code } => Traceability::decommission(
			signed(signer(who, Some(MERCHANT))),
			pick(code),
			text("void"),
		),
		Op::Claim { code, claimer, right_key } => {
			let code = pick(code);
			let claimer = ACTORS[claimer as usize];
			let index = index_of(code);
			let pair = if right_key { key_of(index) } else { key_of(index.wrapping_add(1)) };
			let signature = pair.sign(&Traceability::claim_message(&code, &claimer));
			let call = Call::<Test>::claim { code, claimer, signature };
			// The pool's verdict and the dispatch agree.
			let authorized = frame_support::traits::Authorize::authorize(
				&call,
				frame_support::pallet_prelude::TransactionSource::External,
			)
			.expect("claim has an authorize function");
			let result = Traceability::claim(
				frame_system::RawOrigin::Authorized.into(),
				code,
				claimer,
				signature,
			);
			assert_eq!(authorized.is_ok(), result.is_ok(), "authorize and dispatch disagree");
			result
		},
		Op::Attest { who, code, product, expiry } => {
			let code = pick(code);
			let subject = if product {
				CertSubject::Product(gtin_of(index_of(code)))
			} else {
				CertSubject::Code(code)
			};
			let expires_at = expiry.map(|e| START + Moment::from(e) * BLOCK_TIME);
			Traceability::attest(signed(signer(who, Some(CERTIFIER))), subject, code, expires_at)
		},
		Op::Revoke { who, nth } => {
			let mut certifications: Vec<_> = Certifications::<Test>::iter_keys().collect();
			certifications.sort();
			let (subject, certifier) = certifications
				.get(usize::from(nth) % certifications.len().max(1))
				.copied()
				.unwrap_or((CertSubject::Product(bag()), CERTIFIER));
			Traceability::revoke_certification(signed(signer(who, Some(certifier))), subject)
		},
		Op::RecallProduct { admin, cases } => {
			let origin = if admin { RuntimeOrigin::root() } else { signed(MERCHANT) };
			Traceability::recall_product(origin, if cases { case() } else { bag() }, text("recall"))
		},
		Op::RecallLot { admin, cases, lot } => {
			let origin = if admin { RuntimeOrigin::root() } else { signed(MERCHANT) };
			Traceability::recall_lot(
				origin,
				if cases { case() } else { bag() },
				lot_of(lot),
				text("recall"),
			)
		},
		Op::Suspend { who } => {
			Traceability::suspend_participant(RuntimeOrigin::root(), ACTORS[who as usize])
		},
		Op::Reinstate { who } => {
			Traceability::reinstate_participant(RuntimeOrigin::root(), ACTORS[who as usize])
		},
		Op::Flood { code } => {
			let code = pick(code);
			let inspect = || {
				Traceability::inspect(
					signed(CUSTOMS),
					code,
					InspectionOutcome::Conformant,
					None,
					None,
					None,
				)
			};
			let first = inspect();
			while inspect().is_ok() {}
			first
		},
		Op::SetRoles { who, roles } => {
			let who = ACTORS[who as usize];
			let Some(participant) = Participants::<Test>::get(who) else {
				return Err(Error::<Test>::NotAdmitted.into());
			};
			Traceability::update_participant(
				RuntimeOrigin::root(),
				who,
				Roles::from_bits(roles),
				participant.name,
				participant.company_prefixes,
			)
		},
		Op::ForceTransfer { code, to } => Traceability::force_transfer_custody(
			RuntimeOrigin::root(),
			pick(code),
			ACTORS[to as usize],
			text("stuck"),
		),
		Op::ForceRevoke { nth } => {
			let mut certifications: Vec<_> = Certifications::<Test>::iter_keys().collect();
			certifications.sort();
			let (subject, certifier) = certifications
				.get(usize::from(nth) % certifications.len().max(1))
				.copied()
				.unwrap_or((CertSubject::Product(bag()), CERTIFIER));
			Traceability::force_revoke_certification(
				RuntimeOrigin::root(),
				subject,
				certifier,
				text("false"),
			)
		},
		Op::LiftRecall { cases, lot } => Traceability::lift_recall(
			RuntimeOrigin::root(),
			if cases { case() } else { bag() },
			lot.map(lot_of),
			text("safe"),
		),
		Op::NextBlock => {
			next_block();
			Ok(())
		},
	}
}

/// Whether `error` only says that the one who must act may not act now: suspended, or
/// without the role. Governance can reinstate it or move the goods.
fn blocked_by_governance(error: &sp_runtime::DispatchError) -> bool {
	[Error::<Test>::Suspended, Error::<Test>::MissingRole, Error::<Test>::NotAdmitted]
		.into_iter()
		.any(|blocked| *error == blocked.into())
}

/// Tries `call` and rolls it back: `Ok` if it would succeed.
fn would(call: impl FnOnce() -> DispatchResult) -> DispatchResult {
	use frame_support::storage::{with_transaction, TransactionOutcome};
	with_transaction(|| TransactionOutcome::Rollback(Ok::<_, sp_runtime::DispatchError>(call())))
		.expect("rollback")
}

/// The call that moves `id` on, tried and rolled back; `None` if the code needs none (it is
/// terminal, or sold: its journey through the supply chain is over).
fn move_on(id: CodeId, code: &TraceCode<Test>) -> Option<DispatchResult> {
	let signed = RuntimeOrigin::signed;
	let unpack_all = |container: CodeId| {
		let items: Vec<CodeId> = Children::<Test>::iter_key_prefix(container).collect();
		let custodian = custodian(container).unwrap_or(OUTSIDER);
		would(|| Traceability::unpack(signed(custodian), container, codes(&items), None))
	};
	if code.status.is_terminal() || code.status == CodeStatus::Sold {
		return None;
	}
	if code.status == CodeStatus::Claimed {
		let owner = code.claim.as_ref().map_or(OUTSIDER, |claim| claim.by);
		// A pending ownership offer is resolved first: the owner cancels it.
		if let Some(offer) = OwnershipOffers::<Test>::get(id) {
			let signature = sign_step(owner, id, OwnershipAction::Cancel { to: offer.to });
			let origin: RuntimeOrigin = frame_system::RawOrigin::Authorized.into();
			return Some(would(|| Traceability::cancel_ownership_transfer(origin, id, signature)));
		}
		return Some(would(|| Traceability::destroy(signed(owner), id, text("lost"), None, None)));
	}
	if code.pending.is_some() {
		let custodian = code.custodian;
		return Some(would(|| Traceability::cancel_handover(signed(custodian), id)));
	}
	if let Some(parent) = code.parent {
		let root_pending = Traceability::containers_of(&id)
			.last()
			.and_then(Codes::<Test>::get)
			.is_some_and(|root| root.pending.is_some());
		// The outermost container moves first (its own check covers it).
		return (!root_pending).then(|| unpack_all(parent));
	}
	if code.children > 0 {
		return Some(unpack_all(id));
	}
	let custodian = code.custodian;
	Some(would(|| Traceability::destroy(signed(custodian), id, text("gone"), None, None)))
}

/// The products, and half of the universe issued (bags 0..4 with claim keys, cases 6 and 7),
/// the other half left for `issue_codes`.
fn setup() {
	register_products();
	issue(MERCHANT, false, &[0, 1, 2, 3], true, Some(0)).unwrap();
	issue(MERCHANT, true, &[BAGS, BAGS + 1], false, None).unwrap();
}

/// What must never go back: `(code, status, event_count, last event)` of every code.
fn snapshot() -> Vec<(CodeId, CodeStatus, u32, Option<TraceEvent<Test>>)> {
	Codes::<Test>::iter()
		.map(|(id, code)| {
			let last = code.event_count.checked_sub(1).and_then(|i| History::<Test>::get(id, i));
			(id, code.status, code.event_count, last)
		})
		.collect()
}

fn storage_root() -> Vec<u8> {
	sp_io::storage::root(StateVersion::V1)
}

proptest! {
	#![proptest_config(ProptestConfig {
		cases: 2_000,
		failure_persistence: None,
		..ProptestConfig::default()
	})]

	#[test]
	fn random_call_sequences_keep_the_invariants(ops in prop::collection::vec(op(), 1..40)) {
		new_test_ext_with_cast().execute_with(|| {
			setup();
			for op in &ops {
				let before = snapshot();
				let root = storage_root();
				let result = run(op);
				if result.is_err() {
					prop_assert_eq!(storage_root(), root, "a failed call wrote: {:?}", op);
				}
				if let Err(error) = Traceability::do_try_state() {
					prop_assert!(false, "invariant broken after {:?} ({:?}): {:?}", op, result, error);
				}
				for (id, code) in Codes::<Test>::iter() {
					if let Some(Err(error)) = move_on(id, &code) {
						prop_assert!(
							blocked_by_governance(&error),
							"code {:?} is stuck after {:?}: {:?} ({:?})", id, op, error, code
						);
					}
				}
				for (id, status, events, last) in before {
					let code = Codes::<Test>::get(id);
					prop_assert!(code.is_some(), "a code was removed by {:?}", op);
					let code = code.unwrap();
					if status.is_terminal() {
						prop_assert_eq!(code.status, status, "a terminal code changed: {:?}", op);
					}
					prop_assert!(code.event_count >= events, "a history shrank: {:?}", op);
					let still = events.checked_sub(1).and_then(|i| History::<Test>::get(id, i));
					prop_assert_eq!(still, last, "a history entry changed: {:?}", op);
				}
			}
			Ok(())
		})?;
	}
}

/// The generator is worth something only if it reaches the success of every call: a fixed
/// sample of sequences must succeed at least once with each.
#[test]
fn random_sequences_reach_every_call() {
	use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
	use std::{cell::RefCell, collections::BTreeSet};

	let succeeded = RefCell::new(BTreeSet::new());
	let mut runner = TestRunner::new_with_rng(
		Config { failure_persistence: None, ..Config::default() },
		TestRng::deterministic_rng(RngAlgorithm::ChaCha),
	);
	for _ in 0..300 {
		let ops = prop::collection::vec(op(), 1..40).new_tree(&mut runner).unwrap().current();
		new_test_ext_with_cast().execute_with(|| {
			setup();
			for op in &ops {
				if run(op).is_ok() {
					succeeded.borrow_mut().insert(op.name());
				}
			}
		});
	}
	let all = [
		"issue_codes",
		"propose_handover",
		"accept_handover",
		"reject_handover",
		"cancel_handover",
		"pack",
		"unpack",
		"inspect",
		"sell",
		"destroy",
		"decommission",
		"claim",
		"attest",
		"revoke_certification",
		"recall_product",
		"recall_lot",
		"suspend_participant",
		"reinstate_participant",
		"update_participant",
		"force_transfer_custody",
		"force_revoke_certification",
		"lift_recall",
	];
	let missing: Vec<_> = all.iter().filter(|name| !succeeded.borrow().contains(*name)).collect();
	assert!(missing.is_empty(), "never succeeded: {missing:?}");
}

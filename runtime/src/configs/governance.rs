//! Governance: the consortium of member organisations.
//!
//! - [`pallet_collective`] (instance [`ConsortiumInstance`], the `Consortium` pallet) holds the
//!   motions: a member proposes a call, members vote, anyone closes; an approved motion
//!   dispatches its call with the origin `Members(ayes, seats)`.
//! - [`pallet_membership`] (instance [`ConsortiumMembershipInstance`], the `ConsortiumMembership`
//!   pallet) keeps the list of members and pushes every change into the collective.
//! - [`ConsortiumSupermajority`] is the one place where "enough members" is defined: more than
//!   two thirds of the seats. [`GovernanceOrigin`] (that supermajority, or root) is what every
//!   power of the chain requires: the traceability pallet's `AdminOrigin`, membership changes,
//!   validator changes.
//! - [`pallet_whitelist`] is the supermajority's only way to root: a motion whitelists a call
//!   and dispatches it with its preimage, as root, in one `Utility::batch_all`. Runtime upgrades
//!   go this way: `System::authorize_upgrade(code_hash)`, root-only in `frame_system`, is
//!   whitelisted and dispatched by the motion; then anyone submits the code with
//!   `System::apply_authorized_upgrade`.
//!
//! Root itself is sudo on development chains only (the `development` preset is the only one
//! with a sudo key); elsewhere it is reachable through the whitelist alone.

use crate::{
	configs::RuntimeBlockWeights, time::DAYS, AccountId, Consortium, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, System,
};
use alloc::{boxed::Box, vec};
use frame_support::{
	parameter_types,
	traits::{ConstU32, Contains, EitherOf, NeverEnsureOrigin},
	weights::Weight,
};
use frame_system::EnsureRoot;
use pallet_collective::{DefaultVote, MemberCount};
use sp_runtime::{traits::Hash as _, Perbill};

/// The instance of [`pallet_collective`] that is the consortium.
pub type ConsortiumInstance = pallet_collective::Instance1;

/// The instance of [`pallet_membership`] that keeps the consortium's members.
pub type ConsortiumMembershipInstance = pallet_membership::Instance1;

/// The numerator of the supermajority: a motion passes with more than
/// `SUPERMAJORITY_NUMERATOR / SUPERMAJORITY_DENOMINATOR` of the seats.
pub const SUPERMAJORITY_NUMERATOR: u32 = 2;
/// The denominator of the supermajority (see [`SUPERMAJORITY_NUMERATOR`]).
pub const SUPERMAJORITY_DENOMINATOR: u32 = 3;

/// More than two thirds of the consortium's seats voted for the motion: 3 of 4, 4 of 5, 5 of 6,
/// 5 of 7. The only definition of "enough members" in the runtime; change the two constants
/// above to change it everywhere.
pub type ConsortiumSupermajority = pallet_collective::EnsureProportionMoreThan<
	AccountId,
	ConsortiumInstance,
	{ SUPERMAJORITY_NUMERATOR },
	{ SUPERMAJORITY_DENOMINATOR },
>;

/// What every power of the chain requires: the consortium's supermajority, or root (sudo on
/// development chains; on other chains only a whitelisted call dispatched by the supermajority
/// is root).
pub type GovernanceOrigin = EitherOf<EnsureRoot<AccountId>, ConsortiumSupermajority>;

/// The threshold a member proposes a motion with so that an approved motion carries the
/// supermajority: the fewest ayes `n` of `seats` with `n / seats` above two thirds.
pub const fn supermajority_threshold(seats: MemberCount) -> MemberCount {
	(seats.saturating_mul(SUPERMAJORITY_NUMERATOR) / SUPERMAJORITY_DENOMINATOR).saturating_add(1)
}

/// The motion that dispatches `call` as root: [`pallet_whitelist`] whitelists its hash and
/// dispatches it with its preimage, in one `Utility::batch_all`, both with the motion's origin
/// (so both need [`ConsortiumSupermajority`]). Members read the whole call in the motion.
/// Propose it with [`supermajority_threshold`] ayes.
pub fn root_motion(call: RuntimeCall) -> RuntimeCall {
	let call_hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	RuntimeCall::Utility(pallet_utility::Call::batch_all {
		calls: vec![
			RuntimeCall::Whitelist(pallet_whitelist::Call::whitelist_call { call_hash }),
			RuntimeCall::Whitelist(
				pallet_whitelist::Call::dispatch_whitelisted_call_with_preimage {
					call: Box::new(call),
				},
			),
		],
	})
}

/// A member who does not vote votes nay: abstentions never help a motion pass, whoever the
/// prime member is (there is none: `PrimeOrigin` is never satisfied).
pub struct AbstentionsAreNays;
impl DefaultVote for AbstentionsAreNays {
	fn default_vote(
		_prime_vote: Option<bool>,
		_yes_votes: MemberCount,
		_no_votes: MemberCount,
		_len: MemberCount,
	) -> bool {
		false
	}
}

/// The base call filter of the runtime: seats change by vote only. `pallet_membership`'s
/// `change_key` lets a member hand its seat to any account on its own signature; on this chain
/// a seat moves by a motion (`swap_member`), so `change_key` is filtered out for the consortium
/// and for the validators. Root (sudo on development chains, or a whitelisted call) is not
/// filtered.
pub struct SeatsChangeOnlyByVote;
impl Contains<RuntimeCall> for SeatsChangeOnlyByVote {
	fn contains(call: &RuntimeCall) -> bool {
		!matches!(
			call,
			RuntimeCall::ConsortiumMembership(pallet_membership::Call::change_key { .. })
				| RuntimeCall::Validators(pallet_membership::Call::change_key { .. })
		)
	}
}

parameter_types! {
	/// Half a block: a motion's call must leave room for the rest of the block.
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

/// At most this many member organisations.
pub type ConsortiumMaxMembers = ConstU32<100>;

/// The consortium's motions, votes and closing.
impl pallet_collective::Config<ConsortiumInstance> for Runtime {
	/// The runtime origin, which includes the collective's `Members(ayes, seats)`.
	type RuntimeOrigin = RuntimeOrigin;
	/// A motion is any call of the runtime.
	type Proposal = RuntimeCall;
	/// The collective's events (`Proposed`, `Voted`, `Closed`, `Approved`, `Executed`, ...).
	type RuntimeEvent = RuntimeEvent;
	/// Members have three days to vote; a motion with enough ayes (or nays) closes earlier.
	type MotionDuration = ConstU32<{ 3 * DAYS }>;
	/// Open motions at once.
	type MaxProposals = ConstU32<100>;
	/// See [`ConsortiumMaxMembers`].
	type MaxMembers = ConsortiumMaxMembers;
	/// See [`AbstentionsAreNays`].
	type DefaultVote = AbstentionsAreNays;
	/// Upstream weights.
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	/// Members are set by `ConsortiumMembership` only; a direct `set_members` would get the
	/// two pallets out of step.
	type SetMembersOrigin = NeverEnsureOrigin<()>;
	/// See [`MaxProposalWeight`].
	type MaxProposalWeight = MaxProposalWeight;
	/// The supermajority may drop a motion.
	type DisapproveOrigin = GovernanceOrigin;
	/// The supermajority may kill a motion.
	type KillOrigin = GovernanceOrigin;
	/// Only members propose, and a member's seat is its stake: no deposit.
	type Consideration = ();
}

/// The consortium's members: who they are is decided by the supermajority.
impl pallet_membership::Config<ConsortiumMembershipInstance> for Runtime {
	/// Membership's events (`MemberAdded`, `MemberRemoved`, ...).
	type RuntimeEvent = RuntimeEvent;
	/// A new member organisation is voted in.
	type AddOrigin = GovernanceOrigin;
	/// A member organisation is voted out.
	type RemoveOrigin = GovernanceOrigin;
	/// A member's account is replaced by vote (`change_key` is filtered out, see
	/// [`SeatsChangeOnlyByVote`]).
	type SwapOrigin = GovernanceOrigin;
	/// The whole membership is replaced by vote.
	type ResetOrigin = GovernanceOrigin;
	/// No prime member: every member's vote weighs the same (see [`AbstentionsAreNays`]).
	type PrimeOrigin = NeverEnsureOrigin<()>;
	/// The collective starts with the genesis members...
	type MembershipInitialized = Consortium;
	/// ...and follows every change.
	type MembershipChanged = Consortium;
	/// See [`ConsortiumMaxMembers`].
	type MaxMembers = ConsortiumMaxMembers;
	/// Upstream weights.
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

/// The supermajority's way to root: whitelist a call, then dispatch it with its preimage.
impl pallet_whitelist::Config for Runtime {
	/// Whitelist's events (`CallWhitelisted`, `WhitelistedCallDispatched`, ...).
	type RuntimeEvent = RuntimeEvent;
	/// Any call of the runtime can be whitelisted.
	type RuntimeCall = RuntimeCall;
	/// The supermajority whitelists.
	type WhitelistOrigin = ConsortiumSupermajority;
	/// The supermajority dispatches what it whitelisted, as root.
	type DispatchWhitelistedOrigin = ConsortiumSupermajority;
	/// No preimage store: a whitelisted call is dispatched with its preimage
	/// (`dispatch_whitelisted_call_with_preimage`), which the motion carries.
	type Preimages = ();
	/// A dispatch deferred until its call is whitelisted expires with the motion's duration.
	type DeferredDispatchExpiration = ConstU32<{ 3 * DAYS }>;
	/// Blocks of this chain.
	type BlockNumberProvider = System;
	/// Upstream weights.
	type WeightInfo = pallet_whitelist::weights::SubstrateWeight<Runtime>;
}

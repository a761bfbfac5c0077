//! The validator set, changed by vote.
//!
//! - [`pallet_membership`] (instance [`ValidatorsInstance`], the `Validators` pallet) lists the
//!   validator accounts; the consortium's supermajority adds, removes and swaps them.
//! - Each validator registers its session keys (Aura + GRANDPA, [`crate::SessionKeys`]) with
//!   `Session::set_keys`, from its own node's `author_rotateKeysWithOwner`.
//! - [`pallet_session`] rotates sessions every [`SessionPeriod`] blocks and asks
//!   [`ValidatorsFromMembership`] (the only glue written here) for the next set; Aura and
//!   GRANDPA take their authorities from the session pallet.
//!
//! A change voted during session `n` is queued at the start of session `n + 1` and active from
//! the start of session `n + 2`: `pallet_session` announces every set one session ahead.

use crate::{
	configs::governance::GovernanceOrigin, currency::UNIT, time::MINUTES, AccountId, Balance,
	Balances, BlockNumber, Runtime, RuntimeEvent, Session, SessionKeys,
};
use alloc::vec::Vec;
use frame_support::{
	parameter_types,
	traits::{NeverEnsureOrigin, ValidatorRegistration},
};
use sp_runtime::traits::{ConvertInto, OpaqueKeys};

/// The instance of [`pallet_membership`] that lists the validators.
pub type ValidatorsInstance = pallet_membership::Instance2;

parameter_types! {
	/// A session lasts ten minutes.
	pub const SessionPeriod: BlockNumber = 10 * MINUTES;
	/// The first session is as long as the others.
	pub const SessionOffset: BlockNumber = 0;
	/// Held from an account while it has session keys registered: session keys are state
	/// that anyone could otherwise make the chain keep for a fee.
	pub const SessionKeyDeposit: Balance = UNIT;
	/// At most as many validators as Aura and GRANDPA accept.
	pub const MaxValidators: u32 = 32;
}

/// The validators: who they are is decided by the consortium's supermajority.
impl pallet_membership::Config<ValidatorsInstance> for Runtime {
	/// Membership's events (`MemberAdded`, `MemberRemoved`, ...).
	type RuntimeEvent = RuntimeEvent;
	/// A validator is voted in.
	type AddOrigin = GovernanceOrigin;
	/// A validator is voted out.
	type RemoveOrigin = GovernanceOrigin;
	/// A validator's account is replaced by vote (`change_key` is filtered out, see
	/// [`super::governance::SeatsChangeOnlyByVote`]).
	type SwapOrigin = GovernanceOrigin;
	/// The whole set is replaced by vote.
	type ResetOrigin = GovernanceOrigin;
	/// A prime validator means nothing.
	type PrimeOrigin = NeverEnsureOrigin<()>;
	/// The session pallet reads the members when it plans a session (see
	/// [`ValidatorsFromMembership`]); nothing is pushed.
	type MembershipInitialized = ();
	/// As above.
	type MembershipChanged = ();
	/// See [`MaxValidators`].
	type MaxMembers = MaxValidators;
	/// Upstream weights.
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

/// The session manager the consortium controls: the next validator set is the members of
/// `Validators` that have registered session keys, in membership order.
///
/// It never plans an empty set (Aura and GRANDPA would stop): if no member has keys, the
/// current set stays. It plans no change when the set is the current one, so GRANDPA's
/// authority set changes only when the validators do.
pub struct ValidatorsFromMembership;

impl ValidatorsFromMembership {
	/// The members of `Validators` with session keys (`Session::NextKeys`), in membership
	/// (sorted) order.
	fn members_with_keys() -> Vec<AccountId> {
		pallet_membership::Members::<Runtime, ValidatorsInstance>::get()
			.into_iter()
			.filter(<Session as ValidatorRegistration<AccountId>>::is_registered)
			.collect()
	}
}

/// `SessionIndex` is `sp_staking::SessionIndex`, a `u32`.
impl pallet_session::SessionManager<AccountId> for ValidatorsFromMembership {
	fn new_session(_new_index: u32) -> Option<Vec<AccountId>> {
		let next = Self::members_with_keys();
		// `pallet_session` calls this right after making the queued set the current one, so
		// `Validators` is the set the next session would keep without a change.
		if next.is_empty() || next == pallet_session::Validators::<Runtime>::get() {
			None
		} else {
			Some(next)
		}
	}

	fn end_session(_end_index: u32) {}

	fn start_session(_start_index: u32) {}
}

/// Sessions: who validates, with which keys, from when.
impl pallet_session::Config for Runtime {
	/// Session's events (`NewSession`, `NewQueued`, ...).
	type RuntimeEvent = RuntimeEvent;
	/// A validator is identified by its account.
	type ValidatorId = AccountId;
	/// Any account may register session keys; only the members of `Validators` validate.
	type ValidatorIdOf = ConvertInto;
	/// Every [`SessionPeriod`] blocks.
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	/// The same schedule, for estimates.
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	/// See [`ValidatorsFromMembership`].
	type SessionManager = ValidatorsFromMembership;
	/// Aura and GRANDPA receive their keys of each new set.
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	/// An Aura and a GRANDPA key.
	type Keys = SessionKeys;
	/// Validators are never disabled on this chain (no offences are reported).
	type DisablingStrategy = ();
	/// Upstream weights.
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	/// The key deposit is held in the native token.
	type Currency = Balances;
	/// See [`SessionKeyDeposit`].
	type KeyDeposit = SessionKeyDeposit;
}

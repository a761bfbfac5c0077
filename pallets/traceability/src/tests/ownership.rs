//! Ownership after the claim: two-step transfers and handed-over claim secrets, signed by the
//! acting accounts, without tokens; every refusal, and the attacks on them (a stranger's
//! offer, replayed signatures, a resale through two owners).

use crate::{mock::*, *};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::GetDispatchInfo,
	pallet_prelude::{
		InvalidTransaction, TransactionSource, TransactionValidityError,
		TransactionValidityWithRefund,
	},
	traits::{Authorize, Get},
	weights::Weight,
};
use sp_core::{sr25519, Pair, H256};
use sp_runtime::{
	traits::{Applyable, Checkable},
	DispatchError, DispatchResult,
};

/// A second consumer, buying the item from [`CONSUMER`]; no participant, no tokens.
const BUYER: u64 = 101;
/// A third consumer.
const THIRD: u64 = 102;

fn authorized() -> RuntimeOrigin {
	frame_system::RawOrigin::Authorized.into()
}

/// A bag with serial `s` and claim key `claim_pair(1)`, sold by [`RETAILER`].
fn sold_bag(s: &str) -> CodeId {
	if !Products::<Test>::contains_key(bag()) {
		register_products();
	}
	let key = claim_pair(1).public();
	let bag =
		issue_items(bag(), vec![IssueItem { serial: serial(s), lot: None, claim_key: Some(key) }])
			[0];
	hand_over(bag, MERCHANT, RETAILER);
	assert_ok!(Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None));
	bag
}

/// Claims `code` for `claimer` with the secret of `claim_pair(seed)`.
fn claim_with(code: CodeId, seed: u8, claimer: u64) -> DispatchResult {
	let signature = claim_pair(seed).sign(&Traceability::claim_message(&code, &claimer));
	Traceability::claim(authorized(), code, claimer, signature)
}

/// A bag with serial `s`, claimed by [`CONSUMER`].
fn owned_bag(s: &str) -> CodeId {
	let bag = sold_bag(s);
	assert_ok!(claim_with(bag, 1, CONSUMER));
	bag
}

fn offer(code: CodeId, owner: u64, to: u64) -> DispatchResult {
	let signature = sign_step(owner, code, OwnershipAction::Offer { to });
	Traceability::propose_ownership_transfer(authorized(), code, to, signature)
}

fn accept(code: CodeId, to: u64, from: u64) -> DispatchResult {
	let signature = sign_step(to, code, OwnershipAction::Accept { from });
	Traceability::accept_ownership(authorized(), code, signature)
}

fn cancel(code: CodeId, owner: u64, to: u64) -> DispatchResult {
	let signature = sign_step(owner, code, OwnershipAction::Cancel { to });
	Traceability::cancel_ownership_transfer(authorized(), code, signature)
}

fn hand_over_secret(code: CodeId, owner: u64, claim_key: sr25519::Public) -> DispatchResult {
	let signature = sign_step(owner, code, OwnershipAction::HandOverClaimSecret { claim_key });
	Traceability::hand_over_claim_secret(authorized(), code, claim_key, signature)
}

/// A signature of nothing in particular, for codes that do not exist.
fn junk_signature() -> AccountSignature {
	AccountSignature(account_pair(CONSUMER).sign(b"nothing"))
}

fn authorize(call: Call<Test>) -> TransactionValidityWithRefund {
	call.authorize(TransactionSource::External)
		.expect("the call has an authorize function")
}

fn refused(invalid: InvalidTransaction) -> TransactionValidityWithRefund {
	Err(TransactionValidityError::Invalid(invalid))
}

fn owner(code: CodeId) -> Option<u64> {
	record(code).claim.map(|claim| claim.by)
}

fn steps(code: CodeId) -> Vec<&'static str> {
	Traceability::history(&code)
		.iter()
		.map(|event| event.step.as_cbv_str())
		.collect()
}

fn report(code: CodeId) -> TraceReport<Test> {
	Traceability::trace_report(&code).expect("an issued code")
}

#[test]
fn an_owner_offers_and_the_next_owner_accepts() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		let claimed_at = record(bag).claim.unwrap().at;
		next_block();

		let nonce = record(bag).event_count;
		let signature = sign_step(CONSUMER, bag, OwnershipAction::Offer { to: BUYER });
		let (validity, refund) = authorize(Call::propose_ownership_transfer {
			code: bag,
			to: BUYER,
			signature: signature.clone(),
		})
		.unwrap();
		assert_eq!(validity.provides, vec![(OWNERSHIP_TAG, bag, nonce).encode()]);
		assert!(validity.requires.is_empty());
		assert_eq!(validity.priority, <<Test as Config>::ClaimPriority as Get<u64>>::get());
		assert_eq!(validity.longevity, CLAIM_LONGEVITY);
		assert_eq!(refund, Weight::zero());

		assert_ok!(Traceability::propose_ownership_transfer(authorized(), bag, BUYER, signature));
		assert_eq!(
			OwnershipOffers::<Test>::get(bag),
			Some(OwnershipOffer { to: BUYER, offered_at: 2 })
		);
		let event = last_trace(bag);
		assert_eq!(
			(event.step, event.disposition),
			(BizStep::OfferingOwnership, Disposition::OwnershipOffered)
		);
		assert_eq!((event.actor, event.counterparty), (CONSUMER, Some(BUYER)));
		System::assert_last_event(
			Event::OwnershipOffered { code: bag, owner: CONSUMER, to: BUYER }.into(),
		);
		// Until the buyer accepts, the consumer owns it, and the report shows the offer.
		assert_eq!(owner(bag), Some(CONSUMER));
		assert_eq!(Traceability::verify(&bag), Verdict::Claimed { at: claimed_at });
		assert_eq!(report(bag).ownership_offer.map(|offer| offer.to), Some(BUYER));
		assert_eq!(report(bag).owners, 1);

		next_block();
		assert_ok!(accept(bag, BUYER, CONSUMER));
		let now = START + 2 * BLOCK_TIME;
		let code = record(bag);
		assert_eq!(code.status, CodeStatus::Claimed);
		assert_eq!(code.claim, Some(ClaimRecord { by: BUYER, at: now, block: 3 }));
		assert!(!OwnershipOffers::<Test>::contains_key(bag));
		let event = last_trace(bag);
		assert_eq!(
			(event.step, event.disposition),
			(BizStep::AcceptingOwnership, Disposition::Claimed)
		);
		assert_eq!((event.actor, event.counterparty), (BUYER, Some(CONSUMER)));
		System::assert_last_event(
			Event::OwnershipTransferred { code: bag, from: CONSUMER, to: BUYER }.into(),
		);
		// The new owner sees its own date, not a claim by someone else.
		assert_eq!(Traceability::verify(&bag), Verdict::Claimed { at: now });
		let shown = report(bag);
		assert_eq!((shown.owners, shown.owned_since), (2, Some(now)));
		assert!(shown.ownership_offer.is_none());
	});
}

#[test]
fn owners_without_tokens_transfer_with_general_transactions() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		let extension = || {
			(
				frame_system::AuthorizeCall::<Test>::new(),
				frame_system::CheckNonce::<Test>::from(0),
				frame_system::CheckWeight::<Test>::new(),
			)
		};
		let apply = |call: Call<Test>, authorize_weight: Weight| {
			let xt =
				UncheckedExtrinsic::new_transaction(RuntimeCall::Traceability(call), extension());
			let info = xt.get_dispatch_info();
			let len = xt.encoded_size();
			assert!(info.extension_weight.all_gte(authorize_weight));
			let checked = xt.check(&frame_system::ChainContext::<Test>::default()).unwrap();
			checked.validate::<Test>(TransactionSource::External, &info, len).unwrap();
			checked.apply::<Test>(&info, len).unwrap()
		};
		let signature = sign_step(CONSUMER, bag, OwnershipAction::Offer { to: BUYER });
		assert_ok!(apply(
			Call::propose_ownership_transfer { code: bag, to: BUYER, signature },
			<Test as Config>::WeightInfo::authorize_propose_ownership_transfer(),
		));
		let signature = sign_step(BUYER, bag, OwnershipAction::Accept { from: CONSUMER });
		assert_ok!(apply(
			Call::accept_ownership { code: bag, signature },
			<Test as Config>::WeightInfo::authorize_accept_ownership(),
		));
		assert_eq!(owner(bag), Some(BUYER));
		// Neither account needed to exist.
		assert_eq!((System::account_nonce(CONSUMER), System::account_nonce(BUYER)), (0, 0));
		assert_eq!((held(CONSUMER), held(BUYER)), (0, 0));
	});
}

#[test]
fn ownership_steps_need_the_authorized_origin() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		let offer = sign_step(CONSUMER, bag, OwnershipAction::Offer { to: BUYER });
		let key = claim_pair(2).public();
		let hand_over =
			sign_step(CONSUMER, bag, OwnershipAction::HandOverClaimSecret { claim_key: key });
		for origin in
			[RuntimeOrigin::signed(CONSUMER), RuntimeOrigin::none(), RuntimeOrigin::root()]
		{
			assert_noop!(
				Traceability::propose_ownership_transfer(origin.clone(), bag, BUYER, offer.clone()),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Traceability::accept_ownership(origin.clone(), bag, offer.clone()),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Traceability::cancel_ownership_transfer(origin.clone(), bag, offer.clone()),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Traceability::hand_over_claim_secret(origin, bag, key, hand_over.clone()),
				DispatchError::BadOrigin
			);
		}
	});
}

#[test]
fn an_owner_cancels_its_offer() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		assert_ok!(offer(bag, CONSUMER, BUYER));
		next_block();
		assert_ok!(cancel(bag, CONSUMER, BUYER));
		assert!(!OwnershipOffers::<Test>::contains_key(bag));
		assert_eq!(owner(bag), Some(CONSUMER));
		let event = last_trace(bag);
		assert_eq!(
			(event.step, event.disposition),
			(BizStep::CancellingOwnershipOffer, Disposition::Claimed)
		);
		assert_eq!((event.actor, event.counterparty), (CONSUMER, Some(BUYER)));
		System::assert_last_event(
			Event::OwnershipOfferCancelled { code: bag, owner: CONSUMER, to: BUYER }.into(),
		);
		// The buyer comes too late; the owner may offer again.
		assert_noop!(accept(bag, BUYER, CONSUMER), Error::<Test>::NoOwnershipOffer);
		assert_ok!(offer(bag, CONSUMER, THIRD));
		assert_eq!(report(bag).owners, 1);
	});
}

#[test]
fn an_offer_needs_an_owner_and_a_free_item() {
	build_and_execute(|| {
		assert_noop!(
			Traceability::propose_ownership_transfer(
				authorized(),
				H256::zero(),
				BUYER,
				junk_signature()
			),
			Error::<Test>::CodeNotFound
		);
		// In stock, and sold but not claimed: nobody owns it.
		let unsold = issue_bag();
		assert_noop!(offer(unsold, CONSUMER, BUYER), Error::<Test>::NotClaimed);
		let sold = sold_bag("S1");
		assert_noop!(offer(sold, CONSUMER, BUYER), Error::<Test>::NotClaimed);
		assert_eq!(
			authorize(Call::propose_ownership_transfer {
				code: sold,
				to: BUYER,
				signature: sign_step(CONSUMER, sold, OwnershipAction::Offer { to: BUYER }),
			}),
			refused(InvalidTransaction::Call)
		);

		let bag = owned_bag("B1");
		assert_noop!(offer(bag, CONSUMER, CONSUMER), Error::<Test>::SelfTransfer);
		assert_ok!(offer(bag, CONSUMER, BUYER));
		assert_noop!(offer(bag, CONSUMER, THIRD), Error::<Test>::OwnershipOfferPending);

		// Gone: destroyed by its owner, or withdrawn before the sale.
		let lost = owned_bag("B2");
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(CONSUMER),
			lost,
			text("lost"),
			None,
			None
		));
		assert_noop!(offer(lost, CONSUMER, BUYER), Error::<Test>::CodeDestroyed);
		let void = issue_items(mock::bag(), vec![item("VOID")])[0];
		assert_ok!(Traceability::decommission(RuntimeOrigin::signed(MERCHANT), void, text("x")));
		assert_noop!(offer(void, CONSUMER, BUYER), Error::<Test>::CodeDecommissioned);
	});
}

#[test]
fn only_the_proposed_next_owner_accepts() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		assert_noop!(accept(bag, BUYER, CONSUMER), Error::<Test>::NoOwnershipOffer);
		assert_eq!(
			authorize(Call::accept_ownership {
				code: bag,
				signature: sign_step(BUYER, bag, OwnershipAction::Accept { from: CONSUMER }),
			}),
			refused(InvalidTransaction::Stale)
		);
		assert_noop!(
			Traceability::accept_ownership(authorized(), H256::zero(), junk_signature()),
			Error::<Test>::CodeNotFound
		);
		let sold = sold_bag("S1");
		assert_noop!(accept(sold, BUYER, CONSUMER), Error::<Test>::NotClaimed);

		assert_ok!(offer(bag, CONSUMER, BUYER));
		// Someone else, or the owner itself, signs the acceptance.
		assert_noop!(accept(bag, THIRD, CONSUMER), Error::<Test>::BadOwnershipSignature);
		assert_noop!(accept(bag, CONSUMER, CONSUMER), Error::<Test>::BadOwnershipSignature);
		// The buyer signs, but names another owner.
		assert_noop!(accept(bag, BUYER, THIRD), Error::<Test>::BadOwnershipSignature);
		assert_eq!(
			authorize(Call::accept_ownership {
				code: bag,
				signature: sign_step(THIRD, bag, OwnershipAction::Accept { from: CONSUMER }),
			}),
			refused(InvalidTransaction::BadProof)
		);
		assert_eq!(owner(bag), Some(CONSUMER));

		let lost = owned_bag("B2");
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(CONSUMER),
			lost,
			text("lost"),
			None,
			None
		));
		assert_noop!(accept(lost, BUYER, CONSUMER), Error::<Test>::CodeDestroyed);
	});
}

#[test]
fn only_the_owner_cancels() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		assert_noop!(cancel(bag, CONSUMER, BUYER), Error::<Test>::NoOwnershipOffer);
		assert_noop!(
			Traceability::cancel_ownership_transfer(authorized(), H256::zero(), junk_signature()),
			Error::<Test>::CodeNotFound
		);
		let sold = sold_bag("S1");
		assert_noop!(cancel(sold, CONSUMER, BUYER), Error::<Test>::NotClaimed);
		assert_ok!(offer(bag, CONSUMER, BUYER));
		// The proposed next owner cannot cancel in the owner's name, nor a stranger.
		assert_noop!(cancel(bag, BUYER, BUYER), Error::<Test>::BadOwnershipSignature);
		assert_noop!(cancel(bag, OUTSIDER, BUYER), Error::<Test>::BadOwnershipSignature);
		assert_noop!(cancel(bag, CONSUMER, THIRD), Error::<Test>::BadOwnershipSignature);
		assert!(OwnershipOffers::<Test>::contains_key(bag));
		let lost = owned_bag("B2");
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(CONSUMER),
			lost,
			text("lost"),
			None,
			None
		));
		assert_noop!(cancel(lost, CONSUMER, BUYER), Error::<Test>::CodeDestroyed);
	});
}

#[test]
fn an_owner_hands_a_new_claim_secret_over() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		next_block();
		let new_key = claim_pair(2).public();
		let signature =
			sign_step(CONSUMER, bag, OwnershipAction::HandOverClaimSecret { claim_key: new_key });
		let nonce = record(bag).event_count;
		let (validity, _) = authorize(Call::hand_over_claim_secret {
			code: bag,
			claim_key: new_key,
			signature: signature.clone(),
		})
		.unwrap();
		assert_eq!(validity.provides, vec![(OWNERSHIP_TAG, bag, nonce).encode()]);
		assert_ok!(Traceability::hand_over_claim_secret(authorized(), bag, new_key, signature));

		let code = record(bag);
		assert_eq!(
			(code.status, code.claim_key, code.claim),
			(CodeStatus::Sold, Some(new_key), None)
		);
		let event = last_trace(bag);
		assert_eq!(
			(event.step, event.disposition, event.actor),
			(BizStep::HandingOverClaimSecret, Disposition::RetailSold, CONSUMER)
		);
		System::assert_last_event(
			Event::ClaimSecretHandedOver { code: bag, owner: CONSUMER, claim_key: new_key }.into(),
		);
		// Claimable again, by the new secret only; nobody owns it meanwhile.
		let shown = report(bag);
		assert_eq!(shown.verdict, Verdict::Genuine);
		assert_eq!((shown.owners, shown.owned_since, shown.claim_refusal), (1, None, None));
		assert_noop!(claim_with(bag, 1, BUYER), Error::<Test>::BadClaimSignature);
		assert_noop!(
			Traceability::destroy(RuntimeOrigin::signed(CONSUMER), bag, text("x"), None, None),
			Error::<Test>::NotAdmitted
		);

		next_block();
		assert_ok!(claim_with(bag, 2, BUYER));
		assert_eq!(owner(bag), Some(BUYER));
		let at = START + 2 * BLOCK_TIME;
		assert_eq!(Traceability::verify(&bag), Verdict::Claimed { at });
		assert_eq!((report(bag).owners, report(bag).owned_since), (2, Some(at)));
		let claims = Traceability::history(&bag)
			.iter()
			.filter(|event| event.step == BizStep::Claiming)
			.map(|event| event.actor)
			.collect::<Vec<_>>();
		assert_eq!(claims, vec![CONSUMER, BUYER], "the history keeps both claims");
	});
}

#[test]
fn a_hand_over_needs_an_owner_a_fresh_key_and_no_pending_offer() {
	build_and_execute(|| {
		let fresh = claim_pair(2).public();
		assert_noop!(
			Traceability::hand_over_claim_secret(
				authorized(),
				H256::zero(),
				fresh,
				junk_signature()
			),
			Error::<Test>::CodeNotFound
		);
		let sold = sold_bag("S1");
		assert_noop!(hand_over_secret(sold, CONSUMER, fresh), Error::<Test>::NotClaimed);

		let bag = owned_bag("B1");
		assert_noop!(
			hand_over_secret(bag, CONSUMER, claim_pair(1).public()),
			Error::<Test>::ClaimKeyUnchanged
		);
		assert_noop!(hand_over_secret(bag, OUTSIDER, fresh), Error::<Test>::BadOwnershipSignature);
		// Signed for another key: a watcher of the pool cannot put its own key in.
		let signature =
			sign_step(CONSUMER, bag, OwnershipAction::HandOverClaimSecret { claim_key: fresh });
		let watcher = claim_pair(9).public();
		assert_noop!(
			Traceability::hand_over_claim_secret(authorized(), bag, watcher, signature.clone()),
			Error::<Test>::BadOwnershipSignature
		);
		assert_eq!(
			authorize(Call::hand_over_claim_secret { code: bag, claim_key: watcher, signature }),
			refused(InvalidTransaction::BadProof)
		);
		assert_ok!(offer(bag, CONSUMER, BUYER));
		assert_noop!(hand_over_secret(bag, CONSUMER, fresh), Error::<Test>::OwnershipOfferPending);
		assert_ok!(cancel(bag, CONSUMER, BUYER));
		assert_ok!(hand_over_secret(bag, CONSUMER, fresh));
		// Given up: the former owner has nothing left to hand over.
		assert_noop!(
			hand_over_secret(bag, CONSUMER, claim_pair(3).public()),
			Error::<Test>::NotClaimed
		);

		let lost = owned_bag("B2");
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(CONSUMER),
			lost,
			text("lost"),
			None,
			None
		));
		assert_noop!(hand_over_secret(lost, CONSUMER, fresh), Error::<Test>::CodeDestroyed);
	});
}

#[test]
fn an_owner_destroys_only_once_no_offer_is_pending() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		assert_ok!(offer(bag, CONSUMER, BUYER));
		assert_noop!(
			Traceability::destroy(RuntimeOrigin::signed(CONSUMER), bag, text("lost"), None, None),
			Error::<Test>::OwnershipOfferPending
		);
		assert_ok!(accept(bag, BUYER, CONSUMER));
		// Ownership moved: the former owner's word counts no more.
		assert_noop!(
			Traceability::destroy(RuntimeOrigin::signed(CONSUMER), bag, text("lost"), None, None),
			Error::<Test>::NotOwner
		);
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(BUYER),
			bag,
			text("lost"),
			None,
			None
		));
		assert_eq!(Traceability::verify(&bag), Verdict::Destroyed);
	});
}

/// Offers and cancellations cannot use up the history so that an item is stuck: an offer
/// keeps the slot of its resolution (an inspection cannot take it), and the owner's slot to
/// report it destroyed stays too.
#[test]
fn offers_never_freeze_an_item() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		let max = <<Test as Config>::MaxEventsPerCode as Get<u32>>::get();
		let mut offered = 0;
		loop {
			match offer(bag, CONSUMER, BUYER) {
				Ok(()) => offered += 1,
				Err(error) => {
					assert_eq!(error, Error::<Test>::HistoryFull.into());
					break;
				},
			}
			if record(bag).event_count + 2 == max {
				// At the tightest point, an inspection cannot take the slot of the acceptance.
				assert_noop!(
					inspect_as(CUSTOMS, bag, InspectionOutcome::Conformant),
					Error::<Test>::HistoryFull
				);
			}
			assert_ok!(cancel(bag, CONSUMER, BUYER));
		}
		assert!(offered > 0);
		assert_noop!(
			hand_over_secret(bag, CONSUMER, claim_pair(2).public()),
			Error::<Test>::HistoryFull
		);
		assert_eq!(
			authorize(Call::propose_ownership_transfer {
				code: bag,
				to: BUYER,
				signature: sign_step(CONSUMER, bag, OwnershipAction::Offer { to: BUYER }),
			}),
			refused(InvalidTransaction::Call)
		);
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(CONSUMER),
			bag,
			text("lost"),
			None,
			None
		));
		assert_eq!(record(bag).event_count, max);
	});
}

#[test]
fn an_offer_at_the_last_free_slot_can_still_be_accepted() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		let max = <<Test as Config>::MaxEventsPerCode as Get<u32>>::get();
		// Offer and cancel until one more offer takes the last slot an offer may take.
		while record(bag).event_count + 3 < max {
			assert_ok!(offer(bag, CONSUMER, BUYER));
			assert_ok!(cancel(bag, CONSUMER, BUYER));
		}
		assert_ok!(offer(bag, CONSUMER, BUYER));
		let code = record(bag);
		assert_eq!(code.event_count + Traceability::reserved_slots(&code) + 1, max);
		assert_ok!(accept(bag, BUYER, CONSUMER));
		assert_eq!(owner(bag), Some(BUYER));
		// And the new owner can still report it destroyed.
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(BUYER),
			bag,
			text("lost"),
			None,
			None
		));
	});
}

// Attacks.

#[test]
fn a_stranger_cannot_offer_someone_elses_item() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		// The stranger read the code off the label and signs an offer to itself.
		let signature = sign_step(OUTSIDER, bag, OwnershipAction::Offer { to: OUTSIDER });
		assert_eq!(
			authorize(Call::propose_ownership_transfer {
				code: bag,
				to: OUTSIDER,
				signature: signature.clone(),
			}),
			refused(InvalidTransaction::BadProof)
		);
		assert_noop!(
			Traceability::propose_ownership_transfer(authorized(), bag, OUTSIDER, signature),
			Error::<Test>::BadOwnershipSignature
		);
		// Nor does the merchant or the retailer, whose power ended with the sale.
		for who in [MERCHANT, RETAILER] {
			assert_noop!(offer(bag, who, who), Error::<Test>::BadOwnershipSignature);
		}
		// A watcher of the pool copies the owner's offer and puts itself in as recipient.
		let signature = sign_step(CONSUMER, bag, OwnershipAction::Offer { to: BUYER });
		assert_noop!(
			Traceability::propose_ownership_transfer(authorized(), bag, OUTSIDER, signature),
			Error::<Test>::BadOwnershipSignature
		);
		assert!(!OwnershipOffers::<Test>::contains_key(bag));
		assert_eq!(owner(bag), Some(CONSUMER));
	});
}

#[test]
fn a_replayed_ownership_signature_is_worthless() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		// An offer, cancelled: its signature cannot bring the offer back.
		let first_offer = sign_step(CONSUMER, bag, OwnershipAction::Offer { to: BUYER });
		assert_ok!(Traceability::propose_ownership_transfer(
			authorized(),
			bag,
			BUYER,
			first_offer.clone()
		));
		let first_cancel = sign_step(CONSUMER, bag, OwnershipAction::Cancel { to: BUYER });
		assert_ok!(Traceability::cancel_ownership_transfer(
			authorized(),
			bag,
			first_cancel.clone()
		));
		assert_noop!(
			Traceability::propose_ownership_transfer(authorized(), bag, BUYER, first_offer.clone()),
			Error::<Test>::BadOwnershipSignature
		);
		assert_eq!(
			authorize(Call::propose_ownership_transfer {
				code: bag,
				to: BUYER,
				signature: first_offer
			}),
			refused(InvalidTransaction::BadProof)
		);
		// A new offer: the old cancellation cannot withdraw it.
		assert_ok!(offer(bag, CONSUMER, BUYER));
		assert_noop!(
			Traceability::cancel_ownership_transfer(authorized(), bag, first_cancel),
			Error::<Test>::BadOwnershipSignature
		);
		// The buyer accepts; the item comes back to the consumer; the consumer offers it to the
		// buyer again: the buyer's first acceptance does not accept the new offer.
		let first_accept = sign_step(BUYER, bag, OwnershipAction::Accept { from: CONSUMER });
		assert_ok!(Traceability::accept_ownership(authorized(), bag, first_accept.clone()));
		assert_ok!(offer(bag, BUYER, CONSUMER));
		assert_ok!(accept(bag, CONSUMER, BUYER));
		assert_ok!(offer(bag, CONSUMER, BUYER));
		assert_noop!(
			Traceability::accept_ownership(authorized(), bag, first_accept),
			Error::<Test>::BadOwnershipSignature
		);
		// A signature made for another chain is worthless here.
		let nonce = record(bag).event_count;
		let elsewhere = ownership_payload(
			&H256::repeat_byte(9),
			&bag,
			&OwnershipAction::Accept { from: CONSUMER },
			nonce,
		);
		let signature = AccountSignature(account_pair(BUYER).sign(&elsewhere));
		assert_noop!(
			Traceability::accept_ownership(authorized(), bag, signature),
			Error::<Test>::BadOwnershipSignature
		);
		assert_eq!(owner(bag), Some(CONSUMER));
	});
}

#[test]
fn the_payload_binds_chain_code_step_party_and_nonce() {
	build_and_execute(|| {
		let bag = owned_bag("B1");
		let genesis = System::block_hash(0);
		let action = OwnershipAction::Offer { to: BUYER };
		assert_eq!(
			Traceability::ownership_message(&bag, &action, 7),
			ownership_payload(&genesis, &bag, &action, 7)
		);
		let payload = ownership_payload(&genesis, &bag, &action, 7);
		assert!(payload.starts_with(OWNERSHIP_CONTEXT));
		assert_eq!(payload, (OWNERSHIP_CONTEXT, genesis, bag, 0_u8, BUYER, 7_u32).encode());
		let cancel = ownership_payload(&genesis, &bag, &OwnershipAction::Cancel { to: BUYER }, 7);
		assert_ne!(payload, cancel, "another step");
		assert_ne!(payload, ownership_payload(&genesis, &bag, &action, 8), "another nonce");
		assert_ne!(payload, ownership_payload(&genesis, &H256::zero(), &action, 7), "another code");
	});
}

#[test]
fn a_resale_through_two_owners_keeps_the_history_and_the_verdict() {
	build_and_execute(|| {
		let bag = sold_bag("B1");
		assert_eq!(Traceability::verify(&bag), Verdict::Genuine);
		assert_eq!(report(bag).owners, 0);
		let before = Traceability::history(&bag);

		// The first buyer claims with the secret under the scratch-off.
		next_block();
		assert_ok!(claim_with(bag, 1, CONSUMER));
		let first = START + BLOCK_TIME;
		assert_eq!(Traceability::verify(&bag), Verdict::Claimed { at: first });
		assert_eq!((report(bag).owners, report(bag).owned_since), (1, Some(first)));

		// Resold to a second owner, in two steps.
		next_block();
		assert_ok!(offer(bag, CONSUMER, BUYER));
		assert_eq!(Traceability::verify(&bag), Verdict::Claimed { at: first });
		next_block();
		assert_ok!(accept(bag, BUYER, CONSUMER));
		let second = START + 3 * BLOCK_TIME;
		assert_eq!(Traceability::verify(&bag), Verdict::Claimed { at: second });
		assert_eq!((report(bag).owners, report(bag).owned_since), (2, Some(second)));

		// Resold to a third, by a new claim secret.
		next_block();
		assert_ok!(hand_over_secret(bag, BUYER, claim_pair(2).public()));
		assert_eq!(Traceability::verify(&bag), Verdict::Genuine);
		assert_eq!((report(bag).owners, report(bag).owned_since), (2, None));
		next_block();
		assert_ok!(claim_with(bag, 2, THIRD));
		let third = START + 5 * BLOCK_TIME;
		assert_eq!(Traceability::verify(&bag), Verdict::Claimed { at: third });
		assert_eq!((report(bag).owners, report(bag).owned_since), (3, Some(third)));
		assert_eq!(owner(bag), Some(THIRD));

		// A copy of the label with the original secret is exposed, and nobody but the third
		// owner can act on the item.
		assert_noop!(claim_with(bag, 1, OUTSIDER), Error::<Test>::CodeClaimed);
		assert_noop!(claim_with(bag, 2, OUTSIDER), Error::<Test>::CodeClaimed);
		assert_noop!(offer(bag, BUYER, OUTSIDER), Error::<Test>::BadOwnershipSignature);
		assert_noop!(offer(bag, CONSUMER, OUTSIDER), Error::<Test>::BadOwnershipSignature);

		// The whole history, the supply chain's part unchanged.
		let history = Traceability::history(&bag);
		assert_eq!(&history[..before.len()], &before[..]);
		assert_eq!(
			steps(bag),
			[
				"commissioning",
				"shipping",
				"receiving",
				"retail_selling",
				"claiming",
				"offering_ownership",
				"accepting_ownership",
				"handing_over_claim_secret",
				"claiming",
			]
		);
		let actors: Vec<u64> = history[before.len()..].iter().map(|event| event.actor).collect();
		assert_eq!(actors, [CONSUMER, CONSUMER, BUYER, BUYER, THIRD]);
		// No personal data: the owners' steps name accounts, and nothing else.
		assert!(history[before.len()..].iter().all(|event| {
			event.location.is_none() && event.reason.is_none() && event.document.is_none()
		}));
		// Nobody paid anything after the sale.
		assert_eq!((held(CONSUMER), held(BUYER), held(THIRD)), (0, 0, 0));
	});
}

#[test]
fn ownership_steps_and_dispositions_are_named_as_extensions() {
	for (step, name) in [
		(BizStep::OfferingOwnership, "offering_ownership"),
		(BizStep::AcceptingOwnership, "accepting_ownership"),
		(BizStep::CancellingOwnershipOffer, "cancelling_ownership_offer"),
		(BizStep::HandingOverClaimSecret, "handing_over_claim_secret"),
	] {
		assert_eq!(step.as_cbv_str(), name);
		assert!(!step.is_cbv());
		assert!(!step.is_terminal());
	}
	assert_eq!(Disposition::OwnershipOffered.as_cbv_str(), "ownership_offered");
	assert!(!Disposition::OwnershipOffered.is_cbv());
	// The variants appended keep the encodings of the existing ones.
	assert_eq!(BizStep::Claiming.encode(), vec![10]);
	assert_eq!(BizStep::OfferingOwnership.encode(), vec![11]);
	assert_eq!(BizStep::VerifyingChip.encode(), vec![16]);
	assert_eq!(Disposition::Claimed.encode(), vec![10]);
	assert_eq!(Disposition::OwnershipOffered.encode(), vec![11]);
	assert_eq!(Disposition::ChipVerified.encode(), vec![13]);
}

//! Claims: once per code, with the hidden secret, without tokens.

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
	DispatchError,
};

/// A bag with claim key `claim_pair(1)`, in its merchant's stock.
fn unsold_bag() -> CodeId {
	register_products();
	let key = claim_pair(1).public();
	issue_items(bag(), vec![IssueItem { serial: serial("B1"), lot: None, claim_key: Some(key) }])[0]
}

/// A bag with claim key `claim_pair(1)`, sold by [`RETAILER`].
fn claimable_bag() -> CodeId {
	let bag = unsold_bag();
	hand_over(bag, MERCHANT, RETAILER);
	assert_ok!(Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None));
	bag
}

/// The error the runtime API's report says a claim of `code` would meet.
fn refusal(code: CodeId) -> Option<DispatchError> {
	Traceability::trace_report(&code).expect("an issued code").claim_refusal
}

fn sign(code: CodeId, claimer: u64) -> sr25519::Signature {
	claim_pair(1).sign(&Traceability::claim_message(&code, &claimer))
}

fn authorize(
	code: CodeId,
	claimer: u64,
	signature: sr25519::Signature,
) -> TransactionValidityWithRefund {
	Call::<Test>::claim { code, claimer, signature }
		.authorize(TransactionSource::External)
		.expect("claim has an authorize function")
}

fn claim(code: CodeId, claimer: u64, signature: sr25519::Signature) -> sp_runtime::DispatchResult {
	Traceability::claim(frame_system::RawOrigin::Authorized.into(), code, claimer, signature)
}

#[test]
fn claim_works() {
	build_and_execute(|| {
		let bag = claimable_bag();
		next_block();
		let signature = sign(bag, CONSUMER);

		let (validity, refund) = authorize(bag, CONSUMER, signature).unwrap();
		assert_eq!(validity.provides, vec![(CLAIM_TAG, bag).encode()]);
		assert!(validity.requires.is_empty());
		assert_eq!(validity.priority, <<Test as Config>::ClaimPriority as Get<u64>>::get());
		assert_eq!(validity.longevity, CLAIM_LONGEVITY);
		assert_eq!(refund, Weight::zero());

		assert_ok!(claim(bag, CONSUMER, signature));
		let code = record(bag);
		assert_eq!(code.status, CodeStatus::Claimed);
		assert_eq!(
			code.claim,
			Some(ClaimRecord { by: CONSUMER, at: START + BLOCK_TIME, block: 2 })
		);
		let event = last_trace(bag);
		assert_eq!((event.step, event.disposition), (BizStep::Claiming, Disposition::Claimed));
		assert_eq!(event.actor, CONSUMER);
		System::assert_last_event(Event::Claimed { code: bag, by: CONSUMER }.into());
	});
}

#[test]
fn a_consumer_without_tokens_claims_with_a_general_transaction() {
	build_and_execute(|| {
		let bag = claimable_bag();
		let call = RuntimeCall::Traceability(Call::claim {
			code: bag,
			claimer: CONSUMER,
			signature: sign(bag, CONSUMER),
		});
		let extension = (
			frame_system::AuthorizeCall::<Test>::new(),
			frame_system::CheckNonce::<Test>::from(0),
			frame_system::CheckWeight::<Test>::new(),
		);
		let xt = UncheckedExtrinsic::new_transaction(call, extension);
		let info = xt.get_dispatch_info();
		let len = xt.encoded_size();
		// The extension weight includes the claim's authorization.
		assert!(info.extension_weight.all_gte(<Test as Config>::WeightInfo::authorize_claim()));

		let checked = xt.check(&frame_system::ChainContext::<Test>::default()).unwrap();
		let validity = checked.validate::<Test>(TransactionSource::External, &info, len).unwrap();
		assert_eq!(validity.provides, vec![(CLAIM_TAG, bag).encode()]);
		assert_ok!(checked.apply::<Test>(&info, len).unwrap());
		assert_eq!(record(bag).claim.map(|claim| claim.by), Some(CONSUMER));
		// The consumer's account did not even need to exist.
		assert_eq!(System::account_nonce(CONSUMER), 0);
	});
}

#[test]
fn claim_needs_the_authorized_origin() {
	build_and_execute(|| {
		let bag = claimable_bag();
		let signature = sign(bag, CONSUMER);
		assert_noop!(
			Traceability::claim(RuntimeOrigin::signed(CONSUMER), bag, CONSUMER, signature),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Traceability::claim(RuntimeOrigin::none(), bag, CONSUMER, signature),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_code_is_claimed_once_so_a_copy_is_exposed() {
	build_and_execute(|| {
		let bag = claimable_bag();
		assert_ok!(claim(bag, CONSUMER, sign(bag, CONSUMER)));

		// Whoever holds a copy of the label and its secret finds it claimed.
		let again = sign(bag, OUTSIDER);
		assert_noop!(claim(bag, OUTSIDER, again), Error::<Test>::CodeClaimed);
		assert_eq!(
			authorize(bag, OUTSIDER, again),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);
		assert_eq!(Traceability::code_status(&bag), Some(CodeStatus::Claimed));

		// A claimed item cannot change hands or be sold any more.
		assert_noop!(
			Traceability::propose_handover(
				RuntimeOrigin::signed(RETAILER),
				bag,
				CARRIER,
				None,
				None
			),
			Error::<Test>::CodeClaimed
		);
		assert_noop!(
			Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None),
			Error::<Test>::CodeClaimed
		);
	});
}

#[test]
fn the_signature_binds_the_claimer() {
	build_and_execute(|| {
		let bag = claimable_bag();
		// A watcher of the pool copies the signature and puts its own account in.
		let signature = sign(bag, CONSUMER);
		assert_noop!(claim(bag, OUTSIDER, signature), Error::<Test>::BadClaimSignature);
		assert_eq!(
			authorize(bag, OUTSIDER, signature),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);
		// Another key's signature does not do either.
		let forged = claim_pair(2).sign(&Traceability::claim_message(&bag, &CONSUMER));
		assert_noop!(claim(bag, CONSUMER, forged), Error::<Test>::BadClaimSignature);
		// Nor a signature over another code.
		let other = claim_pair(1).sign(&Traceability::claim_message(&H256::zero(), &CONSUMER));
		assert_noop!(claim(bag, CONSUMER, other), Error::<Test>::BadClaimSignature);
	});
}

#[test]
fn the_pool_holds_one_claim_per_code() {
	build_and_execute(|| {
		let bag = claimable_bag();
		let (first, _) = authorize(bag, CONSUMER, sign(bag, CONSUMER)).unwrap();
		let (second, _) = authorize(bag, OUTSIDER, sign(bag, OUTSIDER)).unwrap();
		// Same tag: the pool keeps one of them, a claim key cannot flood it.
		assert_eq!(first.provides, second.provides);
	});
}

#[test]
fn claim_rejects_codes_that_cannot_be_claimed() {
	build_and_execute(|| {
		let bag = unsold_bag();
		let plain = issue_items(mock::bag(), vec![item("PLAIN")])[0];
		assert_noop!(claim(plain, CONSUMER, sign(plain, CONSUMER)), Error::<Test>::ClaimKeyMissing);
		assert_noop!(
			claim(H256::zero(), CONSUMER, sign(H256::zero(), CONSUMER)),
			Error::<Test>::CodeNotFound
		);
		assert_eq!(
			authorize(plain, CONSUMER, sign(plain, CONSUMER)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Call))
		);

		assert_noop!(claim(bag, CONSUMER, sign(bag, CONSUMER)), Error::<Test>::NotSold);
		assert_ok!(Traceability::propose_handover(
			RuntimeOrigin::signed(MERCHANT),
			bag,
			CARRIER,
			None,
			None
		));
		assert_noop!(claim(bag, CONSUMER, sign(bag, CONSUMER)), Error::<Test>::HandoverPending);
		assert_ok!(Traceability::cancel_handover(RuntimeOrigin::signed(MERCHANT), bag));

		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(MERCHANT),
			bag,
			text("x"),
			None,
			None
		));
		assert_noop!(claim(bag, CONSUMER, sign(bag, CONSUMER)), Error::<Test>::CodeDestroyed);

		let key = claim_pair(1).public();
		let void = issue_items(
			mock::bag(),
			vec![IssueItem { serial: serial("B2"), lot: None, claim_key: Some(key) }],
		)[0];
		assert_ok!(Traceability::decommission(RuntimeOrigin::signed(MERCHANT), void, text("x")));
		assert_noop!(
			claim(void, CONSUMER, sign(void, CONSUMER)),
			Error::<Test>::CodeDecommissioned
		);
	});
}

#[test]
fn claim_needs_history_room() {
	build_and_execute(|| {
		let bag = unsold_bag();
		// The custodians use up the history; the sale takes the last free slot.
		assert_ok!(Traceability::inspect(
			RuntimeOrigin::signed(CUSTOMS),
			bag,
			InspectionOutcome::Conformant,
			None,
			None,
			None
		));
		while record(bag).event_count < <<Test as Config>::MaxEventsPerCode as Get<u32>>::get() - 4
		{
			assert_ok!(Traceability::propose_handover(
				RuntimeOrigin::signed(MERCHANT),
				bag,
				CARRIER,
				None,
				None
			));
			assert_ok!(Traceability::cancel_handover(RuntimeOrigin::signed(MERCHANT), bag));
		}
		hand_over(bag, MERCHANT, RETAILER);
		assert_ok!(Traceability::sell(RuntimeOrigin::signed(RETAILER), bag, None, None));
		let sold = record(bag);
		assert_eq!(
			sold.event_count + Traceability::reserved_slots(&sold),
			<<Test as Config>::MaxEventsPerCode as Get<u32>>::get()
		);
		assert_noop!(claim(bag, CONSUMER, sign(bag, CONSUMER)), Error::<Test>::HistoryFull);
		assert_eq!(refusal(bag), Some(Error::<Test>::HistoryFull.into()));
		// The owner's last slot stays for reporting it destroyed... which only the claimer can
		// do; unclaimed, the sold item's journey is over.
		assert_eq!(Traceability::verify(&bag), Verdict::Genuine);
	});
}

/// The report's claim decision is the dispatch's: in every state a claim can meet, the report
/// names the error the claim fails with, and says nothing exactly when the claim succeeds.
#[test]
fn the_report_names_the_error_a_claim_would_meet() {
	build_and_execute(|| {
		let item = unsold_bag();
		let refused = |code: CodeId, error: Error<Test>| {
			let error = DispatchError::from(error);
			assert_eq!(refusal(code), Some(error));
			assert_noop!(claim(code, CONSUMER, sign(code, CONSUMER)), error);
		};
		refused(item, Error::<Test>::NotSold);
		assert_ok!(Traceability::propose_handover(
			RuntimeOrigin::signed(MERCHANT),
			item,
			RETAILER,
			None,
			None
		));
		refused(item, Error::<Test>::HandoverPending);
		assert_ok!(Traceability::accept_handover(
			RuntimeOrigin::signed(RETAILER),
			item,
			None,
			None
		));
		assert_ok!(Traceability::sell(RuntimeOrigin::signed(RETAILER), item, None, None));
		assert_eq!(refusal(item), None);
		assert_ok!(claim(item, CONSUMER, sign(item, CONSUMER)));
		refused(item, Error::<Test>::CodeClaimed);

		let keyless = issue_items(
			bag(),
			vec![IssueItem { serial: serial("K1"), lot: None, claim_key: None }],
		)[0];
		refused(keyless, Error::<Test>::ClaimKeyMissing);
		let key = claim_pair(1).public();
		let gone = issue_items(
			bag(),
			vec![IssueItem { serial: serial("D1"), lot: None, claim_key: Some(key) }],
		)[0];
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(MERCHANT),
			gone,
			text("burnt"),
			None,
			None
		));
		refused(gone, Error::<Test>::CodeDestroyed);
	});
}

//! Chips: registered by the merchant before the sale; a scan is the chip's signature over a
//! recent block, recorded without tokens, at most once per interval; every refusal, and the
//! attacks on them (a copied label without its chip, an old answer, a wrong key, a replay).

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
};
use sp_core::{ecdsa, ed25519, sr25519, Pair, H256};
use sp_runtime::{
	traits::{Applyable, Checkable},
	DispatchError, DispatchResult,
};

fn authorized() -> RuntimeOrigin {
	frame_system::RawOrigin::Authorized.into()
}

/// The secp256k1 chip the tests embed (as a HaLo chip holds one).
fn chip() -> ecdsa::Pair {
	ecdsa::Pair::from_seed(&[7; 32])
}

/// A chip of the same kind that the counterfeiter owns.
fn other_chip() -> ecdsa::Pair {
	ecdsa::Pair::from_seed(&[8; 32])
}

fn key_of(pair: &ecdsa::Pair) -> ChipKey {
	ChipKey::Secp256k1Ecdsa(pair.public().0)
}

/// `pair`'s answer to `challenge`: ECDSA over its `blake2_256`.
fn sign_with(pair: &ecdsa::Pair, challenge: &[u8]) -> ChipSignature {
	ChipSignature::Secp256k1Ecdsa(pair.sign_prehashed(&sp_io::hashing::blake2_256(challenge)).0)
}

/// `pair`'s answer for `code` at block `block`.
fn answer(pair: &ecdsa::Pair, code: CodeId, block: u64) -> ChipSignature {
	let challenge = Traceability::chip_challenge_at(&code, block).expect("a block with a hash");
	sign_with(pair, &challenge)
}

/// Moves on `n` blocks, keeping the hash of each block left as `frame_system` does.
fn advance(n: u64) {
	for _ in 0..n {
		let number = System::block_number();
		frame_system::BlockHash::<Test>::insert(number, H256::from_low_u64_be(1_000 + number));
		next_block();
	}
}

fn scan(code: CodeId, block: u64, signature: ChipSignature) -> DispatchResult {
	Traceability::record_chip_scan(authorized(), code, block, signature)
}

fn authorize_scan(
	code: CodeId,
	block: u64,
	signature: ChipSignature,
) -> TransactionValidityWithRefund {
	Call::<Test>::record_chip_scan { code, block, signature }
		.authorize(TransactionSource::External)
		.expect("record_chip_scan has an authorize function")
}

fn refused(invalid: InvalidTransaction) -> TransactionValidityWithRefund {
	Err(TransactionValidityError::Invalid(invalid))
}

fn register(code: CodeId, key: ChipKey) -> DispatchResult {
	Traceability::register_chip(RuntimeOrigin::signed(MERCHANT), code, key)
}

/// A bag of [`MERCHANT`]'s with [`chip`] registered.
fn chipped_bag() -> CodeId {
	let bag = issue_bag();
	assert_ok!(register(bag, key_of(&chip())));
	bag
}

fn max_age() -> u64 {
	u64::from(<<Test as Config>::MaxChipChallengeAge as Get<u32>>::get())
}

fn interval() -> u64 {
	u64::from(<<Test as Config>::ChipScanInterval as Get<u32>>::get())
}

#[test]
fn a_merchant_registers_a_chip_before_the_sale() {
	build_and_execute(|| {
		let bag = issue_bag();
		let before = held(MERCHANT);
		let key = key_of(&chip());
		assert_ok!(register(bag, key));

		assert_eq!(
			Chips::<Test>::get(bag),
			Some(ChipRecord { key, registered_at: START, last_scan: None })
		);
		assert_eq!(
			held(MERCHANT) - before,
			Traceability::deposit_of(Traceability::chip_footprint())
		);
		let event = last_trace(bag);
		assert_eq!(
			(event.step, event.disposition, event.actor),
			(BizStep::RegisteringChip, Disposition::ChipRegistered, MERCHANT)
		);
		System::assert_last_event(Event::ChipRegistered { code: bag, key }.into());
		let report = Traceability::trace_report(&bag).unwrap();
		assert_eq!(report.chip, Some(key));
		assert_eq!(Traceability::chip_of(&bag).map(|chip| chip.key), Some(key));

		// In transit, with the carrier, is still before the sale.
		let shipped = issue_bags(&["B2"])[0];
		assert_ok!(propose(MERCHANT, shipped, CARRIER));
		let ed = ChipKey::Ed25519(ed25519::Pair::from_seed(&[1; 32]).public().0);
		assert_ok!(register(shipped, ed));
		assert_ok!(Traceability::accept_handover(
			RuntimeOrigin::signed(CARRIER),
			shipped,
			None,
			None
		));
		let sr = ChipKey::Sr25519(sr25519::Pair::from_seed(&[1; 32]).public().0);
		let third = issue_bags(&["B3"])[0];
		hand_over(third, MERCHANT, CARRIER);
		assert_ok!(register(third, sr));
	});
}

#[test]
fn only_the_issuing_merchant_registers_once_before_the_sale() {
	build_and_execute(|| {
		let bag = issue_bag();
		let key = key_of(&chip());
		assert_noop!(
			Traceability::register_chip(RuntimeOrigin::signed(OUTSIDER), bag, key),
			Error::<Test>::NotAdmitted
		);
		assert_noop!(
			Traceability::register_chip(RuntimeOrigin::signed(CARRIER), bag, key),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			Traceability::register_chip(RuntimeOrigin::signed(MERCHANT2), bag, key),
			Error::<Test>::NotIssuer
		);
		assert_noop!(register(H256::zero(), key), Error::<Test>::CodeNotFound);
		assert_noop!(
			register(bag, ChipKey::Secp256k1Ecdsa([4; 33])),
			Error::<Test>::InvalidChipKey
		);
		assert_ok!(Traceability::suspend_participant(RuntimeOrigin::root(), MERCHANT));
		assert_noop!(register(bag, key), Error::<Test>::Suspended);
		assert_ok!(Traceability::reinstate_participant(RuntimeOrigin::root(), MERCHANT));
		assert_ok!(register(bag, key));
		assert_noop!(register(bag, key_of(&other_chip())), Error::<Test>::ChipAlreadyRegistered);

		// After the sale the merchant's power over the item is over.
		register_claimable_and_sell(&["S1", "S2"]);
		let [sold, claimed] = [code_id(mock::bag(), "S1"), code_id(mock::bag(), "S2")];
		let signature = claim_pair(1).sign(&Traceability::claim_message(&claimed, &CONSUMER));
		assert_ok!(Traceability::claim(authorized(), claimed, CONSUMER, signature));
		assert_noop!(register(sold, key), Error::<Test>::CodeSold);
		assert_noop!(register(claimed, key), Error::<Test>::CodeClaimed);

		let [gone, void] = [issue_bags(&["G1"])[0], issue_bags(&["V1"])[0]];
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(MERCHANT),
			gone,
			text("x"),
			None,
			None
		));
		assert_ok!(Traceability::decommission(RuntimeOrigin::signed(MERCHANT), void, text("x")));
		assert_noop!(register(gone, key), Error::<Test>::CodeDestroyed);
		assert_noop!(register(void, key), Error::<Test>::CodeDecommissioned);
	});
}

/// Issues bags with claim key `claim_pair(1)` for `serials` and has [`RETAILER`] sell them.
fn register_claimable_and_sell(serials: &[&str]) {
	let key = claim_pair(1).public();
	let items = serials
		.iter()
		.map(|s| IssueItem { serial: serial(s), lot: None, claim_key: Some(key) })
		.collect();
	for code in issue_items(bag(), items) {
		hand_over(code, MERCHANT, RETAILER);
		assert_ok!(Traceability::sell(RuntimeOrigin::signed(RETAILER), code, None, None));
	}
}

#[test]
fn registering_needs_history_room() {
	build_and_execute(|| {
		let bag = issue_bag();
		let max = <<Test as Config>::MaxEventsPerCode as Get<u32>>::get();
		while record(bag).event_count + 3 < max {
			assert_ok!(propose(MERCHANT, bag, CARRIER));
			assert_ok!(Traceability::cancel_handover(RuntimeOrigin::signed(MERCHANT), bag));
		}
		// The carrier takes the item, with the last free slot.
		hand_over(bag, MERCHANT, CARRIER);
		let full = record(bag);
		assert_eq!(full.event_count + Traceability::reserved_slots(&full), max);
		assert_noop!(register(bag, key_of(&chip())), Error::<Test>::HistoryFull);
	});
}

#[test]
fn a_chip_scan_is_recorded_without_tokens() {
	build_and_execute(|| {
		let bag = chipped_bag();
		advance(1);
		let signature = answer(&chip(), bag, 1);

		let (validity, _) = authorize_scan(bag, 1, signature).unwrap();
		assert_eq!(validity.provides, vec![(CHIP_SCAN_TAG, bag).encode()]);
		assert_eq!(validity.priority, <<Test as Config>::ClaimPriority as Get<u64>>::get());
		// Valid while the challenge is fresh: until block 1 + MaxChipChallengeAge.
		assert_eq!(validity.longevity, 1 + max_age() - 2);

		let call =
			RuntimeCall::Traceability(Call::record_chip_scan { code: bag, block: 1, signature });
		let extension = (
			frame_system::AuthorizeCall::<Test>::new(),
			frame_system::CheckNonce::<Test>::from(0),
			frame_system::CheckWeight::<Test>::new(),
		);
		let xt = UncheckedExtrinsic::new_transaction(call, extension);
		let info = xt.get_dispatch_info();
		let len = xt.encoded_size();
		assert!(info
			.extension_weight
			.all_gte(<Test as Config>::WeightInfo::authorize_record_chip_scan()));
		let checked = xt.check(&frame_system::ChainContext::<Test>::default()).unwrap();
		checked.validate::<Test>(TransactionSource::External, &info, len).unwrap();
		assert_ok!(checked.apply::<Test>(&info, len).unwrap());

		assert_eq!(Chips::<Test>::get(bag).and_then(|chip| chip.last_scan), Some(2));
		let challenge = Traceability::chip_challenge_at(&bag, 1).unwrap();
		let event = last_trace(bag);
		assert_eq!(
			(event.step, event.disposition),
			(BizStep::VerifyingChip, Disposition::ChipVerified)
		);
		assert_eq!(Some(event.actor), Traceability::chip_account(&key_of(&chip())));
		assert_eq!(event.document, Some(H256::from(sp_io::hashing::blake2_256(&challenge))));
		System::assert_last_event(Event::ChipScanned { code: bag, challenge_block: 1 }.into());
	});
}

#[test]
fn ed25519_and_sr25519_chips_sign_the_challenge_itself() {
	build_and_execute(|| {
		let [ed_bag, sr_bag] = [issue_bag(), issue_bags(&["B2"])[0]];
		let ed = ed25519::Pair::from_seed(&[3; 32]);
		let sr = sr25519::Pair::from_seed(&[4; 32]);
		assert_ok!(register(ed_bag, ChipKey::Ed25519(ed.public().0)));
		assert_ok!(register(sr_bag, ChipKey::Sr25519(sr.public().0)));
		advance(2);
		let challenge = Traceability::chip_challenge_at(&ed_bag, 2).unwrap();
		assert_ok!(scan(ed_bag, 2, ChipSignature::Ed25519(ed.sign(&challenge).0)));
		let challenge = Traceability::chip_challenge_at(&sr_bag, 1).unwrap();
		assert_ok!(scan(sr_bag, 1, ChipSignature::Sr25519(sr.sign(&challenge).0)));
		// The chip accounts differ by key.
		assert_ne!(last_trace(ed_bag).actor, last_trace(sr_bag).actor);
	});
}

#[test]
fn verify_chip_checks_each_scheme() {
	build_and_execute(|| {
		let challenge = b"a challenge";
		let secp = chip();
		let ed = ed25519::Pair::from_seed(&[3; 32]);
		let sr = sr25519::Pair::from_seed(&[4; 32]);
		let secp_key = key_of(&secp);
		let ed_key = ChipKey::Ed25519(ed.public().0);
		let sr_key = ChipKey::Sr25519(sr.public().0);
		let secp_sig = sign_with(&secp, challenge);
		let ed_sig = ChipSignature::Ed25519(ed.sign(challenge).0);
		let sr_sig = ChipSignature::Sr25519(sr.sign(challenge).0);
		assert!(verify_chip(&secp_key, challenge, &secp_sig));
		assert!(verify_chip(&ed_key, challenge, &ed_sig));
		assert!(verify_chip(&sr_key, challenge, &sr_sig));
		// Another challenge, another key, another scheme.
		assert!(!verify_chip(&secp_key, b"another", &secp_sig));
		assert!(!verify_chip(&key_of(&other_chip()), challenge, &secp_sig));
		assert!(!verify_chip(&ed_key, challenge, &sr_sig));
		assert!(!verify_chip(&sr_key, challenge, &ed_sig));
		assert!(!verify_chip(&secp_key, challenge, &ChipSignature::Ed25519([0; 64])));
		// A secp256k1 signature over the challenge itself instead of its blake2_256 digest,
		// and one with a broken recovery byte.
		let undigested = ChipSignature::Secp256k1Ecdsa(
			secp.sign_prehashed(&sp_io::hashing::keccak_256(challenge)).0,
		);
		assert!(!verify_chip(&secp_key, challenge, &undigested));
		let ChipSignature::Secp256k1Ecdsa(mut bytes) = secp_sig else { unreachable!() };
		bytes[64] = 9;
		assert!(!verify_chip(&secp_key, challenge, &ChipSignature::Secp256k1Ecdsa(bytes)));
		// The names clients show.
		assert_eq!(
			[secp_key.as_str(), ed_key.as_str(), sr_key.as_str()],
			["secp256k1_ecdsa", "ed25519", "sr25519"]
		);
		assert_eq!(secp_key.public(), &secp.public().0[..]);
	});
}

#[test]
fn the_challenge_binds_chain_code_and_block() {
	build_and_execute(|| {
		let bag = chipped_bag();
		advance(1);
		let genesis = System::block_hash(0);
		let block_hash = System::block_hash(1);
		let challenge = chip_challenge(&genesis, &bag, &block_hash);
		assert_eq!(Traceability::chip_challenge_at(&bag, 1), Some(challenge.clone()));
		assert_eq!(challenge, (CHIP_CONTEXT, genesis, bag, block_hash).encode());
		assert_eq!(challenge.len(), 16 + 32 + 32 + 32);
		assert!(challenge.starts_with(CHIP_CONTEXT));
		assert_ne!(challenge, chip_challenge(&genesis, &H256::zero(), &block_hash));
		// No hash, no challenge: the current block and later ones.
		assert_eq!(Traceability::chip_challenge_at(&bag, 2), None);
		assert_eq!(Traceability::chip_challenge_at(&bag, 3), None);
	});
}

#[test]
fn a_scan_needs_a_chip_and_a_live_code() {
	build_and_execute(|| {
		advance(1);
		let signature = sign_with(&chip(), b"whatever");
		assert_noop!(scan(H256::zero(), 1, signature), Error::<Test>::CodeNotFound);
		let plain = issue_bag();
		assert_noop!(scan(plain, 1, answer(&chip(), plain, 1)), Error::<Test>::ChipNotRegistered);
		assert_eq!(
			authorize_scan(plain, 1, answer(&chip(), plain, 1)),
			refused(InvalidTransaction::Call)
		);

		let [gone, void] = [issue_bags(&["G1"])[0], issue_bags(&["V1"])[0]];
		assert_ok!(register(gone, key_of(&chip())));
		assert_ok!(register(void, key_of(&chip())));
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(MERCHANT),
			gone,
			text("x"),
			None,
			None
		));
		assert_ok!(Traceability::decommission(RuntimeOrigin::signed(MERCHANT), void, text("x")));
		advance(1);
		assert_noop!(scan(gone, 2, answer(&chip(), gone, 2)), Error::<Test>::CodeDestroyed);
		assert_noop!(scan(void, 2, answer(&chip(), void, 2)), Error::<Test>::CodeDecommissioned);
	});
}

#[test]
fn a_scan_answers_for_a_recent_known_block() {
	build_and_execute(|| {
		let bag = chipped_bag();
		// The current block has no hash yet, a future one neither.
		let now = System::block_number();
		let signature = sign_with(&chip(), b"no challenge to sign");
		assert_noop!(scan(bag, now, signature), Error::<Test>::UnknownChipChallenge);
		assert_noop!(scan(bag, now + 1, signature), Error::<Test>::UnknownChipChallenge);
		assert_eq!(authorize_scan(bag, now, signature), refused(InvalidTransaction::Call));

		advance(max_age() + 1);
		// Block 1 is one block too old.
		let old = answer(&chip(), bag, 1);
		assert_noop!(scan(bag, 1, old), Error::<Test>::StaleChipChallenge);
		assert_eq!(authorize_scan(bag, 1, old), refused(InvalidTransaction::Stale));
		// Block 2 is young enough, but the chain no longer keeps its hash.
		let recent = answer(&chip(), bag, 2);
		frame_system::BlockHash::<Test>::remove(2);
		assert_noop!(scan(bag, 2, recent), Error::<Test>::UnknownChipChallenge);
		let recent = answer(&chip(), bag, 3);
		assert_ok!(scan(bag, 3, recent));
	});
}

#[test]
fn one_scan_per_interval() {
	build_and_execute(|| {
		let bag = chipped_bag();
		advance(1);
		assert_ok!(scan(bag, 1, answer(&chip(), bag, 1)));
		let first = System::block_number();
		advance(1);
		// A fresh answer, but too soon: refused by the pool, so it never enters a block.
		let fresh = answer(&chip(), bag, first);
		assert_eq!(authorize_scan(bag, first, fresh), refused(InvalidTransaction::Stale));
		assert_noop!(scan(bag, first, fresh), Error::<Test>::ChipScanTooSoon);
		advance(interval() - 2);
		let block = System::block_number() - 1;
		assert_noop!(scan(bag, block, answer(&chip(), bag, block)), Error::<Test>::ChipScanTooSoon);
		advance(1);
		let block = System::block_number() - 1;
		assert_ok!(scan(bag, block, answer(&chip(), bag, block)));
		assert_eq!(
			Chips::<Test>::get(bag).and_then(|chip| chip.last_scan),
			Some(first + interval())
		);
	});
}

/// Scans may fill the history only up to the quarter they leave free: the goods still travel,
/// change hands and can be destroyed.
#[test]
fn chip_scans_cannot_freeze_goods() {
	build_and_execute(|| {
		let bag = chipped_bag();
		let mut scans = 0;
		loop {
			advance(interval());
			let block = System::block_number() - 1;
			match scan(bag, block, answer(&chip(), bag, block)) {
				Ok(()) => scans += 1,
				Err(error) => {
					assert_eq!(error, Error::<Test>::HistoryFull.into());
					break;
				},
			}
		}
		assert!(scans > 0);
		let code = record(bag);
		let max = <<Test as Config>::MaxEventsPerCode as Get<u32>>::get();
		assert_eq!(code.event_count + 1 + Traceability::reserved_slots(&code) + max / 4, max + 1);
		hand_over(bag, MERCHANT, CARRIER);
		hand_over(bag, CARRIER, RETAILER);
		assert_ok!(Traceability::destroy(
			RuntimeOrigin::signed(RETAILER),
			bag,
			text("x"),
			None,
			None
		));
	});
}

// Attacks.

#[test]
fn a_copied_label_without_its_chip_records_no_scan() {
	build_and_execute(|| {
		let bag = chipped_bag();
		advance(1);
		// The counterfeiter copied the QR code and embeds a chip of its own.
		let fake = answer(&other_chip(), bag, 1);
		assert_eq!(authorize_scan(bag, 1, fake), refused(InvalidTransaction::BadProof));
		assert_noop!(scan(bag, 1, fake), Error::<Test>::BadChipSignature);
		// Nor can it register its chip on the genuine code, or in place of the genuine chip.
		assert_noop!(
			Traceability::register_chip(
				RuntimeOrigin::signed(OUTSIDER),
				bag,
				key_of(&other_chip())
			),
			Error::<Test>::NotAdmitted
		);
		assert_noop!(register(bag, key_of(&other_chip())), Error::<Test>::ChipAlreadyRegistered);
		// A client checking off chain against the key from the report sees the same.
		let key = Traceability::trace_report(&bag).unwrap().chip.unwrap();
		let challenge = Traceability::chip_challenge_at(&bag, 1).unwrap();
		assert!(!verify_chip(&key, &challenge, &fake));
		assert!(verify_chip(&key, &challenge, &answer(&chip(), bag, 1)));
		assert_eq!(Chips::<Test>::get(bag).and_then(|chip| chip.last_scan), None);
	});
}

#[test]
fn a_chip_answer_over_an_old_block_hash_is_refused() {
	build_and_execute(|| {
		let bag = chipped_bag();
		advance(1);
		// Someone records the genuine chip's answer once, and plays it back later, away
		// from the item.
		let recorded = answer(&chip(), bag, 1);
		advance(max_age());
		assert_noop!(scan(bag, 1, recorded), Error::<Test>::StaleChipChallenge);
		// Nor does it pass for a newer block.
		let newer = System::block_number() - 1;
		assert_noop!(scan(bag, newer, recorded), Error::<Test>::BadChipSignature);
		// An answer made for another chain (another genesis) is worthless here too.
		let elsewhere = chip_challenge(&H256::repeat_byte(9), &bag, &System::block_hash(newer));
		assert_noop!(
			scan(bag, newer, sign_with(&chip(), &elsewhere)),
			Error::<Test>::BadChipSignature
		);
		// And one chip's answer for its code does not vouch for another label.
		let other = issue_bags(&["B2"])[0];
		assert_ok!(register(other, key_of(&other_chip())));
		assert_noop!(
			scan(other, newer, answer(&chip(), bag, newer)),
			Error::<Test>::BadChipSignature
		);
	});
}

#[test]
fn a_signature_by_a_wrong_key_is_refused() {
	build_and_execute(|| {
		let bag = chipped_bag();
		advance(1);
		let challenge = Traceability::chip_challenge_at(&bag, 1).unwrap();
		// Another secp256k1 key, and the right answer in another scheme's clothes.
		assert_noop!(
			scan(bag, 1, sign_with(&other_chip(), &challenge)),
			Error::<Test>::BadChipSignature
		);
		let ed = ed25519::Pair::from_seed(&[7; 32]);
		assert_noop!(
			scan(bag, 1, ChipSignature::Ed25519(ed.sign(&challenge).0)),
			Error::<Test>::BadChipSignature
		);
		assert_noop!(
			scan(bag, 1, ChipSignature::Sr25519([0; 64])),
			Error::<Test>::BadChipSignature
		);
	});
}

#[test]
fn a_replayed_scan_signature_is_refused_in_the_pool() {
	build_and_execute(|| {
		let bag = chipped_bag();
		advance(1);
		let signature = answer(&chip(), bag, 1);
		assert_ok!(scan(bag, 1, signature));
		let events = record(bag).event_count;
		// Within the interval: refused by the pool, and by the dispatch.
		assert_eq!(authorize_scan(bag, 1, signature), refused(InvalidTransaction::Stale));
		assert_noop!(scan(bag, 1, signature), Error::<Test>::ChipScanTooSoon);
		// After the interval the answer is too old: no chip signature is recorded twice.
		advance(interval());
		assert_eq!(authorize_scan(bag, 1, signature), refused(InvalidTransaction::Stale));
		assert_noop!(scan(bag, 1, signature), Error::<Test>::StaleChipChallenge);
		assert_eq!(record(bag).event_count, events);
	});
}

#[test]
fn chip_steps_and_dispositions_are_named_as_extensions() {
	for (step, name) in
		[(BizStep::RegisteringChip, "registering_chip"), (BizStep::VerifyingChip, "verifying_chip")]
	{
		assert_eq!(step.as_cbv_str(), name);
		assert!(!step.is_cbv());
	}
	for (disposition, name) in [
		(Disposition::ChipRegistered, "chip_registered"),
		(Disposition::ChipVerified, "chip_verified"),
	] {
		assert_eq!(disposition.as_cbv_str(), name);
		assert!(!disposition.is_cbv());
	}
}

#[test]
fn a_scan_needs_the_authorized_origin() {
	build_and_execute(|| {
		let bag = chipped_bag();
		advance(1);
		let signature = answer(&chip(), bag, 1);
		for origin in [RuntimeOrigin::signed(MERCHANT), RuntimeOrigin::none()] {
			assert_noop!(
				Traceability::record_chip_scan(origin, bag, 1, signature),
				DispatchError::BadOrigin
			);
		}
	});
}

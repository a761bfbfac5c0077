//! Weights that do not undercount (attack 7): every call, in its worst case on the test
//! runtime, touches no more storage than its weight in [`crate::weights`] pays for.
//!
//! The storage a call touches is observed, not declared: the call runs under [`Tracking`],
//! externalities that pass everything through to the test externalities and record each key
//! read or written, counted the way `benchmark pallet` counts them: a key once however often
//! it is accessed, a read only if the call has not written the key before, and nothing for the
//! keys every pallet's `#[pallet::whitelist_storage]` exempts (block number, events, …) and
//! the storage layer's own `:transaction_level:`, as the benchmarks whitelist them. The
//! reads and writes a weight declares are read off [`SubstrateWeight`] itself, by evaluating
//! it at two database weights ([`MockDbWeight`]).
//!
//! The worst cases are built here from the calls' code, not taken from the benchmarks, so a
//! benchmark that misses one (the same lot for every item of `issue_codes`, prefixes sharing
//! their stems) is caught.

use crate::{
	mock::*,
	weights::{SubstrateWeight, WeightInfo},
	*,
};
use alloc::collections::{BTreeMap, BTreeSet};
use core::any::{Any, TypeId};
use frame_support::{
	assert_ok,
	pallet_prelude::TransactionSource,
	traits::{Authorize, Get, GetCallName, StorageInfoTrait, WhitelistedStorageKeys},
	weights::{RuntimeDbWeight, Weight},
};
use sp_core::{
	sr25519,
	storage::{ChildInfo, StateVersion, TrackedStorageKey},
	Pair, H256,
};
use sp_externalities::{Extension, ExtensionStore, Externalities, MultiRemovalResults};

/// Externalities that forward every call to `inner` and note the keys read and written.
struct Tracking<'a> {
	inner: &'a mut dyn Externalities,
	whitelist: BTreeSet<Vec<u8>>,
	reads: BTreeSet<Vec<u8>>,
	writes: BTreeSet<Vec<u8>>,
}

impl<'a> Tracking<'a> {
	fn new(inner: &'a mut dyn Externalities) -> Self {
		// What `benchmark pallet` leaves out too: the pallets' whitelisted keys and the storage
		// layer's `:transaction_level:`, which every dispatch sets and clears again.
		let whitelist = AllPalletsWithSystem::whitelisted_storage_keys()
			.into_iter()
			.map(|tracked| tracked.key)
			.chain([frame_support::storage::transactional::TRANSACTION_LEVEL_KEY.to_vec()])
			.collect();
		Self { inner, whitelist, reads: BTreeSet::new(), writes: BTreeSet::new() }
	}

	fn read(&mut self, key: &[u8]) {
		if !self.whitelist.contains(key) && !self.writes.contains(key) {
			self.reads.insert(key.to_vec());
		}
	}

	fn write(&mut self, key: &[u8]) {
		if !self.whitelist.contains(key) {
			self.writes.insert(key.to_vec());
		}
	}
}

impl ExtensionStore for Tracking<'_> {
	fn extension_by_type_id(&mut self, type_id: TypeId) -> Option<&mut dyn Any> {
		self.inner.extension_by_type_id(type_id)
	}

	fn register_extension_with_type_id(
		&mut self,
		type_id: TypeId,
		extension: Box<dyn Extension>,
	) -> Result<(), sp_externalities::Error> {
		self.inner.register_extension_with_type_id(type_id, extension)
	}

	fn deregister_extension_by_type_id(
		&mut self,
		type_id: TypeId,
	) -> Result<(), sp_externalities::Error> {
		self.inner.deregister_extension_by_type_id(type_id)
	}
}

impl Externalities for Tracking<'_> {
	fn set_offchain_storage(&mut self, key: &[u8], value: Option<&[u8]>) {
		self.inner.set_offchain_storage(key, value)
	}

	fn storage(&mut self, key: &[u8]) -> Option<Vec<u8>> {
		self.read(key);
		self.inner.storage(key)
	}

	fn storage_hash(&mut self, key: &[u8]) -> Option<Vec<u8>> {
		self.read(key);
		self.inner.storage_hash(key)
	}

	fn child_storage_hash(&mut self, child_info: &ChildInfo, key: &[u8]) -> Option<Vec<u8>> {
		self.read(key);
		self.inner.child_storage_hash(child_info, key)
	}

	fn child_storage(&mut self, child_info: &ChildInfo, key: &[u8]) -> Option<Vec<u8>> {
		self.read(key);
		self.inner.child_storage(child_info, key)
	}

	fn set_storage(&mut self, key: Vec<u8>, value: Vec<u8>) {
		self.write(&key);
		self.inner.set_storage(key, value)
	}

	fn set_child_storage(&mut self, child_info: &ChildInfo, key: Vec<u8>, value: Vec<u8>) {
		self.write(&key);
		self.inner.set_child_storage(child_info, key, value)
	}

	fn clear_storage(&mut self, key: &[u8]) {
		self.write(key);
		self.inner.clear_storage(key)
	}

	fn clear_child_storage(&mut self, child_info: &ChildInfo, key: &[u8]) {
		self.write(key);
		self.inner.clear_child_storage(child_info, key)
	}

	fn exists_storage(&mut self, key: &[u8]) -> bool {
		self.read(key);
		self.inner.exists_storage(key)
	}

	fn exists_child_storage(&mut self, child_info: &ChildInfo, key: &[u8]) -> bool {
		self.read(key);
		self.inner.exists_child_storage(child_info, key)
	}

	fn next_storage_key(&mut self, key: &[u8]) -> Option<Vec<u8>> {
		let next = self.inner.next_storage_key(key);
		if let Some(next) = &next {
			self.read(next);
		}
		next
	}

	fn next_child_storage_key(&mut self, child_info: &ChildInfo, key: &[u8]) -> Option<Vec<u8>> {
		let next = self.inner.next_child_storage_key(child_info, key);
		if let Some(next) = &next {
			self.read(next);
		}
		next
	}

	fn kill_child_storage(
		&mut self,
		child_info: &ChildInfo,
		maybe_limit: Option<u32>,
		maybe_cursor: Option<&[u8]>,
	) -> MultiRemovalResults {
		self.write(child_info.storage_key());
		self.inner.kill_child_storage(child_info, maybe_limit, maybe_cursor)
	}

	fn clear_prefix(
		&mut self,
		prefix: &[u8],
		maybe_limit: Option<u32>,
		maybe_cursor: Option<&[u8]>,
	) -> MultiRemovalResults {
		self.write(prefix);
		self.inner.clear_prefix(prefix, maybe_limit, maybe_cursor)
	}

	fn clear_child_prefix(
		&mut self,
		child_info: &ChildInfo,
		prefix: &[u8],
		maybe_limit: Option<u32>,
		maybe_cursor: Option<&[u8]>,
	) -> MultiRemovalResults {
		self.write(prefix);
		self.inner.clear_child_prefix(child_info, prefix, maybe_limit, maybe_cursor)
	}

	fn place_storage(&mut self, key: Vec<u8>, value: Option<Vec<u8>>) {
		self.write(&key);
		self.inner.place_storage(key, value)
	}

	fn place_child_storage(
		&mut self,
		child_info: &ChildInfo,
		key: Vec<u8>,
		value: Option<Vec<u8>>,
	) {
		self.write(&key);
		self.inner.place_child_storage(child_info, key, value)
	}

	fn storage_root(&mut self, state_version: StateVersion) -> Vec<u8> {
		self.inner.storage_root(state_version)
	}

	fn child_storage_root(
		&mut self,
		child_info: &ChildInfo,
		state_version: StateVersion,
	) -> Vec<u8> {
		self.inner.child_storage_root(child_info, state_version)
	}

	fn storage_append(&mut self, key: Vec<u8>, value: Vec<u8>) {
		self.write(&key);
		self.inner.storage_append(key, value)
	}

	fn storage_start_transaction(&mut self) {
		self.inner.storage_start_transaction()
	}

	fn storage_rollback_transaction(&mut self) -> Result<(), ()> {
		self.inner.storage_rollback_transaction()
	}

	fn storage_commit_transaction(&mut self) -> Result<(), ()> {
		self.inner.storage_commit_transaction()
	}

	fn storage_index_transaction(&mut self, index: u32, hash: &[u8], size: u32) {
		self.inner.storage_index_transaction(index, hash, size)
	}

	fn storage_renew_transaction_index(&mut self, index: u32, hash: &[u8]) {
		self.inner.storage_renew_transaction_index(index, hash)
	}

	fn wipe(&mut self) {
		self.inner.wipe()
	}

	fn commit(&mut self) {
		self.inner.commit()
	}

	fn read_write_count(&self) -> (u32, u32, u32, u32) {
		self.inner.read_write_count()
	}

	fn reset_read_write_count(&mut self) {
		self.inner.reset_read_write_count()
	}

	fn get_whitelist(&self) -> Vec<TrackedStorageKey> {
		self.inner.get_whitelist()
	}

	fn set_whitelist(&mut self, new: Vec<TrackedStorageKey>) {
		self.inner.set_whitelist(new)
	}

	fn proof_size(&self) -> Option<u32> {
		self.inner.proof_size()
	}

	fn get_read_and_written_keys(&self) -> Vec<(Vec<u8>, u32, u32, bool)> {
		self.inner.get_read_and_written_keys()
	}
}

/// The distinct keys a call read and wrote.
#[derive(Debug)]
struct Accesses {
	reads: BTreeSet<Vec<u8>>,
	writes: BTreeSet<Vec<u8>>,
}

impl Accesses {
	/// The keys, each named by the storage item it belongs to.
	fn describe(keys: &BTreeSet<Vec<u8>>) -> String {
		let names: BTreeMap<Vec<u8>, String> = AllPalletsWithSystem::storage_info()
			.into_iter()
			.map(|info| {
				let name = format!(
					"{}::{}",
					String::from_utf8_lossy(&info.pallet_name),
					String::from_utf8_lossy(&info.storage_name)
				);
				(info.prefix, name)
			})
			.collect();
		let mut counts = BTreeMap::<String, u32>::new();
		for key in keys {
			let name = key
				.get(..32)
				.and_then(|prefix| names.get(prefix).cloned())
				.unwrap_or_else(|| format!("0x{}", sp_core::hexdisplay::HexDisplay::from(key)));
			*counts.entry(name).or_default() += 1;
		}
		counts
			.into_iter()
			.map(|(name, n)| format!("{name} ×{n}"))
			.collect::<Vec<_>>()
			.join(", ")
	}
}

/// Runs `setup` on the test runtime with the cast admitted, then `call` on the state it left,
/// in the same block, and returns the keys `call` touched.
fn accesses<S>(setup: impl FnOnce() -> S, call: impl FnOnce(S)) -> Accesses {
	let mut externalities = new_test_ext_with_cast();
	let state = externalities.execute_with(setup);
	let mut ext = externalities.ext();
	let mut tracking = Tracking::new(&mut ext);
	sp_externalities::set_and_run_with_externalities(&mut tracking, || call(state));
	Accesses { reads: tracking.reads, writes: tracking.writes }
}

/// The reads and writes `weight` declares: its `ref_time` at database weights of one
/// picosecond per read or per write, less its `ref_time` at free storage.
fn declared(weight: impl Fn() -> Weight) -> (u64, u64) {
	let at = |read, write| with_db_weight(RuntimeDbWeight { read, write }, || weight().ref_time());
	let free = at(0, 0);
	(at(1, 0).saturating_sub(free), at(0, 1).saturating_sub(free))
}

/// What one call touched against what its weight declares.
struct Check {
	call: &'static str,
	touched: Accesses,
	declared: (u64, u64),
}

impl Check {
	fn new(call: &'static str, touched: Accesses, weight: impl Fn() -> Weight) -> Self {
		Self { call, touched, declared: declared(weight) }
	}

	fn reads(&self) -> u64 {
		self.touched.reads.len() as u64
	}

	fn writes(&self) -> u64 {
		self.touched.writes.len() as u64
	}

	/// Whether the weight pays for every access.
	fn holds(&self) -> bool {
		self.reads() <= self.declared.0 && self.writes() <= self.declared.1
	}

	fn line(&self) -> String {
		format!(
			"{}{}: touched r:{} w:{}, declared r:{} w:{}\n    reads: {}\n    writes: {}",
			if self.holds() { "  " } else { "✗ " },
			self.call,
			self.reads(),
			self.writes(),
			self.declared.0,
			self.declared.1,
			Accesses::describe(&self.touched.reads),
			Accesses::describe(&self.touched.writes),
		)
	}
}

type W = SubstrateWeight<Test>;

/// A 12-digit company prefix whose stems (its leading 4 to 11 digits) are no other
/// `stemless(j)`'s: the most storage a prefix can cost.
fn stemless(i: u32) -> CompanyPrefix {
	CompanyPrefix::truncate_from(format!("7{i:03}00000000").into_bytes())
}

/// The largest prefix list, from `stemless(first)` on.
fn prefixes(first: u32) -> CompanyPrefixesOf<Test> {
	let max = <<Test as Config>::MaxCompanyPrefixes as Get<u32>>::get();
	CompanyPrefixesOf::<Test>::truncate_from((first..first + max).map(stemless).collect())
}

/// A new participant, not in the cast.
const NEWCOMER: u64 = 200;

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn full_text(byte: u8) -> TextOf<Test> {
	TextOf::<Test>::truncate_from(vec![
		byte;
		<<Test as Config>::StringLimit as Get<u32>>::get() as usize
	])
}

/// The longest location.
fn location() -> Location<Test> {
	Location { description: full_text(b'l'), ..milan() }
}

/// A sold bag with claim key `claim_pair(9)` and a lot.
fn sold_claimable_bag() -> CodeId {
	register_products();
	let item = IssueItem {
		serial: serial("CLAIM"),
		lot: Some(lot("L1")),
		claim_key: Some(claim_pair(9).public()),
	};
	let bag = issue_items(bag(), vec![item])[0];
	hand_over(bag, MERCHANT, RETAILER);
	assert_ok!(Traceability::sell(signed(RETAILER), bag, None, None));
	bag
}

fn claim_signature(code: CodeId) -> sr25519::Signature {
	claim_pair(9).sign(&Traceability::claim_message(&code, &CONSUMER))
}

/// A chain of `MaxNestingDepth` empty cases, each packed in the one before; returns the
/// innermost.
fn deepest_case() -> CodeId {
	let depth = <<Test as Config>::MaxNestingDepth as Get<u32>>::get();
	let serials: Vec<String> = (0..depth).map(|i| format!("CASE-{i}")).collect();
	let chain = issue_cases(&serials.iter().map(String::as_str).collect::<Vec<_>>());
	for pair in chain.windows(2).rev() {
		assert_ok!(Traceability::pack(signed(MERCHANT), pair[0], codes(&[pair[1]]), None));
	}
	*chain.last().unwrap()
}

/// As many bags as one `pack` takes, each with its own lot.
fn packable_bags() -> Vec<CodeId> {
	let n = <<Test as Config>::MaxCodesPerCall as Get<u32>>::get()
		.min(<<Test as Config>::MaxChildrenPerContainer as Get<u32>>::get());
	let items = (0..n)
		.map(|i| IssueItem {
			serial: serial(&format!("ITEM-{i}")),
			lot: Some(lot(&format!("LOT-{i}"))),
			claim_key: None,
		})
		.collect();
	if !Products::<Test>::contains_key(bag()) {
		register_products();
	}
	issue_items(bag(), items)
}

/// A case holding a full batch of bags.
fn packed_case() -> CodeId {
	let case = issue_cases(&["SHIPPING-CASE"])[0];
	assert_ok!(Traceability::pack(signed(MERCHANT), case, codes(&packable_bags()), None));
	case
}

/// A case holding a full batch of bags, proposed to [`CARRIER`].
fn proposed_case() -> CodeId {
	let case = packed_case();
	assert_ok!(propose(MERCHANT, case, CARRIER));
	case
}

/// The bag product, attested by [`CERTIFIER`].
fn attested_bag_product() -> CertSubject {
	register_products();
	let subject = CertSubject::Product(bag());
	assert_ok!(Traceability::attest(signed(CERTIFIER), subject, H256::repeat_byte(4), None));
	subject
}

fn authorized() -> RuntimeOrigin {
	frame_system::RawOrigin::Authorized.into()
}

/// A sold bag claimed by [`CONSUMER`].
fn claimed_bag() -> CodeId {
	let bag = sold_claimable_bag();
	assert_ok!(Traceability::claim(authorized(), bag, CONSUMER, claim_signature(bag)));
	bag
}

/// A claimed bag its owner offered to [`NEWCOMER`].
fn offered_bag() -> CodeId {
	let bag = claimed_bag();
	let signature = sign_step(CONSUMER, bag, OwnershipAction::Offer { to: NEWCOMER });
	assert_ok!(Traceability::propose_ownership_transfer(authorized(), bag, NEWCOMER, signature));
	bag
}

/// The chip of [`scannable_bag`].
fn chip_pair() -> sp_core::ecdsa::Pair {
	sp_core::ecdsa::Pair::from_seed(&[7; 32])
}

/// A bag with a chip scanned before, at block 12, and the chip's answer for block 22 at
/// block 23: the scan checks the interval, reads both hashes and writes the chip back.
fn scannable_bag() -> (CodeId, u64, ChipSignature) {
	let bag = issue_bag();
	assert_ok!(Traceability::register_chip(
		signed(MERCHANT),
		bag,
		ChipKey::Secp256k1Ecdsa(chip_pair().public().0)
	));
	let answer = |block: u64| {
		let challenge = Traceability::chip_challenge_at(&bag, block).expect("a known block");
		ChipSignature::Secp256k1Ecdsa(
			chip_pair().sign_prehashed(&sp_io::hashing::blake2_256(&challenge)).0,
		)
	};
	for block in 1..23 {
		frame_system::BlockHash::<Test>::insert(block, H256::from_low_u64_be(block));
	}
	System::set_block_number(12);
	assert_ok!(Traceability::record_chip_scan(authorized(), bag, 11, answer(11)));
	System::set_block_number(23);
	(bag, 22, answer(22))
}

/// Every call in its worst case, against its weight.
fn checks() -> Vec<Check> {
	let max_codes = <<Test as Config>::MaxCodesPerCall as Get<u32>>::get();
	let max_prefixes = <<Test as Config>::MaxCompanyPrefixes as Get<u32>>::get();
	let max_pack = max_codes.min(<<Test as Config>::MaxChildrenPerContainer as Get<u32>>::get());
	vec![
		Check::new(
			"admit_participant",
			accesses(
				|| (),
				|()| {
					assert_ok!(Traceability::admit_participant(
						root(),
						NEWCOMER,
						Roles::ALL,
						full_text(b'n'),
						prefixes(0),
					));
				},
			),
			|| W::admit_participant(max_prefixes),
		),
		Check::new(
			"update_participant",
			accesses(
				|| {
					assert_ok!(Traceability::admit_participant(
						root(),
						NEWCOMER,
						Roles::MERCHANT,
						full_text(b'n'),
						prefixes(0),
					));
				},
				|()| {
					// Every old prefix released, as many new ones taken.
					assert_ok!(Traceability::update_participant(
						root(),
						NEWCOMER,
						Roles::ALL,
						full_text(b'm'),
						prefixes(max_prefixes),
					));
				},
			),
			|| W::update_participant(max_prefixes),
		),
		Check::new(
			"suspend_participant",
			accesses(
				|| (),
				|()| {
					assert_ok!(Traceability::suspend_participant(root(), CARRIER));
				},
			),
			W::suspend_participant,
		),
		Check::new(
			"reinstate_participant",
			accesses(
				|| {
					assert_ok!(Traceability::suspend_participant(root(), CARRIER));
				},
				|()| {
					assert_ok!(Traceability::reinstate_participant(root(), CARRIER));
				},
			),
			W::reinstate_participant,
		),
		Check::new(
			"register_product",
			accesses(
				|| (),
				|()| {
					assert_ok!(Traceability::register_product(
						signed(MERCHANT),
						bag(),
						full_text(b'p'),
						full_text(b'c'),
						*b"IT",
						H256::repeat_byte(1),
					));
				},
			),
			W::register_product,
		),
		Check::new(
			"issue_codes",
			accesses(register_products, |()| {
				// A lot and a claim key per item: a `RecalledLots` read for each.
				let items = (0..max_codes)
					.map(|i| IssueItem {
						serial: serial(&format!("SERIAL-{i}")),
						lot: Some(lot(&format!("LOT-{i}"))),
						claim_key: Some(claim_pair(3).public()),
					})
					.collect::<Vec<_>>();
				issue_items(bag(), items);
			}),
			|| W::issue_codes(max_codes),
		),
		Check::new(
			"propose_handover",
			accesses(packed_case, |case| {
				assert_ok!(Traceability::propose_handover(
					signed(MERCHANT),
					case,
					CARRIER,
					Some(location()),
					Some(START),
				));
			}),
			W::propose_handover,
		),
		Check::new(
			"accept_handover",
			accesses(proposed_case, |case| {
				assert_ok!(Traceability::accept_handover(
					signed(CARRIER),
					case,
					Some(location()),
					Some(START),
				));
			}),
			W::accept_handover,
		),
		Check::new(
			"reject_handover",
			accesses(proposed_case, |case| {
				assert_ok!(Traceability::reject_handover(signed(CARRIER), case, full_text(b'r')));
			}),
			W::reject_handover,
		),
		Check::new(
			"cancel_handover",
			accesses(proposed_case, |case| {
				assert_ok!(Traceability::cancel_handover(signed(MERCHANT), case));
			}),
			W::cancel_handover,
		),
		Check::new(
			"pack",
			accesses(
				|| (deepest_case(), packable_bags()),
				|(case, bags)| {
					// Into the innermost case: every case around it grows taller.
					assert_ok!(Traceability::pack(
						signed(MERCHANT),
						case,
						codes(&bags),
						Some(location())
					));
				},
			),
			|| W::pack(max_pack),
		),
		Check::new(
			"unpack",
			accesses(
				|| {
					let (case, bags) = (deepest_case(), packable_bags());
					assert_ok!(Traceability::pack(signed(MERCHANT), case, codes(&bags), None));
					(case, bags)
				},
				|(case, bags)| {
					assert_ok!(Traceability::unpack(
						signed(MERCHANT),
						case,
						codes(&bags),
						Some(location())
					));
				},
			),
			|| W::unpack(max_pack),
		),
		Check::new(
			"inspect",
			accesses(issue_bag, |bag| {
				assert_ok!(Traceability::inspect(
					signed(CUSTOMS),
					bag,
					InspectionOutcome::NonConformant,
					Some(location()),
					Some(START),
					Some(H256::repeat_byte(3)),
				));
			}),
			W::inspect,
		),
		Check::new(
			"sell",
			accesses(
				|| {
					let bag = packable_bags()[0];
					hand_over(bag, MERCHANT, RETAILER);
					bag
				},
				|bag| {
					// A code with a lot: product and lot recalls are both read.
					assert_ok!(Traceability::sell(
						signed(RETAILER),
						bag,
						Some(location()),
						Some(START)
					));
				},
			),
			W::sell,
		),
		Check::new(
			"destroy",
			accesses(issue_bag, |bag| {
				assert_ok!(Traceability::destroy(
					signed(MERCHANT),
					bag,
					full_text(b'r'),
					Some(location()),
					Some(START),
				));
			}),
			W::destroy,
		),
		Check::new(
			"destroy (by the owner of a claimed item)",
			accesses(
				|| {
					let bag = sold_claimable_bag();
					assert_ok!(Traceability::claim(
						frame_system::RawOrigin::Authorized.into(),
						bag,
						CONSUMER,
						claim_signature(bag),
					));
					bag
				},
				|bag| {
					assert_ok!(Traceability::destroy(
						signed(CONSUMER),
						bag,
						full_text(b'r'),
						None,
						None
					));
				},
			),
			W::destroy,
		),
		Check::new(
			"decommission",
			accesses(issue_bag, |bag| {
				assert_ok!(Traceability::decommission(signed(MERCHANT), bag, full_text(b'r')));
			}),
			W::decommission,
		),
		Check::new(
			"claim",
			accesses(sold_claimable_bag, |bag| {
				assert_ok!(Traceability::claim(
					frame_system::RawOrigin::Authorized.into(),
					bag,
					CONSUMER,
					claim_signature(bag),
				));
			}),
			W::claim,
		),
		Check::new(
			"authorize_claim",
			accesses(sold_claimable_bag, |bag| {
				let call = Call::<Test>::claim {
					code: bag,
					claimer: CONSUMER,
					signature: claim_signature(bag),
				};
				let validity = call.authorize(TransactionSource::External);
				assert!(matches!(validity, Some(Ok(_))), "the claim is valid");
			}),
			W::authorize_claim,
		),
		Check::new(
			"attest",
			accesses(issue_bag, |bag| {
				let expiry =
					START + <<Test as Config>::MaxCertificationValidity as Get<Moment>>::get();
				assert_ok!(Traceability::attest(
					signed(CERTIFIER),
					CertSubject::Code(bag),
					H256::repeat_byte(4),
					Some(expiry),
				));
			}),
			W::attest,
		),
		Check::new(
			"revoke_certification",
			accesses(attested_bag_product, |subject| {
				assert_ok!(Traceability::revoke_certification(signed(CERTIFIER), subject));
			}),
			W::revoke_certification,
		),
		Check::new(
			"recall_product",
			accesses(register_products, |()| {
				assert_ok!(Traceability::recall_product(signed(MERCHANT), bag(), full_text(b'r')));
			}),
			W::recall_product,
		),
		Check::new(
			"recall_lot",
			accesses(register_products, |()| {
				assert_ok!(Traceability::recall_lot(
					signed(MERCHANT),
					bag(),
					lot("LOT-1"),
					full_text(b'r')
				));
			}),
			W::recall_lot,
		),
		Check::new(
			"force_transfer_custody",
			accesses(proposed_case, |case| {
				assert_ok!(Traceability::force_transfer_custody(
					root(),
					case,
					CARRIER2,
					full_text(b'r')
				));
			}),
			W::force_transfer_custody,
		),
		Check::new(
			"force_revoke_certification",
			accesses(attested_bag_product, |subject| {
				assert_ok!(Traceability::force_revoke_certification(
					root(),
					subject,
					CERTIFIER,
					full_text(b'r'),
				));
			}),
			W::force_revoke_certification,
		),
		Check::new(
			"lift_recall",
			accesses(
				|| {
					register_products();
					assert_ok!(Traceability::recall_lot(
						signed(MERCHANT),
						bag(),
						lot("LOT-1"),
						full_text(b'r')
					));
				},
				|()| {
					assert_ok!(Traceability::lift_recall(
						root(),
						bag(),
						Some(lot("LOT-1")),
						full_text(b'l')
					));
				},
			),
			W::lift_recall,
		),
		Check::new(
			"lift_recall (of a product)",
			accesses(
				|| {
					register_products();
					assert_ok!(Traceability::recall_product(
						signed(MERCHANT),
						bag(),
						full_text(b'r')
					));
				},
				|()| {
					assert_ok!(Traceability::lift_recall(root(), bag(), None, full_text(b'l')));
				},
			),
			W::lift_recall,
		),
		Check::new(
			"propose_ownership_transfer",
			accesses(claimed_bag, |bag| {
				let signature = sign_step(CONSUMER, bag, OwnershipAction::Offer { to: NEWCOMER });
				assert_ok!(Traceability::propose_ownership_transfer(
					authorized(),
					bag,
					NEWCOMER,
					signature
				));
			}),
			W::propose_ownership_transfer,
		),
		Check::new(
			"authorize_propose_ownership_transfer",
			accesses(claimed_bag, |bag| {
				let signature = sign_step(CONSUMER, bag, OwnershipAction::Offer { to: NEWCOMER });
				let call =
					Call::<Test>::propose_ownership_transfer { code: bag, to: NEWCOMER, signature };
				assert!(matches!(call.authorize(TransactionSource::External), Some(Ok(_))));
			}),
			W::authorize_propose_ownership_transfer,
		),
		Check::new(
			"accept_ownership",
			accesses(offered_bag, |bag| {
				let signature =
					sign_step(NEWCOMER, bag, OwnershipAction::Accept { from: CONSUMER });
				assert_ok!(Traceability::accept_ownership(authorized(), bag, signature));
			}),
			W::accept_ownership,
		),
		Check::new(
			"authorize_accept_ownership",
			accesses(offered_bag, |bag| {
				let signature =
					sign_step(NEWCOMER, bag, OwnershipAction::Accept { from: CONSUMER });
				let call = Call::<Test>::accept_ownership { code: bag, signature };
				assert!(matches!(call.authorize(TransactionSource::External), Some(Ok(_))));
			}),
			W::authorize_accept_ownership,
		),
		Check::new(
			"cancel_ownership_transfer",
			accesses(offered_bag, |bag| {
				let signature = sign_step(CONSUMER, bag, OwnershipAction::Cancel { to: NEWCOMER });
				assert_ok!(Traceability::cancel_ownership_transfer(authorized(), bag, signature));
			}),
			W::cancel_ownership_transfer,
		),
		Check::new(
			"authorize_cancel_ownership_transfer",
			accesses(offered_bag, |bag| {
				let signature = sign_step(CONSUMER, bag, OwnershipAction::Cancel { to: NEWCOMER });
				let call = Call::<Test>::cancel_ownership_transfer { code: bag, signature };
				assert!(matches!(call.authorize(TransactionSource::External), Some(Ok(_))));
			}),
			W::authorize_cancel_ownership_transfer,
		),
		Check::new(
			"hand_over_claim_secret",
			accesses(claimed_bag, |bag| {
				let claim_key = claim_pair(10).public();
				let signature =
					sign_step(CONSUMER, bag, OwnershipAction::HandOverClaimSecret { claim_key });
				assert_ok!(Traceability::hand_over_claim_secret(
					authorized(),
					bag,
					claim_key,
					signature
				));
			}),
			W::hand_over_claim_secret,
		),
		Check::new(
			"authorize_hand_over_claim_secret",
			accesses(claimed_bag, |bag| {
				let claim_key = claim_pair(10).public();
				let signature =
					sign_step(CONSUMER, bag, OwnershipAction::HandOverClaimSecret { claim_key });
				let call = Call::<Test>::hand_over_claim_secret { code: bag, claim_key, signature };
				assert!(matches!(call.authorize(TransactionSource::External), Some(Ok(_))));
			}),
			W::authorize_hand_over_claim_secret,
		),
		Check::new(
			"register_chip",
			accesses(issue_bag, |bag| {
				assert_ok!(Traceability::register_chip(
					signed(MERCHANT),
					bag,
					ChipKey::Secp256k1Ecdsa(chip_pair().public().0)
				));
			}),
			W::register_chip,
		),
		Check::new(
			"record_chip_scan",
			accesses(scannable_bag, |(bag, block, signature)| {
				assert_ok!(Traceability::record_chip_scan(authorized(), bag, block, signature));
			}),
			W::record_chip_scan,
		),
		Check::new(
			"authorize_record_chip_scan",
			accesses(scannable_bag, |(bag, block, signature)| {
				let call = Call::<Test>::record_chip_scan { code: bag, block, signature };
				assert!(matches!(call.authorize(TransactionSource::External), Some(Ok(_))));
			}),
			W::authorize_record_chip_scan,
		),
	]
}

#[test]
fn every_call_touches_no_more_storage_than_its_weight_pays_for() {
	let checks = checks();
	// Every call of the pallet is checked (a second case of a call shows its name in brackets).
	let checked: BTreeSet<&str> = checks
		.iter()
		.map(|check| check.call.split(' ').next().unwrap_or_default())
		.collect();
	let calls: BTreeSet<&str> = Call::<Test>::get_call_names().iter().copied().collect();
	let mut expected = calls.clone();
	expected.insert("authorize_claim");
	for name in [
		"authorize_propose_ownership_transfer",
		"authorize_accept_ownership",
		"authorize_cancel_ownership_transfer",
		"authorize_hand_over_claim_secret",
		"authorize_record_chip_scan",
	] {
		expected.insert(name);
	}
	assert_eq!(checked, expected, "every call and the claim's authorization are checked");

	let report = checks.iter().map(Check::line).collect::<Vec<_>>().join("\n");
	println!("{report}");
	assert!(
		checks.iter().all(Check::holds),
		"calls touch storage their weights do not pay for (✗):\n{report}"
	);
}

#[test]
fn the_check_catches_a_weight_that_undercounts() {
	// A batch of ten codes with ten lots touches far more than the weight of a single code.
	let max_codes = <<Test as Config>::MaxCodesPerCall as Get<u32>>::get();
	let touched = accesses(register_products, |()| {
		let items = (0..max_codes)
			.map(|i| IssueItem {
				serial: serial(&format!("SERIAL-{i}")),
				lot: Some(lot(&format!("LOT-{i}"))),
				claim_key: None,
			})
			.collect::<Vec<_>>();
		issue_items(bag(), items);
	});
	let check = Check::new("issue_codes", touched, || W::issue_codes(1));
	assert!(!check.holds(), "{}", check.line());
	// Per code: `Codes` and `History` written, `RecalledLots` and `Codes` read.
	assert!(check.writes() >= u64::from(2 * max_codes), "{}", check.line());
	assert!(check.reads() >= u64::from(2 * max_codes), "{}", check.line());
}

#[test]
fn declared_accesses_are_read_off_the_weight() {
	let weight = || {
		Weight::from_parts(1_000, 0)
			.saturating_add(<Test as frame_system::Config>::DbWeight::get().reads(3))
			.saturating_add(<Test as frame_system::Config>::DbWeight::get().writes(2))
	};
	assert_eq!(declared(weight), (3, 2));
	// Outside `declared`, storage is free in the test runtime.
	assert_eq!(weight(), Weight::from_parts(1_000, 0));
}

//! A test runtime with System, Timestamp, Balances and Traceability, the cast of participants the tests
//! use, and helpers that build common situations.

use crate::{
	self as pallet_traceability, CodeId, CodeListOf, Codes, Coordinates, GenesisParticipant, Gtin,
	IssueItem, Location, Lot, Moment, OwnershipAction, Products, Roles, Serial, TextOf, TraceCode,
	TraceEvent,
};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	assert_ok, derive_impl,
	traits::{ConstU64, Get},
	weights::RuntimeDbWeight,
	BoundedVec,
};
use frame_system::EnsureRoot;
use scale_info::TypeInfo;
use sp_core::{sr25519, Pair, H256};
use sp_runtime::{
	traits::{IdentifyAccount, Lazy, Verify},
	BuildStorage,
};

/// The transaction extensions a runtime needs for [`Pallet::claim`]: `AuthorizeCall` first.
pub type TxExtension = (
	frame_system::AuthorizeCall<Test>,
	frame_system::CheckNonce<Test>,
	frame_system::CheckWeight<Test>,
);

/// Extrinsics of the test runtime.
pub type UncheckedExtrinsic = sp_runtime::generic::UncheckedExtrinsic<
	u64,
	RuntimeCall,
	sp_runtime::testing::UintAuthorityId,
	TxExtension,
>;

type Block = sp_runtime::generic::Block<
	sp_runtime::generic::Header<u64, sp_runtime::traits::BlakeTwo256>,
	UncheckedExtrinsic,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Traceability = pallet_traceability;

	#[runtime::pallet_index(3)]
	pub type Balances = pallet_balances;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
	type DbWeight = MockDbWeight;
}

std::thread_local! {
	static DB_WEIGHT: core::cell::Cell<RuntimeDbWeight> =
		const { core::cell::Cell::new(RuntimeDbWeight { read: 0, write: 0 }) };
}

/// The test runtime's database weights: free storage, except inside [`with_db_weight`].
pub struct MockDbWeight;

impl Get<RuntimeDbWeight> for MockDbWeight {
	fn get() -> RuntimeDbWeight {
		DB_WEIGHT.with(core::cell::Cell::get)
	}
}

/// Runs `f` with the test runtime's storage priced at `weight`, which is how the weight tests
/// read the reads and writes a weight declares.
pub fn with_db_weight<R>(weight: RuntimeDbWeight, f: impl FnOnce() -> R) -> R {
	let previous = DB_WEIGHT.with(|cell| cell.replace(weight));
	let result = f();
	DB_WEIGHT.with(|cell| cell.set(previous));
	result
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// Deposit per storage entry a participant adds.
pub const DEPOSIT_PER_ITEM: u64 = 100;
/// Deposit per byte a participant adds.
pub const DEPOSIT_PER_BYTE: u64 = 1;
/// What every participant of the cast and [`OUTSIDER`] start with.
pub const ENDOWMENT: u64 = 1_000_000_000;

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

/// Limits (from `config_preludes::TestDefaultConfig`): `StringLimit` 32,
/// `MaxCompanyPrefixes` 3, `MaxCodesPerCall` 10, `MaxEventsPerCode` 16, `MaxNestingDepth` 3,
/// `MaxChildrenPerContainer` 8, `MaxCertificationsPerSubject` 3, `MaxChipChallengeAge` 5,
/// `ChipScanInterval` 10 (and `frame_system`'s `BlockHashCount` 10).
#[derive_impl(pallet_traceability::config_preludes::TestDefaultConfig)]
impl pallet_traceability::Config for Test {
	type AdminOrigin = EnsureRoot<u64>;
	type Time = Timestamp;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type DepositPerItem = ConstU64<DEPOSIT_PER_ITEM>;
	type DepositPerByte = ConstU64<DEPOSIT_PER_BYTE>;
	type OwnerSignature = AccountSignature;
	type OwnerSigner = AccountSigner;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// The sr25519 key of account `who`: every account of the test runtime has one, derived from
/// its number, so that owners sign ownership steps as real accounts do.
pub fn account_pair(who: u64) -> sr25519::Pair {
	let mut seed = [0xa5; 32];
	seed[..8].copy_from_slice(&who.to_le_bytes());
	sr25519::Pair::from_seed(&seed)
}

/// An account's sr25519 signature (by its [`account_pair`]): the test runtime's
/// `Config::OwnerSignature`.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct AccountSignature(pub sr25519::Signature);

/// Who makes an [`AccountSignature`]: the account itself.
pub struct AccountSigner(pub u64);

impl IdentifyAccount for AccountSigner {
	type AccountId = u64;

	fn into_account(self) -> u64 {
		self.0
	}
}

impl Verify for AccountSignature {
	type Signer = AccountSigner;

	fn verify<L: Lazy<[u8]>>(&self, mut msg: L, signer: &u64) -> bool {
		sp_io::crypto::sr25519_verify(&self.0, msg.get(), &account_pair(*signer).public())
	}
}

/// `who`'s signature for `action` on `code`, at the code's nonce now (its `event_count`).
pub fn sign_step(who: u64, code: CodeId, action: OwnershipAction<u64>) -> AccountSignature {
	let nonce = record(code).event_count;
	AccountSignature(
		account_pair(who).sign(&Traceability::ownership_message(&code, &action, nonce)),
	)
}

/// Signs with in-memory keys instead of the host keystore.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_traceability::benchmarking::BenchmarkHelper<u64, AccountSignature>
	for MockBenchmarkHelper
{
	fn claim_key_and_signature(payload: &[u8]) -> Option<(sr25519::Public, sr25519::Signature)> {
		let pair = claim_pair(42);
		Some((pair.public(), pair.sign(payload)))
	}

	fn owner(index: u32) -> Option<u64> {
		Some(1_000 + u64::from(index))
	}

	fn owner_signature(who: &u64, payload: &[u8]) -> Option<AccountSignature> {
		Some(AccountSignature(account_pair(*who).sign(payload)))
	}

	fn chip_key_and_signature(
		challenge: &[u8],
	) -> Option<(pallet_traceability::ChipKey, pallet_traceability::ChipSignature)> {
		let pair = sp_core::ecdsa::Pair::from_seed(&[42; 32]);
		Some((
			pallet_traceability::ChipKey::Secp256k1Ecdsa(pair.public().0),
			pallet_traceability::ChipSignature::Secp256k1Ecdsa(
				pair.sign_prehashed(&sp_io::hashing::blake2_256(challenge)).0,
			),
		))
	}
}

/// Block time at the start of every test: 2023-11-14T22:13:20Z.
pub const START: Moment = 1_700_000_000_000;

/// Milliseconds between two blocks in [`next_block`].
pub const BLOCK_TIME: Moment = 6_000;

// The cast.
/// Merchant owning prefixes `4006381` and `0614141`.
pub const MERCHANT: u64 = 1;
/// Carrier.
pub const CARRIER: u64 = 2;
/// Customs.
pub const CUSTOMS: u64 = 3;
/// Certifier.
pub const CERTIFIER: u64 = 4;
/// Retailer.
pub const RETAILER: u64 = 5;
/// Second merchant, owning prefix `9506000`.
pub const MERCHANT2: u64 = 6;
/// Second carrier.
pub const CARRIER2: u64 = 7;
/// A participant with only the certifier role, which cannot take custody.
pub const CERTIFIER2: u64 = 8;
/// Not a participant.
pub const OUTSIDER: u64 = 99;
/// A consumer: not a participant, holds no tokens.
pub const CONSUMER: u64 = 100;

/// A bare externality at block 1 and time [`START`], without participants (the benchmark test
/// suite's environment).
#[cfg_attr(not(feature = "runtime-benchmarks"), allow(dead_code))]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ext_with(Vec::new())
}

fn ext_with(participants: Vec<GenesisParticipant<u64>>) -> sp_io::TestExternalities {
	let balances = participants
		.iter()
		.map(|(who, ..)| *who)
		.chain([OUTSIDER])
		.map(|who| (who, ENDOWMENT))
		.collect();
	let storage = RuntimeGenesisConfig {
		balances: pallet_balances::GenesisConfig { balances, ..Default::default() },
		traceability: pallet_traceability::GenesisConfig { participants },
		..Default::default()
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(START);
	});
	ext
}

/// The cast, admitted at genesis.
pub fn cast() -> Vec<GenesisParticipant<u64>> {
	vec![
		(
			MERCHANT,
			Roles::MERCHANT.bits(),
			b"Pelletteria Milano".to_vec(),
			vec![b"4006381".to_vec(), b"0614141".to_vec()],
		),
		(CARRIER, Roles::CARRIER.bits(), b"Carrier".to_vec(), vec![]),
		(CUSTOMS, Roles::CUSTOMS.bits(), b"Hangzhou customs".to_vec(), vec![]),
		(CERTIFIER, Roles::CERTIFIER.bits(), b"Diamond centre".to_vec(), vec![]),
		(RETAILER, Roles::RETAILER.bits(), b"Retailer".to_vec(), vec![]),
		(MERCHANT2, Roles::MERCHANT.bits(), b"Second merchant".to_vec(), vec![b"9506000".to_vec()]),
		(CARRIER2, Roles::CARRIER.bits(), b"Second carrier".to_vec(), vec![]),
		(CERTIFIER2, Roles::CERTIFIER.bits(), b"Second certifier".to_vec(), vec![]),
	]
}

/// An externality at block 1 and time [`START`] with the cast admitted.
pub fn new_test_ext_with_cast() -> sp_io::TestExternalities {
	ext_with(cast())
}

/// Runs `test` with the cast admitted, then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext_with_cast().execute_with(|| {
		test();
		Traceability::do_try_state().expect("invariants hold after the test");
	});
}

/// Moves to the next block, [`BLOCK_TIME`] later.
pub fn next_block() {
	System::set_block_number(System::block_number() + 1);
	Timestamp::set_timestamp(pallet_timestamp::Now::<Test>::get() + BLOCK_TIME);
}

/// Bounded free text.
pub fn text(s: &str) -> TextOf<Test> {
	TextOf::<Test>::try_from(s.as_bytes().to_vec()).unwrap()
}

/// A GTIN-14 from its first 13 digits, with the check digit computed.
pub fn gtin(body: &str) -> Gtin {
	trace_gs1::gtin_from_body(body.as_bytes().try_into().unwrap()).unwrap()
}

/// A GTIN of [`MERCHANT`] (prefix `4006381`): the classic EAN `4006381333931`.
pub fn bag() -> Gtin {
	gtin("0400638133393")
}

/// Another GTIN of [`MERCHANT`] (prefix `0614141`).
pub fn case() -> Gtin {
	gtin("0061414100001")
}

/// A GTIN of [`MERCHANT2`] (prefix `9506000`).
pub fn bottle() -> Gtin {
	gtin("0950600013435")
}

/// A serial.
pub fn serial(s: &str) -> Serial {
	Serial::try_from(s.as_bytes().to_vec()).unwrap()
}

/// A lot.
pub fn lot(s: &str) -> Lot {
	Lot::try_from(s.as_bytes().to_vec()).unwrap()
}

/// The key of `gtin` + `serial`.
pub fn code_id(gtin: Gtin, serial: &str) -> CodeId {
	CodeId::from(trace_gs1::code_key(&gtin, serial.as_bytes()))
}

/// A location with a description only.
pub fn place(description: &str) -> Location<Test> {
	Location { gln: None, coordinates: None, description: text(description) }
}

/// Milan, with coordinates and a GLN.
pub fn milan() -> Location<Test> {
	Location {
		gln: Some(*b"4006381000017"),
		coordinates: Some(Coordinates { latitude: 45_464_211, longitude: 9_191_383 }),
		description: text("Via Montenapoleone, Milan"),
	}
}

/// The commitment to the procurement officer used in tests.
pub fn officer() -> H256 {
	H256::repeat_byte(0x0f)
}

/// The claim key pair number `seed`.
pub fn claim_pair(seed: u8) -> sr25519::Pair {
	sr25519::Pair::from_seed(&[seed; 32])
}

/// A plain issue item.
pub fn item(s: &str) -> IssueItem {
	IssueItem { serial: serial(s), lot: None, claim_key: None }
}

/// [`MERCHANT`] registers [`bag`] and [`case`].
pub fn register_products() {
	for (gtin, name) in [(bag(), "Handbag"), (case(), "Shipping case")] {
		assert_ok!(Traceability::register_product(
			RuntimeOrigin::signed(MERCHANT),
			gtin,
			text(name),
			text("leather goods"),
			*b"IT",
			H256::repeat_byte(1),
		));
	}
}

/// [`MERCHANT`] issues `items` of `gtin`; returns their keys.
pub fn issue_items(gtin: Gtin, items: Vec<IssueItem>) -> Vec<CodeId> {
	let ids = items
		.iter()
		.map(|item| CodeId::from(trace_gs1::code_key(&gtin, &item.serial)))
		.collect();
	assert_ok!(Traceability::issue_codes(
		RuntimeOrigin::signed(MERCHANT),
		gtin,
		BoundedVec::try_from(items).unwrap(),
		milan(),
		START - 1_000,
		officer(),
	));
	ids
}

/// Registers the products and has [`MERCHANT`] issue one bag per serial.
pub fn issue_bags(serials: &[&str]) -> Vec<CodeId> {
	if !Products::<Test>::contains_key(bag()) {
		register_products();
	}
	issue_items(bag(), serials.iter().map(|s| item(s)).collect())
}

/// Registers the products and has [`MERCHANT`] issue one bag.
pub fn issue_bag() -> CodeId {
	issue_bags(&["BAG-1"])[0]
}

/// Registers the products and has [`MERCHANT`] issue one case per serial (containers).
pub fn issue_cases(serials: &[&str]) -> Vec<CodeId> {
	if !Products::<Test>::contains_key(case()) {
		register_products();
	}
	issue_items(case(), serials.iter().map(|s| item(s)).collect())
}

/// A list of codes.
pub fn codes(ids: &[CodeId]) -> CodeListOf<Test> {
	BoundedVec::try_from(ids.to_vec()).unwrap()
}

/// Hands `code` from `from` to `to` (propose and accept).
pub fn hand_over(code: CodeId, from: u64, to: u64) {
	assert_ok!(Traceability::propose_handover(RuntimeOrigin::signed(from), code, to, None, None));
	assert_ok!(Traceability::accept_handover(RuntimeOrigin::signed(to), code, None, None));
}

/// `who` proposes to hand `code` to `to`, without whereabouts.
pub fn propose(who: u64, code: CodeId, to: u64) -> sp_runtime::DispatchResult {
	Traceability::propose_handover(RuntimeOrigin::signed(who), code, to, None, None)
}

/// `who` records an inspection of `code` with `outcome`, without whereabouts or document.
pub fn inspect_as(
	who: u64,
	code: CodeId,
	outcome: crate::InspectionOutcome,
) -> sp_runtime::DispatchResult {
	Traceability::inspect(RuntimeOrigin::signed(who), code, outcome, None, None, None)
}

/// The record of `code`.
pub fn record(code: CodeId) -> TraceCode<Test> {
	Codes::<Test>::get(code).expect("code exists")
}

/// What `who` holds as storage deposits.
pub fn held(who: u64) -> u64 {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&pallet_traceability::HoldReason::StorageDeposit.into(), &who)
}

/// The last trace event of `code`.
pub fn last_trace(code: CodeId) -> TraceEvent<Test> {
	Traceability::history(&code).pop().expect("code has a history")
}

/// Sets the counter of a counted map (its final storage key) to `value`, as a chain with that
/// many entries would hold it.
pub fn set_counter(key: [u8; 32], value: u32) {
	frame_support::storage::unhashed::put(&key, &value);
}

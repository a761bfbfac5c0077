//! Benchmarks of the traceability pallet (benchmarks v2).
//!
//! Every call is measured in its worst case within the configured bounds: longest texts,
//! fullest lists, deepest container chains. Handovers are measured on a container holding
//! [`Config::MaxChildrenPerContainer`] codes: only the container's record is touched, whatever
//! it holds.

use crate::*;
use alloc::{format, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::TransactionSource,
	traits::{fungible::Mutate, Authorize, EnsureOrigin, Get, Time},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::{crypto::KeyTypeId, sr25519, H256};
use sp_runtime::traits::{Bounded, CheckedDiv, Hash as _};

/// Makes claim keys, accounts that sign ownership steps, chip keys, and their signatures for
/// the benchmarks.
pub trait BenchmarkHelper<AccountId, OwnerSignature> {
	/// A fresh claim key and its signature over `payload`, or `None` if signing is not
	/// possible.
	fn claim_key_and_signature(payload: &[u8]) -> Option<(sr25519::Public, sr25519::Signature)>;

	/// Account number `index` of those that sign ownership steps, or `None` if none can be
	/// made.
	fn owner(index: u32) -> Option<AccountId>;

	/// The signature of `who` (an [`BenchmarkHelper::owner`]) over `payload`, or `None` if
	/// signing is not possible.
	fn owner_signature(who: &AccountId, payload: &[u8]) -> Option<OwnerSignature>;

	/// A fresh chip key and its signature over `challenge`, of the scheme whose check costs
	/// most, or `None` if signing is not possible.
	fn chip_key_and_signature(challenge: &[u8]) -> Option<(ChipKey, ChipSignature)>;
}

/// Key type of the claim keys the benchmarks put in the keystore.
pub const BENCHMARK_KEY_TYPE: KeyTypeId = KeyTypeId(*b"trce");

/// Uses the host keystore, which the benchmarking CLI provides: sr25519 accounts (a runtime
/// whose accounts are sr25519 public keys, such as `AccountId32` with `MultiSignature`) and
/// secp256k1 chips, whose key recovery costs more than an ed25519 or sr25519 check.
impl<AccountId, OwnerSignature> BenchmarkHelper<AccountId, OwnerSignature> for ()
where
	AccountId: From<sr25519::Public> + AsRef<[u8]>,
	OwnerSignature: From<sr25519::Signature>,
{
	fn claim_key_and_signature(payload: &[u8]) -> Option<(sr25519::Public, sr25519::Signature)> {
		let key = sp_io::crypto::sr25519_generate(BENCHMARK_KEY_TYPE, None);
		let signature = sp_io::crypto::sr25519_sign(BENCHMARK_KEY_TYPE, &key, payload)?;
		Some((key, signature))
	}

	fn owner(index: u32) -> Option<AccountId> {
		let seed = format!("//owner/{index}").into_bytes();
		Some(sp_io::crypto::sr25519_generate(BENCHMARK_KEY_TYPE, Some(seed)).into())
	}

	fn owner_signature(who: &AccountId, payload: &[u8]) -> Option<OwnerSignature> {
		let key = sr25519::Public::try_from(who.as_ref()).ok()?;
		sp_io::crypto::sr25519_sign(BENCHMARK_KEY_TYPE, &key, payload).map(Into::into)
	}

	fn chip_key_and_signature(challenge: &[u8]) -> Option<(ChipKey, ChipSignature)> {
		let key = sp_io::crypto::ecdsa_generate(BENCHMARK_KEY_TYPE, None);
		let digest = sp_io::hashing::blake2_256(challenge);
		let signature = sp_io::crypto::ecdsa_sign_prehashed(BENCHMARK_KEY_TYPE, &key, &digest)?;
		Some((ChipKey::Secp256k1Ecdsa(key.0), ChipSignature::Secp256k1Ecdsa(signature.0)))
	}
}

const SEED: u32 = 0;

/// A company prefix no chain spec is likely to have given away: 12 digits from `i < 1000`.
/// Its stems (the leading 4 to 11 digits) are the stems of no other `prefix(j)`, so every
/// prefix of a call costs it the reads and writes of its own 8 stems: the worst case.
fn prefix(i: u32) -> CompanyPrefix {
	CompanyPrefix::truncate_from(format!("9{i:03}00000000").into_bytes())
}

/// The GTIN-14 of item reference `0` under the 12-digit `prefix`, with its check digit.
fn gtin_in(prefix: &CompanyPrefix) -> Result<Gtin, BenchmarkError> {
	let mut body = [b'0'; trace_gs1::GTIN_BODY_LEN];
	for (slot, digit) in body.iter_mut().skip(1).zip(prefix.iter()) {
		*slot = *digit;
	}
	trace_gs1::gtin_from_body(&body).map_err(|_| "bad GTIN body".into())
}

fn text<T: Config>(byte: u8) -> TextOf<T> {
	TextOf::<T>::truncate_from(vec![byte; T::StringLimit::get() as usize])
}

/// The largest location: GLN, coordinates and the longest description.
fn location<T: Config>() -> Location<T> {
	Location {
		gln: Some(*b"4006381000017"),
		coordinates: Some(Coordinates { latitude: 45_464_211, longitude: 9_191_383 }),
		description: text::<T>(b'l'),
	}
}

/// The longest serial for item `i`.
fn serial(i: u32) -> Serial {
	Serial::truncate_from(format!("SERIAL{i:014}").into_bytes())
}

fn lot() -> Lot {
	lot_of(1)
}

/// The longest lot number `i`.
fn lot_of(i: u32) -> Lot {
	Lot::truncate_from(format!("LOT-{i:016}").into_bytes())
}

/// Gives `who` enough to hold every deposit a benchmark can ask of it.
fn fund<T: Config>(who: &T::AccountId) {
	let plenty = BalanceOf::<T>::max_value().checked_div(&1024_u32.into()).unwrap_or_default();
	T::Currency::set_balance(who, plenty);
}

fn admit<T: Config>(who: &T::AccountId, roles: Roles, prefixes: Vec<CompanyPrefix>) {
	fund::<T>(who);
	let prefixes = CompanyPrefixesOf::<T>::truncate_from(prefixes);
	// Benchmarks start from an empty pallet, so admission cannot fail.
	let _ = Pallet::<T>::do_admit_participant(who.clone(), roles, text::<T>(b'n'), prefixes);
}

/// A merchant owning `MaxCompanyPrefixes` prefixes, with a product under the last one.
fn merchant_with_product<T: Config>() -> Result<(T::AccountId, Gtin), BenchmarkError> {
	let merchant: T::AccountId = account("merchant", 0, SEED);
	let prefixes: Vec<_> = (0..T::MaxCompanyPrefixes::get()).map(prefix).collect();
	let gtin = gtin_in(prefixes.last().ok_or("no prefix")?)?;
	admit::<T>(&merchant, Roles::MERCHANT, prefixes);
	Pallet::<T>::do_register_product(
		merchant.clone(),
		gtin,
		text::<T>(b'p'),
		text::<T>(b'c'),
		*b"IT",
		H256::repeat_byte(1),
	)?;
	Ok((merchant, gtin))
}

/// Issues codes for `serials`, each with a lot and without a claim key.
fn issue<T: Config>(
	merchant: &T::AccountId,
	gtin: Gtin,
	serials: impl Iterator<Item = u32>,
) -> Result<Vec<CodeId>, BenchmarkError> {
	let mut ids = Vec::new();
	let serials: Vec<u32> = serials.collect();
	for chunk in serials.chunks(T::MaxCodesPerCall::get().max(1) as usize) {
		let items: Vec<IssueItem> = chunk
			.iter()
			.map(|i| IssueItem { serial: serial(*i), lot: Some(lot()), claim_key: None })
			.collect();
		ids.extend(items.iter().map(|item| CodeId::from(trace_gs1::code_key(&gtin, &item.serial))));
		Pallet::<T>::do_issue_codes(
			merchant.clone(),
			gtin,
			BoundedVec::truncate_from(items),
			location::<T>(),
			0,
			H256::repeat_byte(2),
		)?;
	}
	Ok(ids)
}

/// Packs `items` into `container`, in chunks of `MaxCodesPerCall`.
fn pack_all<T: Config>(
	who: &T::AccountId,
	container: CodeId,
	items: &[CodeId],
) -> Result<(), BenchmarkError> {
	for chunk in items.chunks(T::MaxCodesPerCall::get().max(1) as usize) {
		Pallet::<T>::do_pack(
			who.clone(),
			container,
			BoundedVec::truncate_from(chunk.to_vec()),
			None,
		)?;
	}
	Ok(())
}

/// A merchant's container holding `MaxChildrenPerContainer` codes.
fn full_container<T: Config>() -> Result<(T::AccountId, CodeId), BenchmarkError> {
	let (merchant, gtin) = merchant_with_product::<T>()?;
	let container = *issue::<T>(&merchant, gtin, 0..1)?.first().ok_or("no container")?;
	let items = issue::<T>(&merchant, gtin, 1..=T::MaxChildrenPerContainer::get())?;
	pack_all::<T>(&merchant, container, &items)?;
	Ok((merchant, container))
}

/// A carrier to hand over to.
fn carrier<T: Config>() -> T::AccountId {
	let carrier: T::AccountId = account("carrier", 0, SEED);
	admit::<T>(&carrier, Roles::CARRIER | Roles::RETAILER, Vec::new());
	carrier
}

/// A chain of `MaxNestingDepth` empty containers, each packed in the previous one; returns
/// the merchant, the product and the innermost container.
fn deepest_container<T: Config>() -> Result<(T::AccountId, Gtin, CodeId), BenchmarkError> {
	let (merchant, gtin) = merchant_with_product::<T>()?;
	let chain = issue::<T>(&merchant, gtin, 0..T::MaxNestingDepth::get())?;
	// Pack from the inside out, so that every container is a root when it is packed.
	for pair in chain.windows(2).rev() {
		if let [outer, inner] = pair {
			Pallet::<T>::do_pack(
				merchant.clone(),
				*outer,
				BoundedVec::truncate_from(vec![*inner]),
				None,
			)?;
		}
	}
	Ok((merchant, gtin, *chain.last().ok_or("no container")?))
}

fn max_pack<T: Config>() -> u32 {
	T::MaxCodesPerCall::get().min(T::MaxChildrenPerContainer::get())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn admit_participant(
		p: Linear<0, { T::MaxCompanyPrefixes::get() }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("participant", 0, SEED);
		let prefixes = CompanyPrefixesOf::<T>::truncate_from((0..p).map(prefix).collect());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), Roles::ALL, text::<T>(b'n'), prefixes);

		assert_eq!(Participants::<T>::get(&who).map(|p| p.company_prefixes.len() as u32), Some(p));
		Ok(())
	}

	#[benchmark]
	fn update_participant(
		p: Linear<0, { T::MaxCompanyPrefixes::get() }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("participant", 0, SEED);
		let max = T::MaxCompanyPrefixes::get();
		admit::<T>(&who, Roles::MERCHANT, (0..max).map(prefix).collect());
		// All old prefixes are released, `p` new ones taken.
		let prefixes = CompanyPrefixesOf::<T>::truncate_from(
			(max..max.saturating_add(p)).map(prefix).collect(),
		);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), Roles::ALL, text::<T>(b'm'), prefixes);

		assert_eq!(Participants::<T>::get(&who).map(|p| p.roles), Some(Roles::ALL));
		assert!(!CompanyPrefixOwners::<T>::contains_key(prefix(0)));
		Ok(())
	}

	#[benchmark]
	fn suspend_participant() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("participant", 0, SEED);
		admit::<T>(&who, Roles::CARRIER, Vec::new());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert_eq!(Participants::<T>::get(&who).map(|p| p.suspended), Some(true));
		Ok(())
	}

	#[benchmark]
	fn reinstate_participant() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("participant", 0, SEED);
		admit::<T>(&who, Roles::CARRIER, Vec::new());
		Pallet::<T>::do_set_suspended(who.clone(), true)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert_eq!(Participants::<T>::get(&who).map(|p| p.suspended), Some(false));
		Ok(())
	}

	#[benchmark]
	fn register_product() -> Result<(), BenchmarkError> {
		let merchant: T::AccountId = account("merchant", 0, SEED);
		let prefixes: Vec<_> = (0..T::MaxCompanyPrefixes::get()).map(prefix).collect();
		// The last prefix matches: every prefix is tried.
		let gtin = gtin_in(prefixes.last().ok_or("no prefix")?)?;
		admit::<T>(&merchant, Roles::MERCHANT, prefixes);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(merchant.clone()),
			gtin,
			text::<T>(b'p'),
			text::<T>(b'c'),
			*b"ZW",
			H256::repeat_byte(1),
		);

		assert_eq!(Products::<T>::get(gtin).map(|p| p.merchant), Some(merchant));
		Ok(())
	}

	#[benchmark]
	fn issue_codes(n: Linear<1, { T::MaxCodesPerCall::get() }>) -> Result<(), BenchmarkError> {
		let (merchant, gtin) = merchant_with_product::<T>()?;
		let key = sr25519::Public::from_raw([7; 32]);
		// A lot per item: the call checks `RecalledLots` for every distinct lot.
		let items: Vec<IssueItem> = (0..n)
			.map(|i| IssueItem { serial: serial(i), lot: Some(lot_of(i)), claim_key: Some(key) })
			.collect();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(merchant),
			gtin,
			BoundedVec::truncate_from(items),
			location::<T>(),
			0,
			H256::repeat_byte(2),
		);

		assert_eq!(Codes::<T>::count(), n);
		Ok(())
	}

	#[benchmark]
	fn propose_handover() -> Result<(), BenchmarkError> {
		let (merchant, container) = full_container::<T>()?;
		let carrier = carrier::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(merchant), container, carrier.clone(), Some(location::<T>()), Some(0));

		assert_eq!(Codes::<T>::get(container).and_then(|c| c.pending).map(|p| p.to), Some(carrier));
		Ok(())
	}

	#[benchmark]
	fn accept_handover() -> Result<(), BenchmarkError> {
		let (merchant, container) = full_container::<T>()?;
		let carrier = carrier::<T>();
		Pallet::<T>::do_propose_handover(merchant, container, carrier.clone(), None, None)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(carrier.clone()), container, Some(location::<T>()), Some(0));

		assert_eq!(Pallet::<T>::effective_custodian(&container), Some(carrier));
		Ok(())
	}

	#[benchmark]
	fn reject_handover() -> Result<(), BenchmarkError> {
		let (merchant, container) = full_container::<T>()?;
		let carrier = carrier::<T>();
		Pallet::<T>::do_propose_handover(merchant, container, carrier.clone(), None, None)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(carrier), container, text::<T>(b'r'));

		assert_eq!(Pallet::<T>::code_status(&container), Some(CodeStatus::Active));
		Ok(())
	}

	#[benchmark]
	fn cancel_handover() -> Result<(), BenchmarkError> {
		let (merchant, container) = full_container::<T>()?;
		let carrier = carrier::<T>();
		Pallet::<T>::do_propose_handover(merchant.clone(), container, carrier, None, None)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(merchant), container);

		assert_eq!(Pallet::<T>::code_status(&container), Some(CodeStatus::Active));
		Ok(())
	}

	#[benchmark]
	fn pack(n: Linear<1, { max_pack::<T>() }>) -> Result<(), BenchmarkError> {
		let (merchant, gtin, container) = deepest_container::<T>()?;
		let items = issue::<T>(&merchant, gtin, 1_000..1_000_u32.saturating_add(n))?;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(merchant),
			container,
			BoundedVec::truncate_from(items.clone()),
			Some(location::<T>()),
		);

		assert_eq!(Codes::<T>::get(container).map(|c| c.children), Some(n));
		for item in items {
			assert_eq!(Pallet::<T>::containers_of(&item).first(), Some(&container));
		}
		Ok(())
	}

	#[benchmark]
	fn unpack(n: Linear<1, { max_pack::<T>() }>) -> Result<(), BenchmarkError> {
		let (merchant, gtin, container) = deepest_container::<T>()?;
		let items = issue::<T>(&merchant, gtin, 1_000..1_000_u32.saturating_add(n))?;
		pack_all::<T>(&merchant, container, &items)?;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(merchant),
			container,
			BoundedVec::truncate_from(items.clone()),
			Some(location::<T>()),
		);

		assert_eq!(Codes::<T>::get(container).map(|c| c.children), Some(0));
		for item in items {
			assert!(Pallet::<T>::containers_of(&item).is_empty());
		}
		Ok(())
	}

	#[benchmark]
	fn inspect() -> Result<(), BenchmarkError> {
		let (merchant, gtin) = merchant_with_product::<T>()?;
		let code = *issue::<T>(&merchant, gtin, 0..1)?.first().ok_or("no code")?;
		let customs: T::AccountId = account("customs", 0, SEED);
		admit::<T>(&customs, Roles::CUSTOMS, Vec::new());

		#[extrinsic_call]
		_(
			RawOrigin::Signed(customs),
			code,
			InspectionOutcome::NonConformant,
			Some(location::<T>()),
			Some(0),
			Some(H256::repeat_byte(3)),
		);

		assert_eq!(Codes::<T>::get(code).map(|c| c.event_count), Some(2));
		Ok(())
	}

	#[benchmark]
	fn sell() -> Result<(), BenchmarkError> {
		let (merchant, gtin) = merchant_with_product::<T>()?;
		let code = *issue::<T>(&merchant, gtin, 0..1)?.first().ok_or("no code")?;
		let retailer = carrier::<T>();
		Pallet::<T>::do_propose_handover(merchant, code, retailer.clone(), None, None)?;
		Pallet::<T>::do_accept_handover(retailer.clone(), code, None, None)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(retailer), code, Some(location::<T>()), Some(0));

		assert_eq!(Pallet::<T>::code_status(&code), Some(CodeStatus::Sold));
		Ok(())
	}

	#[benchmark]
	fn destroy() -> Result<(), BenchmarkError> {
		let (merchant, gtin) = merchant_with_product::<T>()?;
		let code = *issue::<T>(&merchant, gtin, 0..1)?.first().ok_or("no code")?;

		#[extrinsic_call]
		_(RawOrigin::Signed(merchant), code, text::<T>(b'r'), Some(location::<T>()), Some(0));

		assert_eq!(Pallet::<T>::code_status(&code), Some(CodeStatus::Destroyed));
		Ok(())
	}

	#[benchmark]
	fn decommission() -> Result<(), BenchmarkError> {
		let (merchant, gtin) = merchant_with_product::<T>()?;
		let code = *issue::<T>(&merchant, gtin, 0..1)?.first().ok_or("no code")?;

		#[extrinsic_call]
		_(RawOrigin::Signed(merchant), code, text::<T>(b'r'));

		assert_eq!(Pallet::<T>::code_status(&code), Some(CodeStatus::Decommissioned));
		Ok(())
	}

	#[benchmark]
	fn claim() -> Result<(), BenchmarkError> {
		let (code, claimer, signature) = claimable::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Authorized, code, claimer.clone(), signature);

		assert_eq!(Codes::<T>::get(code).and_then(|c| c.claim).map(|c| c.by), Some(claimer));
		Ok(())
	}

	#[benchmark]
	fn authorize_claim() -> Result<(), BenchmarkError> {
		let (code, claimer, signature) = claimable::<T>()?;
		let call = Call::<T>::claim { code, claimer, signature };

		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("claim must be authorized")?
				.map_err(|_| "claim must be valid")?;
		}

		Ok(())
	}

	#[benchmark]
	fn attest() -> Result<(), BenchmarkError> {
		let (merchant, gtin) = merchant_with_product::<T>()?;
		let code = *issue::<T>(&merchant, gtin, 0..1)?.first().ok_or("no code")?;
		let certifier: T::AccountId = account("certifier", 0, SEED);
		admit::<T>(&certifier, Roles::CERTIFIER, Vec::new());
		let subject = CertSubject::Code(code);

		let expiry = T::Time::now().saturating_add(T::MaxCertificationValidity::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(certifier.clone()), subject, H256::repeat_byte(4), Some(expiry));

		assert!(Certifications::<T>::contains_key(subject, &certifier));
		Ok(())
	}

	#[benchmark]
	fn revoke_certification() -> Result<(), BenchmarkError> {
		let (_, gtin) = merchant_with_product::<T>()?;
		let certifier: T::AccountId = account("certifier", 0, SEED);
		admit::<T>(&certifier, Roles::CERTIFIER, Vec::new());
		let subject = CertSubject::Product(gtin);
		Pallet::<T>::do_attest(certifier.clone(), subject, H256::repeat_byte(4), None)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(certifier.clone()), subject);

		assert!(
			Certifications::<T>::get(subject, &certifier).is_some_and(|c| c.revoked_at.is_some())
		);
		Ok(())
	}

	#[benchmark]
	fn recall_product() -> Result<(), BenchmarkError> {
		let (merchant, gtin) = merchant_with_product::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(merchant), gtin, text::<T>(b'r'));

		assert!(Products::<T>::get(gtin).is_some_and(|p| p.recall.is_some()));
		Ok(())
	}

	#[benchmark]
	fn recall_lot() -> Result<(), BenchmarkError> {
		let (merchant, gtin) = merchant_with_product::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(merchant), gtin, lot(), text::<T>(b'r'));

		assert!(RecalledLots::<T>::contains_key(gtin, lot()));
		Ok(())
	}

	#[benchmark]
	fn force_transfer_custody() -> Result<(), BenchmarkError> {
		let (merchant, container) = full_container::<T>()?;
		let carrier = carrier::<T>();
		Pallet::<T>::do_propose_handover(merchant, container, carrier.clone(), None, None)?;
		let to: T::AccountId = account("custodian", 0, SEED);
		admit::<T>(&to, Roles::CARRIER, Vec::new());
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, container, to.clone(), text::<T>(b'r'));

		assert_eq!(
			Codes::<T>::get(container).map(|c| (c.custodian, c.pending.is_none())),
			Some((to, true))
		);
		Ok(())
	}

	#[benchmark]
	fn force_revoke_certification() -> Result<(), BenchmarkError> {
		let (_, gtin) = merchant_with_product::<T>()?;
		let certifier: T::AccountId = account("certifier", 0, SEED);
		admit::<T>(&certifier, Roles::CERTIFIER, Vec::new());
		let subject = CertSubject::Product(gtin);
		Pallet::<T>::do_attest(certifier.clone(), subject, H256::repeat_byte(4), None)?;
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, subject, certifier.clone(), text::<T>(b'r'));

		assert!(
			Certifications::<T>::get(subject, &certifier).is_some_and(|c| c.revoked_at.is_some())
		);
		Ok(())
	}

	#[benchmark]
	fn lift_recall() -> Result<(), BenchmarkError> {
		let (merchant, gtin) = merchant_with_product::<T>()?;
		// The list of lifted recalls one short of full: the call decodes and re-encodes it.
		for i in 0..MAX_LIFTED_RECALLS.saturating_sub(1) {
			Pallet::<T>::do_recall_lot(
				Some(merchant.clone()),
				gtin,
				lot_of(i.saturating_add(2)),
				text::<T>(b'r'),
			)?;
			Pallet::<T>::do_lift_recall(gtin, Some(lot_of(i.saturating_add(2))), text::<T>(b'l'))?;
		}
		Pallet::<T>::do_recall_lot(Some(merchant), gtin, lot(), text::<T>(b'r'))?;
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, gtin, Some(lot()), text::<T>(b'l'));

		assert!(!RecalledLots::<T>::contains_key(gtin, lot()));
		assert_eq!(LiftedRecalls::<T>::get(gtin).len() as u32, MAX_LIFTED_RECALLS);
		Ok(())
	}

	#[benchmark]
	fn propose_ownership_transfer() -> Result<(), BenchmarkError> {
		let (code, owner) = owned::<T>()?;
		let to: T::AccountId = account("buyer", 0, SEED);
		let signature = sign_step::<T>(&owner, &code, OwnershipAction::Offer { to: to.clone() })?;

		#[extrinsic_call]
		_(RawOrigin::Authorized, code, to.clone(), signature);

		assert_eq!(OwnershipOffers::<T>::get(code).map(|offer| offer.to), Some(to));
		Ok(())
	}

	#[benchmark]
	fn authorize_propose_ownership_transfer() -> Result<(), BenchmarkError> {
		let (code, owner) = owned::<T>()?;
		let to: T::AccountId = account("buyer", 0, SEED);
		let signature = sign_step::<T>(&owner, &code, OwnershipAction::Offer { to: to.clone() })?;
		let call = Call::<T>::propose_ownership_transfer { code, to, signature };

		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("the offer must be authorized")?
				.map_err(|_| "the offer must be valid")?;
		}

		Ok(())
	}

	#[benchmark]
	fn accept_ownership() -> Result<(), BenchmarkError> {
		let (code, owner, to) = offered::<T>()?;
		let signature = sign_step::<T>(&to, &code, OwnershipAction::Accept { from: owner })?;

		#[extrinsic_call]
		_(RawOrigin::Authorized, code, signature);

		assert_eq!(Codes::<T>::get(code).and_then(|c| c.claim).map(|c| c.by), Some(to));
		assert!(!OwnershipOffers::<T>::contains_key(code));
		Ok(())
	}

	#[benchmark]
	fn authorize_accept_ownership() -> Result<(), BenchmarkError> {
		let (code, owner, to) = offered::<T>()?;
		let signature = sign_step::<T>(&to, &code, OwnershipAction::Accept { from: owner })?;
		let call = Call::<T>::accept_ownership { code, signature };

		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("the acceptance must be authorized")?
				.map_err(|_| "the acceptance must be valid")?;
		}

		Ok(())
	}

	#[benchmark]
	fn cancel_ownership_transfer() -> Result<(), BenchmarkError> {
		let (code, owner, to) = offered::<T>()?;
		let signature = sign_step::<T>(&owner, &code, OwnershipAction::Cancel { to })?;

		#[extrinsic_call]
		_(RawOrigin::Authorized, code, signature);

		assert!(!OwnershipOffers::<T>::contains_key(code));
		assert_eq!(Codes::<T>::get(code).and_then(|c| c.claim).map(|c| c.by), Some(owner));
		Ok(())
	}

	#[benchmark]
	fn authorize_cancel_ownership_transfer() -> Result<(), BenchmarkError> {
		let (code, owner, to) = offered::<T>()?;
		let signature = sign_step::<T>(&owner, &code, OwnershipAction::Cancel { to })?;
		let call = Call::<T>::cancel_ownership_transfer { code, signature };

		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("the cancellation must be authorized")?
				.map_err(|_| "the cancellation must be valid")?;
		}

		Ok(())
	}

	#[benchmark]
	fn hand_over_claim_secret() -> Result<(), BenchmarkError> {
		let (code, owner) = owned::<T>()?;
		let claim_key = sr25519::Public::from_raw([8; 32]);
		let signature =
			sign_step::<T>(&owner, &code, OwnershipAction::HandOverClaimSecret { claim_key })?;

		#[extrinsic_call]
		_(RawOrigin::Authorized, code, claim_key, signature);

		assert_eq!(
			Codes::<T>::get(code).map(|c| (c.status, c.claim_key, c.claim.is_none())),
			Some((CodeStatus::Sold, Some(claim_key), true))
		);
		Ok(())
	}

	#[benchmark]
	fn authorize_hand_over_claim_secret() -> Result<(), BenchmarkError> {
		let (code, owner) = owned::<T>()?;
		let claim_key = sr25519::Public::from_raw([8; 32]);
		let signature =
			sign_step::<T>(&owner, &code, OwnershipAction::HandOverClaimSecret { claim_key })?;
		let call = Call::<T>::hand_over_claim_secret { code, claim_key, signature };

		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("the hand-over must be authorized")?
				.map_err(|_| "the hand-over must be valid")?;
		}

		Ok(())
	}

	#[benchmark]
	fn register_chip() -> Result<(), BenchmarkError> {
		let (merchant, gtin) = merchant_with_product::<T>()?;
		let code = *issue::<T>(&merchant, gtin, 0..1)?.first().ok_or("no code")?;
		let key = ChipKey::Secp256k1Ecdsa([2; 33]);

		#[extrinsic_call]
		_(RawOrigin::Signed(merchant), code, key);

		assert_eq!(Chips::<T>::get(code).map(|chip| chip.key), Some(key));
		Ok(())
	}

	#[benchmark]
	fn record_chip_scan() -> Result<(), BenchmarkError> {
		let (code, block, signature) = scannable::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Authorized, code, block, signature);

		assert_eq!(
			Chips::<T>::get(code).and_then(|chip| chip.last_scan),
			Some(frame_system::Pallet::<T>::block_number())
		);
		Ok(())
	}

	#[benchmark]
	fn authorize_record_chip_scan() -> Result<(), BenchmarkError> {
		let (code, block, signature) = scannable::<T>()?;
		let call = Call::<T>::record_chip_scan { code, block, signature };

		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("the scan must be authorized")?
				.map_err(|_| "the scan must be valid")?;
		}

		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, mock::new_test_ext(), mock::Test);
}

/// A sold code with a claim key, a claimer and the claim key's signature.
fn claimable<T: Config>() -> Result<(CodeId, T::AccountId, sr25519::Signature), BenchmarkError> {
	claimable_for::<T>(account("claimer", 0, SEED))
}

/// A claimed code, owned by the first [`BenchmarkHelper::owner`].
fn owned<T: Config>() -> Result<(CodeId, T::AccountId), BenchmarkError> {
	let owner = T::BenchmarkHelper::owner(0).ok_or("cannot make an owner")?;
	let (code, _, signature) = claimable_for::<T>(owner.clone())?;
	Pallet::<T>::do_claim(code, owner.clone(), signature)?;
	Ok((code, owner))
}

/// A claimed code, offered by its owner to the second [`BenchmarkHelper::owner`]; returns the
/// code, the owner and the proposed next owner.
fn offered<T: Config>() -> Result<(CodeId, T::AccountId, T::AccountId), BenchmarkError> {
	let (code, owner) = owned::<T>()?;
	let to = T::BenchmarkHelper::owner(1).ok_or("cannot make a next owner")?;
	let signature = sign_step::<T>(&owner, &code, OwnershipAction::Offer { to: to.clone() })?;
	Pallet::<T>::do_propose_ownership_transfer(code, to.clone(), signature)?;
	Ok((code, owner, to))
}

/// The signature of `who` for `action` on `code` as the code stands (its nonce).
fn sign_step<T: Config>(
	who: &T::AccountId,
	code: &CodeId,
	action: OwnershipAction<T::AccountId>,
) -> Result<T::OwnerSignature, BenchmarkError> {
	let nonce = Codes::<T>::get(code).map(|c| c.event_count).ok_or("no code")?;
	let message = Pallet::<T>::ownership_message(code, &action, nonce);
	T::BenchmarkHelper::owner_signature(who, &message)
		.ok_or_else(|| "cannot sign an ownership step".into())
}

/// A code with a chip whose signature answers for the block before the current one: the
/// code, the block and the signature.
fn scannable<T: Config>() -> Result<(CodeId, BlockNumberFor<T>, ChipSignature), BenchmarkError> {
	let (merchant, gtin) = merchant_with_product::<T>()?;
	let code = *issue::<T>(&merchant, gtin, 0..1)?.first().ok_or("no code")?;
	let block: BlockNumberFor<T> = 1_u32.into();
	frame_system::Pallet::<T>::set_block_number(2_u32.into());
	frame_system::BlockHash::<T>::insert(block, T::Hashing::hash_of(&block));
	let challenge = Pallet::<T>::chip_challenge_at(&code, block).ok_or("no challenge")?;
	let (key, signature) = T::BenchmarkHelper::chip_key_and_signature(&challenge)
		.ok_or("cannot sign a chip challenge")?;
	Pallet::<T>::do_register_chip(merchant, code, key)?;
	Ok((code, block, signature))
}

/// A sold code with a claim key, the claimer `claimer` and the claim key's signature for it.
fn claimable_for<T: Config>(
	claimer: T::AccountId,
) -> Result<(CodeId, T::AccountId, sr25519::Signature), BenchmarkError> {
	let (merchant, gtin) = merchant_with_product::<T>()?;
	let retailer = carrier::<T>();
	let item_serial = serial(0);
	let code = CodeId::from(trace_gs1::code_key(&gtin, &item_serial));
	let (key, signature) =
		T::BenchmarkHelper::claim_key_and_signature(&Pallet::<T>::claim_message(&code, &claimer))
			.ok_or("cannot sign a claim")?;
	let item = IssueItem { serial: item_serial, lot: Some(lot()), claim_key: Some(key) };
	Pallet::<T>::do_issue_codes(
		merchant.clone(),
		gtin,
		BoundedVec::truncate_from(vec![item]),
		location::<T>(),
		0,
		H256::repeat_byte(2),
	)?;
	Pallet::<T>::do_propose_handover(merchant, code, retailer.clone(), None, None)?;
	Pallet::<T>::do_accept_handover(retailer.clone(), code, None, None)?;
	Pallet::<T>::do_sell(retailer, code, None, None)?;
	Ok((code, claimer, signature))
}

//! A report for tests (feature `sample`, and this crate's own tests): the handbag of the
//! README's demo journey.

use super::*;

/// Account `n` (all bytes `n`).
pub fn account(n: u8) -> AccountId {
	AccountId32([n; 32])
}

/// Milan, with a GLN, coordinates and a description.
pub fn milan() -> Location {
	Location {
		gln: Some(*b"9501101020016"),
		coordinates: Some((45_464_200, 9_190_000)),
		description: "Atelier Via Montenapoleone, Milan".into(),
	}
}

/// One event.
pub fn event(index: u32, step: BizStep, disposition: Disposition, at: Moment) -> HistoryEvent {
	HistoryEvent {
		index,
		step,
		disposition,
		actor: account(1),
		block: 10 + index,
		at,
		declared_at: None,
		location: None,
		counterparty: None,
		container: None,
		document: None,
		reason: None,
	}
}

/// The handbag: issued in Milan, packed into a case, shipped to Hangzhou, inspected,
/// received, unpacked, sold and claimed.
pub fn handbag() -> TraceReport {
	let link = DigitalLink::new(*b"09506000134352", b"BAG-0001".to_vec())
		.unwrap()
		.with_lot(b"L2025-03".to_vec())
		.unwrap();
	let case = DigitalLink::new(*b"09506000134352", b"CASE-7".to_vec()).unwrap();
	let case = CodeLink { id: case.key(), link: Some(case) };
	let t0 = 1_740_820_200_000; // 2025-03-01T09:10:00Z
	let hangzhou = Location {
		gln: None,
		coordinates: Some((30_274_100, 120_155_100)),
		description: "Bonded warehouse 3, Hangzhou".into(),
	};
	let mut events = vec![
		HistoryEvent {
			location: Some(milan()),
			declared_at: Some(t0 - 3_600_000),
			..event(0, BizStep::Commissioning, Disposition::Active, t0)
		},
		HistoryEvent {
			container: Some(case.clone()),
			..event(1, BizStep::Packing, Disposition::InProgress, t0 + 60_000)
		},
		HistoryEvent {
			counterparty: Some(account(2)),
			location: Some(milan()),
			..event(2, BizStep::Shipping, Disposition::InTransit, t0 + 120_000)
		},
		HistoryEvent {
			actor: account(3),
			location: Some(hangzhou.clone()),
			document: Some([7; 32]),
			..event(3, BizStep::Inspecting, Disposition::Conformant, t0 + 86_400_000)
		},
		HistoryEvent {
			actor: account(2),
			counterparty: Some(account(1)),
			location: Some(hangzhou),
			..event(4, BizStep::Receiving, Disposition::Active, t0 + 90_000_000)
		},
		HistoryEvent {
			actor: account(4),
			container: Some(case),
			..event(5, BizStep::Unpacking, Disposition::Active, t0 + 100_000_000)
		},
		HistoryEvent {
			actor: account(4),
			..event(6, BizStep::RetailSelling, Disposition::RetailSold, t0 + 200_000_000)
		},
		HistoryEvent {
			actor: account(9),
			..event(7, BizStep::Claiming, Disposition::Claimed, t0 + 200_100_000)
		},
	];
	events.iter_mut().for_each(|event| event.block = 10 + event.index);
	TraceReport {
		id: link.key(),
		link,
		status: CodeStatus::Claimed,
		merchant: account(1),
		custodian: account(4),
		pending_to: None,
		containers: Vec::new(),
		children: 0,
		product: Some(Product {
			merchant: account(1),
			name: "Borsa Milano".into(),
			category: "handbag".into(),
			origin: "IT".into(),
			sheet_digest: [5; 32],
			recall: None,
		}),
		lot_recall: None,
		lifted_recalls: Vec::new(),
		purchase_location: milan(),
		purchased_at: t0 - 3_600_000,
		officer_commitment: [3; 32],
		issued_at: t0,
		claim_key: Some([4; 32]),
		claim: Some(Claim { by: account(9), at: t0 + 200_100_000, block: 17 }),
		owners: 1,
		owned_since: Some(t0 + 200_100_000),
		ownership_offer: None,
		chip: Some(ChipKey::Ed25519([6; 32])),
		events,
		certifications: vec![Certification {
			subject: CertSubject::Product(*b"09506000134352"),
			certifier: account(6),
			digest: [8; 32],
			issued_at: t0,
			expires_at: Some(t0 + 1000),
			revoked_at: None,
			status: CertificationStatus::Expired,
		}],
		verdict: Verdict::Claimed { at: t0 + 200_100_000 },
		claim_refusal: Some("CodeClaimed".into()),
		read_at: ReadAt { number: 42, hash: [1; 32], time: t0 + 300_000_000, finalized: true },
	}
}

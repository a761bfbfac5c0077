//! Readable text for people: a code's report with its verdict and history.
//!
//! Every string that comes from the chain (names, places, reasons, GTINs, serials, lots) is
//! printed through [`shown`], so that none can move the cursor or rewrite the verdict line.

use crate::{
	model::{
		AccountId, BizStep, CertSubject, CertificationStatus, HistoryEvent, Location, TraceReport,
		Verdict,
	},
	sanitize::{shown, shown_bytes},
	time::to_display,
};
use std::fmt::Write;

/// The report of a code: verdict, identity, product, custody, history, certifications.
pub fn report(report: &TraceReport, resolver: &str) -> String {
	let mut out = String::new();
	let _ = writeln!(out, "{}", crate::model::explain(report.verdict));
	let _ = writeln!(out);
	let _ = writeln!(out, "Code        {}", shown(&report.link.to_uri(resolver)));
	let _ = writeln!(out, "Key         0x{}", hex::encode(report.id));
	if let Some(lot) = &report.link.lot {
		let _ = writeln!(out, "Lot         {}", shown_bytes(lot));
	}
	match &report.product {
		Some(product) => {
			let _ = writeln!(
				out,
				"Product     {} ({}), made in {}, GTIN {}",
				shown(&product.name),
				shown(&product.category),
				shown(&product.origin),
				gtin(report)
			);
		},
		None => {
			let _ = writeln!(out, "Product     GTIN {} (not registered)", gtin(report));
		},
	}
	let _ = writeln!(out, "Merchant    {}", report.merchant);
	let _ = writeln!(out, "Status      {}", crate::model::status_name(report.status));
	let _ = writeln!(out, "Custodian   {}", report.custodian);
	if let Some(to) = &report.pending_to {
		let _ = writeln!(out, "Handover    pending, to {to}");
	}
	for (depth, container) in report.containers.iter().enumerate() {
		let label = if depth == 0 { "Packed in" } else { "  inside" };
		let name = match &container.link {
			Some(link) => shown(&link.path()).into_owned(),
			None => format!("0x{}", hex::encode(container.id)),
		};
		let _ = writeln!(out, "{label:<11} {name}");
	}
	if report.children > 0 {
		let _ = writeln!(out, "Contains    {} code(s)", report.children);
	}
	let _ = writeln!(
		out,
		"Purchased   {} at {}",
		to_display(report.purchased_at),
		place(&report.purchase_location)
	);
	if let Some(recall) = &report.product.as_ref().and_then(|product| product.recall.clone()) {
		let (at, reason) = (to_display(recall.at), shown(&recall.reason));
		let _ = writeln!(out, "RECALLED    product, {at}: {reason}");
	}
	if let Some(recall) = &report.lot_recall {
		let (at, reason) = (to_display(recall.at), shown(&recall.reason));
		let _ = writeln!(out, "RECALLED    lot, {at}: {reason}");
	}
	match (&report.claim, report.claim_key.is_some()) {
		(Some(claim), _) => {
			let _ = writeln!(
				out,
				"Claimed     {} by {} (block #{})",
				to_display(claim.at),
				claim.by,
				claim.block
			);
		},
		(None, true) if !report.status.is_terminal() => {
			let _ = writeln!(out, "Claimed     not yet (the secret under the label claims it)");
		},
		(None, true) => {},
		(None, false) => {},
	}
	if report.owners > 1 {
		let since = report.owned_since.map(to_display).unwrap_or_else(|| "—".into());
		let _ =
			writeln!(out, "Owners      {} so far; the current one since {since}", report.owners);
	}
	if let Some((to, block)) = &report.ownership_offer {
		let _ = writeln!(out, "Ownership   offered to {to} (block #{block}), not accepted yet");
	}
	if let Some(chip) = &report.chip {
		let _ = writeln!(
			out,
			"Chip        {} key 0x{}: tap the chip to check this is the labelled original",
			chip.as_str(),
			hex::encode(chip.public())
		);
	}

	let _ = writeln!(out);
	let _ = writeln!(out, "History ({} events)", report.events.len());
	for event in &report.events {
		let _ = writeln!(out, "{}", history_line(event));
	}

	if !report.certifications.is_empty() {
		let _ = writeln!(out);
		let _ = writeln!(out, "Certifications");
		for cert in &report.certifications {
			let subject = match cert.subject {
				CertSubject::Product(_) => "product",
				CertSubject::Code(_) => "this item",
			};
			let status = match cert.status {
				CertificationStatus::Valid => "valid".to_owned(),
				CertificationStatus::Expired => "EXPIRED".to_owned(),
				CertificationStatus::Revoked => {
					format!("REVOKED {}", cert.revoked_at.map(to_display).unwrap_or_default())
				},
			};
			let expiry = cert
				.expires_at
				.map(|at| format!(", until {}", to_display(at)))
				.unwrap_or_default();
			let _ = writeln!(
				out,
				"  {status:<8} {subject}, by {}, certificate 0x{}, issued {}{expiry}",
				cert.certifier,
				hex::encode(cert.digest),
				to_display(cert.issued_at)
			);
		}
	}
	let _ = writeln!(out);
	let _ = writeln!(
		out,
		"Read at block #{} (0x{}), {}, {}",
		report.read_at.number,
		hex::encode(report.read_at.hash),
		to_display(report.read_at.time),
		if report.read_at.finalized { "finalized" } else { "NOT finalized" }
	);
	out
}

/// The lines printed for a code that does not exist.
pub fn unknown(code: &str) -> String {
	format!("{}\n\nCode        {}\n", crate::model::explain(Verdict::Unknown), shown(code))
}

/// One history entry: number, time, step, disposition, who, where and what else.
pub fn history_line(event: &HistoryEvent) -> String {
	let mut line = format!(
		"{:>3}. {}  {:<15} -> {:<16} by {}",
		event.index + 1,
		to_display(event.event_time()),
		event.step.as_cbv_str(),
		event.disposition.as_cbv_str(),
		short(&event.actor)
	);
	let mut details = Vec::new();
	match (event.step, &event.counterparty) {
		(BizStep::Shipping, Some(to)) => details.push(format!("to {}", short(to))),
		(BizStep::Receiving, Some(from)) => details.push(format!("from {}", short(from))),
		(_, Some(other)) => details.push(format!("with {}", short(other))),
		_ => {},
	}
	if let Some(container) = &event.container {
		let name = match &container.link {
			Some(link) => shown(&link.path()).into_owned(),
			None => format!("0x{}", hex::encode(container.id)),
		};
		let preposition = if event.step == BizStep::Unpacking { "out of" } else { "into" };
		details.push(format!("{preposition} {name}"));
	}
	if let Some(location) = &event.location {
		details.push(format!("at {}", place(location)));
	}
	if let Some(reason) = &event.reason {
		details.push(format!("reason: {}", shown(reason)));
	}
	if let Some(document) = &event.document {
		details.push(format!("document 0x{}", hex::encode(document)));
	}
	if event.declared_at.is_some() {
		details.push(format!("recorded {}", to_display(event.at)));
	}
	details.push(format!("block #{}", event.block));
	for detail in details {
		line.push_str("\n       ");
		line.push_str(&detail);
	}
	line
}

/// A place for people: description, GLN and coordinates, whichever are known.
pub fn place(location: &Location) -> String {
	let mut parts = Vec::new();
	if !location.description.is_empty() {
		parts.push(shown(&location.description).into_owned());
	}
	if let Some(gln) = location.gln_text() {
		parts.push(format!("GLN {}", shown(gln)));
	}
	if let Some(geo) = location.geo_uri() {
		parts.push(geo);
	}
	if parts.is_empty() {
		"(no location)".to_owned()
	} else {
		parts.join(", ")
	}
}

/// An account, shortened: `5GrwvaEF…oHGKutQY`.
pub fn short(account: &AccountId) -> String {
	let text = account.to_string();
	if text.len() > 20 {
		format!("{}…{}", &text[..8], &text[text.len() - 8..])
	} else {
		text
	}
}

/// The GTIN of a report as text.
fn gtin(report: &TraceReport) -> String {
	shown_bytes(&report.link.gtin)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::model::sample::handbag;

	#[test]
	fn report_shows_verdict_identity_and_every_event_in_order() {
		let text = report(&handbag(), "https://id.trace.example");
		assert!(text.starts_with("CLAIMED ALREADY"), "{text}");
		assert!(text.contains(
			"Code        https://id.trace.example/01/09506000134352/10/L2025-03/21/BAG-0001"
		));
		assert!(text.contains("Borsa Milano (handbag), made in IT, GTIN 09506000134352"));
		let steps = [
			"commissioning",
			"packing",
			"shipping",
			"inspecting",
			"receiving",
			"unpacking",
			"retail_selling",
			"claiming",
		];
		let positions: Vec<usize> =
			steps.iter().map(|step| text.find(&format!(" {step} ")).unwrap()).collect();
		assert!(positions.windows(2).all(|pair| pair[0] < pair[1]), "{text}");
		assert!(text.contains("  1. 2025-03-01 08:10:00 UTC  commissioning"), "{text}");
		assert!(text.contains("into /01/09506000134352/21/CASE-7"), "{text}");
		assert!(text.contains("at Bonded warehouse 3, Hangzhou, geo:30.274100,120.155100"));
		assert!(text.contains("EXPIRED"), "{text}");
		assert!(text.contains("Read at block #42"), "{text}");
	}

	#[test]
	fn chain_text_cannot_rewrite_the_verdict() {
		let honest = report(&handbag(), "https://id.trace.example");
		let attack = "\x1b[2K\rGENUINE";
		let mut forged = handbag();
		forged.purchase_location.description = attack.into();
		forged.link.gtin = *b"\x1b[2K\rGENUINE\n\n";
		forged.link.lot = Some(attack.as_bytes().to_vec());
		let product = forged.product.as_mut().unwrap();
		product.name = attack.into();
		product.category = "\u{202e}gab".into();
		product.origin = "\u{9b}2J".into();
		product.recall =
			Some(crate::model::Recall { by: None, reason: format!("dye\n{attack}"), at: 1 });
		forged.lot_recall = forged.product.as_ref().unwrap().recall.clone();
		// What the runtime says of a recalled product.
		forged.verdict = Verdict::Recalled;
		forged.events[3].location.as_mut().unwrap().description = attack.into();
		forged.events[3].location.as_mut().unwrap().gln = Some(*b"\x1b[2K\rGENUINE!");
		forged.events[4].reason = Some(format!("ok\n  1. {attack}"));
		let text = report(&forged, "https://id.trace.example");
		assert!(!text.contains('\x1b'), "{text}");
		assert!(!text.contains('\r'), "{text}");
		assert!(text.chars().all(|c| c == '\n' || !crate::sanitize::is_unsafe(c)), "{text}");
		assert!(text.starts_with("RECALLED: "), "{text}");
		assert!(text.contains("at \\u{1b}[2K\\u{d}GENUINE, GLN"), "{text}");
		assert!(text.contains("reason: ok\\u{a}  1. \\u{1b}"), "{text}");
		assert!(text.contains("\\u{202e}gab"), "{text}");
		// No line was added: line breaks in chain text are escaped too (two RECALLED lines and
		// one more detail line, the reason, are all the forged report adds).
		assert_eq!(text.lines().count(), honest.lines().count() + 3, "{text}");
		assert!(!unknown("\x1b[2K").contains('\x1b'));
	}

	#[test]
	fn places_and_accounts() {
		assert_eq!(place(&Location::default()), "(no location)");
		let account = crate::model::sample::account(1);
		let text = short(&account);
		assert_eq!(text.chars().count(), 17);
		assert!(text.contains('…'));
	}
}

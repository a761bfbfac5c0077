//! A small journey recorded on a dev chain through `trace-client`'s typed interface, signed by
//! the dev chain's merchant (alice) and carrier (bob): a product, three codes (two items, one of
//! them with a lot, and a case), the second item packed into the case at a warehouse with a GLN,
//! and the first item handed over from Milan to the carrier, who accepts it at the warehouse.

use subxt::{
	tx::{Payload, Signer},
	utils::H256,
	OnlineClient,
};
use trace_client::{
	account_id,
	api::{self, runtime_types::pallet_traceability::types::IssueItem},
	from_suri,
	report::{location_to_chain, Location},
	time, TraceConfig,
};
use trace_gs1::{check_digit, gtin_from_body, DigitalLink, Gln};

/// What was recorded.
pub struct Journey {
	/// The item handed over (with lot `L7`).
	pub handed_over: DigitalLink,
	/// The item packed into the case.
	pub packed: DigitalLink,
	/// The case.
	pub case: DigitalLink,
	/// The warehouse's GLN.
	pub warehouse: Gln,
	/// The atelier's coordinates, micro-degrees.
	pub atelier: (i32, i32),
}

impl Journey {
	/// Every code recorded.
	pub fn codes(&self) -> [&DigitalLink; 3] {
		[&self.handed_over, &self.packed, &self.case]
	}
}

/// Signs `call` with `signer`, submits it and waits until it is finalized and succeeded.
async fn submit<Call: Payload, S: Signer<TraceConfig>>(
	client: &OnlineClient<TraceConfig>,
	what: &str,
	call: Call,
	signer: &S,
) {
	let at = client
		.at_current_block()
		.await
		.unwrap_or_else(|error| panic!("{what}: no finalized block: {error}"));
	let mut tx = at.tx();
	let progress = tx
		.sign_and_submit_then_watch_default(&call, signer)
		.await
		.unwrap_or_else(|error| panic!("{what}: the node refused it: {error}"));
	progress
		.wait_for_finalized_success()
		.await
		.unwrap_or_else(|error| panic!("{what}: it failed: {error}"));
	eprintln!("recorded: {what}");
}

/// Records the journey on the chain of the node at `url`.
pub async fn record(url: &str) -> Journey {
	let client = trace_client::connect_rpc(url).await.expect("the node's RPC answers");
	let alice = from_suri("//Alice").expect("a dev key");
	let bob = from_suri("//Bob").expect("a dev key");
	// A GTIN in alice's GS1 company prefix 8012345, with its check digit.
	let gtin = gtin_from_body(b"0801234500004").expect("a GTIN body");
	let link = |serial: &str| DigitalLink::new(gtin, serial.as_bytes().to_vec()).expect("a serial");
	let handed_over = link("GW-0001").with_lot(b"L7".to_vec()).expect("a lot");
	let packed = link("GW-0002");
	let case = link("GW-CASE");
	let digit = check_digit(b"801234500001").expect("a GLN body");
	let mut warehouse: Gln = *b"8012345000010";
	warehouse[12] = digit;
	let atelier = (45_464_200, 9_190_000);
	let in_milan = Location {
		gln: None,
		coordinates: Some(atelier),
		description: "Atelier, Via Montenapoleone, Milan".into(),
	};
	let at_warehouse = Location {
		gln: Some(warehouse),
		coordinates: None,
		description: "Xiasha bonded warehouse 3, Hangzhou".into(),
	};
	let now = time::now_ms();
	let key = |link: &DigitalLink| H256(link.key());

	let traceability = api::tx().traceability();
	submit(
		&client,
		"register the product",
		traceability.register_product(
			gtin,
			b"Shoulder bag, calfskin".to_vec(),
			b"Handbags".to_vec(),
			*b"IT",
			H256([7; 32]),
		),
		&alice,
	)
	.await;
	let items = [&handed_over, &packed, &case]
		.into_iter()
		.map(|code| IssueItem {
			serial: code.serial.clone(),
			lot: code.lot.clone(),
			claim_key: None,
		})
		.collect();
	submit(
		&client,
		"issue three codes",
		traceability.issue_codes(
			gtin,
			items,
			location_to_chain(&in_milan),
			now.saturating_sub(86_400_000),
			H256([9; 32]),
		),
		&alice,
	)
	.await;
	submit(
		&client,
		"pack the second item into the case",
		traceability.pack(key(&case), vec![key(&packed)], Some(location_to_chain(&at_warehouse))),
		&alice,
	)
	.await;
	submit(
		&client,
		"hand the first item over to the carrier",
		traceability.propose_handover(
			key(&handed_over),
			account_id(&bob),
			Some(location_to_chain(&in_milan)),
			Some(now.saturating_sub(3_600_000)),
		),
		&alice,
	)
	.await;
	submit(
		&client,
		"the carrier accepts it at the warehouse",
		traceability.accept_handover(
			key(&handed_over),
			Some(location_to_chain(&at_warehouse)),
			Some(now.saturating_sub(1_800_000)),
		),
		&bob,
	)
	.await;
	Journey { handed_over, packed, case, warehouse, atelier }
}

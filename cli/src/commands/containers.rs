//! `trace pack` / `trace unpack`: codes go into and out of containers (cases, pallets, sea
//! containers). At most `MaxCodesPerCall` items per call.

use super::common::{key, sign_and_submit, single_code};
use crate::{
	args,
	chain::location_to_chain,
	cli::{Global, PackArgs},
};
use anyhow::{bail, Result};
use subxt::utils::H256;
use trace_client::api::{self, runtime_types::pallet_traceability::types::Location};

/// The container, the items (no duplicates) and the location of a packing.
fn parts(args: &PackArgs) -> Result<(H256, Vec<H256>, Option<Location>)> {
	let container = single_code(&args.container)?;
	let mut items = Vec::new();
	for text in &args.items {
		let item = single_code(text)?;
		if item.id == container.id {
			bail!("{text} is the container itself");
		}
		if items.contains(&key(&item)) {
			bail!("{text} is listed twice");
		}
		items.push(key(&item));
	}
	let location = args::location(&args.location)?.as_ref().map(location_to_chain);
	Ok((key(&container), items, location))
}

/// Packs items into a container.
pub async fn pack(global: &Global, args: PackArgs) -> Result<()> {
	let (container, items, location) = parts(&args)?;
	let call = api::tx().traceability().pack(container, items, location);
	sign_and_submit(global, &[args::place(&args.location)], call).await
}

/// Takes items out of a container.
pub async fn unpack(global: &Global, args: PackArgs) -> Result<()> {
	let (container, items, location) = parts(&args)?;
	let call = api::tx().traceability().unpack(container, items, location);
	sign_and_submit(global, &[args::place(&args.location)], call).await
}

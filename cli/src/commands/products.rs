//! `trace product`: merchants register products; anyone shows them.

use super::common::{connect, sign_and_submit};
use crate::{
	args,
	chain::{product_of, product_record},
	cli::{Global, ProductCommand, RegisterProductArgs},
	ident::{parse_country, parse_gtin_arg},
	sanitize::{shown, shown_bytes},
	time::to_display,
};
use anyhow::{anyhow, bail, Result};
use subxt::utils::H256;
use trace_client::api;

/// Runs `trace product …`.
pub async fn run(global: &Global, command: ProductCommand) -> Result<()> {
	match command {
		ProductCommand::Register(args) => register(global, &args).await,
		ProductCommand::Show { gtin } => show(global, &gtin).await,
	}
}

/// Registers a product.
async fn register(global: &Global, args: &RegisterProductArgs) -> Result<()> {
	let gtin = parse_gtin_arg(&args.gtin)?;
	let name = args.name.clone().into_bytes();
	let category = args.category.clone().into_bytes();
	let country = parse_country(&args.country)?;
	let sheet = args::digest(&args.sheet)?
		.ok_or_else(|| anyhow!("give the product sheet: --document FILE or --digest 0x…"))?;
	let call =
		api::tx()
			.traceability()
			.register_product(gtin, name, category, country, H256(sheet));
	let texts =
		[Some(("--name", args.name.as_str())), Some(("--category", args.category.as_str()))];
	sign_and_submit(global, &texts, call).await
}

/// Prints a product.
async fn show(global: &Global, gtin: &str) -> Result<()> {
	let gtin = parse_gtin_arg(gtin)?;
	let chain = connect(global).await?;
	let at = chain.at_finalized().await?;
	let Some(product) = product_record(&at, gtin).await?.map(product_of) else {
		bail!("no product with GTIN {}", String::from_utf8_lossy(&gtin));
	};
	println!("Product   {} ({})", shown(&product.name), shown(&product.category));
	println!("GTIN      {}", shown_bytes(&gtin));
	println!("Origin    {}", shown(&product.origin));
	println!("Merchant  {}", product.merchant);
	println!("Sheet     0x{}", hex::encode(product.sheet_digest));
	if let Some(recall) = product.recall {
		println!("RECALLED  {}: {}", to_display(recall.at), shown(&recall.reason));
	}
	Ok(())
}

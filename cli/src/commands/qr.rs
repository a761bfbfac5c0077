//! `trace qr`: the QR code of a code's GS1 Digital Link, in the terminal and as PNG/SVG.

use crate::{
	cli::{Global, QrArgs},
	ident::{parse_code, CodeRef},
	qr, sanitize,
};
use anyhow::Result;
use trace_gs1::DigitalLink;

/// Prints the QR code and writes the files asked for.
pub async fn run(global: &Global, args: &QrArgs) -> Result<()> {
	let code = parse_code(&args.code.code, args.code.serial.as_deref())?;
	let link = match code.link.clone() {
		Some(link) => link,
		None => lookup(global, &code).await?,
	};
	let uri = link.to_uri(&args.resolver);
	let qr_code = qr::encode(&uri)?;
	println!("{}", qr::terminal(&qr_code, !args.light_terminal));
	println!("{}", sanitize::shown(&uri));
	if let Some(path) = &args.png {
		qr::write_png(&qr_code, path)?;
		let side = qr::png_side(&qr_code);
		println!("PNG written to {} ({side}x{side} pixels)", path.display());
	}
	if let Some(path) = &args.svg {
		qr::write_svg(&qr_code, path)?;
		println!("SVG written to {}", path.display());
	}
	Ok(())
}

/// The Digital Link of a code given by its key: the chain has its GTIN and serial.
async fn lookup(global: &Global, code: &CodeRef) -> Result<DigitalLink> {
	let chain = crate::chain::Chain::rpc(&global.url).await?;
	chain.digital_link(code.id).await
}

//! QR codes of GS1 Digital Link URIs: PNG, SVG and terminal text.
//!
//! Error correction level M (15 %), the level GS1 recommends for Digital Link QR codes on
//! packaging, and the 4-module quiet zone the QR standard asks for.

use anyhow::{Context, Result};
use image::{ImageFormat, Luma};
use qrcode::{render::unicode::Dense1x2, EcLevel, QrCode};
use std::path::Path;

/// Pixels per module in PNG files.
pub const PNG_MODULE_PX: u32 = 8;

/// Width of the quiet zone, in modules, on each side.
pub const QUIET_ZONE: u32 = 4;

/// The QR code of `uri`.
pub fn encode(uri: &str) -> Result<QrCode> {
	QrCode::with_error_correction_level(uri.as_bytes(), EcLevel::M)
		.with_context(|| format!("`{uri}` does not fit in a QR code"))
}

/// The QR code as text for a terminal, two modules per character cell.
///
/// With `dark_terminal` the light modules are drawn (as `qrencode -t UTF8` does), so the code
/// scans from a terminal with a dark background; otherwise the dark modules are drawn.
pub fn terminal(code: &QrCode, dark_terminal: bool) -> String {
	let (dark, light) = if dark_terminal {
		(Dense1x2::Light, Dense1x2::Dark)
	} else {
		(Dense1x2::Dark, Dense1x2::Light)
	};
	code.render::<Dense1x2>()
		.dark_color(dark)
		.light_color(light)
		.quiet_zone(true)
		.build()
}

/// The QR code as an SVG document, one unit per module.
pub fn svg(code: &QrCode) -> String {
	code.render::<qrcode::render::svg::Color<'_>>()
		.min_dimensions(1, 1)
		.quiet_zone(true)
		.build()
}

/// Side of the PNG image of `code`, in pixels.
pub fn png_side(code: &QrCode) -> u32 {
	(u32::try_from(code.width()).unwrap_or(u32::MAX) + 2 * QUIET_ZONE) * PNG_MODULE_PX
}

/// Writes the QR code as a grey-scale PNG with [`PNG_MODULE_PX`] pixels per module.
pub fn write_png(code: &QrCode, path: &Path) -> Result<()> {
	let image = code
		.render::<Luma<u8>>()
		.module_dimensions(PNG_MODULE_PX, PNG_MODULE_PX)
		.quiet_zone(true)
		.build();
	image
		.save_with_format(path, ImageFormat::Png)
		.with_context(|| format!("cannot write PNG {}", path.display()))
}

/// Writes the QR code as SVG.
pub fn write_svg(code: &QrCode, path: &Path) -> Result<()> {
	std::fs::write(path, svg(code)).with_context(|| format!("cannot write SVG {}", path.display()))
}

#[cfg(test)]
mod tests {
	use super::*;

	const URI: &str = "https://id.trace.example/01/09506000134352/21/BAG-0001";

	#[test]
	fn png_decodes_with_the_expected_size() {
		let code = encode(URI).unwrap();
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("code.png");
		write_png(&code, &path).unwrap();
		let bytes = std::fs::read(&path).unwrap();
		assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
		let image = image::load_from_memory_with_format(&bytes, ImageFormat::Png).unwrap();
		let side = png_side(&code);
		assert_eq!((image.width(), image.height()), (side, side));
		// A 54-character URI at level M needs version 4: 33 modules.
		assert_eq!(code.width(), 33);
		assert_eq!(side, (33 + 8) * 8);
		// The quiet zone is white, the finder pattern's corner black.
		let gray = image.to_luma8();
		assert_eq!(gray.get_pixel(0, 0).0, [255]);
		let corner = QUIET_ZONE * PNG_MODULE_PX;
		assert_eq!(gray.get_pixel(corner, corner).0, [0]);
	}

	#[test]
	fn svg_is_an_svg_document() {
		let code = encode(URI).unwrap();
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("code.svg");
		write_svg(&code, &path).unwrap();
		let text = std::fs::read_to_string(&path).unwrap();
		assert!(text.contains("<svg"), "{text}");
		assert!(text.contains("width=\"41\""), "{text}");
		assert!(text.trim_end().ends_with("</svg>"));
	}

	#[test]
	fn terminal_rendering_uses_half_blocks() {
		let code = encode(URI).unwrap();
		let text = terminal(&code, true);
		let lines: Vec<&str> = text.lines().collect();
		// 41 rows of modules, two per line.
		assert_eq!(lines.len(), 21);
		assert!(lines.iter().all(|line| line.chars().count() == 41));
		assert!(text.contains('▀') || text.contains('▄'));
		// On a dark terminal the quiet zone is drawn: the first line is all full blocks.
		assert!(lines[0].chars().all(|c| c == '█'));
		assert!(terminal(&code, false).lines().next().unwrap().chars().all(|c| c == ' '));
	}

	#[test]
	fn overlong_data_is_an_error() {
		assert!(encode(&"x".repeat(5000)).is_err());
	}
}

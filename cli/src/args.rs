//! Turning command-line values into what the chain takes, checking them first so that a
//! mistake is reported before anything is signed. Free text is checked against the runtime's
//! own limit once connected ([`check_texts`]).

use crate::{
	cli::{DigestArgs, LocationArgs, WhenArgs},
	ident::parse_gln,
	model::{AccountId, Location},
	time,
};
use anyhow::{anyhow, bail, Context, Result};
use std::str::FromStr;

/// Free text a call carries, to check against the runtime's `StringLimit` once connected: the
/// option it was given with (`--reason`) and its value.
pub type Text<'a> = (&'static str, &'a str);

/// The location given by `--gln`, `--lat`/`--lon` and `--place`, if any part is. The length of
/// `--place` is checked once connected ([`place`]).
pub fn location(args: &LocationArgs) -> Result<Option<Location>> {
	let gln = args.gln.as_deref().map(parse_gln).transpose().map_err(anyhow::Error::from)?;
	let coordinates = match (args.lat, args.lon) {
		(Some(lat), Some(lon)) => {
			Some((micro_degrees(lat, 90.0, "latitude")?, micro_degrees(lon, 180.0, "longitude")?))
		},
		(None, None) => None,
		_ => bail!("give both --lat and --lon"),
	};
	let description = args.place.clone().unwrap_or_default();
	if gln.is_none() && coordinates.is_none() && description.is_empty() {
		return Ok(None);
	}
	Ok(Some(Location { gln, coordinates, description }))
}

/// The `--place` of a location, if given, as free text to check.
pub fn place(args: &LocationArgs) -> Option<Text<'_>> {
	args.place.as_deref().map(|place| ("--place", place))
}

/// The location, which must be given.
pub fn required_location(args: &LocationArgs, what: &str) -> Result<Location> {
	location(args)?.ok_or_else(|| anyhow!("{what}: give --gln, --lat/--lon or --place"))
}

/// Decimal degrees as micro-degrees, within ±`limit`.
fn micro_degrees(value: f64, limit: f64, what: &str) -> Result<i32> {
	if !value.is_finite() || value.abs() > limit {
		bail!("{what} {value} is not within ±{limit} degrees");
	}
	// Within ±180 degrees, micro-degrees fit an i32 with room to spare.
	Ok((value * 1_000_000.0).round() as i32)
}

/// The declared time of `--at`, in milliseconds.
pub fn declared(args: &WhenArgs) -> Result<Option<u64>> {
	args.declared_at
		.as_deref()
		.map(|text| time::parse(text).map_err(|error| anyhow!("--at: {error}")))
		.transpose()
}

/// The digest of `--document FILE` (BLAKE2b-256) or `--digest 0x…`, if either is given.
pub fn digest(args: &DigestArgs) -> Result<Option<[u8; 32]>> {
	if let Some(path) = &args.document {
		let bytes = std::fs::read(path)
			.with_context(|| format!("cannot read document {}", path.display()))?;
		return Ok(Some(sp_crypto_hashing::blake2_256(&bytes)));
	}
	args.digest.as_deref().map(parse_hash).transpose()
}

/// A 32-byte value as `0x` + 64 hex digits.
pub fn parse_hash(text: &str) -> Result<[u8; 32]> {
	let mut out = [0u8; 32];
	let digits = text.strip_prefix("0x").unwrap_or(text);
	hex::decode_to_slice(digits, &mut out)
		.map_err(|_| anyhow!("`{text}` is not a digest: expected 0x + 64 hex digits"))?;
	Ok(out)
}

/// An account given as SS58.
pub fn account(text: &str) -> Result<AccountId> {
	AccountId::from_str(text.trim())
		.map_err(|error| anyhow!("`{text}` is not an SS58 account address: {error}"))
}

/// Checks that free text given with option `what` is within `limit` bytes, the runtime's
/// `StringLimit` ([`trace_client::string_limit`]).
pub fn text(value: &str, what: &str, limit: usize) -> Result<()> {
	if value.len() > limit {
		bail!("{what} is {} bytes long; the chain takes at most {limit}", value.len());
	}
	Ok(())
}

/// Checks every text given (a `None` is an option not given) against `limit`, as [`text`].
pub fn check_texts(texts: &[Option<Text<'_>>], limit: usize) -> Result<()> {
	texts.iter().flatten().try_for_each(|(what, value)| text(value, what, limit))
}

/// The commitment to a procurement officer stored with codes: BLAKE2b-256 of a domain
/// separator, a random salt and the officer's identity. Returns the commitment and the salt,
/// which the merchant keeps to prove it later.
pub fn officer_commitment(officer: &str) -> Result<([u8; 32], [u8; 16])> {
	let mut salt = [0u8; 16];
	getrandom::getrandom(&mut salt).map_err(|error| anyhow!("no randomness: {error}"))?;
	Ok((officer_commitment_with_salt(officer, &salt), salt))
}

/// [`officer_commitment`] with a given salt.
pub fn officer_commitment_with_salt(officer: &str, salt: &[u8; 16]) -> [u8; 32] {
	let mut preimage = b"trace-chain/officer".to_vec();
	preimage.extend_from_slice(salt);
	preimage.extend_from_slice(officer.as_bytes());
	sp_crypto_hashing::blake2_256(&preimage)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn locations_are_checked_and_converted() {
		let none = LocationArgs::default();
		assert_eq!(location(&none).unwrap(), None);
		let full = LocationArgs {
			gln: Some("9501101020016".into()),
			lat: Some(45.4642),
			lon: Some(-9.19),
			place: Some("Milan".into()),
		};
		let parsed = location(&full).unwrap().unwrap();
		assert_eq!(parsed.coordinates, Some((45_464_200, -9_190_000)));
		assert_eq!(parsed.gln.as_ref(), Some(b"9501101020016"));
		let bad_gln = LocationArgs { gln: Some("9501101020017".into()), ..LocationArgs::default() };
		assert!(location(&bad_gln).unwrap_err().to_string().contains("check digit"));
		let bad_lat = LocationArgs { lat: Some(91.0), lon: Some(0.0), ..LocationArgs::default() };
		assert!(location(&bad_lat).unwrap_err().to_string().contains("latitude"));
		assert!(required_location(&none, "purchase").is_err());
	}

	#[test]
	fn digests_times_and_accounts() {
		assert_eq!(parse_hash(&format!("0x{}", "ab".repeat(32))).unwrap(), [0xab; 32]);
		assert!(parse_hash("0x01").is_err());
		let when = WhenArgs { declared_at: Some("2025-01-01T00:00:00Z".into()) };
		assert_eq!(declared(&when).unwrap(), Some(1_735_689_600_000));
		let bad = WhenArgs { declared_at: Some("tomorrow".into()) };
		assert!(declared(&bad).unwrap_err().to_string().starts_with("--at:"));
		assert!(account("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY").is_ok());
		assert!(account("alice").is_err());
		assert!(text(&"x".repeat(129), "--reason", 128).is_err());
		assert!(text(&"x".repeat(128), "--reason", 128).is_ok());
		let long = "x".repeat(129);
		let texts = [Some(("--name", "Bench")), None, Some(("--place", long.as_str()))];
		let error = check_texts(&texts, 128).unwrap_err().to_string();
		assert_eq!(error, "--place is 129 bytes long; the chain takes at most 128");
		assert!(check_texts(&texts, 129).is_ok());
	}

	#[test]
	fn officer_commitments_are_salted() {
		let (one, salt) = officer_commitment("Giulia Rossi").unwrap();
		let (two, _) = officer_commitment("Giulia Rossi").unwrap();
		assert_ne!(one, two);
		assert_eq!(officer_commitment_with_salt("Giulia Rossi", &salt), one);
	}
}

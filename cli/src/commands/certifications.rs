//! `trace cert`: certifiers attest products and items with the digest of a certificate, and
//! revoke their attestations.

use super::common::{key, sign_and_submit, single_code};
use crate::{
	args,
	cli::{CertCommand, CertSubjectArgs, Global},
	ident::parse_gtin_arg,
	time,
};
use anyhow::{anyhow, bail, Result};
use subxt::utils::H256;
use trace_client::api::{self, runtime_types::pallet_traceability::types::CertSubject};

/// Runs `trace cert …`.
pub async fn run(global: &Global, command: CertCommand) -> Result<()> {
	match command {
		CertCommand::Attest(args) => {
			let subject = subject(&args.subject)?;
			let digest = args::digest(&args.certificate)?
				.ok_or_else(|| anyhow!("give the certificate: --document FILE or --digest 0x…"))?;
			let expires_at = args
				.expires
				.as_deref()
				.map(|text| time::parse(text).map_err(|error| anyhow!("--expires: {error}")))
				.transpose()?;
			let call = api::tx().traceability().attest(subject, H256(digest), expires_at);
			sign_and_submit(global, &[], call).await
		},
		CertCommand::Revoke(args) => {
			let call = api::tx().traceability().revoke_certification(subject(&args)?);
			sign_and_submit(global, &[], call).await
		},
	}
}

/// The subject of `--product GTIN` or `--code CODE`.
fn subject(args: &CertSubjectArgs) -> Result<CertSubject> {
	match (&args.product, &args.code) {
		(Some(gtin), None) => Ok(CertSubject::Product(parse_gtin_arg(gtin)?)),
		(None, Some(code)) => Ok(CertSubject::Code(key(&single_code(code)?))),
		_ => bail!("give --product GTIN or --code CODE"),
	}
}

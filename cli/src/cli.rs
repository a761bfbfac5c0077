//! The command line: every subcommand and option.

use clap::{Args, Parser, Subcommand, ValueEnum};
use pallet_traceability::Roles;
use std::path::PathBuf;

/// The default node: a development chain on this machine.
pub const DEFAULT_URL: &str = "ws://127.0.0.1:9944";

/// The default resolver host of printed Digital Links.
pub const DEFAULT_RESOLVER: &str = "https://id.trace.example";

/// `trace`: the trace-chain client for merchants, carriers, customs, retailers and consumers.
///
/// Codes are named by their GS1 Digital Link (https://id.trace.example/01/{gtin}/21/{serial}),
/// by a GTIN and a serial, or by their on-chain key (0x…).
#[derive(Debug, Parser)]
#[command(name = "trace", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
	#[command(flatten)]
	pub global: Global,
	#[command(subcommand)]
	pub command: Command,
}

/// Options of every command.
#[derive(Debug, Args)]
pub struct Global {
	/// WebSocket RPC endpoint of a trace-chain node (trusted for everything but `verify`).
	#[arg(long, global = true, default_value = DEFAULT_URL)]
	pub url: String,
	/// Secret URI of the signing account: //Alice, "twelve words…//path", or 0x + seed.
	/// VISIBLE to other users (ps) and kept in shell history: for development accounts only;
	/// else use --suri-file, $TRACE_SURI or --keystore.
	#[arg(long, global = true, value_name = "SURI", conflicts_with_all = ["suri_file", "keystore"])]
	pub suri: Option<String>,
	/// File holding the signing account's secret URI (- reads standard input); without any of
	/// --suri, --suri-file and --keystore, $TRACE_SURI holds it.
	#[arg(long, global = true, value_name = "PATH", conflicts_with = "keystore")]
	pub suri_file: Option<PathBuf>,
	/// Keystore file of the signing account: {"suri": …} JSON or a polkadot.js export.
	#[arg(long, global = true)]
	pub keystore: Option<PathBuf>,
	/// Password of an encrypted polkadot.js keystore. VISIBLE to other users (ps) and kept in
	/// shell history: prefer --password-file or $TRACE_KEYSTORE_PASSWORD.
	#[arg(long, global = true, conflicts_with = "password_file")]
	pub password: Option<String>,
	/// File holding the keystore's password (- reads standard input); else
	/// $TRACE_KEYSTORE_PASSWORD.
	#[arg(long, global = true, value_name = "PATH")]
	pub password_file: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
	/// Governance: admit, update, suspend and reinstate participants (signed by the sudo key).
	#[command(subcommand)]
	Participant(ParticipantCommand),
	/// Merchants: register a product.
	#[command(subcommand)]
	Product(ProductCommand),
	/// Merchants: issue trace codes, one or in bulk from a CSV file.
	#[command(subcommand)]
	Code(CodeCommand),
	/// Custodians: propose, accept, reject or cancel a handover.
	#[command(subcommand)]
	Handover(HandoverCommand),
	/// Custodians: pack codes into a container.
	Pack(PackArgs),
	/// Custodians: take codes out of a container.
	Unpack(PackArgs),
	/// Customs: record an inspection.
	Inspect(InspectArgs),
	/// Retailers: mark an item sold.
	Sell(SellArgs),
	/// Custodians or the issuing merchant: destroy a code for good.
	Destroy(DestroyArgs),
	/// The issuing merchant: withdraw a code (e.g. a misprinted label).
	Decommission(ReasonArgs),
	/// Consumers: claim an item with the secret under its label (no tokens needed).
	Claim(ClaimArgs),
	/// Owners: pass a claimed item on, or hand a new claim secret over (no tokens needed).
	#[command(subcommand)]
	Ownership(OwnershipCommand),
	/// Merchants register an item's chip; anyone checks that the chip answers (tap it).
	#[command(subcommand)]
	Chip(ChipCommand),
	/// Certifiers: attest or revoke a certificate of a product or item.
	#[command(subcommand)]
	Cert(CertCommand),
	/// Merchants or governance: recall a product or a lot.
	#[command(subcommand)]
	Recall(RecallCommand),
	/// Anyone: the verdict and history of a code, verified through a light client.
	Verify(VerifyArgs),
	/// Anyone: the QR code of a code's GS1 Digital Link.
	Qr(QrArgs),
	/// Merchants: a PDF sheet of labels to print (A4, 21 a page): each code's QR code, GTIN and
	/// serial, and its claim secret on a panel to hide.
	Labels(LabelsArgs),
	/// Anyone: a code's history as a document.
	Export(ExportArgs),
}

/// A code: a Digital Link or 0x key, or a GTIN followed by a serial.
#[derive(Debug, Args, Clone)]
pub struct CodeArg {
	/// GS1 Digital Link, /01/…/21/… path, 0x key, or GTIN (then SERIAL follows).
	#[arg(value_name = "CODE")]
	pub code: String,
	/// The serial, when CODE is a GTIN.
	#[arg(value_name = "SERIAL")]
	pub serial: Option<String>,
}

/// Where something happened; give at least one part.
#[derive(Debug, Args, Clone, Default)]
pub struct LocationArgs {
	/// GS1 Global Location Number of the site (13 digits).
	#[arg(long)]
	pub gln: Option<String>,
	/// Latitude in decimal degrees (with --lon).
	#[arg(long, requires = "lon", allow_hyphen_values = true)]
	pub lat: Option<f64>,
	/// Longitude in decimal degrees (with --lat).
	#[arg(long, requires = "lat", allow_hyphen_values = true)]
	pub lon: Option<f64>,
	/// Description of the place, e.g. "Bonded warehouse 3, Hangzhou".
	#[arg(long)]
	pub place: Option<String>,
}

/// When the real-world act happened, if not now.
#[derive(Debug, Args, Clone, Default)]
pub struct WhenArgs {
	/// RFC 3339 time of the act (2025-03-01T09:30:00+01:00); the block time is recorded too.
	#[arg(long = "at")]
	pub declared_at: Option<String>,
}

/// Participant roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Role {
	/// Registers products and issues codes.
	Merchant,
	/// Carries goods.
	Carrier,
	/// Inspects goods.
	Customs,
	/// Attests products and items.
	Certifier,
	/// Sells to consumers.
	Retailer,
}

impl Role {
	/// The pallet's role.
	pub fn role(self) -> pallet_traceability::Role {
		use pallet_traceability::Role as R;
		match self {
			Self::Merchant => R::Merchant,
			Self::Carrier => R::Carrier,
			Self::Customs => R::Customs,
			Self::Certifier => R::Certifier,
			Self::Retailer => R::Retailer,
		}
	}

	/// The pallet's set of several roles.
	pub fn set(roles: &[Role]) -> Roles {
		roles.iter().fold(Roles::empty(), |set, role| set | role.role().into())
	}
}

/// `trace participant …`.
#[derive(Debug, Subcommand)]
pub enum ParticipantCommand {
	/// Admit an account with roles, a name and GS1 company prefixes.
	Admit(ParticipantArgs),
	/// Replace a participant's roles, name and company prefixes.
	Update(ParticipantArgs),
	/// Suspend a participant.
	Suspend {
		/// The participant (SS58).
		account: String,
	},
	/// Lift a participant's suspension.
	Reinstate {
		/// The participant (SS58).
		account: String,
	},
	/// Show a participant.
	Show {
		/// The participant (SS58).
		account: String,
	},
}

/// A participant's record.
#[derive(Debug, Args)]
pub struct ParticipantArgs {
	/// The participant (SS58).
	pub account: String,
	/// Roles, comma-separated.
	#[arg(long, value_delimiter = ',', required = true)]
	pub roles: Vec<Role>,
	/// Display name.
	#[arg(long)]
	pub name: String,
	/// GS1 company prefixes it owns (merchants), comma-separated.
	#[arg(long, value_delimiter = ',')]
	pub prefixes: Vec<String>,
}

/// `trace product …`.
#[derive(Debug, Subcommand)]
pub enum ProductCommand {
	/// Register a product under a GTIN of one of your company prefixes.
	Register(RegisterProductArgs),
	/// Show a product.
	Show {
		/// GTIN-8/12/13/14.
		gtin: String,
	},
}

/// A product's registration.
#[derive(Debug, Args)]
pub struct RegisterProductArgs {
	/// GTIN-8/12/13/14.
	#[arg(long)]
	pub gtin: String,
	/// Product name.
	#[arg(long)]
	pub name: String,
	/// Category, e.g. handbag.
	#[arg(long)]
	pub category: String,
	/// Country of origin, ISO 3166-1 alpha-2 (IT).
	#[arg(long)]
	pub country: String,
	#[command(flatten)]
	pub sheet: DigestArgs,
}

/// A document, by file (hashed with BLAKE2b-256) or by digest.
#[derive(Debug, Args, Clone, Default)]
pub struct DigestArgs {
	/// The document; its BLAKE2b-256 digest goes on chain, not the file.
	#[arg(long, conflicts_with = "digest")]
	pub document: Option<PathBuf>,
	/// The document's digest, 0x + 64 hex digits.
	#[arg(long)]
	pub digest: Option<String>,
}

/// `trace code …`.
#[derive(Debug, Subcommand)]
pub enum CodeCommand {
	/// Issue one trace code.
	Issue(IssueArgs),
	/// Issue trace codes from a CSV file (columns gtin, serial, lot, claim_key).
	IssueBulk(IssueBulkArgs),
}

/// What every issuance records.
#[derive(Debug, Args, Clone)]
pub struct PurchaseArgs {
	/// When the merchant bought the goods (RFC 3339); default now.
	#[arg(long)]
	pub purchased_at: Option<String>,
	/// Identity of the procurement officer; only a salted hash of it goes on chain.
	#[arg(long, default_value = "")]
	pub officer: String,
	/// Where the merchant bought the goods.
	#[command(flatten)]
	pub location: LocationArgs,
	/// Where to write the claim secrets of generated claim keys (CSV, to print on labels).
	#[arg(long)]
	pub claim_secrets: Option<PathBuf>,
}

/// One code.
#[derive(Debug, Args)]
pub struct IssueArgs {
	/// GTIN-8/12/13/14 of the product.
	#[arg(long)]
	pub gtin: String,
	/// Serial number (GS1 AI 21).
	#[arg(long)]
	pub serial: String,
	/// Batch/lot number (GS1 AI 10).
	#[arg(long)]
	pub lot: Option<String>,
	/// Claim key: its public key (0x… or SS58), or `generate`.
	#[arg(long)]
	pub claim_key: Option<String>,
	#[command(flatten)]
	pub purchase: PurchaseArgs,
}

/// Codes from a CSV file.
#[derive(Debug, Args)]
pub struct IssueBulkArgs {
	/// The CSV file.
	pub file: PathBuf,
	/// GTIN of rows without a `gtin` column.
	#[arg(long)]
	pub gtin: Option<String>,
	/// Generate a claim key for rows without a `claim_key`.
	#[arg(long)]
	pub generate_claim_keys: bool,
	/// Codes per transaction; default and most the chain's `MaxCodesPerCall`.
	#[arg(long)]
	pub batch_size: Option<usize>,
	#[command(flatten)]
	pub purchase: PurchaseArgs,
}

/// `trace handover …`.
#[derive(Debug, Subcommand)]
pub enum HandoverCommand {
	/// Propose to hand a code (and what is packed in it) over to a participant.
	Propose(ProposeArgs),
	/// Accept a handover proposed to you.
	Accept(AcceptArgs),
	/// Reject a handover proposed to you.
	Reject(ReasonArgs),
	/// Withdraw a handover you proposed.
	Cancel(CodeArg),
}

/// A handover proposal.
#[derive(Debug, Args)]
pub struct ProposeArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// The recipient (SS58).
	#[arg(long)]
	pub to: String,
	#[command(flatten)]
	pub location: LocationArgs,
	#[command(flatten)]
	pub when: WhenArgs,
}

/// A handover acceptance.
#[derive(Debug, Args)]
pub struct AcceptArgs {
	#[command(flatten)]
	pub code: CodeArg,
	#[command(flatten)]
	pub location: LocationArgs,
	#[command(flatten)]
	pub when: WhenArgs,
}

/// A destruction: the code, why, and where and when.
#[derive(Debug, Args)]
pub struct DestroyArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// Why.
	#[arg(long)]
	pub reason: String,
	#[command(flatten)]
	pub location: LocationArgs,
	#[command(flatten)]
	pub when: WhenArgs,
}

/// A code and why (a rejection or a decommissioning; neither records a place).
#[derive(Debug, Args)]
pub struct ReasonArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// Why.
	#[arg(long)]
	pub reason: String,
}

/// Packing or unpacking.
#[derive(Debug, Args)]
pub struct PackArgs {
	/// The container: Digital Link or 0x key.
	pub container: String,
	/// The items: Digital Links or 0x keys.
	#[arg(required = true)]
	pub items: Vec<String>,
	#[command(flatten)]
	pub location: LocationArgs,
}

/// Inspection outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Outcome {
	/// The item passed.
	Conformant,
	/// The item failed.
	NonConformant,
}

/// An inspection.
#[derive(Debug, Args)]
pub struct InspectArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// The result.
	#[arg(long, value_enum)]
	pub outcome: Outcome,
	/// The inspection report.
	#[command(flatten)]
	pub report: DigestArgs,
	#[command(flatten)]
	pub location: LocationArgs,
	#[command(flatten)]
	pub when: WhenArgs,
}

/// A sale.
#[derive(Debug, Args)]
pub struct SellArgs {
	#[command(flatten)]
	pub code: CodeArg,
	#[command(flatten)]
	pub location: LocationArgs,
	#[command(flatten)]
	pub when: WhenArgs,
}

/// A claim.
#[derive(Debug, Args)]
pub struct ClaimArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// The secret under the label's scratch-off (a 12-word phrase or secret URI). VISIBLE to
	/// other users (ps) and kept in shell history: prefer --secret-file or $TRACE_CLAIM_SECRET.
	#[arg(long, conflicts_with = "secret_file")]
	pub secret: Option<String>,
	/// File holding the claim secret (- reads standard input); else $TRACE_CLAIM_SECRET.
	#[arg(long, value_name = "PATH")]
	pub secret_file: Option<PathBuf>,
	/// The account to claim for (SS58); default the --suri/--keystore account.
	#[arg(long = "for")]
	pub claimer: Option<String>,
}

/// `trace ownership …`: the steps of the item's owner (or its next owner), each signed with
/// the account key of `--suri`/`--suri-file`/`--keystore` (as `trace claim` takes the
/// claimer's) over the pallet's message, and sent without a fee-paying signer.
#[derive(Debug, Subcommand)]
pub enum OwnershipCommand {
	/// Offer an item you own to its next owner, who accepts it.
	Offer(OfferArgs),
	/// Accept an item offered to you (the key is yours, the proposed next owner's).
	Accept(CodeArg),
	/// Withdraw your pending offer of an item.
	Cancel(CodeArg),
	/// Give the item up to whoever holds a new claim secret: it can be claimed again, by that
	/// secret only.
	HandOver(HandOverArgs),
}

/// An ownership offer.
#[derive(Debug, Args)]
pub struct OfferArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// The proposed next owner (SS58).
	#[arg(long)]
	pub to: String,
}

/// A hand-over of a new claim secret.
#[derive(Debug, Args)]
pub struct HandOverArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// The new claim key: `generate` (its secret is printed, or written to --claim-secrets),
	/// or the public key (0x… or SS58) of a secret the buyer made.
	#[arg(long, value_name = "KEY", default_value = "generate")]
	pub new_claim_key: String,
	/// Where to write the generated claim secret (CSV, as `code issue` writes them; never
	/// overwritten).
	#[arg(long, value_name = "PATH")]
	pub claim_secrets: Option<PathBuf>,
}

/// Chip signature schemes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChipScheme {
	/// secp256k1 ECDSA over the blake2_256 of the challenge (HaLo chips).
	#[value(name = "secp256k1-ecdsa", alias = "secp256k1_ecdsa")]
	Secp256k1Ecdsa,
	/// ed25519 over the challenge.
	Ed25519,
	/// sr25519 over the challenge (signing context `substrate`).
	Sr25519,
}

/// `trace chip …`.
#[derive(Debug, Subcommand)]
pub enum ChipCommand {
	/// Merchants: register the public key of the chip embedded in an item, once, before its
	/// sale.
	Register(ChipRegisterArgs),
	/// Anyone: the challenge the item's chip signs, bound to a recent finalized block.
	Challenge(ChipChallengeArgs),
	/// Anyone: check the chip's answer against its key on chain; --record puts the scan in the
	/// item's history (no tokens needed).
	Verify(ChipVerifyArgs),
	/// Tests and demos: answer a challenge (hex, argument or standard input) as a software
	/// chip, printing the signature in hex, as a reader command does.
	SoftSign(SoftSignArgs),
}

/// A chip's registration.
#[derive(Debug, Args)]
pub struct ChipRegisterArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// The chip's signature scheme.
	#[arg(long, value_enum)]
	pub key_type: ChipScheme,
	/// The chip's public key in hex (secp256k1: 33 bytes compressed or 65 uncompressed;
	/// ed25519, sr25519: 32 bytes).
	#[arg(long, value_name = "HEX")]
	pub public: String,
}

/// A chip challenge.
#[derive(Debug, Args)]
pub struct ChipChallengeArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// The block to bind the challenge to; default the latest finalized block.
	#[arg(long, value_name = "N")]
	pub block: Option<u32>,
}

/// A chip check.
#[derive(Debug, Args)]
pub struct ChipVerifyArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// The chip's signature: hex text or the raw 64/65 bytes (with --block, the block whose
	/// challenge it signed).
	#[arg(
		long,
		value_name = "PATH",
		conflicts_with = "reader_command",
		required_unless_present = "reader_command",
		requires = "block"
	)]
	pub signature_file: Option<PathBuf>,
	/// A command that has the chip sign: it gets the challenge in hex on standard input and
	/// for `{challenge}` (and its blake2_256 for `{digest}`), and prints the signature in hex.
	#[arg(long, value_name = "CMD")]
	pub reader_command: Option<String>,
	/// The block whose challenge was signed; default the latest finalized block.
	#[arg(long, value_name = "N")]
	pub block: Option<u32>,
	/// Record the scan in the item's history (a token-less transaction).
	#[arg(long)]
	pub record: bool,
}

/// A software chip's answer.
#[derive(Debug, Args)]
pub struct SoftSignArgs {
	/// The software chip's scheme.
	#[arg(long, value_enum)]
	pub key_type: ChipScheme,
	/// The software chip's secret, 0x + 64 hex digits. Anyone knowing it can answer for the
	/// "chip": for tests and demos only.
	#[arg(long, value_name = "HEX")]
	pub seed: String,
	/// The challenge in hex; default read from standard input.
	#[arg(value_name = "CHALLENGE")]
	pub challenge: Option<String>,
	/// Print the chip's public key (to register) instead of signing.
	#[arg(long, conflicts_with = "challenge")]
	pub show_public: bool,
}

/// `trace cert …`.
#[derive(Debug, Subcommand)]
pub enum CertCommand {
	/// Attest a product (--product GTIN) or an item (--code CODE) with a certificate.
	Attest(AttestArgs),
	/// Revoke your certification of a product or item.
	Revoke(CertSubjectArgs),
}

/// What a certificate is about.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct CertSubjectArgs {
	/// The product's GTIN.
	#[arg(long)]
	pub product: Option<String>,
	/// The item: Digital Link or 0x key.
	#[arg(long)]
	pub code: Option<String>,
}

/// An attestation.
#[derive(Debug, Args)]
pub struct AttestArgs {
	#[command(flatten)]
	pub subject: CertSubjectArgs,
	/// The certificate.
	#[command(flatten)]
	pub certificate: DigestArgs,
	/// When the certificate expires (RFC 3339).
	#[arg(long)]
	pub expires: Option<String>,
}

/// `trace recall …`.
#[derive(Debug, Subcommand)]
pub enum RecallCommand {
	/// Recall a whole product.
	Product {
		/// GTIN-8/12/13/14.
		gtin: String,
		/// Why.
		#[arg(long)]
		reason: String,
		/// As governance (through sudo) rather than as the product's merchant.
		#[arg(long)]
		sudo: bool,
	},
	/// Recall one lot of a product.
	Lot {
		/// GTIN-8/12/13/14.
		gtin: String,
		/// The batch/lot number.
		lot: String,
		/// Why.
		#[arg(long)]
		reason: String,
		/// As governance (through sudo) rather than as the product's merchant.
		#[arg(long)]
		sudo: bool,
	},
}

/// A verification.
#[derive(Debug, Args)]
pub struct VerifyArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// Chain spec (JSON, with bootnodes) to start the light client from.
	#[arg(long, conflicts_with = "rpc")]
	pub chain_spec: Option<PathBuf>,
	/// Read through this RPC server instead, TRUSTING it (no light client).
	#[arg(long)]
	pub rpc: Option<String>,
	/// A bootnode for the light client (multiaddr), besides those of the chain spec.
	#[arg(long = "bootnode")]
	pub bootnodes: Vec<String>,
	/// Resolver host of the printed Digital Link.
	#[arg(long, default_value = DEFAULT_RESOLVER)]
	pub resolver: String,
	/// Give up when no verified answer arrived within this many seconds.
	#[arg(long, default_value_t = 120, value_name = "SECONDS")]
	pub timeout: u64,
	/// Print `{ block, lightClient, report }` as JSON instead, the report in the shape of the
	/// node's `trace_report` RPC.
	#[arg(long)]
	pub json: bool,
}

/// A QR code.
#[derive(Debug, Args)]
pub struct QrArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// Resolver host of the Digital Link.
	#[arg(long, default_value = DEFAULT_RESOLVER)]
	pub resolver: String,
	/// Write a PNG here.
	#[arg(long)]
	pub png: Option<PathBuf>,
	/// Write an SVG here.
	#[arg(long)]
	pub svg: Option<PathBuf>,
	/// Draw dark modules (for terminals with a light background).
	#[arg(long)]
	pub light_terminal: bool,
}

/// A sheet of labels.
#[derive(Debug, Args)]
pub struct LabelsArgs {
	/// The codes, in print order: Digital Links, /01/…/21/… paths or 0x keys (looked up in
	/// --claim-secrets, else on --url); default every code of --claim-secrets.
	#[arg(value_name = "CODE", required_unless_present = "claim_secrets")]
	pub codes: Vec<String>,
	/// The claim secrets file (CSV) that `code issue`, `code issue-bulk` and `ownership
	/// hand-over` write with --claim-secrets: each code's secret goes on its label's hidden
	/// panel.
	#[arg(long, value_name = "PATH")]
	pub claim_secrets: Option<PathBuf>,
	/// Write the sheet here: a PDF of A4 pages of 3 × 7 labels of 63.5 × 38.1 mm (Avery L7160
	/// and compatible sheets); never overwritten.
	#[arg(long, value_name = "PATH")]
	pub pdf: PathBuf,
	/// Resolver host of the Digital Links in the QR codes.
	#[arg(long, default_value = DEFAULT_RESOLVER)]
	pub resolver: String,
}

/// An export.
#[derive(Debug, Args)]
pub struct ExportArgs {
	#[command(flatten)]
	pub code: CodeArg,
	/// Write an EPCIS 2.0 JSON-LD document (the only format so far).
	#[arg(long, required = true)]
	pub epcis: bool,
	/// Output file; default standard output.
	#[arg(short, long)]
	pub output: Option<PathBuf>,
	/// Host of the Digital Links naming items in the document.
	#[arg(long, default_value = crate::epcis::GS1_RESOLVER)]
	pub resolver: String,
	/// GS1 company prefix length of GLNs whose prefix is not known on chain.
	#[arg(long)]
	pub gcp_length: Option<usize>,
	/// Chain spec (JSON, with bootnodes) to read through a light client instead of --url.
	#[arg(long)]
	pub chain_spec: Option<PathBuf>,
	/// A bootnode for the light client (multiaddr), besides those of the chain spec.
	#[arg(long = "bootnode")]
	pub bootnodes: Vec<String>,
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::CommandFactory;

	fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
		Cli::try_parse_from(std::iter::once("trace").chain(args.iter().copied()))
	}

	#[test]
	fn the_command_line_is_consistent() {
		Cli::command().debug_assert();
	}

	#[test]
	fn verify_takes_a_link_or_gtin_and_serial() {
		let cli = parse(&["verify", "https://id.gs1.org/01/09506000134352/10/ABC/21/123"]).unwrap();
		let Command::Verify(args) = cli.command else { panic!("not verify") };
		assert_eq!(args.code.serial, None);
		assert_eq!(args.chain_spec, None);
		let cli =
			parse(&["verify", "09506000134352", "123", "--rpc", "ws://127.0.0.1:9944"]).unwrap();
		let Command::Verify(args) = cli.command else { panic!("not verify") };
		assert_eq!(args.code.serial.as_deref(), Some("123"));
		assert!(parse(&["verify", "x", "--rpc", "ws://a", "--chain-spec", "spec.json"]).is_err());
	}

	#[test]
	fn role_names_are_the_pallets() {
		for role in Role::value_variants() {
			let value = role.to_possible_value().expect("every role is offered");
			assert_eq!(value.get_name(), role.role().as_str());
		}
		assert_eq!(Role::set(Role::value_variants()), Roles::ALL);
	}

	#[test]
	fn global_signing_options_and_roles() {
		let cli = parse(&[
			"participant",
			"admit",
			"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
			"--roles",
			"merchant,retailer",
			"--name",
			"Pelletteria Milano",
			"--prefixes",
			"9506000,8012345",
			"--suri",
			"//Alice",
		])
		.unwrap();
		assert_eq!(cli.global.suri.as_deref(), Some("//Alice"));
		assert_eq!(cli.global.url, DEFAULT_URL);
		let Command::Participant(ParticipantCommand::Admit(args)) = cli.command else {
			panic!("not admit")
		};
		assert_eq!(Role::set(&args.roles).bits(), 0b1_0001);
		assert_eq!(args.prefixes, ["9506000", "8012345"]);
		assert!(parse(&["sell", "0x00", "--suri", "//Bob", "--keystore", "k.json"]).is_err());
	}

	#[test]
	fn locations_coordinates_and_times() {
		let cli = parse(&[
			"handover",
			"propose",
			"/01/09506000134352/21/1",
			"--to",
			"5Grw",
			"--lat",
			"-33.86",
			"--lon",
			"151.2",
			"--place",
			"Sydney",
			"--at",
			"2025-03-01T09:30:00Z",
		])
		.unwrap();
		let Command::Handover(HandoverCommand::Propose(args)) = cli.command else {
			panic!("not propose")
		};
		assert_eq!(args.location.lat, Some(-33.86));
		assert_eq!(args.when.declared_at.as_deref(), Some("2025-03-01T09:30:00Z"));
		assert!(parse(&["sell", "0x00", "--lat", "1.0"]).is_err());
	}

	#[test]
	fn ownership_steps_and_chips() {
		let cli = parse(&["ownership", "hand-over", "0x00", "--suri", "//Ferdie"]).unwrap();
		let Command::Ownership(OwnershipCommand::HandOver(args)) = cli.command else {
			panic!("not hand-over")
		};
		assert_eq!(args.new_claim_key, "generate");
		assert!(parse(&["ownership", "offer", "0x00"]).is_err());
		assert!(parse(&["ownership", "accept", "09506000134352", "1"]).is_ok());

		let cli =
			parse(&["chip", "register", "0x00", "--key-type", "secp256k1_ecdsa", "--public", "02"])
				.unwrap();
		let Command::Chip(ChipCommand::Register(args)) = cli.command else {
			panic!("not register")
		};
		assert_eq!(args.key_type, ChipScheme::Secp256k1Ecdsa);
		let error = parse(&["chip", "register", "0x00", "--key-type", "p256", "--public", "02"])
			.unwrap_err()
			.to_string();
		assert!(error.contains("invalid value 'p256' for '--key-type"), "{error}");
		assert!(error.contains("secp256k1-ecdsa, ed25519, sr25519"), "{error}");

		// One source of the signature; a signature file names its block.
		assert!(parse(&["chip", "verify", "0x00"]).is_err());
		assert!(parse(&["chip", "verify", "0x00", "--signature-file", "s"]).is_err());
		assert!(parse(&["chip", "verify", "0x00", "--signature-file", "s", "--block", "7"]).is_ok());
		let both = ["chip", "verify", "0x00", "--signature-file", "s", "--block", "7"];
		assert!(parse(&[&both[..], &["--reader-command", "halo-sign"]].concat()).is_err());
		let cli = parse(&["chip", "verify", "0x00", "--reader-command", "halo-sign", "--record"])
			.unwrap();
		let Command::Chip(ChipCommand::Verify(args)) = cli.command else { panic!("not verify") };
		assert!(args.record && args.block.is_none());
		assert!(
			parse(&["chip", "soft-sign", "--key-type", "ed25519", "--seed", "0x01", "ab"]).is_ok()
		);
		let show =
			["chip", "soft-sign", "--key-type", "ed25519", "--seed", "0x01", "--show-public"];
		assert!(parse(&show).is_ok());
		assert!(parse(&[&show[..], &["ab"]].concat()).is_err());
	}

	#[test]
	fn qr_export_and_cert_subjects() {
		let cli =
			parse(&["qr", "4006381333931", "A1", "--png", "a.png", "--svg", "a.svg"]).unwrap();
		let Command::Qr(args) = cli.command else { panic!("not qr") };
		assert_eq!(args.resolver, DEFAULT_RESOLVER);
		assert!(args.png.is_some() && args.svg.is_some());
		assert!(parse(&["export", "0x00"]).is_err());
		let cli = parse(&["labels", "--claim-secrets", "s.csv", "--pdf", "l.pdf"]).unwrap();
		let Command::Labels(args) = cli.command else { panic!("not labels") };
		assert!(args.codes.is_empty() && args.resolver == DEFAULT_RESOLVER);
		let cli = parse(&["labels", "/01/09506000134352/21/1", "0x00", "--pdf", "l.pdf"]).unwrap();
		let Command::Labels(args) = cli.command else { panic!("not labels") };
		assert_eq!(args.codes, ["/01/09506000134352/21/1", "0x00"]);
		assert!(args.claim_secrets.is_none());
		// Codes or a secrets file, and always the sheet's file.
		assert!(parse(&["labels", "--pdf", "l.pdf"]).is_err());
		assert!(parse(&["labels", "/01/09506000134352/21/1"]).is_err());
		assert!(parse(&["export", "--epcis", "0x00", "-o", "out.jsonld"]).is_ok());
		assert!(parse(&["cert", "revoke"]).is_err());
		assert!(parse(&["cert", "revoke", "--product", "1", "--code", "2"]).is_err());
		assert!(
			parse(&["cert", "attest", "--product", "4006381333931", "--digest", "0x01"]).is_ok()
		);
	}
}

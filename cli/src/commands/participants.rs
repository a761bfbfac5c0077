//! `trace participant`: governance admits, updates, suspends and reinstates participants.
//! Governance is root, so these calls go through `Sudo::sudo`, signed by the sudo key.

use super::common::{check_texts, connect, signer};
use crate::{
	args,
	chain::participant_record,
	cli::{Global, ParticipantArgs, ParticipantCommand, Role},
	format,
	sanitize::shown_bytes,
};
use anyhow::{bail, Result};
use trace_client::{
	api::runtime_types::{pallet_traceability::pallet::Call, trace_runtime::RuntimeCall},
	roles_of, Roles,
};

/// Runs `trace participant …`.
pub async fn run(global: &Global, command: ParticipantCommand) -> Result<()> {
	let (call, name) = match command {
		ParticipantCommand::Admit(args) => {
			let Record { who, roles, name, company_prefixes } = record(&args)?;
			(Call::admit_participant { who, roles, name, company_prefixes }, Some(args.name))
		},
		ParticipantCommand::Update(args) => {
			let Record { who, roles, name, company_prefixes } = record(&args)?;
			(Call::update_participant { who, roles, name, company_prefixes }, Some(args.name))
		},
		ParticipantCommand::Suspend { account } => {
			(Call::suspend_participant { who: args::account(&account)? }, None)
		},
		ParticipantCommand::Reinstate { account } => {
			(Call::reinstate_participant { who: args::account(&account)? }, None)
		},
		ParticipantCommand::Show { account } => return show(global, &account).await,
	};
	let signer = signer(global)?;
	let chain = connect(global).await?;
	check_texts(&chain, &[name.as_deref().map(|name| ("--name", name))]).await?;
	chain.submit_sudo(RuntimeCall::Traceability(call), &signer).await?.print();
	Ok(())
}

/// A participant's record as the calls take it.
struct Record {
	who: subxt::utils::AccountId32,
	roles: subxt::utils::Static<Roles>,
	name: Vec<u8>,
	company_prefixes: Vec<Vec<u8>>,
}

/// The checked parts of a participant's record.
fn record(args: &ParticipantArgs) -> Result<Record> {
	let who = args::account(&args.account)?;
	let name = args.name.clone().into_bytes();
	let mut prefixes = Vec::new();
	for prefix in &args.prefixes {
		trace_gs1::validate_company_prefix(prefix.as_bytes())
			.map_err(|error| anyhow::anyhow!("company prefix `{prefix}`: {error}"))?;
		prefixes.push(prefix.as_bytes().to_vec());
	}
	if args.roles.contains(&Role::Merchant) && prefixes.is_empty() {
		bail!("a merchant needs at least one GS1 company prefix (--prefixes)");
	}
	let roles = trace_client::roles(Role::set(&args.roles));
	Ok(Record { who, roles, name, company_prefixes: prefixes })
}

/// Prints a participant.
async fn show(global: &Global, account: &str) -> Result<()> {
	let who = args::account(account)?;
	let chain = connect(global).await?;
	let at = chain.at_finalized().await?;
	let Some(participant) = participant_record(&at, &who).await? else {
		bail!("{who} is not a participant");
	};
	let roles: Vec<&str> = roles_of(&participant.roles).iter().map(|role| role.as_str()).collect();
	println!("Participant {who} ({})", format::short(&who));
	println!("  name      {}", shown_bytes(&participant.name));
	println!("  roles     {}", roles.join(", "));
	let prefixes: Vec<String> =
		participant.company_prefixes.iter().map(|prefix| shown_bytes(prefix)).collect();
	println!("  prefixes  {}", prefixes.join(", "));
	println!("  suspended {}", participant.suspended);
	println!("  admitted  block #{}", participant.admitted_at);
	Ok(())
}

//! Secrets kept off the command line: the signer's secret URI, a claim secret, a keystore's
//! password.
//!
//! An argument (`--suri //Alice`) can be read by every user of the machine (`ps`,
//! `/proc/PID/cmdline`) and stays in the shell's history: fine for development accounts, not
//! for real keys. Each secret can come instead from a file (`--suri-file PATH`; `-` reads
//! standard input) or from an environment variable ([`SURI_ENV`], [`CLAIM_SECRET_ENV`],
//! [`PASSWORD_ENV`]). The argument wins over the file, the file over the variable. A file's
//! content is the secret but for one trailing line break.

use crate::{
	cli::{ClaimArgs, Global},
	keys,
};
use anyhow::{anyhow, bail, Context, Result};
use std::{
	io::{BufRead, IsTerminal, Read},
	path::Path,
	sync::atomic::{AtomicBool, Ordering},
};
use subxt_signer::sr25519::Keypair;

/// Environment variable holding the signer's secret URI.
pub const SURI_ENV: &str = "TRACE_SURI";

/// Environment variable holding a claim secret.
pub const CLAIM_SECRET_ENV: &str = "TRACE_CLAIM_SECRET";

/// Environment variable holding the password of an encrypted keystore file.
pub const PASSWORD_ENV: &str = "TRACE_KEYSTORE_PASSWORD";

/// Looks an environment variable up: [`process_env`], or a test's.
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The process's environment variable `name`; empty or not UTF-8 counts as unset.
pub fn process_env(name: &str) -> Option<String> {
	std::env::var(name).ok().filter(|value| !value.is_empty())
}

/// Whether standard input was read for a secret already: it holds one secret at most.
static STDIN_TAKEN: AtomicBool = AtomicBool::new(false);

/// One secret's sources.
struct Sources<'a> {
	/// The command-line argument.
	arg: Option<&'a str>,
	/// The file option's value.
	file: Option<&'a Path>,
	/// The file option, to name in errors.
	file_flag: &'a str,
	/// The environment variable.
	env: &'a str,
	/// What the secret is, for a terminal's prompt.
	what: &'a str,
}

impl Sources<'_> {
	/// The secret of the first source given: argument, file, environment variable.
	fn resolve(&self, env: Env) -> Result<Option<String>> {
		if let Some(value) = self.arg {
			return Ok(Some(value.to_owned()));
		}
		if let Some(path) = self.file {
			return read_secret_file(path, self.file_flag, self.what).map(Some);
		}
		Ok(env(self.env))
	}
}

/// The signing key: `--suri`, `--suri-file`, `--keystore` (its password from `--password`,
/// `--password-file` or [`PASSWORD_ENV`]), else [`SURI_ENV`]. The command line refuses two of
/// the first three; a keystore given wins over the variable.
pub fn signer(global: &Global, env: Env) -> Result<Keypair> {
	if let Some(path) = &global.keystore {
		if global.suri.is_some() || global.suri_file.is_some() {
			bail!("give either --suri/--suri-file or --keystore, not both");
		}
		return keys::from_keystore(path, password(global, env)?.as_deref());
	}
	let suri = Sources {
		arg: global.suri.as_deref(),
		file: global.suri_file.as_deref(),
		file_flag: "--suri-file",
		env: SURI_ENV,
		what: "Secret URI of the signing account",
	}
	.resolve(env)?
	.ok_or_else(|| {
		anyhow!(
			"this command signs: give --suri-file PATH (- for standard input), ${SURI_ENV}, \
			 --keystore FILE, or --suri (visible to other users)"
		)
	})?;
	keys::from_suri(&suri)
}

/// The keystore's password: `--password`, `--password-file` or [`PASSWORD_ENV`], if any.
pub fn password(global: &Global, env: Env) -> Result<Option<String>> {
	Sources {
		arg: global.password.as_deref(),
		file: global.password_file.as_deref(),
		file_flag: "--password-file",
		env: PASSWORD_ENV,
		what: "Keystore password",
	}
	.resolve(env)
}

/// The claim secret: `--secret`, `--secret-file` or [`CLAIM_SECRET_ENV`].
pub fn claim_secret(args: &ClaimArgs, env: Env) -> Result<String> {
	Sources {
		arg: args.secret.as_deref(),
		file: args.secret_file.as_deref(),
		file_flag: "--secret-file",
		env: CLAIM_SECRET_ENV,
		what: "Claim secret (the words under the scratch-off)",
	}
	.resolve(env)?
	.ok_or_else(|| {
		anyhow!(
			"give the claim secret: --secret-file PATH (- for standard input), \
			 ${CLAIM_SECRET_ENV}, or --secret (visible to other users)"
		)
	})
}

/// The secret in file `path`, or on standard input for `-`: the whole content but one
/// trailing line break. From a terminal, one line is read after a prompt (typing echoes).
pub fn read_secret_file(path: &Path, flag: &str, what: &str) -> Result<String> {
	let text = if path == Path::new("-") {
		take_stdin(&STDIN_TAKEN, flag)?;
		let mut stdin = std::io::stdin().lock();
		let mut text = String::new();
		if stdin.is_terminal() {
			eprint!("{what}: ");
			stdin.read_line(&mut text)
		} else {
			stdin.read_to_string(&mut text)
		}
		.with_context(|| format!("{flag} -: cannot read standard input"))?;
		text
	} else {
		std::fs::read_to_string(path)
			.with_context(|| format!("{flag}: cannot read {}", path.display()))?
	};
	let secret = without_line_break(text);
	if secret.is_empty() {
		bail!(
			"{flag}: {} holds no secret",
			if path == Path::new("-") { "standard input" } else { "the file" }
		);
	}
	Ok(secret)
}

/// Claims standard input for one secret; a second claim is an error.
fn take_stdin(taken: &AtomicBool, flag: &str) -> Result<()> {
	if taken.swap(true, Ordering::SeqCst) {
		bail!("{flag} -: standard input holds another secret already; put this one in a file");
	}
	Ok(())
}

/// `text` without one trailing `\n` or `\r\n`.
pub fn without_line_break(mut text: String) -> String {
	if text.ends_with('\n') {
		text.pop();
		if text.ends_with('\r') {
			text.pop();
		}
	}
	text
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::cli::{Cli, Command};
	use clap::Parser;
	use std::path::PathBuf;

	/// Alice's and Bob's well-known public keys.
	const ALICE: &str = "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
	const BOB: &str = "8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48";

	fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
		Cli::try_parse_from(std::iter::once("trace").chain(args.iter().copied()))
	}

	/// An environment with the given variables only.
	fn env_of(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
		move |name| vars.iter().find(|(key, _)| *key == name).map(|(_, value)| value.to_string())
	}

	fn file(dir: &tempfile::TempDir, name: &str, content: &str) -> String {
		let path = dir.path().join(name);
		std::fs::write(&path, content).unwrap();
		path.to_str().unwrap().to_owned()
	}

	fn public(global: &Global, env: Env) -> String {
		hex::encode(signer(global, env).unwrap().public_key().0)
	}

	#[test]
	fn the_signer_comes_from_a_file_the_environment_or_the_argument() {
		let dir = tempfile::tempdir().unwrap();
		let none = env_of(&[]);
		let bob = env_of(&[(SURI_ENV, "//Bob")]);
		let alice_file = file(&dir, "alice", "//Alice\n");
		let cli = parse(&["sell", "0x00", "--suri-file", &alice_file]).unwrap();
		assert_eq!(cli.global.suri, None);
		assert_eq!(public(&cli.global, &none), ALICE);
		// A file wins over the variable, and so does the argument.
		assert_eq!(public(&cli.global, &bob), ALICE);
		let cli = parse(&["sell", "0x00", "--suri", "//Alice"]).unwrap();
		assert_eq!(public(&cli.global, &bob), ALICE);
		// No argument: the variable.
		let cli = parse(&["sell", "0x00"]).unwrap();
		assert_eq!(public(&cli.global, &bob), BOB);
		let error = signer(&cli.global, &none).unwrap_err().to_string();
		assert!(error.contains("--suri-file") && error.contains(SURI_ENV), "{error}");
		// A keystore wins over the variable.
		let keystore = file(&dir, "key.json", r#"{"suri": "//Alice"}"#);
		let cli = parse(&["sell", "0x00", "--keystore", &keystore]).unwrap();
		assert_eq!(public(&cli.global, &bob), ALICE);
		// At most one of argument, file and keystore; `-` is standard input.
		assert!(parse(&["sell", "0x00", "--suri", "//Bob", "--suri-file", &alice_file]).is_err());
		assert!(parse(&["sell", "0x00", "--suri-file", &alice_file, "--keystore", "k"]).is_err());
		assert!(parse(&["sell", "0x00", "--suri", "//Bob", "--keystore", "k.json"]).is_err());
		let cli = parse(&["--suri-file", "-", "sell", "0x00"]).unwrap();
		assert_eq!(cli.global.suri_file, Some(PathBuf::from("-")));
	}

	#[test]
	fn claim_secrets_and_passwords_need_no_argument() {
		let dir = tempfile::tempdir().unwrap();
		let none = env_of(&[]);
		let phrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
		let secret_file = file(&dir, "secret", &format!("{phrase}\r\n"));
		let cli = parse(&["claim", "0x00", "--secret-file", &secret_file]).unwrap();
		let Command::Claim(args) = cli.command else { panic!("not claim") };
		assert_eq!(args.secret, None);
		assert_eq!(claim_secret(&args, &none).unwrap(), phrase);
		let cli = parse(&["claim", "0x00", "--for", "5Grw"]).unwrap();
		let Command::Claim(args) = cli.command else { panic!("not claim") };
		let from_env = env_of(&[(CLAIM_SECRET_ENV, "//TraceDemo//HB-0001")]);
		assert_eq!(claim_secret(&args, &from_env).unwrap(), "//TraceDemo//HB-0001");
		let error = claim_secret(&args, &none).unwrap_err().to_string();
		assert!(error.contains("--secret-file") && error.contains(CLAIM_SECRET_ENV), "{error}");
		let cli = parse(&["claim", "0x00", "--secret", "//Dev"]).unwrap();
		let Command::Claim(args) = cli.command else { panic!("not claim") };
		assert_eq!(claim_secret(&args, &from_env).unwrap(), "//Dev");
		assert!(parse(&["claim", "0x00", "--secret", "a", "--secret-file", &secret_file]).is_err());

		let password_file = file(&dir, "password", " spaces kept \n\n");
		let cli =
			parse(&["sell", "0x00", "--keystore", "k.json", "--password-file", &password_file])
				.unwrap();
		assert_eq!(password(&cli.global, &none).unwrap().as_deref(), Some(" spaces kept \n"));
		let cli = parse(&["sell", "0x00", "--keystore", "k.json"]).unwrap();
		let from_env = env_of(&[(PASSWORD_ENV, "hunter2")]);
		assert_eq!(password(&cli.global, &from_env).unwrap().as_deref(), Some("hunter2"));
		assert_eq!(password(&cli.global, &none).unwrap(), None);
		assert!(parse(&["sell", "0x00", "--password", "a", "--password-file", "p"]).is_err());
	}

	#[test]
	fn secret_files_lose_one_line_break_and_must_hold_something() {
		assert_eq!(without_line_break("//Alice\n".into()), "//Alice");
		assert_eq!(without_line_break("//Alice\r\n".into()), "//Alice");
		assert_eq!(without_line_break("//Alice".into()), "//Alice");
		assert_eq!(without_line_break("a\n\n".into()), "a\n");
		let dir = tempfile::tempdir().unwrap();
		let empty = file(&dir, "empty", "\n");
		let error = read_secret_file(Path::new(&empty), "--suri-file", "x").unwrap_err();
		assert!(error.to_string().contains("holds no secret"), "{error}");
		assert!(read_secret_file(&dir.path().join("missing"), "--suri-file", "x").is_err());
		// Standard input holds one secret.
		let taken = AtomicBool::new(false);
		assert!(take_stdin(&taken, "--suri-file").is_ok());
		assert!(take_stdin(&taken, "--secret-file").is_err());
	}
}

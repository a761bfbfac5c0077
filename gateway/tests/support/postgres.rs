//! A PostgreSQL server of Debian's `postgresql` package for one test: a cluster made with
//! `initdb` in a temporary directory, started with `pg_ctl` on 127.0.0.1 at a free port (its
//! socket in the same directory), stopped and removed on drop. As root (CI), the server runs as
//! the package's `postgres` user, through `runuser`: PostgreSQL refuses to run as root.

use std::{
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Command, Output},
};

/// Where Debian installs the server's binaries, one directory per major version.
const DEBIAN_BINARIES: &str = "/usr/lib/postgresql";

/// How many ports to try before giving up (another process may take the one picked).
const START_TRIES: usize = 5;

/// A running PostgreSQL server, stopped on drop.
pub struct Postgres {
	bin: PathBuf,
	run_as: Option<String>,
	port: u16,
	dir: tempfile::TempDir,
}

/// The directory of the newest `initdb` and `pg_ctl` under [`DEBIAN_BINARIES`].
fn binaries() -> PathBuf {
	let mut found: Vec<PathBuf> = std::fs::read_dir(DEBIAN_BINARIES)
		.into_iter()
		.flatten()
		.filter_map(Result::ok)
		.map(|version| version.path().join("bin"))
		.filter(|bin| bin.join("initdb").is_file() && bin.join("pg_ctl").is_file())
		.collect();
	found.sort_by_key(|bin| {
		let version = bin.parent().and_then(Path::file_name).and_then(|name| name.to_str());
		version.and_then(|version| version.parse::<u32>().ok()).unwrap_or(0)
	});
	found.pop().unwrap_or_else(|| {
		panic!(
			"PostgreSQL's server binaries (initdb, pg_ctl) are not under \
			 {DEBIAN_BINARIES}/*/bin: install Debian's `postgresql` package (scripts/init.sh \
			 does) to run the gateway's PostgreSQL test"
		)
	})
}

/// Standard output of `program args`, which must succeed.
fn output_of(program: &str, args: &[&str]) -> String {
	let output = Command::new(program)
		.args(args)
		.output()
		.unwrap_or_else(|error| panic!("cannot run {program}: {error}"));
	assert!(output.status.success(), "{program} {} failed: {}", args.join(" "), text(&output));
	String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// What a command printed.
fn text(output: &Output) -> String {
	format!(
		"{}{}",
		String::from_utf8_lossy(&output.stdout),
		String::from_utf8_lossy(&output.stderr)
	)
}

/// A port on 127.0.0.1 that nothing listens on now.
fn free_port() -> u16 {
	let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
	listener.local_addr().expect("its address").port()
}

impl Postgres {
	/// Makes a cluster and starts its server; panics (the test fails) if PostgreSQL is not
	/// installed or does not start.
	pub fn start() -> Self {
		let bin = binaries();
		let dir = tempfile::Builder::new()
			.prefix("trace-gateway-pg-")
			.tempdir()
			.expect("cannot create a temporary directory");
		let run_as = (output_of("id", &["-u"]) == "0").then(|| "postgres".to_owned());
		if let Some(user) = &run_as {
			let uid: u32 = output_of("id", &["-u", user.as_str()]).parse().expect("a uid");
			let gid: u32 = output_of("id", &["-g", user.as_str()]).parse().expect("a gid");
			std::os::unix::fs::chown(dir.path(), Some(uid), Some(gid))
				.expect("cannot hand the temporary directory to the postgres user");
		}
		let mut server = Self { bin, run_as, port: 0, dir };
		let data = server.data();
		let initdb = server
			.command("initdb")
			.arg("-D")
			.arg(&data)
			.args(["-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"])
			.output()
			.expect("cannot run initdb");
		assert!(initdb.status.success(), "initdb failed: {}", text(&initdb));
		for _ in 0..START_TRIES {
			let port = free_port();
			let options = format!(
				"-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
				server.dir.path().display()
			);
			let started = server
				.command("pg_ctl")
				.arg("-D")
				.arg(&data)
				.arg("-l")
				.arg(server.log())
				.args(["-w", "-t", "60", "-o", options.as_str(), "start"])
				.output()
				.expect("cannot run pg_ctl");
			if started.status.success() {
				server.port = port;
				return server;
			}
			eprintln!("pg_ctl start on port {port} failed: {}", text(&started));
		}
		panic!(
			"PostgreSQL did not start in {START_TRIES} tries; its log:\n{}",
			std::fs::read_to_string(server.log()).unwrap_or_default()
		);
	}

	/// The database URL of the server's `postgres` database.
	pub fn url(&self) -> String {
		format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
	}

	/// The cluster's directory.
	fn data(&self) -> PathBuf {
		self.dir.path().join("data")
	}

	/// The server's log.
	fn log(&self) -> PathBuf {
		self.dir.path().join("postgres.log")
	}

	/// `program` of the server's binaries, run as the server's user.
	fn command(&self, program: &str) -> Command {
		let path = self.bin.join(program);
		match &self.run_as {
			Some(user) => {
				let mut command = Command::new("runuser");
				command.args(["-u", user.as_str(), "--"]).arg(path);
				command
			},
			None => Command::new(path),
		}
	}
}

impl Drop for Postgres {
	fn drop(&mut self) {
		if self.port != 0 {
			let _ = self
				.command("pg_ctl")
				.arg("-D")
				.arg(self.data())
				.args(["-m", "immediate", "-w", "stop"])
				.output();
		}
	}
}

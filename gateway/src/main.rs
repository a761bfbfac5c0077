//! `trace-gateway`: indexes the finalized blocks of a trace-chain node into SQLite (under
//! `--data-dir`) or PostgreSQL (`--database`), and serves the EPCIS 2.0 query interface and the
//! GS1 Digital Link resolver over HTTP. See `trace-gateway --help` and `docs/integration.md`.

use anyhow::{Context, Result};
use clap::Parser;
use std::{net::SocketAddr, path::PathBuf, process::ExitCode, sync::Arc, time::Duration};
use trace_gateway::{db, router, Database, Gateway, HttpConfig, Indexer, Metrics, Targets};

/// The gateway's command line.
#[derive(Debug, Parser)]
#[command(
	name = "trace-gateway",
	version,
	about = "Indexes a trace-chain node's finalized blocks and serves them as GS1 EPCIS 2.0 \
	         events and GS1 Digital Link linksets."
)]
struct Args {
	/// WebSocket RPC of the node whose finalized blocks are indexed (trusted: run your own).
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	url: String,
	/// Directory of the embedded SQLite index (`index.sqlite`), created if missing. Not used
	/// with --database.
	#[arg(long, default_value = "trace-gateway-data")]
	data_dir: PathBuf,
	/// A PostgreSQL index instead: postgres://user[:password]@host:port/database.
	#[arg(long)]
	database: Option<String>,
	/// Address to serve HTTP on.
	#[arg(long, default_value = "127.0.0.1:8090")]
	listen: SocketAddr,
	/// The gateway's URL as clients reach it, for links, linksets and paging (default:
	/// http://{listen}).
	#[arg(long)]
	public_url: Option<String>,
	/// Host of the GS1 Digital Links naming items in EPCIS events.
	#[arg(long, default_value = trace_client::epcis::GS1_RESOLVER)]
	resolver: String,
	/// Where the consumer's page is served at Digital Link paths (e.g. http://127.0.0.1:8080
	/// of scripts/serve-web.sh): scanned Digital Links redirect there.
	#[arg(long)]
	page_url: Option<String>,
	/// A directory of the consumer's page to serve (the generated config first, then web/dist;
	/// repeat the flag): every other path is a file of it, and Digital Links its index.html.
	#[arg(long = "web-dir")]
	web_dirs: Vec<PathBuf>,
	/// How often to look for newly finalized blocks, in milliseconds.
	#[arg(long, default_value_t = 1000)]
	poll_ms: u64,
}

#[tokio::main]
async fn main() -> ExitCode {
	match run(Args::parse()).await {
		Ok(()) => ExitCode::SUCCESS,
		Err(error) => {
			eprintln!("error: {error:#}");
			ExitCode::FAILURE
		},
	}
}

/// The database URL the arguments name: --database, else the SQLite file under --data-dir.
fn database_url(args: &Args) -> Result<String> {
	if let Some(url) = &args.database {
		return Ok(url.clone());
	}
	std::fs::create_dir_all(&args.data_dir)
		.with_context(|| format!("cannot create {}", args.data_dir.display()))?;
	let dir = std::fs::canonicalize(&args.data_dir)
		.with_context(|| format!("cannot find {}", args.data_dir.display()))?;
	db::sqlite_url(&dir.join("index.sqlite"))
}

/// Opens the index, checks it against the node, then indexes and serves until interrupted.
async fn run(args: Args) -> Result<()> {
	let url = database_url(&args)?;
	let database = Database::open(&url).await?;
	let metrics = Metrics::new()?;
	let indexer =
		Indexer::connect(&args.url, database.clone(), &args.resolver, metrics.clone()).await?;
	indexer.check_chain().await?;
	let listener = tokio::net::TcpListener::bind(args.listen)
		.await
		.with_context(|| format!("cannot listen on {}", args.listen))?;
	let local = listener.local_addr().context("cannot read the listening address")?;
	let public_url = args
		.public_url
		.clone()
		.unwrap_or_else(|| format!("http://{local}"))
		.trim_end_matches('/')
		.to_owned();
	eprintln!(
		"trace-gateway: indexing {} into {} ({} blocks indexed); serving {public_url} on \
		 http://{local} (EPCIS: /events, resolver: /01/{{gtin}}/21/{{serial}}, metrics: /metrics)",
		args.url,
		db::redacted(&url),
		indexer.cursor().await?
	);
	let config = HttpConfig {
		targets: Targets {
			public_url,
			epc_resolver: args.resolver.clone(),
			page_url: args.page_url.clone().map(|page| page.trim_end_matches('/').to_owned()),
			serves_page: !args.web_dirs.is_empty(),
		},
		web_dirs: args.web_dirs.clone(),
	};
	let gateway = Arc::new(Gateway { db: database.clone(), metrics, config });
	let indexing = tokio::spawn(indexer.follow(Duration::from_millis(args.poll_ms.max(1))));
	let served = axum::serve(listener, router(gateway))
		.with_graceful_shutdown(shutdown())
		.await
		.context("the HTTP server failed");
	indexing.abort();
	database.close().await;
	served
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown() {
	let interrupt = async {
		if tokio::signal::ctrl_c().await.is_err() {
			std::future::pending::<()>().await;
		}
	};
	#[cfg(unix)]
	let terminate = async {
		match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
			Ok(mut signal) => {
				signal.recv().await;
			},
			Err(_) => std::future::pending::<()>().await,
		}
	};
	#[cfg(not(unix))]
	let terminate = std::future::pending::<()>();
	tokio::select! {
		() = interrupt => {},
		() = terminate => {},
	}
	eprintln!("trace-gateway: stopping");
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::CommandFactory;

	#[test]
	fn the_command_line_is_consistent_and_has_defaults() {
		Args::command().debug_assert();
		let args = Args::try_parse_from(["trace-gateway"]).unwrap();
		assert_eq!(args.url, "ws://127.0.0.1:9944");
		assert_eq!(args.listen, "127.0.0.1:8090".parse::<SocketAddr>().unwrap());
		assert_eq!(args.resolver, trace_client::epcis::GS1_RESOLVER);
		assert!(args.database.is_none() && args.web_dirs.is_empty());
		let args = Args::try_parse_from([
			"trace-gateway",
			"--database",
			"postgres://gw@127.0.0.1:5432/index",
			"--web-dir",
			"a",
			"--web-dir",
			"b",
		])
		.unwrap();
		assert_eq!(database_url(&args).unwrap(), "postgres://gw@127.0.0.1:5432/index");
		assert_eq!(args.web_dirs, [PathBuf::from("a"), PathBuf::from("b")]);
	}
}

//! The index database: SQLite (a file under the data directory, the default) or PostgreSQL,
//! through sqlx's `Any` driver, with one set of migrations (`migrations/`) for both.
//!
//! The schema uses only `TEXT` and `BIGINT` columns, which the `Any` driver reads from both
//! databases, and portable SQL: `INSERT … ON CONFLICT`, and `$N` placeholders, which PostgreSQL
//! and SQLite both number. Each block is written in one transaction: its codes' reports, their
//! events (inserted once: an event's identifier is its primary key, so writing a block again
//! changes nothing), the block and the cursor, so that a gateway stopped at any moment resumes
//! from the last block it wrote whole.

use anyhow::{anyhow, bail, Context, Result};
use futures::future::BoxFuture;
use sqlx::{
	any::{AnyPoolOptions, AnyRow},
	error::BoxDynError,
	migrate::{Migration, MigrationSource, MigrationType, Migrator},
	Any, AnyPool, Row,
};
use std::{borrow::Cow, path::Path};

/// The migrations, oldest first: version, description, SQL.
const MIGRATIONS: &[(i64, &str, &str)] =
	&[(1, "index", include_str!("../migrations/0001_index.sql"))];

/// Connections in the pool: the indexer's writer and the HTTP readers.
const MAX_CONNECTIONS: u32 = 8;

/// Which database a URL names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
	/// An SQLite file (`sqlite:…`).
	Sqlite,
	/// A PostgreSQL server (`postgres://…`, `postgresql://…`).
	Postgres,
}

impl Backend {
	/// The backend of `url`, by its scheme.
	pub fn of(url: &str) -> Result<Self> {
		if url.starts_with("sqlite:") {
			Ok(Self::Sqlite)
		} else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
			Ok(Self::Postgres)
		} else {
			bail!(
				"unsupported database URL `{}`: give postgres://user@host:port/database (or \
				 nothing, for SQLite under --data-dir)",
				redacted(url)
			)
		}
	}
}

/// `url` without the password, for messages.
pub fn redacted(url: &str) -> String {
	let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
	match rest.split_once('@') {
		Some((user_info, host)) => {
			let user = user_info.split(':').next().unwrap_or_default();
			format!("{scheme}://{user}@{host}")
		},
		None => url.to_owned(),
	}
}

/// The URL of the SQLite database file `path` (created if missing). The path must be absolute.
pub fn sqlite_url(path: &Path) -> Result<String> {
	let text = path
		.to_str()
		.ok_or_else(|| anyhow!("the database path {} is not UTF-8", path.display()))?;
	if !path.is_absolute() || text.contains(['?', '#', '%']) {
		bail!("the database path {text} must be absolute, without `?`, `#` or `%`");
	}
	Ok(format!("sqlite://{text}?mode=rwc"))
}

/// The embedded migrations, as sqlx's migrator takes them.
#[derive(Debug)]
struct Embedded;

impl MigrationSource<'static> for Embedded {
	fn resolve(self) -> BoxFuture<'static, Result<Vec<Migration>, BoxDynError>> {
		Box::pin(async {
			Ok::<_, BoxDynError>(
				MIGRATIONS
					.iter()
					.map(|(version, description, sql)| {
						Migration::new(
							*version,
							Cow::Borrowed(*description),
							MigrationType::Simple,
							Cow::Borrowed(*sql),
							false,
						)
					})
					.collect::<Vec<Migration>>(),
			)
		})
	}
}

/// A value bound to a `$N` placeholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bind {
	/// A `TEXT` value.
	Text(String),
	/// A `BIGINT` value.
	Int(i64),
}

/// One code as the index keeps it: its report as of `updated_block`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeRow {
	/// `0x` and 64 lower-case hex digits.
	pub code_id: String,
	/// GTIN-14.
	pub gtin: String,
	/// Serial (AI 21).
	pub serial: String,
	/// Lot (AI 10).
	pub lot: Option<String>,
	/// `/01/{gtin}/21/{serial}`.
	pub digital_link: String,
	/// The pallet's status name.
	pub status: String,
	/// SS58.
	pub custodian: String,
	/// The verdict's name.
	pub verdict: String,
	/// Entries in its history.
	pub event_count: i64,
	/// The block the report was read at.
	pub updated_block: i64,
	/// The report's JSON, as the node's `trace_report` RPC writes it.
	pub report: String,
}

/// One EPCIS event as the index keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventRow {
	/// `eventID`.
	pub event_id: String,
	/// The code's key.
	pub code_id: String,
	/// Position in the code's history.
	pub event_index: i64,
	/// The block of the history entry.
	pub block_number: i64,
	/// `type`.
	pub event_type: String,
	/// `action`.
	pub action: String,
	/// `bizStep`.
	pub biz_step: String,
	/// `disposition`.
	pub disposition: String,
	/// The container's key, for an `AggregationEvent`.
	pub parent_id: Option<String>,
	/// `readPoint.id`.
	pub read_point: Option<String>,
	/// `bizLocation.id`.
	pub biz_location: Option<String>,
	/// SS58 of the signer.
	pub actor: String,
	/// `eventTime`, ms.
	pub event_time: i64,
	/// `recordTime` (the block time), ms.
	pub record_time: i64,
	/// The time the actor declared, ms.
	pub declared_time: Option<i64>,
	/// The EPCIS event, JSON.
	pub body: String,
}

/// What one block brings to the index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BlockRows {
	/// Block number.
	pub number: i64,
	/// Block hash, `0x…`.
	pub hash: String,
	/// The codes its events named, each with its whole history as of the block.
	pub codes: Vec<(CodeRow, Vec<EventRow>)>,
}

/// Where a page of events ends: the ordering key of its last event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
	/// Block of the event.
	pub block_number: i64,
	/// Its code's key.
	pub code_id: String,
	/// Its position in the code's history.
	pub event_index: i64,
}

/// An event read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredEvent {
	/// The EPCIS event, JSON.
	pub body: String,
	/// Its ordering key.
	pub position: Position,
}

/// A condition on the events: SQL with `$N` placeholders numbered from 1 in the order of
/// `binds`, as [`Conditions`] builds it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Conditions {
	clauses: Vec<String>,
	binds: Vec<Bind>,
}

impl Conditions {
	/// No condition: every event.
	pub fn new() -> Self {
		Self::default()
	}

	/// A placeholder for `value`.
	fn placeholder(&mut self, value: Bind) -> String {
		self.binds.push(value);
		format!("${}", self.binds.len())
	}

	/// `column` is one of `values` (nothing is, if `values` is empty).
	pub fn one_of(&mut self, column: Column, values: &[String]) {
		let clause = self.in_list(column, values);
		self.clauses.push(clause);
	}

	/// `column IN (…)`, or a false condition for no values.
	fn in_list(&mut self, column: Column, values: &[String]) -> String {
		if values.is_empty() {
			return "1 = 0".to_owned();
		}
		let placeholders: Vec<String> =
			values.iter().map(|value| self.placeholder(Bind::Text(value.clone()))).collect();
		format!("{} IN ({})", column.name(), placeholders.join(", "))
	}

	/// The code or the container is one of `codes`.
	pub fn code_or_parent_in(&mut self, codes: &[String]) {
		let code = self.in_list(Column::CodeId, codes);
		let parent = self.in_list(Column::ParentId, codes);
		self.clauses.push(format!("({code} OR {parent})"));
	}

	/// `column >= value`.
	pub fn at_least(&mut self, column: Column, value: i64) {
		let placeholder = self.placeholder(Bind::Int(value));
		self.clauses.push(format!("{} >= {placeholder}", column.name()));
	}

	/// `column < value`.
	pub fn less_than(&mut self, column: Column, value: i64) {
		let placeholder = self.placeholder(Bind::Int(value));
		self.clauses.push(format!("{} < {placeholder}", column.name()));
	}

	/// After `position` in the events' order.
	pub fn after(&mut self, position: &Position) {
		let block = self.placeholder(Bind::Int(position.block_number));
		let code = self.placeholder(Bind::Text(position.code_id.clone()));
		let index = self.placeholder(Bind::Int(position.event_index));
		self.clauses.push(format!(
			"(block_number > {block} OR (block_number = {block} AND (code_id > {code} OR \
			 (code_id = {code} AND event_index > {index}))))"
		));
	}

	/// The `WHERE` clause, empty without conditions.
	fn where_clause(&self) -> String {
		if self.clauses.is_empty() {
			String::new()
		} else {
			format!(" WHERE {}", self.clauses.join(" AND "))
		}
	}
}

/// The columns of `events` a query filters on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
	/// `eventID`.
	EventId,
	/// `type`.
	EventType,
	/// `action`.
	Action,
	/// `bizStep`.
	BizStep,
	/// `disposition`.
	Disposition,
	/// The item's key.
	CodeId,
	/// The container's key.
	ParentId,
	/// `readPoint.id`.
	ReadPoint,
	/// `bizLocation.id`.
	BizLocation,
	/// `eventTime`.
	EventTime,
	/// `recordTime`.
	RecordTime,
}

impl Column {
	/// The column's name.
	pub fn name(self) -> &'static str {
		match self {
			Self::EventId => "event_id",
			Self::EventType => "event_type",
			Self::Action => "action",
			Self::BizStep => "biz_step",
			Self::Disposition => "disposition",
			Self::CodeId => "code_id",
			Self::ParentId => "parent_id",
			Self::ReadPoint => "read_point",
			Self::BizLocation => "biz_location",
			Self::EventTime => "event_time",
			Self::RecordTime => "record_time",
		}
	}
}

/// The index database.
#[derive(Clone, Debug)]
pub struct Database {
	pool: AnyPool,
	backend: Backend,
}

impl Database {
	/// Opens the database at `url` (`sqlite://…` or `postgres://…`) and brings its schema up
	/// to date.
	pub async fn open(url: &str) -> Result<Self> {
		sqlx::any::install_default_drivers();
		let backend = Backend::of(url)?;
		let pool = AnyPoolOptions::new()
			.max_connections(MAX_CONNECTIONS)
			.connect(url)
			.await
			.with_context(|| format!("cannot open the database {}", redacted(url)))?;
		if backend == Backend::Sqlite {
			// Readers do not block the writer, nor it them (the setting stays in the file).
			sqlx::query::<Any>("PRAGMA journal_mode = WAL")
				.execute(&pool)
				.await
				.context("cannot switch the SQLite database to write-ahead logging")?;
		}
		let migrator = Migrator::new(Embedded).await.context("cannot load the migrations")?;
		migrator.run(&pool).await.context("cannot migrate the database")?;
		Ok(Self { pool, backend })
	}

	/// Which database this is.
	pub fn backend(&self) -> Backend {
		self.backend
	}

	/// Closes the connections.
	pub async fn close(&self) {
		self.pool.close().await;
	}

	/// The last block indexed, number and hash, if any.
	pub async fn cursor(&self) -> Result<Option<(i64, String)>> {
		let row =
			sqlx::query::<Any>("SELECT block_number, block_hash FROM index_cursor WHERE id = 0")
				.fetch_optional(&self.pool)
				.await
				.context("cannot read the index cursor")?;
		row.map(|row| -> Result<(i64, String)> {
			Ok((row.try_get("block_number")?, row.try_get("block_hash")?))
		})
		.transpose()
	}

	/// Writes what `block` brings, in one transaction: codes (a report read at an older block
	/// than the stored one is not written over it), events (each once), the block (once) and
	/// the cursor (which only moves forward).
	pub async fn write_block(&self, block: &BlockRows) -> Result<()> {
		let mut tx = self.pool.begin().await.context("cannot begin a transaction")?;
		for (code, events) in &block.codes {
			sqlx::query::<Any>(
				"INSERT INTO codes (code_id, gtin, serial, lot, digital_link, status, custodian, \
				 verdict, event_count, updated_block, report) \
				 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
				 ON CONFLICT (code_id) DO UPDATE SET gtin = excluded.gtin, \
				 serial = excluded.serial, lot = excluded.lot, \
				 digital_link = excluded.digital_link, status = excluded.status, \
				 custodian = excluded.custodian, verdict = excluded.verdict, \
				 event_count = excluded.event_count, updated_block = excluded.updated_block, \
				 report = excluded.report \
				 WHERE codes.updated_block <= excluded.updated_block",
			)
			.bind(code.code_id.clone())
			.bind(code.gtin.clone())
			.bind(code.serial.clone())
			.bind(code.lot.clone())
			.bind(code.digital_link.clone())
			.bind(code.status.clone())
			.bind(code.custodian.clone())
			.bind(code.verdict.clone())
			.bind(code.event_count)
			.bind(code.updated_block)
			.bind(code.report.clone())
			.execute(&mut *tx)
			.await
			.with_context(|| format!("cannot write code {}", code.code_id))?;
			for event in events {
				sqlx::query::<Any>(
					"INSERT INTO events (event_id, code_id, event_index, block_number, \
					 event_type, action, biz_step, disposition, parent_id, read_point, \
					 biz_location, actor, event_time, record_time, declared_time, body) \
					 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, \
					 $16) ON CONFLICT DO NOTHING",
				)
				.bind(event.event_id.clone())
				.bind(event.code_id.clone())
				.bind(event.event_index)
				.bind(event.block_number)
				.bind(event.event_type.clone())
				.bind(event.action.clone())
				.bind(event.biz_step.clone())
				.bind(event.disposition.clone())
				.bind(event.parent_id.clone())
				.bind(event.read_point.clone())
				.bind(event.biz_location.clone())
				.bind(event.actor.clone())
				.bind(event.event_time)
				.bind(event.record_time)
				.bind(event.declared_time)
				.bind(event.body.clone())
				.execute(&mut *tx)
				.await
				.with_context(|| format!("cannot write event {}", event.event_id))?;
			}
		}
		let codes = i64::try_from(block.codes.len()).unwrap_or(i64::MAX);
		sqlx::query::<Any>(
			"INSERT INTO blocks (block_number, block_hash, codes) VALUES ($1, $2, $3) \
			 ON CONFLICT (block_number) DO NOTHING",
		)
		.bind(block.number)
		.bind(block.hash.clone())
		.bind(codes)
		.execute(&mut *tx)
		.await
		.with_context(|| format!("cannot write block #{}", block.number))?;
		sqlx::query::<Any>(
			"INSERT INTO index_cursor (id, block_number, block_hash) VALUES (0, $1, $2) \
			 ON CONFLICT (id) DO UPDATE SET block_number = excluded.block_number, \
			 block_hash = excluded.block_hash \
			 WHERE index_cursor.block_number < excluded.block_number",
		)
		.bind(block.number)
		.bind(block.hash.clone())
		.execute(&mut *tx)
		.await
		.context("cannot move the index cursor")?;
		tx.commit()
			.await
			.with_context(|| format!("cannot commit block #{}", block.number))?;
		Ok(())
	}

	/// The events meeting `conditions`, in the index's order (block, code, position in the
	/// code's history), at most `limit` of them.
	pub async fn events(&self, conditions: &Conditions, limit: u32) -> Result<Vec<StoredEvent>> {
		let sql = format!(
			"SELECT body, block_number, code_id, event_index FROM events{} \
			 ORDER BY block_number, code_id, event_index LIMIT {limit}",
			conditions.where_clause()
		);
		let mut query = sqlx::query::<Any>(&sql);
		for bind in &conditions.binds {
			query = match bind {
				Bind::Text(text) => query.bind(text.clone()),
				Bind::Int(int) => query.bind(*int),
			};
		}
		let rows = query.fetch_all(&self.pool).await.context("cannot query the events")?;
		rows.iter().map(stored_event).collect()
	}

	/// How many events the index holds.
	pub async fn event_count(&self) -> Result<i64> {
		let row = sqlx::query::<Any>("SELECT COUNT(*) AS n FROM events")
			.fetch_one(&self.pool)
			.await
			.context("cannot count the events")?;
		Ok(row.try_get("n")?)
	}

	/// The stored report JSON of code `code_id` (`0x…`), if the index has the code.
	pub async fn code_report(&self, code_id: &str) -> Result<Option<String>> {
		let row = sqlx::query::<Any>("SELECT report FROM codes WHERE code_id = $1")
			.bind(code_id.to_owned())
			.fetch_optional(&self.pool)
			.await
			.context("cannot read a code")?;
		row.map(|row| -> Result<String> { Ok(row.try_get("report")?) }).transpose()
	}
}

/// An event row read back.
fn stored_event(row: &AnyRow) -> Result<StoredEvent> {
	Ok(StoredEvent {
		body: row.try_get("body")?,
		position: Position {
			block_number: row.try_get("block_number")?,
			code_id: row.try_get("code_id")?,
			event_index: row.try_get("event_index")?,
		},
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn urls_name_their_backend_and_hide_passwords() {
		assert_eq!(Backend::of("sqlite:///tmp/index.sqlite?mode=rwc").unwrap(), Backend::Sqlite);
		assert_eq!(Backend::of("postgres://u@127.0.0.1:5432/db").unwrap(), Backend::Postgres);
		assert_eq!(Backend::of("postgresql://u@127.0.0.1/db").unwrap(), Backend::Postgres);
		let error = Backend::of("mysql://root:secret@db/x").unwrap_err().to_string();
		assert!(!error.contains("secret"), "{error}");
		assert_eq!(redacted("postgres://gw:pw@db:5432/index"), "postgres://gw@db:5432/index");
		assert_eq!(redacted("postgres://db/index"), "postgres://db/index");
	}

	#[test]
	fn sqlite_urls_are_absolute_files_created_on_demand() {
		assert_eq!(
			sqlite_url(Path::new("/var/lib/gw/index.sqlite")).unwrap(),
			"sqlite:///var/lib/gw/index.sqlite?mode=rwc"
		);
		assert!(sqlite_url(Path::new("relative/index.sqlite")).is_err());
		assert!(sqlite_url(Path::new("/tmp/what?.sqlite")).is_err());
	}

	#[test]
	fn conditions_number_their_placeholders_in_order() {
		let mut conditions = Conditions::new();
		assert_eq!(conditions.where_clause(), "");
		conditions.one_of(Column::BizStep, &["shipping".into(), "receiving".into()]);
		conditions.at_least(Column::EventTime, 5);
		conditions.code_or_parent_in(&["0xaa".into()]);
		conditions.after(&Position { block_number: 3, code_id: "0xbb".into(), event_index: 1 });
		assert_eq!(
			conditions.where_clause(),
			" WHERE biz_step IN ($1, $2) AND event_time >= $3 AND (code_id IN ($4) OR \
			 parent_id IN ($5)) AND (block_number > $6 OR (block_number = $6 AND (code_id > $7 \
			 OR (code_id = $7 AND event_index > $8))))"
		);
		assert_eq!(
			conditions.binds,
			[
				Bind::Text("shipping".into()),
				Bind::Text("receiving".into()),
				Bind::Int(5),
				Bind::Text("0xaa".into()),
				Bind::Text("0xaa".into()),
				Bind::Int(3),
				Bind::Text("0xbb".into()),
				Bind::Int(1),
			]
		);
		let mut nothing = Conditions::new();
		nothing.one_of(Column::EventType, &[]);
		assert_eq!(nothing.where_clause(), " WHERE 1 = 0");
	}
}

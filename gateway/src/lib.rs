//! `trace-gateway`: trace-chain as GS1 systems read it. An indexer of its own node's finalized
//! blocks on a real database, the GS1 EPCIS 2.0 query interface over that index, and a GS1
//! Digital Link resolver for the items' QR codes.
//!
//! - [`indexer`]: follows the finalized chain, one database transaction per block.
//! - [`db`]: the index, SQLite or PostgreSQL through sqlx's `Any` driver, one set of
//!   migrations (`migrations/`).
//! - [`rows`]: what the index stores of a code, from `trace-client`'s report, its JSON and its
//!   one EPCIS mapping ([`trace_client::epcis`]).
//! - [`query`]: the EPCIS query parameters; [`http`]: the routes; [`resolver`]: the resolver's
//!   links and linksets; [`problem`]: RFC 9457 errors; [`metrics`]: the index lag on
//!   `/metrics`.
//!
//! `docs/integration.md` shows an integrator's use of it.

pub mod db;
pub mod http;
pub mod indexer;
pub mod metrics;
pub mod problem;
pub mod query;
pub mod resolver;
pub mod rows;

pub use db::Database;
pub use http::{router, Gateway, HttpConfig};
pub use indexer::Indexer;
pub use metrics::Metrics;
pub use resolver::Targets;

//! What the gateway's end-to-end tests share besides the node (a `trace-node --dev` from
//! `trace-test-support`): a chain with a product, codes, a packing and a handover recorded
//! through `trace-client`, a PostgreSQL server of Debian's package on a temporary directory,
//! and HTTP requests to the gateway.

pub mod chain;
pub mod http;
pub mod postgres;

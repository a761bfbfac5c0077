#!/usr/bin/env bash
# The whole test suite: formatting, lints, unit and end-to-end tests (which start their own
# nodes on loopback), and the benchmark test suite. This is the README's test command and
# what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/init.sh
. scripts/lib.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (all targets, release profile) -D warnings"
cargo clippy --release --workspace --all-targets --locked -- -D warnings

step "cargo clippy of pallet-traceability with its benchmarks -D warnings"
cargo clippy --release --locked -p pallet-traceability --all-targets --features runtime-benchmarks -- -D warnings

# The node's features (the runtime's and the pallet's follow them): `try-runtime` and the
# benchmarks. Checked, not built: the wasm runtime is the default build's. Not both at once:
# frame-benchmarking-cli 64 pulls pallet-staking 50 (through polkadot-runtime-parachains)
# without its `try-runtime`, while our runtime turns on pallet-session's, and pallet-staking
# then misses `peek_disabled` (E0046) — an upstream feature-unification gap, not ours.
for features in try-runtime runtime-benchmarks; do
	step "cargo clippy of trace-node --features $features -D warnings"
	SKIP_WASM_BUILD=1 cargo clippy --release --locked -p trace-node --all-targets \
		--features "$features" -- -D warnings
done

step "cargo test --release --workspace (unit, runtime, node end-to-end)"
cargo test --release --workspace --locked

step "the trace CLI drives the demo journey against a real node (light-client verify included)"
TRACE_NODE="$CARGO_TARGET_DIR/release/trace-node" \
	cargo test --release --workspace --locked --test journey -- --ignored

step "trace-gateway indexes a dev node's chain into SQLite and a PostgreSQL server it starts, and answers EPCIS queries and the resolver"
TRACE_NODE="$CARGO_TARGET_DIR/release/trace-node" \
	cargo test --release --workspace --locked --test gateway -- --ignored

step "the consumer's page in headless Chromium against a dev node with the demo journey"
bash scripts/web-test.sh

step "benchmark test suite of pallet-traceability"
cargo test --release --locked -p pallet-traceability --features runtime-benchmarks -- bench

#!/usr/bin/env bash
# Builds trace-node (release) and starts a development chain: alice authors and finalises
# blocks every 6 s; WebSocket/HTTP RPC on 127.0.0.1:9944; state in a temporary directory.
# Extra arguments go to the node (e.g. --rpc-external --rpc-cors all).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/init.sh
. scripts/env.sh
cargo build --release --locked -p trace-node
exec "$CARGO_TARGET_DIR/release/trace-node" --dev --tmp --rpc-cors all "$@"

#!/usr/bin/env bash
# Builds trace-node and the trace CLI (release) and starts a development chain with the demo
# journey recorded (scripts/demo.sh): alice authors and finalises blocks every 6 s; WebSocket
# and HTTP RPC on 127.0.0.1:9944; libp2p on 127.0.0.1:30333 (TCP) and :30334 (WebSocket, for
# light clients in browsers); state in a temporary directory, gone when the node stops.
#
# It writes .dev/chain-spec.json: the raw dev chain spec listing this node as bootnode, so
# `trace verify <link> --chain-spec .dev/chain-spec.json` verifies through a light client.
#
# Extra arguments go to the node (e.g. --rpc-external). TRACE_DEMO=0 skips the demo journey.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/init.sh
. scripts/lib.sh
# The whole workspace with its tests, as scripts/test.sh builds it: dependencies of the tests and
# of the CLI enable features of crates the node shares, so building less would compile those
# crates a second time, with other features.
cargo build --release --locked --workspace --all-targets
TRACE_NODE="$CARGO_TARGET_DIR/release/trace-node"

# A fixed node key, so that the dev node's peer id (and the chain spec's bootnode) is stable.
mkdir -p .dev
PEER_ID="$(fixed_node_key .dev/node-key 1)"
dev_chain_spec .dev/chain-spec.json \
	"/ip4/127.0.0.1/tcp/30333/p2p/$PEER_ID" "/ip4/127.0.0.1/tcp/30334/ws/p2p/$PEER_ID"

# The node's output goes to the terminal; it is stopped on exit. Block #1 is waited for only
# before the demo journey.
wait_for=(--timeout 120)
[ "${TRACE_DEMO:-1}" != 0 ] || wait_for=(--timeout 0)
start_dev_node --tmp --rpc-port 9944 --node-key-file .dev/node-key --log - "${wait_for[@]}" \
	--listen tcp:30333 --listen ws:30334 -- --rpc-cors all "$@"

if [ "${TRACE_DEMO:-1}" != 0 ]; then
	bash scripts/demo.sh "$NODE_RPC_URL"
	cat <<EOF

Light-client verification:  $CARGO_TARGET_DIR/release/trace verify \\
    https://id.trace.example/01/08012345000012/21/HB-0001 --chain-spec .dev/chain-spec.json
The node keeps running; Ctrl-C stops it (its state is discarded).
EOF
fi
wait "$NODE_PID"

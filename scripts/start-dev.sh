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
. scripts/env.sh
# The whole workspace with its tests, as scripts/test.sh builds it: dependencies of the tests and
# of the CLI enable features of crates the node shares, so building less would compile those
# crates a second time, with other features.
cargo build --release --locked --workspace --all-targets
NODE="$CARGO_TARGET_DIR/release/trace-node"

# A fixed node key, so that the dev node's peer id (and the chain spec's bootnode) is stable.
mkdir -p .dev
printf '%064x' 1 >.dev/node-key
PEER_ID="$("$NODE" key inspect-node-key --file .dev/node-key)"
"$NODE" build-spec --chain dev --raw --disable-default-bootnode 2>/dev/null |
	sed "s|\"bootNodes\": \[\]|\"bootNodes\": [\"/ip4/127.0.0.1/tcp/30333/p2p/$PEER_ID\", \"/ip4/127.0.0.1/tcp/30334/ws/p2p/$PEER_ID\"]|" \
		>.dev/chain-spec.json
grep -q "$PEER_ID" .dev/chain-spec.json

"$NODE" --dev --tmp --rpc-cors all --node-key-file .dev/node-key \
	--listen-addr /ip4/127.0.0.1/tcp/30333 --listen-addr /ip4/127.0.0.1/tcp/30334/ws "$@" &
node_pid=$!
trap 'kill "$node_pid" 2>/dev/null; wait "$node_pid" 2>/dev/null' EXIT INT TERM

if [ "${TRACE_DEMO:-1}" != 0 ]; then
	for _ in $(seq 1 120); do
		if (exec 3<>/dev/tcp/127.0.0.1/9944) 2>/dev/null; then break; fi
		kill -0 "$node_pid" 2>/dev/null || exit 1
		sleep 0.5
	done
	bash scripts/demo.sh ws://127.0.0.1:9944
	cat <<EOF

Light-client verification:  $CARGO_TARGET_DIR/release/trace verify \\
    https://id.trace.example/01/08012345000012/21/HB-0001 --chain-spec .dev/chain-spec.json
The node keeps running; Ctrl-C stops it (its state is discarded).
EOF
fi
wait "$node_pid"

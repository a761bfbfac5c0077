#!/usr/bin/env bash
# Measures how fast the chain records a supply chain and regenerates docs/performance.md
# (with docs/performance.png): builds the workspace, starts one dev node on loopback (free
# ports, state in a temporary directory, stopped on exit), and runs every workload of the
# `trace-loadgen` binary (crate loadgen/) against it: balance transfers, single-item
# handovers, bulk issuance, container handovers, verification (runtime API and light client).
#
# The node runs with a larger pool (--pool-limit 65536, --pool-kbytes 524288) so that the
# load generator can keep two blocks' worth of transactions waiting, and with roomier RPC
# limits for its concurrent submissions. About 10 minutes on 2 cores once built.
#
# Extra arguments go to trace-loadgen (see `trace-loadgen --help`), e.g. --transfer-seconds 20.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
bash scripts/init.sh
. scripts/lib.sh

FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
[ -f "$FONT" ] || die "the plot needs $FONT: apt-get install -y fonts-dejavu-core"

cargo build --release --locked --workspace --all-targets
built=$(date +%s)
BIN="$CARGO_TARGET_DIR/release"
TRACE_NODE="$BIN/trace-node"

work="$(mktemp -d)"
track_path "$work"
# A fixed node key, so that the light client can name the node as its bootnode.
peer_id="$(fixed_node_key "$work/node-key" 7)"
dev_chain_spec "$work/chain-spec.json"

start_dev_node --base-path "$work/node" --node-key-file "$work/node-key" --listen tcp \
	--log "$work/node.log" --timeout 120 -- \
	--no-mdns --no-prometheus --no-telemetry \
	--pool-limit 65536 --pool-kbytes 524288 \
	--rpc-max-connections 1000 --rpc-max-response-size 100 \
	--rpc-message-buffer-capacity-per-connection 4096
# The node has block #1; let GRANDPA finalize it before the first workload.
sleep 2

mkdir -p docs
"$BIN/trace-loadgen" \
	--url "$NODE_RPC_URL" \
	--node-pid "$NODE_PID" \
	--node-command "trace-node ${NODE_ARGS[*]//$work/\$TMP}" \
	--out docs/performance.md --plot docs/performance.png \
	--trace-bin "$BIN/trace" --chain-spec "$work/chain-spec.json" \
	--bootnode "/ip4/127.0.0.1/tcp/$NODE_TCP_PORT/p2p/$peer_id" \
	--seconds-before "$(($(date +%s) - built))" \
	"$@" || {
	status=$?
	log "trace-loadgen failed; the node's last log lines follow"
	exit "$status"
}

finished=$(date +%s)
echo "bench.sh: done in $(((finished - started) / 60)) min $(((finished - started) % 60)) s" \
	"(build $((built - started)) s); see docs/performance.md"

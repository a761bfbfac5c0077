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
. scripts/env.sh

FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
if [ ! -f "$FONT" ]; then
	echo "bench.sh: the plot needs $FONT: apt-get install -y fonts-dejavu-core" >&2
	exit 1
fi

cargo build --release --locked --workspace --all-targets
built=$(date +%s)
BIN="$CARGO_TARGET_DIR/release"

work="$(mktemp -d)"
node_pid=""
cleanup() {
	if [ -n "$node_pid" ]; then
		kill "$node_pid" 2>/dev/null || true
		wait "$node_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free TCP port on loopback, from a random start.
free_port() {
	local port=$((20000 + RANDOM % 20000))
	while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
	echo "$port"
}
rpc_port=$(free_port)
p2p_port=$(free_port)
while [ "$p2p_port" = "$rpc_port" ]; do p2p_port=$(free_port); done

# A fixed node key, so that the light client can name the node as its bootnode.
printf '%064x' 7 >"$work/node-key"
peer_id="$("$BIN/trace-node" key inspect-node-key --file "$work/node-key")"
"$BIN/trace-node" build-spec --chain dev --raw --disable-default-bootnode \
	>"$work/chain-spec.json" 2>/dev/null

node_args=(--dev --base-path "$work/node" --node-key-file "$work/node-key"
	--rpc-port "$rpc_port" --listen-addr "/ip4/127.0.0.1/tcp/$p2p_port" --no-mdns
	--no-prometheus --no-telemetry
	--pool-limit 65536 --pool-kbytes 524288
	--rpc-max-connections 1000 --rpc-max-response-size 100
	--rpc-message-buffer-capacity-per-connection 4096)
"$BIN/trace-node" "${node_args[@]}" >"$work/node.log" 2>&1 &
node_pid=$!

for _ in $(seq 1 120); do
	if (exec 3<>"/dev/tcp/127.0.0.1/$rpc_port") 2>/dev/null; then break; fi
	if ! kill -0 "$node_pid" 2>/dev/null; then
		tail -n 30 "$work/node.log" >&2
		echo "bench.sh: the node stopped" >&2
		exit 1
	fi
	sleep 0.5
done
# Let the chain produce and finalize its first blocks.
sleep 8

mkdir -p docs
"$BIN/trace-loadgen" \
	--url "ws://127.0.0.1:$rpc_port" \
	--node-pid "$node_pid" \
	--node-command "trace-node ${node_args[*]//$work/\$TMP}" \
	--out docs/performance.md --plot docs/performance.png \
	--trace-bin "$BIN/trace" --chain-spec "$work/chain-spec.json" \
	--bootnode "/ip4/127.0.0.1/tcp/$p2p_port/p2p/$peer_id" \
	--seconds-before "$(($(date +%s) - built))" \
	"$@" || {
	status=$?
	echo "bench.sh: trace-loadgen failed; last node log lines:" >&2
	tail -n 30 "$work/node.log" >&2
	exit "$status"
}

finished=$(date +%s)
echo "bench.sh: done in $(((finished - started) / 60)) min $(((finished - started) % 60)) s" \
	"(build $((built - started)) s); see docs/performance.md"

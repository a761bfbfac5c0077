#!/usr/bin/env bash
# Builds the consumer's page (web/) and serves it for a running chain, at GS1 Digital Link
# paths: http://HOST:PORT/01/{gtin}/21/{serial} opens the page for that item, which verifies it
# in the browser through a light client (smoldot) started from the chain spec and the node's
# WebSocket listen address, and falls back to the node's RPC (trusted, labelled so) only when
# no light client can start.
#
# usage: scripts/serve-web.sh [--rpc ws://127.0.0.1:9944] [--host 127.0.0.1] [--port 8080]
#                             [--chain-spec FILE] [--bootnode MULTIADDR]... [--public-rpc URL]
#                             [--resolver URL] [--no-build]
#
# The node must listen for libp2p on a WebSocket address, which a --dev node does not do by
# default (it is a validator: TCP only). Start it with, e.g.
#   trace-node --dev --rpc-cors all \
#     --listen-addr /ip4/0.0.0.0/tcp/30333 --listen-addr /ip4/0.0.0.0/tcp/30334/ws
# Without --bootnode, the node's WebSocket addresses are asked from its RPC
# (system_localListenAddresses). Without --chain-spec, the dev chain's raw spec is built with
# `trace-node build-spec --chain dev --raw`; it must be the node's chain (checked by name).
# For a phone on the same network: --host 0.0.0.0, --bootnode /ip4/<LAN IP>/tcp/30334/ws/p2p/<id>
# and --public-rpc ws://<LAN IP>:9944 (node started with --rpc-external); plain ws:// and http://
# only work on a trusted local network (a page served over https needs /wss and wss://).
#
# TRACE_NODE overrides the node binary (default: $CARGO_TARGET_DIR/release/trace-node).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

TRACE_NODE="${TRACE_NODE:-$CARGO_TARGET_DIR/release/trace-node}"
RPC=ws://127.0.0.1:9944
HOST=127.0.0.1
PORT=8080
SPEC=
BUILD=1
CONFIG_ARGS=()
while [ $# -gt 0 ]; do
	case "$1" in
	--rpc) RPC="$2"; shift 2 ;;
	--host) HOST="$2"; shift 2 ;;
	--port) PORT="$2"; shift 2 ;;
	--chain-spec) SPEC="$2"; shift 2 ;;
	--bootnode | --public-rpc | --resolver) CONFIG_ARGS+=("$1" "$2"); shift 2 ;;
	--no-build) BUILD=0; shift ;;
	-h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
	*) log "ERROR: unknown argument $1 (see --help)"; exit 2 ;;
	esac
done

command -v node >/dev/null || die "node (v20+) and npm are needed"
if [ "$BUILD" = 1 ]; then
	bash web/scripts/deps.sh
	(cd web && npm run --silent build)
fi
[ -f web/dist/index.html ] || die "web/dist is not built (drop --no-build)"

site="$(mktemp -d)"
track_path "$site"
if [ -z "$SPEC" ]; then
	[ -x "$TRACE_NODE" ] || die "missing $TRACE_NODE (build it, or give --chain-spec)"
	SPEC="$site/dev.json"
	dev_chain_spec "$SPEC"
fi
case "$HOST" in
127.* | localhost | ::1) CONFIG_ARGS+=(--prefer-loopback) ;;
esac
node web/scripts/make-config.mjs --rpc "$RPC" --chain-spec "$SPEC" --out "$site" "${CONFIG_ARGS[@]}"
echo "Open http://$HOST:$PORT/01/08012345000012/21/HB-0001 (the demo journey's items: HB-0001 to HB-0005)"
# Not exec: the EXIT trap stops the server and removes the generated files.
node web/scripts/serve.mjs --root web/dist --overlay "$site" --host "$HOST" --port "$PORT" &
server=$!
track_pid "$server"
trap 'exit 0' INT TERM
wait "$server"

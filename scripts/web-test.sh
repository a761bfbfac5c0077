#!/usr/bin/env bash
# Browser tests of the consumer's page and the merchant back office (web/), end to end, in one command:
#   1. installs what is missing: npm packages (npm ci from web/package-lock.json) and Debian's
#      chromium (no browser download: playwright-core drives /usr/bin/chromium);
#   2. builds the page (tsc + vite);
#   3. starts a dev node on free 127.0.0.1 ports, in a temporary base path, listening for
#      libp2p on WebSocket so that the page's light client can reach it;
#   4. records the demo journey on it (scripts/demo.sh, 2–4 minutes);
#   5. serves the page (scripts/serve-web.sh) with that node's chain spec and bootnode;
#   6. runs web/test/*.test.mjs with node's test runner: headless Chromium at a phone viewport
#      opens the demo items' Digital Link paths; then the back office (/merchant) registers a
#      product, issues codes from a CSV file and hands one over, signing with a test extension
#      (//Alice, //Bob); screenshots and timings go to web/test-results/.
# The node and the server are stopped at the end, also on failure or Ctrl-C.
#
# usage: scripts/web-test.sh
# TRACE_NODE / TRACE_BIN override the binaries (default: $CARGO_TARGET_DIR/release/…);
# CHROMIUM overrides the browser (default: chromium on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

TRACE_NODE="${TRACE_NODE:-$CARGO_TARGET_DIR/release/trace-node}"
TRACE_BIN="${TRACE_BIN:-$CARGO_TARGET_DIR/release/trace}"
export TRACE_NODE TRACE_BIN

for binary in "$TRACE_NODE" "$TRACE_BIN"; do
	[ -x "$binary" ] || die "missing $binary: build the workspace first (scripts/start-dev.sh or cargo build --release --workspace)"
done

step "dependencies (npm ci when package-lock.json changed; Debian's chromium when missing)"
bash web/scripts/deps.sh --chromium
CHROMIUM="${CHROMIUM:-$(command -v chromium)}"
export CHROMIUM
"$CHROMIUM" --version 2>/dev/null || true

step "build the page (tsc --noEmit, vite build)"
(cd web && npm run --silent build)

step "rendering and policy tests, no chain (web/scripts/render-test.sh)"
CHROMIUM="$CHROMIUM" bash web/scripts/render-test.sh --no-deps

# The node and the server are stopped on exit (newest first); on failure the last lines of
# their logs and of the demo's are shown.
work="$(mktemp -d)"
track_path "$work"
show_on_failure "$work/node.log" "$work/demo.log" "$work/server.log"
declare RPC_PORT P2P_PORT WEB_PORT
free_port RPC_PORT P2P_PORT WEB_PORT
RPC_URL="ws://127.0.0.1:$RPC_PORT"

step "start a dev node: RPC $RPC_URL, libp2p WebSocket /ip4/127.0.0.1/tcp/$P2P_PORT/ws"
start_dev_node --rpc-port "$RPC_PORT" --listen "ws:$P2P_PORT" --base-path "$work/node" \
	--log "$work/node.log" --timeout 240 -- --rpc-cors all --no-prometheus
echo "node Local node identity is: $NODE_PEER_ID"

step "record the demo journey (scripts/demo.sh)"
started=$SECONDS
bash scripts/demo.sh "$RPC_URL" >"$work/demo.log" 2>&1 || die "scripts/demo.sh failed (see demo.log below)"
tail -n 6 "$work/demo.log"
echo "demo journey recorded in $((SECONDS - started)) s"

step "serve the page on http://127.0.0.1:$WEB_PORT (scripts/serve-web.sh)"
bash scripts/serve-web.sh --no-build --rpc "$RPC_URL" --port "$WEB_PORT" \
	--resolver https://id.trace.example >"$work/server.log" 2>&1 &
server_pid=$!
track_pid "$server_pid"
wait_for_log "$work/server.log" '^serving ' 30 "$server_pid" || die "the page's server did not start (see server.log below)"
grep '^config:' "$work/server.log"

step "browser tests (headless Chromium, phone viewport)"
mkdir -p web/test-results
rm -f web/test-results/*.png web/test-results/timings.json
WEB_URL="http://127.0.0.1:$WEB_PORT" RPC_URL="$RPC_URL" RESULTS="$PWD/web/test-results" \
	node --test --test-reporter=spec web/test/page.test.mjs

step "the merchant back office, signing with a test extension (web/test/merchant.test.mjs)"
WEB_URL="http://127.0.0.1:$WEB_PORT" RPC_URL="$RPC_URL" RESULTS="$PWD/web/test-results" \
	node --test --test-reporter=spec web/test/merchant.test.mjs

step "the CLI, the node's RPC and the page agree on every demo code (web/test/agree.test.mjs)"
WEB_URL="http://127.0.0.1:$WEB_PORT" RPC_URL="$RPC_URL" TRACE_BIN="$TRACE_BIN" \
	node --test --test-reporter=spec web/test/agree.test.mjs
echo "screenshots: web/test-results/*.png"

#!/usr/bin/env bash
# Browser tests of the consumer's page (web/), end to end, in one command:
#   1. installs what is missing: npm packages (npm ci from web/package-lock.json) and Debian's
#      chromium (no browser download: playwright-core drives /usr/bin/chromium);
#   2. builds the page (tsc + vite);
#   3. starts a dev node on free 127.0.0.1 ports, in a temporary base path, listening for
#      libp2p on WebSocket so that the page's light client can reach it;
#   4. records the demo journey on it (scripts/demo.sh, 2–4 minutes);
#   5. serves the page (scripts/serve-web.sh) with that node's chain spec and bootnode;
#   6. runs web/test/*.test.mjs with node's test runner: headless Chromium at a phone viewport
#      opens the demo items' Digital Link paths; screenshots and timings go to web/test-results/.
# The node and the server are stopped at the end, also on failure or Ctrl-C.
#
# usage: scripts/web-test.sh
# TRACE_NODE / TRACE_BIN override the binaries (default: $CARGO_TARGET_DIR/release/…);
# CHROMIUM overrides the browser (default: chromium on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

TRACE_NODE="${TRACE_NODE:-$CARGO_TARGET_DIR/release/trace-node}"
TRACE_BIN="${TRACE_BIN:-$CARGO_TARGET_DIR/release/trace}"
export TRACE_NODE TRACE_BIN

step() { printf '\n==> %s\n' "$*"; }
die() { printf 'web-test.sh: %s\n' "$*" >&2; exit 1; }

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

work="$(mktemp -d)"
node_pid=
server_pid=
cleanup() {
	local status=$?
	for pid in $server_pid $node_pid; do
		kill "$pid" 2>/dev/null || true
	done
	for pid in $server_pid $node_pid; do
		wait "$pid" 2>/dev/null || true
	done
	if [ "$status" != 0 ]; then
		for log in "$work"/*.log; do
			[ -f "$log" ] || continue
			printf '\n--- last lines of %s ---\n' "$(basename "$log")" >&2
			tail -n 25 "$log" >&2
		done
	fi
	rm -rf "$work"
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Ports the kernel says are free now (each asked separately, so they differ).
free_port() {
	node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}
RPC_PORT=$(free_port)
P2P_PORT=$(free_port)
WEB_PORT=$(free_port)
while [ "$P2P_PORT" = "$RPC_PORT" ]; do P2P_PORT=$(free_port); done
while [ "$WEB_PORT" = "$RPC_PORT" ] || [ "$WEB_PORT" = "$P2P_PORT" ]; do WEB_PORT=$(free_port); done
RPC_URL="ws://127.0.0.1:$RPC_PORT"

rpc() {
	node -e '
		const [url, method] = process.argv.slice(1);
		fetch(url, { method: "POST", headers: { "content-type": "application/json" },
			body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params: [] }) })
			.then((r) => r.json()).then((j) => console.log(JSON.stringify(j.result)))
			.catch(() => process.exit(1));' "http://127.0.0.1:$RPC_PORT" "$1"
}

step "start a dev node: RPC $RPC_URL, libp2p WebSocket /ip4/127.0.0.1/tcp/$P2P_PORT/ws"
"$TRACE_NODE" --dev --base-path "$work/node" --rpc-port "$RPC_PORT" --rpc-cors all \
	--listen-addr "/ip4/127.0.0.1/tcp/$P2P_PORT/ws" --no-prometheus >"$work/node.log" 2>&1 &
node_pid=$!
for _ in $(seq 1 240); do
	kill -0 "$node_pid" 2>/dev/null || die "the node exited (see node.log above)"
	if best=$(rpc chain_getHeader 2>/dev/null) && [ "$best" != null ] && grep -q '"number":"0x[1-9a-f]' <<<"$best"; then
		break
	fi
	sleep 1
done
grep -q "Local node identity is" "$work/node.log" || die "the node did not start within 240 s"
echo "node $(grep -o 'Local node identity is: .*' "$work/node.log" | head -1)"

step "record the demo journey (scripts/demo.sh)"
started=$SECONDS
bash scripts/demo.sh "$RPC_URL" >"$work/demo.log" 2>&1 || die "scripts/demo.sh failed (see demo.log above)"
tail -n 6 "$work/demo.log"
echo "demo journey recorded in $((SECONDS - started)) s"

step "serve the page on http://127.0.0.1:$WEB_PORT (scripts/serve-web.sh)"
bash scripts/serve-web.sh --no-build --rpc "$RPC_URL" --port "$WEB_PORT" \
	--resolver https://id.trace.example >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
	grep -q '^serving ' "$work/server.log" && break
	kill -0 "$server_pid" 2>/dev/null || die "the page's server exited (see server.log above)"
	sleep 0.5
done
grep -q '^serving ' "$work/server.log" || die "the page's server did not start"
grep '^config:' "$work/server.log"

step "browser tests (headless Chromium, phone viewport)"
mkdir -p web/test-results
rm -f web/test-results/*.png web/test-results/timings.json
WEB_URL="http://127.0.0.1:$WEB_PORT" RPC_URL="$RPC_URL" RESULTS="$PWD/web/test-results" \
	node --test --test-reporter=spec web/test/page.test.mjs
echo "screenshots: web/test-results/*.png"

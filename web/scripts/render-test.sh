#!/usr/bin/env bash
# Tests of the consumer's page that need no chain, in one command:
#   1. installs what is missing (npm ci, Debian's chromium: scripts/deps.sh --chromium);
#   2. type-checks and builds the test-only page test/render.html (vite build --mode
#      render-test → dist-render-test/harness/) and a production build of the page
#      (→ dist-render-test/site/; the real dist/ is not touched);
#   3. serves both with scripts/serve.mjs on a free 127.0.0.1 port (the page at Digital Link
#      paths, the test page at /test/render.html);
#   4. runs, with node's test runner, test/render.test.mjs (headless Chromium renders synthetic,
#      hostile reports with the page's own code, and checks that the production page refuses
#      ws:// — its config.json and chain spec are supplied by the test, no chain runs) and
#      test/config.test.mjs (the transport policy and make-config.mjs's local-demo flag).
# The server is stopped at the end, also on failure or Ctrl-C.
#
# usage: web/scripts/render-test.sh [--no-deps]      (or: cd web && npm run test:render)
# CHROMIUM overrides the browser (default: chromium on PATH); RESULTS the screenshots' directory.
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${1:-}" = --no-deps ] || bash scripts/deps.sh --chromium
CHROMIUM="${CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"
export CHROMIUM

npx tsc --noEmit
npx vite build --mode render-test --logLevel warn
npx vite build --outDir dist-render-test/site --emptyOutDir --logLevel warn

log="$(mktemp)"
server_pid=
cleanup() {
	local status=$?
	if [ -n "$server_pid" ]; then
		kill "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
	fi
	[ "$status" = 0 ] || { echo "--- server log ---" >&2; cat "$log" >&2; }
	rm -f "$log"
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Port 0: the kernel picks a free port; serve.mjs prints the one it got.
node scripts/serve.mjs --root dist-render-test/site --overlay dist-render-test/harness --host 127.0.0.1 --port 0 >"$log" 2>&1 &
server_pid=$!
url=
for _ in $(seq 1 100); do
	url=$(sed -n 's/^serving \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$log")
	[ -n "$url" ] && break
	kill -0 "$server_pid" 2>/dev/null || { echo "render-test.sh: the server exited" >&2; exit 1; }
	sleep 0.1
done
[ -n "$url" ] || { echo "render-test.sh: the server did not start" >&2; exit 1; }
echo "serving the render test page at $url/test/render.html"

mkdir -p "${RESULTS:-$PWD/test-results/render}"
RENDER_URL="$url" RESULTS="${RESULTS:-$PWD/test-results/render}" \
	node --test --test-reporter=spec test/render.test.mjs test/config.test.mjs

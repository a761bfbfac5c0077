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
#      ws:// — its config.json and chain spec are supplied by the test, no chain runs),
#      test/merchant-render.test.mjs (the merchant back office without a chain: a test extension,
#      a CSV file's problems, both languages, the audit, none of its scripts on the consumer's page),
#      test/config.test.mjs (the transport policy and make-config.mjs's local-demo flag),
#      test/i18n.test.mjs (the catalogues) and test/vectors.test.mjs (src/gs1.ts and
#      src/claim.ts against the vectors the Rust tests write, test/vectors/*.json).
# The server is stopped at the end, also on failure or Ctrl-C.
#
# usage: web/scripts/render-test.sh [--no-deps]      (or: cd web && npm run test:render)
# CHROMIUM overrides the browser (default: chromium on PATH); RESULTS the screenshots' directory.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
. ../scripts/lib.sh

[ "${1:-}" = --no-deps ] || bash scripts/deps.sh --chromium
CHROMIUM="${CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"
export CHROMIUM

npx tsc --noEmit
npx vite build --mode render-test --logLevel warn
npx vite build --outDir dist-render-test/site --emptyOutDir --logLevel warn

# The server is stopped on exit (scripts/lib.sh); its log is shown on failure.
tmp="$(mktemp -d)"
track_path "$tmp"
log="$tmp/server.log"
show_on_failure "$log"

# Port 0: the kernel picks a free port; serve.mjs prints the one it got.
node scripts/serve.mjs --root dist-render-test/site --overlay dist-render-test/harness --host 127.0.0.1 --port 0 >"$log" 2>&1 &
server_pid=$!
track_pid "$server_pid"
wait_for_log "$log" '^serving http://127\.0\.0\.1:[0-9]+$' 10 "$server_pid" || die "the server did not start"
url=$(sed -n 's/^serving \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$log")
echo "serving the render test page at $url/test/render.html"

mkdir -p "${RESULTS:-$PWD/test-results/render}"
RENDER_URL="$url" RESULTS="${RESULTS:-$PWD/test-results/render}" \
	node --test --test-reporter=spec test/render.test.mjs test/merchant-render.test.mjs test/config.test.mjs test/i18n.test.mjs test/vectors.test.mjs test/chip.test.mjs test/scan.test.mjs test/light-store.test.mjs

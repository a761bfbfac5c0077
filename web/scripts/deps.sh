#!/usr/bin/env bash
# Installs what the consumer's page needs, only when missing (idempotent):
#   web/scripts/deps.sh             npm packages from package-lock.json (npm ci)
#   web/scripts/deps.sh --chromium  the same, plus Debian's chromium for the browser tests and
#                                   a Chinese font (fonts-wqy-microhei) for the zh-CN screenshots
# Node.js 20+ and npm must be on PATH. Playwright downloads no browser: the tests drive
# /usr/bin/chromium (or $CHROMIUM) through playwright-core.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
. ../scripts/lib.sh
LIB_SCRIPT_NAME=web-deps

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then die "node (v20+) and npm are needed"; fi
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || die "node $(node --version) is too old: v20 or later is needed"

# npm ci only when package-lock.json changed since the last install.
stamp=node_modules/.trace-web-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
	log "npm ci (package-lock.json changed or node_modules missing)"
	npm ci --no-audit --no-fund --loglevel=error
	echo "$want" >"$stamp"
fi

if [ "${1:-}" = --chromium ]; then
	# A font with Han characters, for the zh-CN pages: without one the tests still pass (they
	# read the text), but the screenshots show boxes.
	if command -v apt-get >/dev/null; then apt_install fonts-wqy-microhei; fi
	if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then exit 0; fi
	if ! command -v chromium >/dev/null; then
		command -v apt-get >/dev/null || die "chromium is missing and apt-get is not available: install Chromium and set CHROMIUM"
		apt_install chromium
	fi
fi

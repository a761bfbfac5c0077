#!/usr/bin/env bash
# Installs what the consumer's page needs, only when missing (idempotent):
#   web/scripts/deps.sh             npm packages from package-lock.json (npm ci)
#   web/scripts/deps.sh --chromium  the same, plus Debian's chromium for the browser tests
# Node.js 20+ and npm must be on PATH. Playwright downloads no browser: the tests drive
# /usr/bin/chromium (or $CHROMIUM) through playwright-core.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[web-deps] %s\n' "$*" >&2; }
die() { printf '[web-deps] ERROR: %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null && command -v npm >/dev/null || die "node (v20+) and npm are needed"
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
	if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then exit 0; fi
	if ! command -v chromium >/dev/null; then
		command -v apt-get >/dev/null || die "chromium is missing and apt-get is not available: install Chromium and set CHROMIUM"
		as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
		log "installing Debian's chromium"
		as_root apt-get update -qq
		DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
	fi
fi

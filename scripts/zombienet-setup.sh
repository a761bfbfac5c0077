#!/usr/bin/env bash
# Installs the zombienet CLI pinned in zombienet/package.json and zombienet/package-lock.json
# (from the npm registry, with `npm ci`) into ${TRACE_ZOMBIENET_DIR:-~/.cache/trace-chain/zombienet},
# outside the clone, and prints the path of its `zombienet` executable. Idempotent: it installs
# again only when the pinned files change. Installs Node.js and npm with apt-get if missing.
#
#   scripts/zombienet-setup.sh            install; print the executable's path
#   scripts/zombienet-setup.sh --spawn    install, then start the network of zombienet/network.toml
#                                         (four validators and an RPC node on 127.0.0.1) until
#                                         Ctrl-C; the node binary is $TRACE_NODE, by default
#                                         $CARGO_TARGET_DIR/release/trace-node
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

PINNED="$REPO_ROOT/zombienet"
INSTALL_DIR="${TRACE_ZOMBIENET_DIR:-$HOME/.cache/trace-chain/zombienet}"
ZOMBIENET="$INSTALL_DIR/node_modules/.bin/zombienet"
# The version in zombienet/package.json; checked after the install.
WANT_VERSION="$(sed -n 's/.*"@zombienet\/cli": *"\([^"]*\)".*/\1/p' "$PINNED/package.json")"
[ -n "$WANT_VERSION" ] || die "no @zombienet/cli version pinned in $PINNED/package.json"

# 1. Node.js >= 18 (zombienet's minimum) and npm.
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	command -v apt-get >/dev/null || die "Node.js >= 18 and npm are needed; install them"
	apt_install nodejs npm
fi
[ "$(node_major)" -ge 18 ] || die "zombienet needs Node.js >= 18, found $(node --version)"

# 2. The pinned packages, installed again only when the pinned files change.
stamp() { cat "$PINNED/package.json" "$PINNED/package-lock.json" | sha256sum | cut -d' ' -f1; }
if [ -x "$ZOMBIENET" ] && [ "$(cat "$INSTALL_DIR/.pinned" 2>/dev/null)" = "$(stamp)" ]; then
	log "zombienet $WANT_VERSION already installed in $INSTALL_DIR"
else
	log "installing zombienet $WANT_VERSION into $INSTALL_DIR (npm ci)"
	mkdir -p "$INSTALL_DIR"
	rm -f "$INSTALL_DIR/.pinned"
	cp "$PINNED/package.json" "$PINNED/package-lock.json" "$INSTALL_DIR/"
	# --ignore-scripts: nothing zombienet needs is built at install time.
	(cd "$INSTALL_DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2) \
		|| die "npm ci failed in $INSTALL_DIR"
	stamp >"$INSTALL_DIR/.pinned"
fi
HAVE_VERSION="$("$ZOMBIENET" version 2>/dev/null | tail -n1)"
[ "$HAVE_VERSION" = "$WANT_VERSION" ] || die "zombienet version is '$HAVE_VERSION', expected $WANT_VERSION"

if [ "${1:-}" != --spawn ]; then
	echo "$ZOMBIENET"
	exit 0
fi

# 3. --spawn: the network, in the foreground; zombienet stops the nodes on Ctrl-C.
TRACE_NODE="${TRACE_NODE:-$CARGO_TARGET_DIR/release/trace-node}"
[ -x "$TRACE_NODE" ] || die "no node binary at $TRACE_NODE: build it (cargo build --release) or set TRACE_NODE"
export TRACE_NODE
DIR="$(mktemp -d "${TMPDIR:-/tmp}/trace-network.XXXXXX")"
log "network files and node logs in $DIR (Ctrl-C stops the network)"
exec "$ZOMBIENET" --provider native --logType text --dir "$DIR" --force spawn "$PINNED/network.toml"

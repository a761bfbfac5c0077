# Sourced by scripts/lib.sh, and so by every script: one shared target directory outside the
# clone (its default lives here only), the wasm toolchain settings written by scripts/init.sh,
# and the release profile everywhere.
# shellcheck shell=bash
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/trace-chain/target}"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT
# The wasm builder looks for Cargo.lock above the target directory; ours is outside the clone.
export WASM_BUILD_WORKSPACE_HINT="$REPO_ROOT"
if [ -f "$REPO_ROOT/.wasm-env" ]; then
	# shellcheck disable=SC1091
	. "$REPO_ROOT/.wasm-env"
fi

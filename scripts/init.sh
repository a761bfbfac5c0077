#!/usr/bin/env bash
# Makes a fresh Debian machine ready to build trace-chain. Idempotent: every step checks
# first and only acts when something is missing. See the "Toolchain" section of
# docs/architecture.md for the background.
set -euo pipefail
# log, die, as_root, apt_install; $CARGO_TARGET_DIR and $REPO_ROOT (scripts/env.sh).
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

# 1. Native build dependencies: protoc (litep2p), OpenSSL headers (litep2p's WebRTC),
#    clang (some -sys crates), git; the DejaVu font for the plot of scripts/bench.sh; curl for
#    the scripts' node readiness check (wait_for_rpc in scripts/lib.sh); poppler-utils
#    (pdftoppm, pdftotext, pdfinfo) and zbar-tools (zbarimg), with which cli/tests/labels.rs
#    rasterizes the label sheet of `trace labels` and scans its QR codes; PostgreSQL's server
#    (initdb, pg_ctl under /usr/lib/postgresql/*/bin) for trace-gateway's PostgreSQL test, which
#    starts its own server on a temporary directory.
apt_install protobuf-compiler clang libclang-dev libssl-dev pkg-config make git fonts-dejavu-core curl \
	poppler-utils zbar-tools postgresql
command -v cargo >/dev/null || die "cargo not found: install rustup's stable toolchain first"

# 2. A wasm32v1-none target for the runtime blob.
WASM_TARGET=wasm32v1-none
ENV_FILE="$REPO_ROOT/.wasm-env"
write_env() { printf '%s\n' "$@" >"$ENV_FILE"; }

# TRACE_WASM_ROUTE=debian skips the rustup route (to exercise the fallback on any machine).
ROUTE="${TRACE_WASM_ROUTE:-auto}"
if [ "$ROUTE" != debian ] && rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
	log "rustup already has $WASM_TARGET"
	write_env "# rustup route: nothing to set"
	exit 0
fi
if [ "$ROUTE" != debian ] && timeout 120 rustup target add "$WASM_TARGET" >/dev/null 2>&1 \
	&& timeout 120 rustup component add rust-src >/dev/null 2>&1; then
	log "installed $WASM_TARGET and rust-src with rustup"
	write_env "# rustup route: nothing to set"
	exit 0
fi
if [ "$ROUTE" = debian ]; then
	log "TRACE_WASM_ROUTE=debian: using Debian's rustc-web toolchain"
else
	log "rustup cannot download $WASM_TARGET here; using Debian's rustc-web toolchain instead"
fi

apt_install rustc-web cargo-web rust-web-src lld
rustup toolchain list | grep -q '^web' || { rustup toolchain link web /usr || die "rustup toolchain link web /usr failed"; log "linked Debian's toolchain as 'web'"; }

LLD_LINK=/usr/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld
if [ ! -e "$LLD_LINK" ]; then as_root mkdir -p "$(dirname "$LLD_LINK")"; as_root ln -sf /usr/bin/lld "$LLD_LINK"; log "linked rust-lld -> lld"; fi

SYSROOT_LIB=/usr/lib/rustlib/$WASM_TARGET/lib
WEB_VERSION=$(rustc +web --version)
STAMP=$SYSROOT_LIB/.trace-chain-sysroot
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WEB_VERSION" ] && ls "$SYSROOT_LIB"/libcore-*.rlib >/dev/null 2>&1; then
	log "$WASM_TARGET sysroot for $WEB_VERSION already built"
else
	OLD_STAMP=$(cat "$STAMP" 2>/dev/null || true)
	log "building the $WASM_TARGET sysroot (core, alloc, compiler_builtins) for $WEB_VERSION"
	tmp=$(mktemp -d)
	track_path "$tmp"
	mkdir -p "$tmp/src"
	cat >"$tmp/Cargo.toml" <<'TOML'
[package]
name = "sysroot-probe"
version = "0.0.0"
edition = "2021"
[lib]
crate-type = ["cdylib"]
path = "src/lib.rs"
[profile.release]
panic = "abort"
TOML
	printf '#![no_std]\n#[panic_handler]\nfn p(_: &core::panic::PanicInfo) -> ! { loop {} }\n' >"$tmp/src/lib.rs"
	(cd "$tmp" && RUSTFLAGS="-C embed-bitcode=yes" RUSTC_BOOTSTRAP=1 \
		CARGO_TARGET_WASM32V1_NONE_LINKER=wasm-ld CARGO_TARGET_DIR="$tmp/target" \
		cargo +web build --quiet --release --target "$WASM_TARGET" -Zbuild-std=core,alloc) \
		|| die "building the $WASM_TARGET sysroot failed (is rust-web-src installed?)"
	as_root mkdir -p "$SYSROOT_LIB"
	as_root rm -f "$SYSROOT_LIB"/lib{core,alloc,compiler_builtins}-*.rlib
	for c in core alloc compiler_builtins; do
		as_root cp "$tmp"/target/$WASM_TARGET/release/deps/lib$c-*.rlib "$SYSROOT_LIB/"
	done
	echo "$WEB_VERSION" | as_root tee "$STAMP" >/dev/null
	# A blob built against an older sysroot of the same toolchain must be rebuilt.
	if [ -n "${OLD_STAMP:-}" ]; then
		rm -rf "$CARGO_TARGET_DIR"/*/wbuild/trace-runtime/target
	fi
	log "sysroot installed in $SYSROOT_LIB"
fi
write_env "export WASM_BUILD_TOOLCHAIN=web" \
	"export WASM_BUILD_RUSTFLAGS='-C link-arg=--allow-undefined'"
log "ready: the wasm runtime builds with the 'web' toolchain (settings in .wasm-env)"

#!/usr/bin/env bash
# Regenerates pallets/traceability/src/weights.rs on this machine: builds trace-node with
# `--features runtime-benchmarks` and runs `benchmark pallet` over every call of the pallet.
# Usage: scripts/benchmark.sh [steps] [repeat]      (defaults: 50 steps, 20 repeats)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/init.sh
. scripts/lib.sh

STEPS="${1:-50}"
REPEAT="${2:-20}"
OUTPUT=pallets/traceability/src/weights.rs

# frame-benchmarking-cli's storage-access test runtime would look for itself in our workspace
# (WASM_BUILD_WORKSPACE_HINT) and fail; `benchmark pallet` does not use it.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
if [ -n "${TRACE_BENCH_NODE:-}" ]; then
	NODE="$TRACE_BENCH_NODE" # an already built node with runtime-benchmarks
else
	cargo build --release --locked -p trace-node --features runtime-benchmarks
	NODE="$CARGO_TARGET_DIR/release/trace-node"
fi

work="$(mktemp -d)"
track_path "$work"
HEADER="$work/header.txt"
cat >"$HEADER" <<HDR
// This file is part of trace-chain.
//
// Generated on $(uname -n) ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))
// by scripts/benchmark.sh $STEPS $REPEAT, i.e.:
//   trace-node benchmark pallet --chain dev --pallet pallet_traceability --extrinsic '*'
//     --steps $STEPS --repeat $REPEAT --output $OUTPUT
// Re-run the script whenever a call of the pallet changes.
HDR

"$NODE" benchmark pallet \
	--chain dev \
	--pallet pallet_traceability \
	--extrinsic '*' \
	--steps "$STEPS" \
	--repeat "$REPEAT" \
	--wasm-execution compiled \
	--heap-pages 4096 \
	--header "$HEADER" \
	--template scripts/weight-template.hbs \
	--output "$OUTPUT"

cargo fmt -p pallet-traceability
echo "weights written to $OUTPUT"

#!/usr/bin/env bash
# The multi-validator network tests: for each test file in zombienet/, zombienet (native
# provider) starts the network its `Network:` line names on 127.0.0.1 (network.toml: four
# validators and an RPC node; network-5.toml: four validators and eve, a fifth node that is no
# genesis validator) and runs its assertions; then this script prints the measurements (time to
# finality with 4/4 and 3/4 validators, recovery after a stall, resync after kill -9, the
# consortium's votes, a validator voted in and one voted out) and the runtime. On 2 cores:
# 0001 and 0002 about 8.5 minutes, 0003 about 7, 0004 about 35 (it waits for three session
# changes of 100 blocks each); plus half a minute to install zombienet the first time.
#
#   scripts/network-test.sh                         every zombienet/*.zndsl (about 50 minutes)
#   scripts/network-test.sh zombienet/0002-crash-recovery.zndsl
#   scripts/network-test.sh zombienet/000[1-3]-*.zndsl     all but the validator-set test
#
# Binaries: $TRACE_NODE and $TRACE_CLI, by default trace-node and trace in
# $CARGO_TARGET_DIR/release (~/.cache/trace-chain/target/release). Unless one of the two is set,
# the workspace is built first (a no-op when it is up to date), as scripts/start-dev.sh does;
# TRACE_SKIP_BUILD=1 skips that. Node logs are kept when a test fails (the path is printed), or
# always with TRACE_NETWORK_KEEP=1. Every process a test started is stopped when it ends, also
# on failure or Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
START=$(date +%s)

BUILD=0
if [ -z "${TRACE_NODE:-}${TRACE_CLI:-}" ] && [ "${TRACE_SKIP_BUILD:-0}" != 1 ]; then
	BUILD=1
	bash scripts/init.sh
fi
. scripts/lib.sh
if [ "$BUILD" = 1 ]; then
	log "building the workspace (release)"
	cargo build --release --locked --workspace --all-targets
fi
export TRACE_NODE="${TRACE_NODE:-$CARGO_TARGET_DIR/release/trace-node}"
export TRACE_CLI="${TRACE_CLI:-$CARGO_TARGET_DIR/release/trace}"
for bin in "$TRACE_NODE" "$TRACE_CLI"; do
	[ -x "$bin" ] || die "no executable $bin: build with cargo build --release --workspace, or set TRACE_NODE/TRACE_CLI"
done

ZOMBIENET="$(bash scripts/zombienet-setup.sh)"

if [ $# -gt 0 ]; then TESTS=("$@"); else TESTS=(zombienet/*.zndsl); fi
RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/trace-network-test.XXXXXX")"
export TRACE_NETWORK_RESULTS="$RUN_DIR/measurements.jsonl"
: >"$TRACE_NETWORK_RESULTS"

# The zombienet run in progress: it leads its own process group (setsid), which holds every node
# it starts or restarts and every `trace` call of the helpers.
ZPID=""
stop_network() {
	[ -n "$ZPID" ] || return 0
	if kill -0 "$ZPID" 2>/dev/null; then
		# zombienet stops its nodes on SIGTERM; give it a moment, then stop the whole group.
		kill -TERM "$ZPID" 2>/dev/null || true
		for _ in $(seq 20); do kill -0 "$ZPID" 2>/dev/null || break; sleep 1; done
	fi
	kill -KILL -- "-$ZPID" 2>/dev/null || true
	ZPID=""
}
FAILED=0
finish() {
	stop_network
	if [ "$LIB_EXIT_STATUS" = 0 ] && [ "$FAILED" = 0 ] && [ "${TRACE_NETWORK_KEEP:-0}" != 1 ]; then
		rm -rf "$RUN_DIR"
	else
		log "logs and network files kept in $RUN_DIR"
	fi
}
at_exit finish

declare -A DURATION
for test in "${TESTS[@]}"; do
	[ -f "$test" ] || die "no test file $test"
	test="$(cd "$(dirname "$test")" && pwd)/$(basename "$test")"
	name="$(basename "$test" .zndsl)"
	log "running $test (zombienet, native provider); full output in $RUN_DIR/$name.log"
	t0=$(date +%s)
	: >"$RUN_DIR/$name.log"
	# A script has no job control, so its background children do not lead a process group and
	# setsid does not fork: $! is zombienet itself, the leader of the new group.
	setsid "$ZOMBIENET" --provider native --logType text --dir "$RUN_DIR/$name" --force \
		test "$test" >"$RUN_DIR/$name.log" 2>&1 &
	ZPID=$!
	# The assertions, measurements and result as they come. In the background, so that a
	# signal to this script is handled at once (bash runs traps only between commands).
	tail -n +1 -f --pid="$ZPID" "$RUN_DIR/$name.log" | sed -u 's/\x1b\[[0-9;]*m//g' \
		| grep --line-buffered -E '✅|❌|\[measurement\]|\[submitter\]|\[consortium\]|\[validators\]|Error:|Error running|Result:' &
	FOLLOW=$!
	rc=0
	wait "$ZPID" || rc=$?
	wait "$FOLLOW" || true
	stop_network
	DURATION[$name]=$(($(date +%s) - t0))
	if [ "$rc" = 0 ]; then
		log "$name passed in ${DURATION[$name]} s"
	else
		log "$name FAILED (exit $rc) after ${DURATION[$name]} s; node logs in $RUN_DIR/$name/logs"
		FAILED=$((FAILED + 1))
	fi
done

TOTAL=$(($(date +%s) - START))
echo
echo "== Measurements (6 s blocks, 2 cores) =="
node - "$TRACE_NETWORK_RESULTS" <<'EOF'
const lines = require("fs").readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
for (const m of lines.map((l) => JSON.parse(l))) {
  switch (m.test) {
    case "finality":
      console.log(`time to finality, validators ${m.validators}: mean ${m.import_to_finality_mean_s} s, ` +
        `median ${m.import_to_finality_median_s} s, max ${m.import_to_finality_max_s} s from import to ` +
        `finality on ${m.node} (${m.blocks_finalized} blocks in ${m.window_s} s, finalized head ` +
        `${m.finalized_lag_mean_blocks} blocks behind best on average)`);
      break;
    case "finality stall":
      console.log(`2/4 validators: finalized head stuck at #${m.finalized_after} for ${m.window_s} s ` +
        `while ${m.blocks_authored} blocks were authored`);
      break;
    case "finality recovery":
      console.log(`finality recovery, ${m.validators}: ${m.recovery_s} s from resuming the two ` +
        `stopped validators until finalized reached #${m.best_when_resumed}, the best block when ` +
        `they resumed (stalled at #${m.stalled_at})`);
      break;
    case "light client verify":
      console.log(`light client verify with ${m.down} down: ${m.seconds} s`);
      break;
    case "resync after kill -9 and restart":
      console.log(`kill -9 and restart of ${m.node}: caught up (best #${m.target_best}, finalized ` +
        `#${m.target_finalized}) ${m.process_start_to_caught_up_s} s after its process started`);
      break;
    case "submissions during kill -9":
      console.log(`trace extrinsics during the kill: ${m.finalized_total} finalized ` +
        `(${m.finalized_before_kill} before the kill), ${m.failed} failed; verify-codes.js looks ` +
        `each up on every node`);
      break;
    case "consortium: one member alone":
      console.log(`consortium, ${m.power}: one member alone refused ${m.refused} times (BadOrigin)`);
      break;
    case "consortium: two of four":
      console.log(`consortium, ${m.power}: two of four ayes: asking for 2, the call failed with ` +
        `${m.threshold_2}; asking for 3, close failed with ${m.threshold_3}`);
      break;
    case "consortium: three of four":
      console.log(`consortium, ${m.power}: three of four ayes: executed in #${m.block}, ` +
        `${m.proposal_to_finalized_execution_s} s from the proposal to the finalized execution`);
      break;
    case "validator voted in":
      console.log(`validator voted in (${m.validator}, vote in #${m.voted_in_block}, session ` +
        `${m.voted_in_session}): in the Aura set from #${m.in_aura_set_from_block} (${m.validators} ` +
        `validators), first block #${m.first_block} ${m.vote_to_first_block_s} s after the vote ` +
        `(${m.last_aye_to_first_block_s} s after the last aye), first GRANDPA prevote ` +
        `${m.vote_to_first_grandpa_prevote_s === null ? "not measured" : m.vote_to_first_grandpa_prevote_s + " s"} after the vote`);
      break;
    case "validator voted out":
      console.log(`validator voted out (${m.validator}, vote in #${m.voted_out_block}, session ` +
        `${m.voted_out_session}): out of the set from #${m.first_block_without}, ` +
        `${m.vote_to_first_block_without_s} s after the vote; then ${m.blocks_finalized_in_window} ` +
        `blocks finalized by ${m.validators} validators in ${m.quiet_window_s} s, ` +
        `${m.prevotes_in_window === null ? "prevotes not measured" : m.prevotes_in_window + " prevotes"} from his node`);
      break;
  }
}
EOF
for test in "${TESTS[@]}"; do
	name="$(basename "$test" .zndsl)"
	if [ -n "${DURATION[$name]:-}" ]; then echo "runtime of $name: ${DURATION[$name]} s"; fi
done
echo "total runtime: $TOTAL s"
echo "$((${#TESTS[@]} - FAILED)) passed, $FAILED failed"
[ "$FAILED" = 0 ] || die "$FAILED of ${#TESTS[@]} network test files failed"

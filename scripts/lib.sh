# The project's scripts library, sourced by every script in scripts/ and web/scripts/ (after
# `set -euo pipefail`). It sources scripts/env.sh (the target directory, the repository root, the
# wasm settings), so a script that runs scripts/init.sh does so before sourcing this file: then
# env.sh reads the .wasm-env that init.sh writes.
#
#   log MSG… / die MSG…         a line on stderr, prefixed with [script]; die exits 1
#   step MSG…                   a heading on stderr (==> MSG)
#   as_root CMD…, apt_install PKG…   root commands and Debian packages (only the missing ones)
#   free_port NAME…             free 127.0.0.1 ports into the variables NAME…, never one twice
#   wait_for_rpc URL TIMEOUT [PID]   until the node at URL has block #1 (JSON-RPC over HTTP)
#   wait_for_log FILE REGEX TIMEOUT [PID]   until a line of FILE matches REGEX
#   fixed_node_key FILE SEED    writes a fixed libp2p node key, prints its peer id
#   dev_chain_spec OUT [BOOTNODE…]   the raw dev chain spec, optionally listing bootnodes
#   start_dev_node [OPTION…] [-- NODE_ARG…]   a --dev node on loopback, stopped at exit
#   temp_dir NAME [MKTEMP_ARG…], track_pid PID, track_path PATH, at_exit CMD,
#   show_on_failure FILE…, stop_pid PID   what the EXIT trap (lib_cleanup) undoes
#
# The EXIT trap stops every process registered with track_pid (start_dev_node registers its
# node), newest first, prints the last lines of the show_on_failure logs when the script fails,
# and removes the temporary paths; INT and TERM exit with 130. A script must not set its own EXIT
# trap: it registers work with at_exit instead.
# shellcheck shell=bash

# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# The name in front of log lines: the calling script's, without .sh (a script may change it).
LIB_SCRIPT_NAME="$(basename "$0" .sh)"

log() { printf '[%s] %s\n' "$LIB_SCRIPT_NAME" "$*" >&2; }
die() {
	printf '[%s] ERROR: %s\n' "$LIB_SCRIPT_NAME" "$*" >&2
	exit 1
}
step() { printf '\n==> %s\n' "$*" >&2; }

# --- root and Debian packages ----------------------------------------------------------------

as_root() {
	if [ "$(id -u)" = 0 ]; then
		"$@"
	elif command -v sudo >/dev/null; then
		sudo "$@"
	else
		die "need root for: $* (run as root or install sudo)"
	fi
}

# Installs the Debian packages that are not installed yet (apt-get update once per script).
LIB_APT_UPDATED=0
apt_install() {
	local missing=() pkg
	for pkg in "$@"; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	command -v apt-get >/dev/null || die "apt-get not found; install by hand: ${missing[*]}"
	if [ "$LIB_APT_UPDATED" = 0 ]; then
		as_root apt-get update -qq >&2 || die "apt-get update failed"
		LIB_APT_UPDATED=1
	fi
	log "installing Debian packages: ${missing[*]}"
	DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null \
		|| die "apt-get install ${missing[*]} failed"
}

# --- cleanup ---------------------------------------------------------------------------------

LIB_PIDS=()          # processes to stop at exit, in start order
LIB_PATHS=()         # temporary files and directories to remove at exit
LIB_HOOKS=()         # commands to run at exit, before the processes stop
LIB_FAILURE_LOGS=()  # logs whose last lines are printed when the script fails
LIB_EXIT_STATUS=0    # the script's exit status, for at_exit hooks

track_pid() { LIB_PIDS+=("$@"); }
track_path() { LIB_PATHS+=("$@"); }
at_exit() { LIB_HOOKS+=("$*"); }
show_on_failure() {
	local file known
	for file in "$@"; do
		for known in "${LIB_FAILURE_LOGS[@]}"; do [ "$known" != "$file" ] || continue 2; done
		LIB_FAILURE_LOGS+=("$file")
	done
}

# temp_dir NAME [MKTEMP_ARG…]: a new temporary directory into the variable NAME, removed at exit.
# (Its locals have odd names so that they cannot hide the caller's NAME; so have free_port's.)
temp_dir() {
	local _td_name=$1 _td_dir
	shift
	_td_dir="$(mktemp -d "$@")" || die "mktemp -d failed"
	track_path "$_td_dir"
	printf -v "$_td_name" '%s' "$_td_dir"
}

# Whether process PID exists and has not exited (a zombie child, not yet waited for, has).
lib_running() {
	local stat
	{ read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
	stat="${stat##*) }"
	[ "${stat%% *}" != Z ]
}

# stop_pid PID [GRACE]: SIGTERM, then SIGKILL after GRACE seconds (default 30); reaps a child.
stop_pid() {
	local pid=$1 grace=${2:-30} i
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < grace * 5; i++)); do
		lib_running "$pid" || break
		sleep 0.2
	done
	if lib_running "$pid"; then
		log "process $pid did not stop within $grace s: killing it"
		kill -KILL "$pid" 2>/dev/null || true
	fi
	wait "$pid" 2>/dev/null || true
}

LIB_SHELL_PID=$BASHPID
lib_cleanup() {
	LIB_EXIT_STATUS=$?
	# A child forked by this shell that gets a signal before it execs runs the traps too: only
	# the script's own shell cleans up.
	[ "$BASHPID" = "$LIB_SHELL_PID" ] || exit "$LIB_EXIT_STATUS"
	set +e
	trap '' INT TERM
	local i file hook
	for hook in "${LIB_HOOKS[@]}"; do eval "$hook"; done
	for ((i = ${#LIB_PIDS[@]} - 1; i >= 0; i--)); do stop_pid "${LIB_PIDS[i]}"; done
	if [ "$LIB_EXIT_STATUS" != 0 ]; then
		for file in "${LIB_FAILURE_LOGS[@]}"; do
			[ -s "$file" ] || continue
			printf '\n--- last lines of %s ---\n' "$(basename "$file")" >&2
			tail -n 30 "$file" >&2
		done
	fi
	for file in "${LIB_PATHS[@]}"; do rm -rf "$file"; done
	exit "$LIB_EXIT_STATUS"
}
trap lib_cleanup EXIT
trap 'exit 130' INT TERM

# --- ports and readiness ---------------------------------------------------------------------

# free_port NAME…: puts into each variable NAME a TCP port that the kernel says is free on
# 127.0.0.1 (it binds port 0 there and reports the port it got) and that free_port has not handed
# out before in this script or in the script that started it (the list is exported as
# TRACE_LIB_PORTS); on a clash it asks the kernel again. Call it directly, not in $(…), or the
# list is lost with the subshell (`declare NAME…` first tells shellcheck that NAME is assigned).
free_port() {
	[ $# -gt 0 ] || die "usage: free_port NAME… (not \$(free_port))"
	local _fp_name _fp_port _fp_tries
	for _fp_name in "$@"; do
		for ((_fp_tries = 0; ; _fp_tries++)); do
			[ "$_fp_tries" -lt 100 ] || die "free_port: no new free port after 100 tries"
			_fp_port="$(perl -MIO::Socket::INET -e '
				my $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0,
					Proto => "tcp", Listen => 1) or die "bind 127.0.0.1:0: $!\n";
				print $s->sockport, "\n";')" || die "free_port: cannot bind a port on 127.0.0.1"
			case " ${TRACE_LIB_PORTS:-} " in
			*" $_fp_port "*) ;;
			*) break ;;
			esac
		done
		TRACE_LIB_PORTS="${TRACE_LIB_PORTS:+$TRACE_LIB_PORTS }$_fp_port"
		printf -v "$_fp_name" '%s' "$_fp_port"
	done
	export TRACE_LIB_PORTS
}

# wait_for_rpc URL TIMEOUT [PID]: waits until the node whose RPC is at URL (ws://, wss:// or
# http(s)://, its RPC port) answers the JSON-RPC call chain_getBlockHash(1) with a hash, i.e. its
# RPC serves and its chain has block #1. Returns 1 (with a log line) after TIMEOUT seconds, or as
# soon as process PID, when given, has exited.
wait_for_rpc() {
	local url=$1 timeout=$2 pid=${3:-} answer deadline
	command -v curl >/dev/null || die "wait_for_rpc needs curl: apt-get install -y curl"
	url="${url/#ws:/http:}"
	url="${url/#wss:/https:}"
	deadline=$((SECONDS + timeout))
	while :; do
		if answer="$(curl -s --max-time 5 --noproxy 127.0.0.1,localhost,::1 \
			-H 'Content-Type: application/json' \
			--data '{"jsonrpc":"2.0","id":1,"method":"chain_getBlockHash","params":[1]}' \
			"$url" 2>/dev/null)" && [[ "$answer" =~ \"result\":\ *\"0x[0-9a-f]+\" ]]; then
			return 0
		fi
		if [ -n "$pid" ] && ! lib_running "$pid"; then
			log "process $pid exited before $url answered"
			return 1
		fi
		if [ "$SECONDS" -ge "$deadline" ]; then
			log "no block #1 from $url within $timeout s"
			return 1
		fi
		sleep 0.5
	done
}

# wait_for_log FILE REGEX TIMEOUT [PID]: waits until a line of FILE matches the extended regular
# expression REGEX. Returns 1 (with a log line) after TIMEOUT seconds, or as soon as process PID,
# when given, has exited without writing it.
wait_for_log() {
	local file=$1 regex=$2 timeout=$3 pid=${4:-} deadline
	deadline=$((SECONDS + timeout))
	while :; do
		grep -Eq -- "$regex" "$file" 2>/dev/null && return 0
		if [ -n "$pid" ] && ! lib_running "$pid"; then
			grep -Eq -- "$regex" "$file" 2>/dev/null && return 0
			log "process $pid exited before $(basename "$file") showed /$regex/"
			return 1
		fi
		if [ "$SECONDS" -ge "$deadline" ]; then
			log "$(basename "$file") did not show /$regex/ within $timeout s"
			return 1
		fi
		sleep 0.2
	done
}

# --- the node --------------------------------------------------------------------------------
# The functions below run $TRACE_NODE, by default $CARGO_TARGET_DIR/release/trace-node.

lib_node() {
	local node="${TRACE_NODE:-$CARGO_TARGET_DIR/release/trace-node}"
	[ -x "$node" ] || die "missing $node: build the workspace first (cargo build --release --workspace) or set TRACE_NODE"
	printf '%s\n' "$node"
}

# fixed_node_key FILE SEED: writes the libp2p node key SEED (a number, as 64 hex digits) to FILE,
# so that the node's peer id is known before it starts; prints that peer id.
fixed_node_key() {
	local node
	node="$(lib_node)" || exit 1
	printf '%064x' "$2" >"$1"
	"$node" key inspect-node-key --file "$1"
}

# dev_chain_spec OUT [BOOTNODE…]: writes the raw dev chain spec (`build-spec --chain dev --raw
# --disable-default-bootnode`) to OUT, listing the BOOTNODE multiaddrs as its bootNodes.
dev_chain_spec() {
	local out=$1 node errors list="" addr
	shift
	node="$(lib_node)" || exit 1
	if ! errors="$("$node" build-spec --chain dev --raw --disable-default-bootnode 2>&1 >"$out")"; then
		printf '%s\n' "$errors" >&2
		die "trace-node build-spec --chain dev --raw failed"
	fi
	[ $# -gt 0 ] || return 0
	for addr in "$@"; do list="${list:+$list, }\"$addr\""; done
	sed -i "s|\"bootNodes\": \[\]|\"bootNodes\": [$list]|" "$out"
	for addr in "$@"; do
		grep -qF "\"$addr\"" "$out" || die "no empty \"bootNodes\" list in $out to put $addr in"
	done
}

# start_dev_node [OPTION…] [-- NODE_ARG…]: starts `$TRACE_NODE --dev` in the background, on
# 127.0.0.1, registered to be stopped at exit, and waits for it with wait_for_rpc. Its arguments
# are, in this order: --dev, the base path, --node-key-file, --rpc-port, the --listen-addr
# addresses, then NODE_ARG… (which may add more; an --rpc-port among them replaces ours).
#   --rpc-port PORT         the RPC port (default: free_port)
#   --listen tcp|ws[:PORT]  a libp2p listen address /ip4/127.0.0.1/tcp/PORT (tcp) or
#                           /ip4/127.0.0.1/tcp/PORT/ws (ws); PORT defaults to free_port;
#                           repeatable (default: one tcp address)
#   --base-path DIR         the node's state (default: in a temporary directory removed at exit)
#   --tmp                   the node's own --tmp instead of a base path
#   --node-key-file FILE    a fixed node key (see fixed_node_key)
#   --log FILE | --log -    the node's stdout and stderr (default: node.log next to its base
#                           path); shown on failure. `-`: this script's own stdout and stderr
#   --timeout SECONDS       how long to wait for block #1 (default 120); 0: do not wait
# Sets NODE_PID, NODE_RPC_PORT, NODE_RPC_URL (ws://127.0.0.1:PORT), NODE_TCP_PORT and
# NODE_WS_PORT (the last of each kind, if any), NODE_LOG (empty with --log -), NODE_ARGS (the
# node's arguments) and NODE_PEER_ID (from the node key or the log; empty when neither is known).
# shellcheck disable=SC2034 # the NODE_* variables are for the caller
start_dev_node() {
	local node base=() key="" rpc_port="" rpc_given="" log="" timeout=120 listens=() listen kind
	local port dir i extra=() listen_args=()
	node="$(lib_node)" || exit 1
	while [ $# -gt 0 ]; do
		case "$1" in
		--rpc-port) rpc_port=$2; shift 2 ;;
		--listen) listens+=("$2"); shift 2 ;;
		--base-path) base=(--base-path "$2"); shift 2 ;;
		--tmp) base=(--tmp); shift ;;
		--node-key-file) key=$2; shift 2 ;;
		--log) log=$2; shift 2 ;;
		--timeout) timeout=$2; shift 2 ;;
		--) shift; extra=("$@"); break ;;
		*) die "start_dev_node: unknown option $1" ;;
		esac
	done
	# An --rpc-port among the node's own arguments wins (e.g. given to scripts/start-dev.sh).
	for ((i = 0; i < ${#extra[@]}; i++)); do
		case "${extra[i]}" in
		--rpc-port) rpc_port="${extra[i + 1]:-}"; rpc_given=1 ;;
		--rpc-port=*) rpc_port="${extra[i]#--rpc-port=}"; rpc_given=1 ;;
		esac
	done
	[ -n "$rpc_port" ] || free_port rpc_port
	if [ ${#base[@]} -eq 0 ]; then
		temp_dir dir
		base=(--base-path "$dir/node")
	fi
	if [ -z "$log" ] && [ "${base[0]}" = --tmp ]; then
		temp_dir dir
		log="$dir/node.log"
	fi
	[ -n "$log" ] || log="$(dirname "${base[1]}")/node.log"
	[ ${#listens[@]} -gt 0 ] || listens=(tcp)
	NODE_TCP_PORT=""
	NODE_WS_PORT=""
	for listen in "${listens[@]}"; do
		kind="${listen%%:*}"
		port=""
		[ "$kind" = "$listen" ] || port="${listen#*:}"
		[ -n "$port" ] || free_port port
		case "$kind" in
		tcp) listen_args+=(--listen-addr "/ip4/127.0.0.1/tcp/$port"); NODE_TCP_PORT=$port ;;
		ws) listen_args+=(--listen-addr "/ip4/127.0.0.1/tcp/$port/ws"); NODE_WS_PORT=$port ;;
		*) die "start_dev_node: --listen $listen: tcp[:PORT] or ws[:PORT]" ;;
		esac
	done

	NODE_ARGS=(--dev "${base[@]}")
	[ -z "$key" ] || NODE_ARGS+=(--node-key-file "$key")
	[ -n "$rpc_given" ] || NODE_ARGS+=(--rpc-port "$rpc_port")
	NODE_ARGS+=("${listen_args[@]}" "${extra[@]}")
	NODE_RPC_PORT=$rpc_port
	NODE_RPC_URL="ws://127.0.0.1:$rpc_port"
	NODE_PEER_ID=""
	[ -z "$key" ] || NODE_PEER_ID="$("$node" key inspect-node-key --file "$key")"

	if [ "$log" = - ]; then
		NODE_LOG=""
		"$node" "${NODE_ARGS[@]}" &
	else
		NODE_LOG=$log
		show_on_failure "$NODE_LOG"
		"$node" "${NODE_ARGS[@]}" >"$NODE_LOG" 2>&1 &
	fi
	NODE_PID=$!
	track_pid "$NODE_PID"
	[ "$timeout" != 0 ] || return 0
	wait_for_rpc "$NODE_RPC_URL" "$timeout" "$NODE_PID" \
		|| die "trace-node did not become ready${NODE_LOG:+ (its log: $(basename "$NODE_LOG"))}"
	if [ -z "$NODE_PEER_ID" ] && [ -n "$NODE_LOG" ]; then
		NODE_PEER_ID="$(sed -n 's/.*Local node identity is: \([^ [:cntrl:]]*\).*/\1/p' "$NODE_LOG" | head -n 1)"
	fi
}

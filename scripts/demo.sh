#!/usr/bin/env bash
# Records the demo journey on a running development chain, through the `trace` CLI:
#
#   an Italian handbag (GTIN 08012345000012, "Borsa Milano") bought by Pelletteria Milano
#   (alice) → Alpi Freight (bob) → customs inspection at the Xiasha bonded warehouse in
#   Hangzhou (charlie) → Global Luxe (dave) → sold → claimed by the consumer (ferdie, no tokens)
#
# plus three more codes of the same product: HB-0002 sold by Global Luxe and not claimed yet
# (genuine; its claim secret is //TraceDemo//HB-0002: only a sold item can be claimed),
# HB-0003 destroyed (label peeled off), HB-0004 of lot L2, recalled, and HB-0005 with a chip
# (a secp256k1 key, as HaLo chips hold: the `demo` test chip of web/test/vectors/chip.json, whose
# seed the page's browser tests sign with), still at the atelier.
# The product carries a certificate of the Leather Authentication Institute (eve).
#
# usage: scripts/demo.sh [ws://127.0.0.1:9944]
# The binaries default to the shared target directory; override with TRACE_BIN / TRACE_NODE.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

URL="${1:-ws://127.0.0.1:9944}"
TRACE_BIN="${TRACE_BIN:-$CARGO_TARGET_DIR/release/trace}"
TRACE_NODE="${TRACE_NODE:-$CARGO_TARGET_DIR/release/trace-node}"
GTIN=08012345000012
RESOLVER=https://id.trace.example
BOB=5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty
DAVE=5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy
FERDIE=5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL
MILAN=(--place "Pelletteria Milano, Via della Spiga 4, Milan" --lat 45.4685 --lon 9.1953)
MALPENSA=(--place "Malpensa cargo city, Milan" --lat 45.6301 --lon 8.7231)
HANGZHOU=(--place "Xiasha bonded warehouse 3, Hangzhou" --lat 30.3083 --lon 120.3497)
SHANGHAI=(--place "Global Luxe, Huaihai Road, Shanghai" --lat 31.2165 --lon 121.4580)

work="$(mktemp -d)"
track_path "$work"

# Every step prints its events; a failing step stops the script with the CLI's error.
trace() {
	printf '\n$ trace %s\n' "$*"
	"$TRACE_BIN" --url "$URL" "$@"
}
link() { printf '%s/01/%s/21/%s' "$RESOLVER" "$GTIN" "$1"; }
# The public claim key of a demo secret URI, as printed under the label's scratch-off.
claim_key() {
	"$TRACE_NODE" key inspect --output-type json "$1" |
		sed -n 's/.*"publicKey": "\(0x[0-9a-f]*\)".*/\1/p'
}

if [ ! -x "$TRACE_BIN" ] || [ ! -x "$TRACE_NODE" ]; then
	die "build first (scripts/start-dev.sh does): missing $TRACE_BIN or $TRACE_NODE"
fi

# The demo chip's public key, from the one place it is written: the vectors of the pallet's
# tests/vectors.rs (one chip per line).
CHIP_VECTORS=web/test/vectors/chip.json
DEMO_CHIP_KEY="$(sed -n 's/.*"name": "demo", "key_type": "secp256k1_ecdsa",.*"public": "\(0x[0-9a-f]\{66\}\)".*/\1/p' "$CHIP_VECTORS")"
[ -n "$DEMO_CHIP_KEY" ] || die "no secp256k1 demo chip in $CHIP_VECTORS"

printf '%s\n' "0x$(printf 'Borsa Milano product sheet' | sha256sum | cut -c1-64)" >"$work/sheet"
trace --suri //Alice product register --gtin "$GTIN" --name "Borsa Milano, calfskin tote" \
	--category handbag --country IT --digest "$(cat "$work/sheet")"
trace --suri //Eve cert attest --product "$GTIN" \
	--digest "0x$(printf 'LAI certificate 2026-117' | sha256sum | cut -c1-64)" \
	--expires 2031-01-01T00:00:00Z

{
	echo "serial,lot,claim_key"
	for serial in HB-0001 HB-0002 HB-0003; do
		echo "$serial,L1,$(claim_key "//TraceDemo//$serial")"
	done
	echo "HB-0004,L2,$(claim_key "//TraceDemo//HB-0004")"
	echo "HB-0005,L1,$(claim_key "//TraceDemo//HB-0005")"
} >"$work/codes.csv"
trace --suri //Alice code issue-bulk "$work/codes.csv" --gtin "$GTIN" \
	--purchased-at 2026-11-02T10:30:00+01:00 --officer "Giulia Rossi" "${MILAN[@]}"

trace --suri //Alice handover propose "$(link HB-0001)" --to "$BOB" "${MILAN[@]}"
trace --suri //Alice handover propose "$(link HB-0002)" --to "$BOB" "${MILAN[@]}"
trace --suri //Bob handover accept "$(link HB-0001)" "${MALPENSA[@]}"
trace --suri //Bob handover accept "$(link HB-0002)" "${MALPENSA[@]}"
trace --suri //Charlie inspect "$(link HB-0001)" --outcome conformant "${HANGZHOU[@]}" \
	--digest "0x$(printf 'Customs declaration 3101-2026-0042' | sha256sum | cut -c1-64)"
trace --suri //Bob handover propose "$(link HB-0001)" --to "$DAVE" "${HANGZHOU[@]}"
trace --suri //Dave handover accept "$(link HB-0001)" "${SHANGHAI[@]}"
trace --suri //Dave sell "$(link HB-0001)" "${SHANGHAI[@]}"
trace claim "$(link HB-0001)" --secret "//TraceDemo//HB-0001" --for "$FERDIE"
trace --suri //Bob handover propose "$(link HB-0002)" --to "$DAVE" "${HANGZHOU[@]}"
trace --suri //Dave handover accept "$(link HB-0002)" "${SHANGHAI[@]}"
trace --suri //Dave sell "$(link HB-0002)" "${SHANGHAI[@]}"

trace --suri //Alice destroy "$(link HB-0003)" --reason "label peeled off in the atelier"
trace --suri //Alice recall lot "$GTIN" L2 --reason "dye fails the REACH azo test"
# A chip is registered before the sale, by the issuing merchant.
trace --suri //Alice chip register "$(link HB-0005)" --key-type secp256k1-ecdsa --public "$DEMO_CHIP_KEY"

cat <<EOF

The demo journey is recorded. Verify a code (through a light client: see the README):
  claimed already (ferdie)   $(link HB-0001)
  genuine, sold, unclaimed    $(link HB-0002)   (claim secret //TraceDemo//HB-0002)
  destroyed                   $(link HB-0003)
  recalled (lot L2)           $(link HB-0004)
  with a chip (secp256k1)     $(link HB-0005)   (the demo chip of $CHIP_VECTORS)
EOF

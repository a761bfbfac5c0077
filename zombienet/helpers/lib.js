// Shared by the js-script helpers of the zombienet tests: JSON-RPC over HTTP (every node serves
// HTTP and WebSocket on its RPC port), block heights, block authors and the Aura and GRANDPA
// authority sets, Prometheus metrics, the `trace` CLI, and the measurements file that
// scripts/network-test.sh summarises.
//
// Only Node.js built-ins are used (fetch needs Node.js >= 18), so reading the chain does not
// depend on the polkadot.js version bundled with zombienet; only signing does (tx.js).

const { execFile } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

/** The product the tests issue codes for: GS1 company prefix 8012345 belongs to alice. */
const GTIN = "08012345000012";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `ws://127.0.0.1:PORT` → `http://127.0.0.1:PORT`. */
function httpUrl(wsUri) {
  return wsUri.replace(/^ws/, "http");
}

/** One JSON-RPC call; throws on a transport error, a timeout or a JSON-RPC error. */
async function rpc(url, method, params = [], timeoutMs = 5000) {
  const response = await fetch(httpUrl(url), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ id: 1, jsonrpc: "2.0", method, params }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.json();
  if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

/** Best and finalized block numbers (and the finalized hash) of the node at `url`. */
async function heights(url) {
  const [best, finalizedHash] = await Promise.all([
    rpc(url, "chain_getHeader"),
    rpc(url, "chain_getFinalizedHead"),
  ]);
  const finalized = await rpc(url, "chain_getHeader", [finalizedHash]);
  return {
    best: parseInt(best.number, 16),
    finalized: parseInt(finalized.number, 16),
    finalizedHash,
  };
}

/** Like `heights`, but `undefined` instead of an exception (a node that is down or paused). */
async function tryHeights(url) {
  try {
    return await heights(url);
  } catch (_) {
    return undefined;
  }
}

/** Polls `check` every `everyMs` until it returns a truthy value; throws after `timeoutMs`. */
async function waitFor(what, check, timeoutMs, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** The bytes of a `0x…` hex string. */
function bytesOf(hex) {
  return Buffer.from(hex.replace(/^0x/, ""), "hex");
}

/** A SCALE compact integer at `offset` of `bytes`: [value, bytes it takes]. */
function compactAt(bytes, offset = 0) {
  const mode = bytes[offset] & 3;
  if (mode === 0) return [bytes[offset] >> 2, 1];
  if (mode === 1) return [bytes.readUInt16LE(offset) >> 2, 2];
  if (mode === 2) return [bytes.readUInt32LE(offset) >>> 2, 4];
  throw new Error("compact integers above 2^30 are not expected here");
}

/**
 * The 32-byte public keys of a SCALE `Vec` whose items start with one, `stride` bytes apart
 * (32 for Aura's `Vec<AuthorityId>`, 40 for GRANDPA's `Vec<(AuthorityId, u64)>`), as hex.
 */
function keysOf(hex, stride = 32) {
  const bytes = bytesOf(hex);
  const [count, offset] = compactAt(bytes);
  if (bytes.length !== offset + count * stride) throw new Error(`not a list of ${count} ${stride}-byte items: ${hex}`);
  const keys = [];
  for (let i = 0; i < count; i++) {
    keys.push("0x" + bytes.subarray(offset + i * stride, offset + i * stride + 32).toString("hex"));
  }
  return keys;
}

/**
 * The Aura slot of a block header (JSON as `chain_getHeader` returns it): its pre-runtime digest
 * `DigestItem::PreRuntime(*b"aura", slot.encode())`, i.e. 0x06, "aura", compact length 8, the
 * slot as a little-endian u64.
 */
function auraSlot(header) {
  for (const log of header.digest.logs) {
    if (!log.startsWith("0x0661757261")) continue;
    const bytes = bytesOf(log);
    const [length, size] = compactAt(bytes, 5);
    if (length !== 8) throw new Error(`an Aura pre-runtime digest of ${length} bytes: ${log}`);
    return bytes.readBigUInt64LE(5 + size);
  }
  throw new Error(`block #${parseInt(header.number, 16)} has no Aura pre-runtime digest`);
}

/** Aura's authorities (sr25519 public keys, hex) in the state of block `at`. */
async function auraAuthorities(url, at) {
  return keysOf(await rpc(url, "state_call", ["AuraApi_authorities", "0x", at]));
}

/** GRANDPA's authorities (ed25519 public keys, hex) in the state of block `at`. */
async function grandpaAuthorities(url, at) {
  return keysOf(await rpc(url, "state_call", ["GrandpaApi_grandpa_authorities", "0x", at]), 40);
}

/** Aura's slot duration, in milliseconds. */
async function slotDurationMs(url) {
  return Number(bytesOf(await rpc(url, "state_call", ["AuraApi_slot_duration", "0x"])).readBigUInt64LE(0));
}

/**
 * Block `number` of the node's chain (a finalized number, so that it is the one block of that
 * height) and who authored it: { number, hash, slot, author, authorities }. Aura gives slot `s`
 * to authority `s mod n` of the authorities in the parent's state; `author` is that authority's
 * Aura key (hex), `authorities` the keys it was chosen from.
 */
async function blockAuthor(url, number) {
  const hash = await rpc(url, "chain_getBlockHash", [number]);
  const header = await rpc(url, "chain_getHeader", [hash]);
  const slot = auraSlot(header);
  const authorities = await auraAuthorities(url, header.parentHash);
  const author = authorities[Number(slot % BigInt(authorities.length))];
  return { number, hash, slot: Number(slot), author, authorities };
}

/** The value of a Prometheus metric (first sample whose line starts with `prefix`). */
async function metric(prometheusUri, prefix) {
  const response = await fetch(prometheusUri, { signal: AbortSignal.timeout(5000) });
  const text = await response.text();
  const line = text.split("\n").find((l) => l.startsWith(prefix));
  if (!line) throw new Error(`no metric ${prefix} at ${prometheusUri}`);
  return Number(line.trim().split(/\s+/).pop());
}

/** The `trace` CLI: $TRACE_CLI, else the project's build output. */
function traceCli() {
  if (process.env.TRACE_CLI) return process.env.TRACE_CLI;
  const target = process.env.CARGO_TARGET_DIR || path.join(os.homedir(), ".cache/trace-chain/target");
  return path.join(target, "release", "trace");
}

/** Runs the `trace` CLI; resolves with { code, stdout, stderr } (never rejects on exit codes). */
function trace(args, timeoutMs = 120000) {
  return new Promise((resolve) => {
    execFile(traceCli(), args, { timeout: timeoutMs, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Runs the `trace` CLI and throws unless it succeeds. */
async function traceOk(args, timeoutMs) {
  const out = await trace(args, timeoutMs);
  if (out.code !== 0) {
    throw new Error(`trace ${args.join(" ")} failed (exit ${out.code}):\n${out.stdout}${out.stderr}`);
  }
  return out.stdout;
}

/** The code path of a serial of the test product. */
function codePath(serial) {
  return `/01/${GTIN}/21/${serial}`;
}

/** Registers the test product (signed by alice, the merchant of prefix 8012345). */
async function registerProduct(url) {
  // The product sheet's digest; only the digest goes on chain.
  const digest = "0x" + "ab".repeat(32);
  await traceOk([
    "--url", url, "--suri", "//Alice", "product", "register", "--gtin", GTIN,
    "--name", "Tote bag, calfskin", "--category", "handbag", "--country", "IT", "--digest", digest,
  ]);
}

/** Issues the code of `serial`; resolves with the CLI's outcome. */
function issueCode(url, serial) {
  return trace([
    "--url", url, "--suri", "//Alice", "code", "issue", "--gtin", GTIN, "--serial", serial,
    "--place", "Milan",
  ]);
}

/** Prints a measurement and appends it to $TRACE_NETWORK_RESULTS (JSON lines), if set. */
function record(result) {
  const line = JSON.stringify({ at: new Date().toISOString(), ...result });
  console.log(`\n  [measurement] ${line}\n`);
  if (process.env.TRACE_NETWORK_RESULTS) fs.appendFileSync(process.env.TRACE_NETWORK_RESULTS, line + "\n");
}

/** The nodes of the running network, with their p2p multiaddresses (from zombie.json). */
function networkNodes(networkInfo) {
  const spec = JSON.parse(fs.readFileSync(path.join(networkInfo.tmpDir, "zombie.json"), "utf8"));
  return spec.nodesByName;
}

const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

module.exports = {
  GTIN,
  auraAuthorities,
  auraSlot,
  blockAuthor,
  codePath,
  grandpaAuthorities,
  heights,
  httpUrl,
  issueCode,
  metric,
  networkNodes,
  record,
  registerProduct,
  round,
  rpc,
  sleep,
  slotDurationMs,
  trace,
  traceOk,
  tryHeights,
  waitFor,
};

// Dry run of the governance tests' helpers, without a network: parses a test file with
// zombienet's own DSL parser and runs its js-script lines that call consortium.js or
// validators.js, in order, against a mock node (mock-node.js) — as zombienet does: the global
// `zombie` (polkadot.js) set for the line, `run(node, networkInfo, args)`, the return value
// compared as the line says, within its timeout. Other lines (is up, reports, log lines,
// finality.js) are listed and skipped. Blocks are produced every 20 ms and finalized at once,
// so a session of 100 blocks passes in two seconds and 0004 takes about a minute and a half
// (its quiet window is real time).
//
//   cd zombienet && npm ci && node dry-run/run.js 0003-consortium-votes.zndsl
//   node dry-run/run.js 0004-validator-voted-in.zndsl
//   DRY_RUN_RULE=half node dry-run/run.js 0003-consortium-votes.zndsl   (must fail: two of four suffice)
//   DRY_RUN_RULE=member node dry-run/run.js 0003-consortium-votes.zndsl (must fail: one member suffices)
//
// It checks the helpers' use of polkadot.js and of the runtime's calls, events and errors, not
// the chain: the zombienet run is the test.

const fs = require("fs");
const os = require("os");
const path = require("path");
const { ApiPromise, Keyring } = require("@polkadot/api");
const utilCrypto = require("@polkadot/util-crypto");
const { parse_to_json } = require("@zombienet/dsl-parser-wrapper");
const { MockNode } = require("./mock-node");

const SIMULATED = new Set(["./helpers/consortium.js", "./helpers/validators.js"]);
const COMPARE = {
  Equal: (a, b) => a === b,
  NotEqual: (a, b) => a !== b,
  IsAbove: (a, b) => a > b,
  IsAtLeast: (a, b) => a >= b,
  IsBelow: (a, b) => a < b,
  IsAtMost: (a, b) => a <= b,
};

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("usage: node dry-run/run.js TEST.zndsl");
  const testPath = path.resolve(file);
  const base = path.dirname(testPath);
  const test = JSON.parse(parse_to_json(fs.readFileSync(testPath, "utf8")));

  const node = await new MockNode({ rule: process.env.DRY_RUN_RULE || "supermajority" }).init();
  global.fetch = node.fetch();
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "trace-dry-run-"));
  const names = ["alice", "bob", "charlie", "dave", "eve", "ferdie", "rpc"];
  const networkInfo = {
    tmpDir,
    chainSpecPath: "",
    nodesByName: Object.fromEntries(
      names.map((n) => [n, { name: n, wsUri: `ws://${n}:9944`, prometheusUri: `http://${n}:9615/metrics` }]),
    ),
  };
  for (let i = 0; i < 5; i++) node.tick();
  const ticker = setInterval(() => node.tick(), 20);

  let failed = 0;
  for (const { original_line: line, parsed } of test.assertions) {
    const args = parsed.args;
    if (parsed.fn !== "CustomJs" || !SIMULATED.has(args.file_path)) {
      console.log(`skip  ${line}`);
      continue;
    }
    global.zombie = { ApiPromise, Keyring, WsProvider: function WsProvider() { return node.provider(); }, util: utilCrypto };
    const started = Date.now();
    try {
      const helper = require(path.resolve(base, args.file_path));
      const value = await Promise.race([
        helper.run(args.node_name, networkInfo, args.custom_args ? args.custom_args.split(",") : []),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout ${args.timeout} s`)), args.timeout * 1000)),
      ]);
      const ok = args.target_value === undefined || COMPARE[args.op](value, args.target_value);
      console.log(`${ok ? "ok  " : "FAIL"}  ${line}  → ${value} (${((Date.now() - started) / 1000).toFixed(1)} s, #${node.head.number})`);
      if (!ok) failed++;
    } catch (error) {
      console.log(`FAIL  ${line}\n      ${error.stack}`);
      failed++;
    } finally {
      global.zombie = undefined;
    }
  }
  clearInterval(ticker);
  if (process.env.DRY_RUN_LOG === "1") console.log(node.log.join("\n"));
  console.log(failed ? `${failed} line(s) failed; files in ${tmpDir}` : "all simulated lines passed");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

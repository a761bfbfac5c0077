// Submits trace extrinsics in the background while the DSL kills and restarts a node: one
// `trace code issue` after another (each waits for finality) through the node the DSL line
// names. The loop lives in this module, which zombienet loads once and keeps between lines.
// Codes are written to $tmpDir/crash-codes.json for verify-codes.js.
//
//   submitter.js with "start,MIN"  registers the product, starts the loop, returns once MIN
//                                  codes are finalized (the number finalized so far)
//   submitter.js with "mark"       notes the codes finalized so far: the DSL kills a node next
//   submitter.js with "stop,MIN"   once MIN codes are finalized after the mark, stops the loop
//                                  after the call in flight; fails if any submission failed;
//                                  returns the number of codes finalized in all

const fs = require("fs");
const path = require("path");
const { issueCode, record, registerProduct, waitFor } = require("./lib");

// Bounds of the loop, whatever happens to the DSL run: count and time.
const MAX_CODES = 40;
const MAX_SECONDS = 600;

const state = {
  file: undefined,
  finalized: [],
  failed: [],
  beforeKill: undefined,
  stop: false,
  done: undefined,
};

function save() {
  fs.writeFileSync(
    state.file,
    JSON.stringify({ beforeKill: state.beforeKill, finalized: state.finalized, failed: state.failed }, null, 2),
  );
}

async function loop(url) {
  const deadline = Date.now() + MAX_SECONDS * 1000;
  for (let i = 1; i <= MAX_CODES && !state.stop && Date.now() < deadline; i++) {
    const serial = `CRASH-${String(i).padStart(4, "0")}`;
    const out = await issueCode(url, serial);
    if (out.code === 0 && out.stdout.includes("Finalized in block")) {
      state.finalized.push({ serial, finalizedAt: new Date().toISOString() });
      console.log(`  [submitter] ${serial} finalized`);
    } else {
      state.failed.push({ serial, exit: out.code, output: (out.stdout + out.stderr).slice(-2000) });
      console.log(`  [submitter] ${serial} FAILED (exit ${out.code}): ${out.stderr.trim()}`);
    }
    save();
  }
}

async function run(nodeName, networkInfo, args) {
  const node = networkInfo.nodesByName[nodeName];
  const [mode, arg] = args;
  switch (mode) {
    case "start": {
      if (state.done) throw new Error("the submitter is already running");
      state.file = path.join(networkInfo.tmpDir, "crash-codes.json");
      await registerProduct(node.wsUri);
      state.done = loop(node.wsUri).finally(() => (state.stop = true));
      const min = Number(arg || 1);
      await waitFor(`${min} finalized codes`, async () => state.finalized.length >= min || state.stop, 300000, 500);
      if (state.finalized.length < min) throw new Error(`the submitter stopped: ${JSON.stringify(state.failed)}`);
      return state.finalized.length;
    }
    case "mark":
      state.beforeKill = state.finalized.map((c) => c.serial);
      save();
      console.log(`  [submitter] finalized before the kill: ${state.beforeKill.join(", ")}`);
      return state.beforeKill.length;
    case "stop": {
      const minAfter = Number(arg || 0);
      const before = state.beforeKill ? state.beforeKill.length : 0;
      await waitFor(
        `${minAfter} codes finalized after the kill`,
        async () => state.finalized.length - before >= minAfter || state.stop,
        240000,
        500,
      );
      state.stop = true;
      await state.done;
      save();
      record({
        test: "submissions during kill -9",
        finalized_before_kill: state.beforeKill ? state.beforeKill.length : null,
        finalized_total: state.finalized.length,
        failed: state.failed.length,
      });
      if (state.failed.length > 0) throw new Error(`submissions failed: ${JSON.stringify(state.failed, null, 2)}`);
      return state.finalized.length;
    }
    default:
      throw new Error(`submitter.js: unknown mode ${mode}`);
  }
}

module.exports = { run };

// Nothing finalized is lost: every code that submitter.js saw finalized (before the kill and
// after) is `genuine` in the finalized state of the node the DSL line names (trace_verify at the
// node's finalized head). Returns the number of codes checked.

const fs = require("fs");
const path = require("path");
const { codePath, heights, rpc, waitFor } = require("./lib");

async function run(nodeName, networkInfo) {
  const node = networkInfo.nodesByName[nodeName];
  const codes = JSON.parse(fs.readFileSync(path.join(networkInfo.tmpDir, "crash-codes.json"), "utf8"));
  const serials = codes.finalized.map((c) => c.serial);
  if (!codes.beforeKill || codes.beforeKill.length === 0) throw new Error("no code was finalized before the kill");
  let missing = serials;
  await waitFor(
    `every code in the finalized state of ${nodeName}`,
    async () => {
      try {
        const { finalizedHash } = await heights(node.wsUri);
        const now = [];
        for (const serial of serials) {
          const { verdict } = await rpc(node.wsUri, "trace_verify", [codePath(serial), finalizedHash]);
          if (verdict !== "genuine") now.push(`${serial}: ${verdict}`);
        }
        missing = now;
      } catch (error) {
        missing = [String(error)];
      }
      return missing.length === 0;
    },
    60000,
    2000,
  ).catch(() => undefined);
  if (missing.length > 0) throw new Error(`${nodeName}: ${missing.join("; ")}`);
  console.log(`  ${nodeName}: all ${serials.length} codes genuine (${codes.beforeKill.length} finalized before the kill)`);
  return serials.length;
}

module.exports = { run };

// A light client verifies a code while validators are down: `trace verify CODE --chain-spec`,
// with the network's raw chain spec whose bootNodes list every node, the stopped ones first
// (a real deployment's chain spec lists each organisation's bootnode, and some may be down).
//
//   light-client.js with "SERIAL,DOWN_NODE[,DOWN_NODE…]"   returns the seconds `verify` took

const fs = require("fs");
const path = require("path");
const { codePath, networkNodes, record, round, traceOk } = require("./lib");

async function run(_nodeName, networkInfo, args) {
  const [serial, ...down] = args;
  const nodes = networkNodes(networkInfo);
  const order = [...down, ...Object.keys(nodes).filter((name) => !down.includes(name))];
  const spec = JSON.parse(fs.readFileSync(networkInfo.chainSpecPath, "utf8"));
  spec.bootNodes = order.map((name) => nodes[name].multiAddress);
  const specPath = path.join(networkInfo.tmpDir, "light-client-spec.json");
  fs.writeFileSync(specPath, JSON.stringify(spec, null, 2));
  console.log(`  light client bootnodes (${down.join(", ")} down):\n    ${spec.bootNodes.join("\n    ")}`);

  const start = Date.now();
  const out = await traceOk(["verify", codePath(serial), "--chain-spec", specPath], 180000);
  const seconds = (Date.now() - start) / 1000;
  console.log(out);
  if (!out.includes("Verified by a light client") || !out.includes("GENUINE")) {
    throw new Error(`the light client did not verify ${codePath(serial)} as genuine`);
  }
  record({ test: "light client verify", down: down.join(","), code: codePath(serial), seconds: round(seconds) });
  return seconds;
}

module.exports = { run };

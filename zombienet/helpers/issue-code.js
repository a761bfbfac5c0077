// Registers the test product and issues one trace code through the node the DSL line names,
// with the `trace` CLI (which waits for finality), then checks that the node calls it genuine.
//
//   issue-code.js with "SERIAL"   returns 1

const { codePath, registerProduct, issueCode, rpc } = require("./lib");

async function run(nodeName, networkInfo, args) {
  const node = networkInfo.nodesByName[nodeName];
  const [serial] = args;
  await registerProduct(node.wsUri);
  const issued = await issueCode(node.wsUri, serial);
  if (issued.code !== 0) throw new Error(`trace code issue failed:\n${issued.stdout}${issued.stderr}`);
  console.log(issued.stdout);
  const { verdict } = await rpc(node.wsUri, "trace_verify", [codePath(serial)]);
  if (verdict !== "genuine") throw new Error(`${codePath(serial)} is ${verdict} on ${nodeName}`);
  return 1;
}

module.exports = { run };

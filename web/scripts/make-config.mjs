#!/usr/bin/env node
// Writes what the consumer's page fetches at start into --out DIR:
//   config.json      { chainName, chainSpec, bootnodes, rpc, resolver, localDemo? }
//   chain-spec.json  the raw chain spec the light client starts from
//
//   node web/scripts/make-config.mjs --rpc ws://127.0.0.1:9944 --chain-spec dev.json --out DIR \
//     [--bootnode MULTIADDR]... [--public-rpc URL] [--resolver URL] [--prefer-loopback] [--local-demo]
//
// --local-demo (implied by --prefer-loopback, which scripts/serve-web.sh passes for a page served
// on 127.0.0.1) writes `localDemo: true`: a production build of the page then accepts ws:// RPC
// and /ws bootnodes to 127.0.0.1/localhost, and only while it is itself served from a loopback
// address (src/policy.ts). Without it, a production build uses wss:// only.
//
// Without --bootnode, asks the node at --rpc for its libp2p listen addresses
// (`system_localListenAddresses`) and keeps the WebSocket ones (`…/ws/p2p/<peer id>`): a browser
// can dial nothing else but WebRTC. With --prefer-loopback (a page served on 127.0.0.1), only
// the loopback ones, if there are any. Checks that the chain spec is the node's chain.

import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const args = process.argv.slice(2);
const values = (name) => args.flatMap((arg, i) => (arg === `--${name}` && args[i + 1] ? [args[i + 1]] : []));
const value = (name, fallback) => values(name)[0] ?? fallback;
const die = (message) => {
  console.error(`make-config: ${message}`);
  process.exit(1);
};

const rpc = value("rpc", "ws://127.0.0.1:9944");
const specFile = value("chain-spec") ?? die("give --chain-spec FILE (a raw chain spec)");
const out = value("out") ?? die("give --out DIR");
const publicRpc = value("public-rpc", rpc);
const resolver = value("resolver");

async function call(method, params = []) {
  const url = rpc.replace(/^ws(s?):/, "http$1:");
  let response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
  } catch (error) {
    die(`cannot reach the node's RPC at ${url}: ${error.cause?.message ?? error.message}`);
  }
  const json = await response.json();
  if (json.error) die(`${method}: ${json.error.message}`);
  return json.result;
}

const spec = JSON.parse(await readFile(specFile, "utf8"));
if (!spec.genesis?.raw) die(`${specFile} is not a raw chain spec (build it with --raw)`);

const chain = await call("system_chain");
if (chain !== spec.name) {
  die(`the node at ${rpc} runs "${chain}", but ${specFile} is "${spec.name}": give the node's chain spec`);
}

let bootnodes = values("bootnode");
if (bootnodes.length === 0) {
  const addresses = await call("system_localListenAddresses");
  bootnodes = addresses.filter((address) => /\/(ws|wss)\/p2p\//.test(address));
  const loopback = bootnodes.filter((address) => /^\/(ip4\/127\.|ip6\/::1\/|dns4?\/localhost\/)/.test(address));
  if (args.includes("--prefer-loopback") && loopback.length > 0) bootnodes = loopback;
  if (bootnodes.length === 0) {
    die(
      `the node listens on no WebSocket address (${addresses.join(", ") || "none"}), so a browser cannot ` +
        "reach it: start it with e.g. --listen-addr /ip4/0.0.0.0/tcp/30333 --listen-addr /ip4/0.0.0.0/tcp/30334/ws",
    );
  }
}

await mkdir(out, { recursive: true });
await copyFile(specFile, join(out, "chain-spec.json"));
const config = {
  chainName: spec.name,
  chainSpec: "/chain-spec.json",
  bootnodes,
  rpc: publicRpc,
  ...(resolver ? { resolver } : {}),
  ...(args.includes("--local-demo") || args.includes("--prefer-loopback") ? { localDemo: true } : {}),
};
await writeFile(join(out, "config.json"), JSON.stringify(config, null, 2) + "\n");
// What a production build of the page will refuse (src/policy.ts): say it now, not in a browser.
const loopbackAddress = (address) => /^\/(ip4\/127\.|ip6\/::1\/|dns[46]?\/localhost\/)/.test(address);
const loopbackUrl = (url) => /^ws:\/\/(127\.[0-9.]+|localhost|\[::1\])(:|\/|$)/.test(url);
const refused = [
  ...bootnodes.filter((a) => /\/ws(\/|$)/.test(a) && !/\/tls\/ws/.test(a) && !(config.localDemo && loopbackAddress(a))),
  ...(/^ws:/.test(publicRpc) && !(config.localDemo && loopbackUrl(publicRpc)) ? [publicRpc] : []),
];
if (refused.length) {
  console.error(
    `make-config: warning: the page refuses unencrypted ${refused.join(", ")} ` +
      "(only wss:// and /wss; ws:// to 127.0.0.1/localhost in a local demo or a `npm run build:demo` build)",
  );
}
console.log(`config: ${JSON.stringify(config)}`);

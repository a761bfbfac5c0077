// Unit tests of the page's transport policy (src/policy.ts) and of the local-demo flag that
// scripts/make-config.mjs writes, with node's test runner and no browser or chain:
//   node --test web/test/config.test.mjs
// src/policy.ts has no imports, so it is transpiled with TypeScript and imported as is
// (test/ts-load.mjs). A refusal is a message of the page's catalogues: `words` puts it in
// English, as the page logs it.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { englishWords, loadSource, WEB } from "./ts-load.mjs";

const policy = await loadSource("policy.ts");
const { isLoopbackHost, transportPolicy } = policy;
const words = await englishWords();
/** The refusals in English words (undefined when allowed). */
const rpcRefusal = (url, build) => words(policy.rpcRefusal(url, build));
const bootnodeRefusal = (address, build) => words(policy.bootnodeRefusal(address, build));
const filterBootnodes = (addresses, build) => {
  const { allowed, refused } = policy.filterBootnodes(addresses, build);
  return { allowed, refused: refused.map(words) };
};

const PEER = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";
const PRODUCTION = { mode: "production", dev: false };
const DEMO = { mode: "demo", dev: false };
const DEV_SERVER = { mode: "development", dev: true };

describe("which build allows ws:// to this machine", () => {
  test("a production build: only with config.json's localDemo, and only on a loopback page", () => {
    assert.equal(transportPolicy(PRODUCTION, undefined, "127.0.0.1").allowLoopbackWs, false);
    assert.equal(transportPolicy(PRODUCTION, false, "localhost").allowLoopbackWs, false);
    assert.equal(transportPolicy(PRODUCTION, "true", "127.0.0.1").allowLoopbackWs, false, "only the JSON true");
    assert.equal(transportPolicy(PRODUCTION, true, "127.0.0.1").allowLoopbackWs, true);
    assert.equal(transportPolicy(PRODUCTION, true, "localhost").allowLoopbackWs, true);
    assert.equal(transportPolicy(PRODUCTION, true, "[::1]").allowLoopbackWs, true);
    // A deployed page never honours the flag, whoever wrote config.json.
    assert.equal(transportPolicy(PRODUCTION, true, "id.trace.example").allowLoopbackWs, false);
    assert.equal(transportPolicy(PRODUCTION, true, "192.168.1.20").allowLoopbackWs, false);
    assert.equal(transportPolicy(PRODUCTION, true, "127.0.0.1.evil.example").allowLoopbackWs, false);
  });

  test("a demo build (npm run build:demo) and the dev server allow it", () => {
    assert.equal(transportPolicy(DEMO, undefined, "id.trace.example").allowLoopbackWs, true);
    assert.equal(transportPolicy(DEV_SERVER, undefined, "127.0.0.1").allowLoopbackWs, true);
  });

  test("loopback hosts", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "a.localhost", "::1", "[::1]"]) {
      assert.equal(isLoopbackHost(host), true, host);
    }
    for (const host of ["128.0.0.1", "127.0.0.256", "10.0.0.1", "127.0.0.1.nip.io", "localhost.example", "::2", "", "0.0.0.0"]) {
      assert.equal(isLoopbackHost(host), false, host);
    }
  });
});

describe("the trusted fallback's RPC", () => {
  const production = transportPolicy(PRODUCTION, undefined, "id.trace.example");
  const demo = transportPolicy(PRODUCTION, true, "127.0.0.1");

  test("wss:// is always allowed", () => {
    assert.equal(rpcRefusal("wss://rpc.trace.example", production), undefined);
    assert.equal(rpcRefusal("wss://rpc.trace.example:443/path", demo), undefined);
  });

  test("a production build refuses ws://, also to 127.0.0.1", () => {
    assert.match(rpcRefusal("ws://127.0.0.1:9944", production), /unencrypted ws:\/\/ .*only wss:\/\//);
    assert.match(rpcRefusal("ws://localhost:9944", production), /unencrypted/);
    assert.match(rpcRefusal("ws://rpc.trace.example", production), /another machine/);
  });

  test("a local demo allows ws:// to loopback only", () => {
    assert.equal(rpcRefusal("ws://127.0.0.1:9944", demo), undefined);
    assert.equal(rpcRefusal("ws://localhost:9944", demo), undefined);
    assert.equal(rpcRefusal("ws://[::1]:9944", demo), undefined);
    assert.match(rpcRefusal("ws://192.168.1.20:9944", demo), /another machine/);
    assert.match(rpcRefusal("ws://127.0.0.1.evil.example:9944", demo), /another machine/);
  });

  test("nothing but WebSocket URLs", () => {
    assert.match(rpcRefusal("http://127.0.0.1:9944", demo), /not a wss:\/\//);
    assert.match(rpcRefusal("https://rpc.trace.example", demo), /not a wss:\/\//);
    assert.match(rpcRefusal("not a url", demo), /not a URL/);
  });
});

describe("the light client's bootnodes", () => {
  const production = transportPolicy(PRODUCTION, undefined, "id.trace.example");
  const demo = transportPolicy(DEMO, undefined, "127.0.0.1");
  const wss = `/dns/boot.trace.example/tcp/443/wss/p2p/${PEER}`;
  const tlsWs = `/dns4/boot.trace.example/tcp/443/tls/ws/p2p/${PEER}`;
  const webrtc = `/ip4/203.0.113.5/udp/30333/webrtc-direct/certhash/uEiB/p2p/${PEER}`;
  const loopbackWs = `/ip4/127.0.0.1/tcp/30334/ws/p2p/${PEER}`;

  test("/wss, /tls/ws and WebRTC are always allowed", () => {
    for (const address of [wss, tlsWs, webrtc]) {
      assert.equal(bootnodeRefusal(address, production), undefined, address);
      assert.equal(bootnodeRefusal(address, demo), undefined, address);
    }
  });

  test("a production build refuses /ws, also to 127.0.0.1", () => {
    assert.match(bootnodeRefusal(loopbackWs, production), /unencrypted \/ws .*production/);
    assert.match(bootnodeRefusal(`/dns/boot.trace.example/tcp/80/ws/p2p/${PEER}`, production), /another machine/);
  });

  test("a demo allows /ws to loopback only", () => {
    assert.equal(bootnodeRefusal(loopbackWs, demo), undefined);
    assert.equal(bootnodeRefusal(`/ip6/::1/tcp/30334/ws/p2p/${PEER}`, demo), undefined);
    assert.equal(bootnodeRefusal(`/dns/localhost/tcp/30334/ws/p2p/${PEER}`, demo), undefined);
    assert.match(bootnodeRefusal(`/ip4/192.168.1.20/tcp/30334/ws/p2p/${PEER}`, demo), /another machine/);
    assert.match(bootnodeRefusal(`/dns/127.0.0.1.nip.io/tcp/30334/ws/p2p/${PEER}`, demo), /another machine/);
  });

  test("addresses a browser cannot dial are refused", () => {
    assert.match(bootnodeRefusal(`/ip4/127.0.0.1/tcp/30333/p2p/${PEER}`, demo), /no transport a browser can dial/);
    assert.match(bootnodeRefusal("ws://127.0.0.1:30334", demo), /not a multiaddress/);
  });

  test("filterBootnodes keeps the allowed ones and says why it dropped the others", () => {
    const { allowed, refused } = filterBootnodes([wss, loopbackWs], production);
    assert.deepEqual(allowed, [wss]);
    assert.equal(refused.length, 1);
    assert.match(refused[0], /127\.0\.0\.1/);
  });
});

describe("make-config.mjs (run by scripts/serve-web.sh)", () => {
  let server;
  let rpc;
  let dir;
  before(async () => {
    // A stand-in for the node's RPC: the chain's name and its listen addresses.
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        const { id, method } = JSON.parse(body);
        const result =
          method === "system_chain"
            ? "Development"
            : [`/ip4/127.0.0.1/tcp/30334/ws/p2p/${PEER}`, `/ip4/192.168.1.20/tcp/30334/ws/p2p/${PEER}`];
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", id, result }));
      });
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    rpc = `ws://127.0.0.1:${server.address().port}`;
    dir = await mkdtemp(join(tmpdir(), "trace-web-config-"));
    await writeFile(join(dir, "spec.json"), JSON.stringify({ name: "Development", genesis: { raw: { top: {} } } }));
  });
  after(async () => {
    server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const makeConfig = async (...extra) => {
    const out = await mkdtemp(join(dir, "out-"));
    const { stderr } = await promisify(execFile)(process.execPath, [
      join(WEB, "scripts", "make-config.mjs"),
      "--rpc",
      rpc,
      "--chain-spec",
      join(dir, "spec.json"),
      "--out",
      out,
      ...extra,
    ]);
    return { config: JSON.parse(await readFile(join(out, "config.json"), "utf8")), stderr };
  };

  test("a page served on 127.0.0.1 (--prefer-loopback) is a local demo", async () => {
    const { config, stderr } = await makeConfig("--prefer-loopback");
    assert.equal(config.localDemo, true);
    assert.deepEqual(config.bootnodes, [`/ip4/127.0.0.1/tcp/30334/ws/p2p/${PEER}`]);
    assert.equal(stderr, "", "nothing the page will refuse");
    const page = transportPolicy(PRODUCTION, config.localDemo, "127.0.0.1");
    assert.deepEqual(filterBootnodes(config.bootnodes, page).refused, []);
    assert.equal(rpcRefusal(config.rpc, page), undefined);
  });

  test("otherwise no flag, and a warning that a production build refuses ws://", async () => {
    const { config, stderr } = await makeConfig("--bootnode", `/ip4/192.168.1.20/tcp/30334/ws/p2p/${PEER}`);
    assert.equal("localDemo" in config, false);
    assert.match(stderr, /warning: the page refuses unencrypted .*192\.168\.1\.20.*ws:\/\/127\.0\.0\.1/);
    const page = transportPolicy(PRODUCTION, config.localDemo, "127.0.0.1");
    assert.equal(filterBootnodes(config.bootnodes, page).allowed.length, 0);
    assert.ok(rpcRefusal(config.rpc, page));
  });
});

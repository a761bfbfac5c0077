// One report, three readers: for every code of the demo journey, the CLI (`trace verify --json`),
// the node's `trace_report` JSON-RPC and the page (its light client's decoding of the runtime API
// `TraceabilityApi_trace_report`) must say the same thing, field for field, at the same block.
// Run by scripts/web-test.sh after the demo journey, with:
//   WEB_URL    the page's server;  RPC_URL  the node's WebSocket RPC
//   TRACE_BIN  the `trace` CLI;    CHROMIUM the browser (default /usr/bin/chromium)
// A field one reader adds, drops or renders differently (a status name, a time, a location's
// coordinates, a recall's author, the claim decision) fails the test with the difference.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { importSource } from "./ts-load.mjs";

const WEB_URL = process.env.WEB_URL ?? "http://127.0.0.1:8080";
const RPC_URL = process.env.RPC_URL ?? "ws://127.0.0.1:9944";
const RPC_HTTP = RPC_URL.replace(/^ws(s?):/, "http$1:");
const TRACE_BIN = process.env.TRACE_BIN ?? "trace";
const GTIN = "08012345000012";
/** The demo's codes (scripts/demo.sh): claimed, sold and unclaimed, destroyed, recalled, with a chip. */
const SERIALS = ["HB-0001", "HB-0002", "HB-0003", "HB-0004", "HB-0005"];
const VERDICT_TIMEOUT = 180_000;

async function rpc(method, params) {
  const response = await fetch(RPC_HTTP, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const json = await response.json();
  if (json.error) throw new Error(`${method}: ${json.error.message}`);
  return json.result;
}

/** A value as JSON would carry it: no `undefined` keys, bigints as decimal strings. */
const plain = (value) => JSON.parse(JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v)));

let browser;
let model;

before(async () => {
  model = await importSource("model.ts");
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
});

after(async () => {
  await browser?.close();
});

describe("the CLI, the node's RPC and the page agree on every demo code", () => {
  for (const serial of SERIALS) {
    const path = `/01/${GTIN}/21/${serial}`;

    test(`${serial}: trace verify --json equals trace_report at the block it read`, async () => {
      const { stdout } = await promisify(execFile)(TRACE_BIN, ["verify", path, "--rpc", RPC_URL, "--json"]);
      const cli = JSON.parse(stdout);
      assert.equal(cli.lightClient, false);
      assert.match(cli.block.hash, /^0x[0-9a-f]{64}$/);
      assert.ok(cli.report, `the CLI found ${serial}`);
      const node = await rpc("trace_report", [path, cli.block.hash]);
      assert.deepEqual(cli.report, node);
      // Not vacuous: the report has the demo's history and its verdict.
      assert.ok(node.events.length >= 1 && typeof node.verdict === "string" && node.now > 0);
    });

    test(`${serial}: the page's light-client report equals trace_report at the block it read`, async () => {
      const context = await browser.newContext({ locale: "en-US" });
      try {
        const page = await context.newPage();
        await page.goto(WEB_URL + path);
        await page.waitForFunction(() => window.__trace?.verdict, null, { timeout: VERDICT_TIMEOUT });
        const seen = await page.evaluate(() => ({
          mode: window.__trace.mode,
          readAt: window.__trace.readAt,
          report: JSON.stringify(window.__trace.report, (_, v) => (typeof v === "bigint" ? v.toString() : v)),
        }));
        assert.equal(seen.mode, "light", "the page read through its light client");
        assert.match(seen.readAt?.hash ?? "", /^0x[0-9a-f]{64}$/);
        const node = await rpc("trace_report", [path, seen.readAt.hash]);
        assert.deepEqual(JSON.parse(seen.report), plain(model.fromRpcJson(node)));
      } finally {
        await context.close();
      }
    });
  }
});

// Browser tests of the consumer's page: Debian's headless Chromium, driven by playwright-core,
// opens the page at GS1 Digital Link paths of the demo journey on a real dev node and checks what
// a consumer sees. Run by scripts/web-test.sh, which starts the node, records the demo journey,
// serves the page and sets:
//   WEB_URL   the page's server, e.g. http://127.0.0.1:8080
//   RPC_URL   the node's WebSocket RPC (for cross-checks with `trace_verify`/`trace_codeId`)
//   CHROMIUM  the browser (default /usr/bin/chromium)
//   RESULTS   where screenshots and timings go (default web/test-results)
// Screenshots are taken at a phone viewport (390×844, as an iPhone 12–15). The browser's language
// is English (en-US) unless a test says otherwise: one demo item is also opened in Simplified
// Chinese (zh-CN), and audited for accessibility (axe-core) in both languages.
//
// Timings: every page opened records load → verdict (the page's own `__trace.timings.verdict`:
// ms from the start of navigation to the verdict on screen); "cold and repeat visits" opens one
// item 5 times in a fresh browser context (cold: no cache, no saved light-client database) and
// then again in the same context (repeat: a second navigation, from the database the first visit
// saved), prints the median and the maximum of each and writes them, with every page's figure, to
// RESULTS/timings.json.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { AccountId, Blake2128Concat, Twox128 } from "@polkadot-api/substrate-bindings";
import { ss58Address } from "@polkadot-labs/hdkd-helpers";
import { chromium } from "playwright-core";
import { audit } from "./axe.mjs";
import { importSource, WEB } from "./ts-load.mjs";

const WEB_URL = process.env.WEB_URL ?? "http://127.0.0.1:8080";
const RPC_URL = process.env.RPC_URL ?? "ws://127.0.0.1:9944";
const RPC_HTTP = RPC_URL.replace(/^ws(s?):/, "http$1:");
const RESULTS = process.env.RESULTS ?? join(dirname(fileURLToPath(import.meta.url)), "..", "test-results");
const GTIN = "08012345000012";
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const VERDICT_TIMEOUT = 180_000;

/** Accounts of the demo cast (scripts/demo.sh). */
const FERDIE = "5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL";

/**
 * The software test chips (test/vectors/chip.json, written by the pallet's tests/vectors.rs):
 * scripts/demo.sh registers the `demo` chip's key on HB-0005; `other` is a chip of the same
 * scheme that is not the item's (a copy's).
 */
const CHIPS = JSON.parse(await readFile(join(WEB, "test", "vectors", "chip.json"), "utf8")).chips;
const chipVector = (name) => CHIPS.find((chip) => chip.name === name);

/**
 * Puts the software chip `name` where Web NFC would be, in every page of `context`:
 * `window.__traceChip.sign(challenge)` asks this process, which signs with src/chip.ts's
 * `softwareChip` and the vector's seed — the chip's secret never enters the page, as a real
 * chip's does not.
 */
async function injectChip(context, name) {
  const { softwareChip } = await importSource("chip.ts");
  const vector = chipVector(name);
  const chip = softwareChip(vector.key_type, vector.seed);
  const hex = (bytes) => "0x" + Buffer.from(bytes).toString("hex");
  await context.exposeFunction("__traceChipSign", async (challenge) => {
    const answer = await chip.sign(Uint8Array.from(Buffer.from(challenge.slice(2), "hex")));
    return { signature: hex(answer.signature), keyType: answer.keyType };
  });
  await context.addInitScript(() => {
    const hexOf = (bytes) => "0x" + [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
    window.__traceChip = { sign: (challenge) => window.__traceChipSign(hexOf(challenge)) };
  });
}

let browser;
const timings = [];
/** The cold and repeat visits' figures (see "cold and repeat visits"). */
let coldRepeat;
/** How many cold and repeat visits are timed. */
const RUNS = 5;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
};
const summary = (values) => ({ ms: values, median: median(values), max: Math.max(...values) });

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

/**
 * A fresh phone (new browser context: empty cache and storage) whose browser speaks `locale`,
 * optionally without WebAssembly.
 */
async function phone({ noWebAssembly = false, locale = "en-US" } = {}) {
  const context = await browser.newContext({ ...PHONE, locale });
  if (noWebAssembly) {
    // A browser where no light client can start: the page must fall back, and say so.
    await context.addInitScript(() => {
      delete globalThis.WebAssembly;
    });
  }
  return context;
}

/**
 * Opens `path` in `context` and waits for the page's verdict. Returns the page and the time from
 * the start of navigation to the verdict on screen, as the page measured it and as seen from here.
 */
async function open(context, path, label) {
  return visit(await context.newPage(), path, label);
}

/** Navigates `page` to `path` and waits for its verdict, as {@link open} does. */
async function visit(page, path, label) {
  const errors = [];
  const onError = (error) => errors.push(error.message);
  page.on("pageerror", onError);
  const started = Date.now();
  await page.goto(WEB_URL + path);
  await page.waitForFunction(() => window.__trace?.verdict, null, { timeout: VERDICT_TIMEOUT });
  const wall = Date.now() - started;
  const trace = await page.evaluate(() => ({
    timings: window.__trace.timings,
    mode: window.__trace.mode,
    verdict: window.__trace.verdict,
    fallbackReason: window.__trace.fallbackReason,
  }));
  page.off("pageerror", onError);
  assert.deepEqual(errors, [], `uncaught errors on ${path}`);
  assert.notEqual(trace.verdict, "error", `the page failed: ${await page.textContent("#verdict")}`);
  timings.push({ label, path, mode: trace.mode ?? "-", verdict: trace.verdict, pageMs: trace.timings.verdict, wallMs: wall });
  return { page, trace };
}

async function screenshot(page, name) {
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
}

/**
 * Whether `account` exists on chain at all (a `System.Account` entry): an account that never held
 * a token does not, so each token-less step below is proven to be one.
 */
async function accountExists(account) {
  const utf8 = (name) => new TextEncoder().encode(name);
  const key = [Twox128(utf8("System")), Twox128(utf8("Account")), Blake2128Concat(AccountId().enc(account))];
  return (await rpc("state_getStorage", ["0x" + key.map((part) => Buffer.from(part).toString("hex")).join("")])) !== null;
}

/** Waits until the progress line `selector` ends, and returns its text; fails if it ends in an error. */
async function stepDone(page, selector) {
  await page.waitForSelector(`${selector}.ok, ${selector}.error`, { timeout: VERDICT_TIMEOUT });
  const line = await text(page, selector);
  assert.equal(await page.getAttribute(selector, "class"), "claim-status ok", line);
  return line;
}

const steps = (page) => page.$$eval("#journey li.event", (items) => items.map((item) => item.dataset.step));
const text = async (page, selector) => (await page.textContent(selector))?.replace(/\s+/g, " ").trim() ?? "";

before(async () => {
  await mkdir(RESULTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    // Root in a container: Chromium's sandbox needs user namespaces it may not have.
    args: ["--no-sandbox"],
  });
});

after(async () => {
  await browser?.close();
  if (timings.length) {
    const results = { pages: timings, ...(coldRepeat ? { coldRepeat } : {}) };
    await writeFile(join(RESULTS, "timings.json"), JSON.stringify(results, null, 2) + "\n");
    console.log("\npage load → verdict on screen (navigation start to verdict, as the page measured it):");
    for (const t of timings) {
      console.log(
        `  ${t.label.padEnd(38)} ${String(t.mode).padEnd(5)} ${String(t.verdict).padEnd(16)} ` +
          `${(t.pageMs / 1000).toFixed(2).padStart(6)} s  (wall ${(t.wallMs / 1000).toFixed(2)} s)`,
      );
    }
    if (coldRepeat) {
      const line = (name, { median, max }) => `  ${name.padEnd(8)} median ${(median / 1000).toFixed(2)} s, max ${(max / 1000).toFixed(2)} s`;
      console.log(`\n${coldRepeat.path}, ${coldRepeat.runs} runs each, load → verdict (targets: cold ${coldRepeat.targets.coldMs / 1000} s, repeat ${coldRepeat.targets.repeatMs / 1000} s):`);
      console.log(line("cold", coldRepeat.cold));
      console.log(line("repeat", coldRepeat.repeat));
    }
  }
});

describe("the consumer's page, through the light client", () => {
  test("HB-0001 shows its whole journey and that it was claimed already", async () => {
    const context = await phone();
    const { page, trace } = await open(context, `/01/${GTIN}/21/HB-0001`, "HB-0001 (cold light client)");
    assert.equal(trace.mode, "light");
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "claimed_already");
    assert.match(await text(page, "#verdict"), /Claimed already/);
    assert.match(await text(page, "#trust"), /Verified in this page/);
    assert.equal(await page.getAttribute("#trust", "data-mode"), "light");
    assert.match(await text(page, "#product"), /Borsa Milano, calfskin tote/);
    assert.match(await text(page, "#product"), /Italy/);
    assert.deepEqual(await steps(page), [
      "commissioning",
      "shipping",
      "receiving",
      "inspecting",
      "shipping",
      "receiving",
      "retail_selling",
      "claiming",
    ]);
    const journey = await text(page, "#journey");
    for (const expected of [
      "Pelletteria Milano, Via della Spiga 4, Milan",
      "Malpensa cargo city, Milan",
      "Xiasha bonded warehouse 3, Hangzhou",
      "Global Luxe, Huaihai Road, Shanghai",
      "Alpi Freight Forwarding",
      "Hangzhou Customs",
      "Global Luxe cross-border store",
      "Inspected (passed)",
      "retail_selling",
      "Nov 2, 2026",
    ]) {
      assert.ok(journey.includes(expected), `the journey mentions "${expected}": ${journey}`);
    }
    assert.match(await text(page, "#certifications"), /valid.*Leather Authentication Institute/i);
    assert.equal(await page.$("#claim"), null, "no claim form on a claimed item");
    assert.equal((await rpc("trace_verify", [`/01/${GTIN}/21/HB-0001`])).verdict, "claimed_already");
    await screenshot(page, "hb-0001-claimed-already");
    await context.close();
  });

  test("HB-0002 is genuine, sold, and offers the claim", async () => {
    const context = await phone();
    const { page, trace } = await open(context, `/01/${GTIN}/21/HB-0002`, "HB-0002");
    assert.equal(trace.mode, "light");
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "genuine");
    assert.match(await text(page, "#verdict"), /Genuine/);
    assert.equal(await page.getAttribute("#verdict", "data-verified"), "true");
    assert.equal(await page.getAttribute("#verdict", "data-tone"), "good");
    // scripts/demo.sh sells HB-0002 (only a sold item can be claimed).
    assert.deepEqual(await steps(page), ["commissioning", "shipping", "receiving", "shipping", "receiving", "retail_selling"]);
    assert.ok(await page.isVisible("#claim-secret"), "the claim form is shown");
    assert.equal((await rpc("trace_verify", [`/01/${GTIN}/21/HB-0002`])).verdict, "genuine");
    await screenshot(page, "hb-0002-genuine");
    await context.close();
  });

  test("HB-0003 shows as destroyed, with the reason", async () => {
    const context = await phone();
    const { page } = await open(context, `/01/${GTIN}/21/HB-0003`, "HB-0003");
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "destroyed");
    assert.match(await text(page, "#verdict"), /Destroyed.*label peeled off in the atelier/);
    assert.deepEqual(await steps(page), ["commissioning", "destroying"]);
    assert.equal(await page.$("#claim"), null);
    await screenshot(page, "hb-0003-destroyed");
    await context.close();
  });

  test("HB-0004 (link with its lot) shows the lot recall", async () => {
    const context = await phone();
    const { page } = await open(context, `/01/${GTIN}/10/L2/21/HB-0004`, "HB-0004 (with /10/L2)");
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "recalled");
    assert.match(await text(page, "#verdict"), /Recalled.*Lot L2.*dye fails the REACH azo test/);
    assert.equal((await rpc("trace_verify", [`/01/${GTIN}/21/HB-0004`])).verdict, "recalled");
    await screenshot(page, "hb-0004-recalled");
    await context.close();
  });

  test("the home page takes a typed link; a GTIN-13 finds the same item", async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${WEB_URL}/`);
    await page.fill("#link", `https://id.trace.example/01/8012345000012/21/HB-0003`);
    await page.click("button[type=submit]");
    await page.waitForURL(`${WEB_URL}/01/${GTIN}/21/HB-0003`);
    await page.waitForFunction(() => window.__trace?.verdict, null, { timeout: VERDICT_TIMEOUT });
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "destroyed");
    await context.close();
  });

  test("an unknown serial shows as unknown, under the key the chain computes", async () => {
    const context = await phone();
    for (const [serial, name] of [
      ["HB-9999", "unknown"],
      // Percent-encoded in the link: the page must derive the same key as trace_gs1::code_key.
      ["A%2FB%2BC%25%22", "unknown-encoded-serial"],
    ]) {
      const path = `/01/${GTIN}/21/${serial}`;
      const { page } = await open(context, path, `unknown serial ${serial}`);
      assert.equal(await page.getAttribute("#verdict", "data-verdict"), "unknown");
      assert.match(await text(page, "#verdict"), /Unknown.*No item with this code was ever issued/);
      const key = await rpc("trace_codeId", [path]);
      assert.ok((await text(page, "main")).includes(key), `the page shows the chain's key ${key}`);
      await screenshot(page, name);
      await page.close();
    }
    await context.close();
  });
});

describe("in Simplified Chinese, and accessible", () => {
  test("HB-0001 under a zh-CN browser: the verdict and the page's words in Chinese, the data as recorded, no accessibility violation", async () => {
    const context = await phone({ locale: "zh-CN" });
    const { page, trace } = await open(context, `/01/${GTIN}/21/HB-0001`, "HB-0001 (zh-CN)");
    assert.equal(trace.mode, "light");
    assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "claimed_already");
    assert.equal(await text(page, "#verdict .verdict-title"), "已被认领");
    assert.match(await text(page, "#verdict"), /可能是复制品/);
    assert.equal(await page.getAttribute("#verdict-live", "role"), "status", "the verdict is announced");
    assert.match(await text(page, "#trust"), /已在本页面中验证/);
    assert.match(await text(page, "#product"), /产地\s*意大利/);
    const journey = await text(page, "#journey");
    for (const expected of ["流转历程", "已查验（合格）", "已售出", "买家已认领", "Alpi Freight Forwarding", "Hangzhou Customs", "2026年11月2日"]) {
      assert.ok(journey.includes(expected), `the journey says "${expected}": ${journey}`);
    }
    assert.deepEqual(await audit(page), [], "axe: no accessibility violation (zh-CN)");
    await screenshot(page, "hb-0001-zh-CN");
    await context.close();
  });

  test("HB-0002 (with the claim form) in English has no accessibility violation either", async () => {
    const context = await phone();
    const { page } = await open(context, `/01/${GTIN}/21/HB-0002`, "HB-0002 (accessibility audit)");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.ok(await page.isVisible("#claim-secret"));
    assert.deepEqual(await audit(page), [], "axe: no accessibility violation (en)");
    await context.close();
  });
});

describe("malformed links", () => {
  const cases = [
    [`/01/08012345000013/21/HB-0001`, "gtin", "GTIN check digit is 3, expected 2", "malformed-gtin-check-digit"],
    [`/01/08012345000/21/HB-0001`, "gtin", "GTIN must be 8, 12, 13 or 14 digits, got 11 characters"],
    [`/01/0801234500001X/21/HB-0001`, "gtin", "GTIN has a non-digit at position 13"],
    [`/01/${GTIN}/21/HB%200001`, "serial", "serial number has a character outside GS1 character set 82 at position 2"],
    [`/01/${GTIN}/21/`, "serial", "serial number is empty"],
    [`/01/${GTIN}`, "serial", "Digital Link has no /21/{serial} after the GTIN"],
    [`/01/${GTIN}/10/L%2/21/HB-0001`, "lot", "Digital Link has a '%' not followed by two hex digits"],
    [`/gtin/${GTIN}`, "path", "Digital Link has no /01/{gtin} in its path"],
  ];
  for (const [path, part, message, shot] of cases) {
    test(`${path} names the wrong part (${part})`, async () => {
      const context = await phone();
      const { page } = await open(context, path, `malformed ${path}`);
      assert.equal(await page.getAttribute("#verdict", "data-verdict"), "malformed");
      assert.equal(await page.getAttribute("#verdict", "data-part"), part);
      const shown = await text(page, "#verdict");
      assert.match(shown, /Not a valid trace code/);
      assert.ok(shown.includes(message), `"${shown}" says "${message}"`);
      if (shot) await screenshot(page, shot);
      await context.close();
    });
  }
});

describe("trusted fallback, when no light client can start", () => {
  test("a browser without WebAssembly reads through the node's RPC, labelled as trusted", async () => {
    const context = await phone({ noWebAssembly: true });
    const { page, trace } = await open(context, `/01/${GTIN}/21/HB-0001`, "HB-0001 (RPC fallback)");
    assert.equal(trace.mode, "rpc");
    assert.match(trace.fallbackReason, /WebAssembly/);
    assert.equal(await page.getAttribute("#trust", "data-mode"), "rpc");
    assert.match(await text(page, "#trust"), /Trusted mode: not verified/);
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "claimed_already");
    // Trusted mode: a neutral card that says what was not checked, then what the server said.
    assert.equal(await page.getAttribute("#verdict", "data-verified"), "false");
    assert.equal(await page.getAttribute("#verdict", "data-tone"), "neutral");
    assert.match(
      await text(page, "#verdict"),
      /Not verified: this answer comes from one server, which was trusted, not checked against the chain's finality proofs\..*The server says: Claimed already/,
    );
    assert.equal((await steps(page)).length, 8);
    assert.match(await text(page, "#journey"), /Alpi Freight Forwarding/);
    await screenshot(page, "hb-0001-trusted-fallback");
    await context.close();
  });

  test("when no node answers the light client in time, the page falls back and says why", async () => {
    const context = await phone();
    // The server's config, with the bootnode moved to a closed port and a short timeout.
    await context.route("**/config.json", async (route) => {
      const response = await route.fetch();
      const config = await response.json();
      config.bootnodes = config.bootnodes.map((address) => address.replace(/\/tcp\/\d+\//, "/tcp/9/"));
      config.lightClientTimeoutMs = 5_000;
      await route.fulfill({ response, json: config });
    });
    const { page, trace } = await open(context, `/01/${GTIN}/21/HB-0003`, "HB-0003 (no node for the light client)");
    assert.equal(trace.mode, "rpc");
    assert.match(trace.fallbackReason, /no node served the chain within 5 s/);
    assert.match(await text(page, "#trust"), /Trusted mode: not verified.*no node served the chain/);
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "destroyed");
    assert.equal(await page.getAttribute("#verdict", "data-tone"), "neutral");
    assert.match(await text(page, "#verdict"), /Not verified.*The server says: Destroyed/);
    await context.close();
  });

  test("a claim with the wrong secret is caught before anything is sent: the node's JSON carries the claim key", async () => {
    const context = await phone({ noWebAssembly: true });
    const { page } = await open(context, `/01/${GTIN}/21/HB-0002`, "HB-0002 (RPC fallback)");
    await page.fill("#claim-secret", "//TraceDemo//HB-0003");
    await page.fill("#claim-account", FERDIE);
    await page.click("#claim-button");
    await page.waitForSelector("#claim-status.error", { timeout: 60_000 });
    assert.match(await text(page, "#claim-status"), /does not belong to this item/);
    assert.equal((await rpc("trace_verify", [`/01/${GTIN}/21/HB-0002`])).verdict, "genuine");
    await context.close();
  });
});

describe("the chip of HB-0005, through the light client", () => {
  test("the item's own chip (a software chip with the registered key) is verified, and its scan recorded", async () => {
    const context = await phone();
    await injectChip(context, "demo");
    const { page, trace } = await open(context, `/01/${GTIN}/21/HB-0005`, "HB-0005 (chip)");
    assert.equal(trace.mode, "light");
    const report = await rpc("trace_report", [`/01/${GTIN}/21/HB-0005`]);
    assert.deepEqual(report.chip, { type: "secp256k1_ecdsa", publicKey: chipVector("demo").public }, "scripts/demo.sh registered the demo chip");
    assert.equal(await page.getAttribute("#chip", "data-chip-result"), "ready");
    await page.click("#chip-button");
    await page.waitForSelector('#chip[data-chip-result="verified"], #chip[data-chip-result="wrong_key"], #chip[data-chip-result="old_block"], #chip[data-chip-result="no_answer"], #chip[data-chip-result="error"]', { timeout: 60_000 });
    assert.equal(await page.getAttribute("#chip", "data-chip-result"), "verified", await text(page, "#chip"));
    assert.match(await text(page, "#chip-status"), /Chip verified: this is the labelled original\./);
    assert.deepEqual(await audit(page), [], "axe: no accessibility violation (chip verified)");
    await screenshot(page, "hb-0005-chip-verified");

    // Recording the scan: token-less, through the light client; the history gains a step.
    const before = (await steps(page)).length;
    await page.click("#chip-record");
    await page.waitForSelector("#chip-record-status.ok, #chip-record-status.error", { timeout: 180_000 });
    assert.match(await text(page, "#chip-record-status"), /Scan recorded: final in block #\d+/, await text(page, "#chip-record-status"));
    await page.waitForFunction((before) => document.querySelectorAll("#journey li.event").length > before, before, { timeout: 60_000 });
    assert.equal((await steps(page)).at(-1), "verifying_chip");
    const after = await rpc("trace_report", [`/01/${GTIN}/21/HB-0005`]);
    assert.equal(after.events.at(-1).bizStep, "verifying_chip", "the chain recorded the scan");
    await screenshot(page, "hb-0005-chip-scan-recorded");
    await context.close();
  });

  test("another chip of the same kind (a copy's) is refused: chip missing or wrong", async () => {
    const context = await phone();
    await injectChip(context, "other");
    const { page } = await open(context, `/01/${GTIN}/21/HB-0005`, "HB-0005 (wrong chip)");
    await page.click("#chip-button");
    await page.waitForSelector('#chip:not([data-chip-result="ready"]):not([data-chip-result="checking"])', { timeout: 60_000 });
    assert.equal(await page.getAttribute("#chip", "data-chip-result"), "wrong_key");
    assert.match(await text(page, "#chip-status"), /Chip missing or wrong\..*not the one registered for this item/);
    assert.equal(await page.$("#chip-record"), null, "no scan to record");
    await screenshot(page, "hb-0005-chip-wrong");
    await context.close();
  });

  test("without Web NFC and no chip injected, the page explains how to verify with a phone that can", async () => {
    const context = await phone();
    const { page } = await open(context, `/01/${GTIN}/21/HB-0005`, "HB-0005 (no Web NFC)");
    assert.equal(await page.getAttribute("#chip", "data-chip-result"), "no_nfc");
    assert.match(await text(page, "#chip"), /Chrome on an Android phone/);
    await context.close();
  });
});

describe("the buyer's claim, through the light client", () => {
  /** HB-0002's first owner, made in the page by the claim test below. */
  let firstOwner;

  test("a wrong secret is caught before anything is sent", async () => {
    const context = await phone();
    const { page } = await open(context, `/01/${GTIN}/21/HB-0002`, "HB-0002 (claim, wrong secret)");
    await page.fill("#claim-secret", "//TraceDemo//HB-0001");
    await page.fill("#claim-account", FERDIE);
    await page.click("#claim-button");
    await page.waitForSelector("#claim-status.error", { timeout: 30_000 });
    assert.match(await text(page, "#claim-status"), /does not belong to this item/);
    await context.close();
  });

  test("HB-0002 claimed with its secret for a new account, tokenless; then a copy shows claimed", async () => {
    const context = await phone();
    const { page } = await open(context, `/01/${GTIN}/21/HB-0002`, "HB-0002 (claim)");
    await page.fill("#claim-secret", "//TraceDemo//HB-0002");
    await page.click("text=I have no account: make one");
    const account = await page.inputValue("#claim-account");
    assert.match(account, /^5[1-9A-HJ-NP-Za-km-z]{47}$/);
    const phrase = await text(page, "#new-account-phrase");
    assert.equal(phrase.split(" ").length, 12);
    await screenshot(page, "hb-0002-claim-form");
    await page.click("#claim-button");
    await page.waitForSelector('#verdict[data-verdict="claimed_already"][data-claimed-by-you]', { timeout: 180_000 });
    assert.match(await text(page, "#verdict"), /Claimed by you/);
    assert.equal((await steps(page)).at(-1), "claiming");
    await screenshot(page, "hb-0002-claimed-by-you");
    await context.close();

    const verified = await rpc("trace_report", [`/01/${GTIN}/21/HB-0002`]);
    assert.equal(verified.verdict, "claimed_already");
    assert.equal(verified.claim.by, account, "the chain records the claim for the buyer's account");
    assert.equal(await accountExists(account), false, "the buyer never held a token");
    firstOwner = { account, phrase };

    const other = await phone();
    const copy = await open(other, `/01/${GTIN}/21/HB-0002`, "HB-0002 (after the claim)");
    assert.equal(await copy.page.getAttribute("#verdict", "data-verdict"), "claimed_already");
    assert.match(await text(copy.page, "#verdict"), /Claimed already.*may be a copy/);
    await screenshot(copy.page, "hb-0002-copy-after-claim");
    await other.close();
  });
  test("HB-0002 resold twice in the page, each step without tokens: offer → accept, then a new claim secret → a third buyer's claim; the history stays whole", async () => {
    assert.ok(firstOwner, "the claim test above made the first owner");
    const path = `/01/${GTIN}/21/HB-0002`;
    const { claimKeyFromSecret } = await importSource("claim.ts");
    const secondSecret = "//TraceResale//second-owner";
    const second = ss58Address(claimKeyFromSecret(secondSecret).publicKey);
    const start = await rpc("trace_report", [path]);
    assert.equal(start.owners, 1);

    // The first owner offers the bag to the second buyer's account.
    let context = await phone();
    let { page } = await open(context, path, "HB-0002 (offer)");
    await page.click("#ownership-actions summary");
    await page.fill("#ownership-secret", firstOwner.phrase);
    await page.fill("#ownership-to", second);
    await page.click("#offer-button");
    assert.match(await stepDone(page, "#ownership-status"), /Offered: final in block #\d+/);
    await page.waitForSelector("#ownership-offer", { timeout: VERDICT_TIMEOUT });
    const offered = await rpc("trace_report", [path]);
    assert.equal(offered.ownershipOffer?.to, second, "the chain holds the offer to the second buyer");
    assert.equal(offered.claim.by, firstOwner.account, "an offer alone moves nothing");
    await context.close();

    // The second buyer accepts it on their own phone.
    context = await phone();
    ({ page } = await open(context, path, "HB-0002 (accept)"));
    await page.click("#ownership-actions summary");
    await page.fill("#ownership-secret", secondSecret);
    await page.click("#accept-button");
    assert.match(await stepDone(page, "#ownership-status"), /Accepted: final in block #\d+/);
    await page.waitForFunction(() => document.getElementById("ownership-owners")?.textContent === "2", null, {
      timeout: VERDICT_TIMEOUT,
    });
    const accepted = await rpc("trace_report", [path]);
    assert.equal(accepted.claim.by, second, "the second buyer owns it now");
    assert.equal(accepted.owners, 2);
    assert.equal(accepted.ownershipOffer, null);
    assert.ok(accepted.ownedSince >= offered.ownedSince, "owned since the acceptance");
    await screenshot(page, "hb-0002-second-owner");

    // The second owner sells it on by handing a new claim secret over, made in the page.
    await page.click("#handover-new");
    const handedSecret = await text(page, "#handover-phrase");
    assert.equal(handedSecret.split(" ").length, 12);
    await page.fill("#ownership-secret", secondSecret);
    await page.click("#handover-button");
    await page.waitForFunction(() => /Handed over: final/.test(document.getElementById("ownership-status")?.textContent ?? ""), null, {
      timeout: VERDICT_TIMEOUT,
    });
    assert.equal(await page.getAttribute("#ownership-status", "class"), "claim-status ok");
    const handed = await rpc("trace_report", [path]);
    assert.equal(handed.claimable, true, "claimable again, by the new secret");
    assert.equal(handed.claimKey, "0x" + Buffer.from(claimKeyFromSecret(handedSecret).publicKey).toString("hex"));
    await context.close();

    // The third buyer claims it with the handed-over secret, for an account made in the page.
    context = await phone();
    ({ page } = await open(context, path, "HB-0002 (third buyer)"));
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "genuine");
    await page.fill("#claim-secret", handedSecret);
    await page.click("text=I have no account: make one");
    const third = await page.inputValue("#claim-account");
    await page.click("#claim-button");
    await page.waitForSelector('#verdict[data-verdict="claimed_already"][data-claimed-by-you]', { timeout: VERDICT_TIMEOUT });
    assert.equal(await text(page, "#ownership-owners"), "3");
    await screenshot(page, "hb-0002-third-owner");
    await context.close();

    const end = await rpc("trace_report", [path]);
    assert.equal(end.claim.by, third);
    assert.equal(end.owners, 3);
    assert.deepEqual(end.events.slice(0, start.events.length), start.events, "every earlier event is kept, unchanged");
    assert.ok(end.events.length > start.events.length, "and the resale is recorded after them");
    for (const account of [firstOwner.account, second, third]) {
      assert.equal(await accountExists(account), false, `${account} never held a token`);
    }
  });
});

describe("cold and repeat visits (the light client's saved database)", () => {
  test(`HB-0003 ${RUNS} times in a fresh browser context (cold), then again in the same one (repeat): repeat is no slower`, { timeout: 30 * 60_000 }, async () => {
    const path = `/01/${GTIN}/21/HB-0003`;
    const cold = [];
    const repeat = [];
    for (let run = 1; run <= RUNS; run++) {
      const context = await phone();
      const first = await open(context, path, `HB-0003 cold #${run}`);
      assert.equal(first.trace.mode, "light");
      assert.equal(first.trace.verdict, "destroyed");
      // The page saves smoldot's database after the verdict (light-store.ts); the next visit starts from it.
      await first.page.waitForFunction(() => window.__trace.timings.saved !== undefined, null, { timeout: 120_000 });
      cold.push(first.trace.timings.verdict);

      const second = await visit(first.page, path, `HB-0003 repeat #${run}`);
      assert.equal(second.trace.mode, "light");
      assert.equal(second.trace.verdict, "destroyed");
      const log = await second.page.evaluate(() => window.__trace.log.join("\n"));
      assert.match(log, /\[light-store\] starting from the database saved at/, "the repeat visit starts from the saved database");
      assert.doesNotMatch(log, /no finalized block from the saved database/);
      repeat.push(second.trace.timings.verdict);
      await context.close();
    }
    coldRepeat = { path, runs: RUNS, cold: summary(cold), repeat: summary(repeat), targets: { coldMs: 800, repeatMs: 300 } };
    // The targets (0.8 s cold, 0.3 s repeat) are reported, not asserted: the machine decides them.
    assert.ok(coldRepeat.repeat.median <= coldRepeat.cold.median, `repeat median ${coldRepeat.repeat.median} ms ≤ cold median ${coldRepeat.cold.median} ms`);
  });
});

describe("scan another, through the light client", () => {
  test("from HB-0001, a scanned HB-0003 opens in the page through the light client already running", async () => {
    const context = await phone();
    // A fake camera (a canvas's stream) and a decoder that reads what the test shows it.
    await context.addInitScript(() => {
      window.__scanTracks = [];
      window.__traceScanner = {
        getUserMedia: async () => {
          const canvas = document.createElement("canvas");
          canvas.getContext("2d").fillRect(0, 0, canvas.width, canvas.height);
          const stream = canvas.captureStream(5);
          window.__scanTracks.push(...stream.getTracks());
          return stream;
        },
        decoder: { detect: async () => window.__qrTexts ?? [] },
      };
    });
    const { page } = await open(context, `/01/${GTIN}/21/HB-0001`, "HB-0001 (then scan)");
    const connectedAt = await page.evaluate(() => window.__trace.timings.connected);
    await page.click("#scan-button");
    await page.waitForSelector('#scan[data-scan-state="open"]');
    await page.evaluate((url) => (window.__qrTexts = [url]), `https://id.trace.example/01/${GTIN}/21/HB-0003`);
    await page.waitForFunction(() => location.pathname.endsWith("/HB-0003") && window.__trace.verdict === "destroyed", null, { timeout: VERDICT_TIMEOUT });
    assert.equal(await page.getAttribute("#trust", "data-mode"), "light");
    assert.match(await text(page, "#verdict"), /Destroyed.*label peeled off in the atelier/);
    assert.deepEqual(await page.evaluate(() => window.__scanTracks.map((track) => track.readyState)), ["ended"]);
    assert.equal(await page.evaluate(() => window.__trace.timings.connected), connectedAt, "the light client was not started again");
    const scanned = (await page.evaluate(() => window.__trace.visits)).at(-1);
    assert.equal(scanned.scanned, true);
    timings.push({ label: "HB-0003 (scanned from HB-0001)", path: scanned.path, mode: "light", verdict: scanned.verdict, pageMs: scanned.ms, wallMs: scanned.ms });
    assert.match(await text(page, "#timing"), /after the scan \(light client\)/);
    assert.deepEqual(await audit(page), [], "axe: no accessibility violation (a scanned item)");
    await screenshot(page, "hb-0003-scanned");
    await context.close();
  });
});

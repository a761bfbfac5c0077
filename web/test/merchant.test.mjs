// Browser tests of the merchant back office (/merchant): Debian's headless Chromium, driven by
// playwright-core, on a real dev node with the demo journey recorded, signing with a test
// extension (test/injected-signer.mjs: the injected API every Polkadot wallet implements, with
// the dev keys //Alice — the demo's merchant, Pelletteria Milano, GS1 prefix 8012345 — and //Bob,
// its carrier, Alpi Freight). Run by scripts/web-test.sh after test/page.test.mjs, with:
//   WEB_URL   the page's server, e.g. http://127.0.0.1:8080
//   RPC_URL   the node's WebSocket RPC (the chain's state is checked there, not only on the page)
//   CHROMIUM  the browser (default /usr/bin/chromium)
//   RESULTS   where screenshots go (default web/test-results)
//
// One browser context goes through a merchant's day, in order: the light client connects; Alice
// registers a product, issues three codes of it from a CSV file (two with generated claim keys,
// whose secrets file is downloaded before signing), has a duplicate serial refused with the
// pallet's error in Chinese, proposes a handover of one item to Bob by scanning its QR code (a
// fake camera), and Bob accepts it. Each step is checked on the chain through the node's RPC
// (`trace_report`, storage) as well as on the page; the page passes the accessibility audit in
// both languages; and the consumer's page loads none of the back office's code.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { Blake2128Concat, Twox128 } from "@polkadot-api/substrate-bindings";
import { audit } from "./axe.mjs";
import { injectExtension } from "./injected-signer.mjs";
import { importSource } from "./ts-load.mjs";

const WEB_URL = process.env.WEB_URL ?? "http://127.0.0.1:8080";
const RPC_URL = process.env.RPC_URL ?? "ws://127.0.0.1:9944";
const RPC_HTTP = RPC_URL.replace(/^ws(s?):/, "http$1:");
const RESULTS = process.env.RESULTS ?? join(dirname(fileURLToPath(import.meta.url)), "..", "test-results");
const DESKTOP = { viewport: { width: 1280, height: 900 } };
/** How long a transaction may take to be final (a few 6 s blocks, through the light client). */
const FINAL = 180_000;

/** The back office's product (within alice's GS1 prefix 8012345; the demo registers only …0012). */
const GTIN = "08012345000050";
const RESOLVER = "https://id.trace.example";
const link = (serial) => `${RESOLVER}/01/${GTIN}/21/${serial}`;
const path = (serial) => `/01/${GTIN}/21/${serial}`;

const { officerCommitmentWithSalt } = await importSource("merchant/officer.ts");
const gs1 = await importSource("gs1.ts");

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

/** The stored `Traceability::Products(gtin)`, as SCALE hex, or null. */
async function productRecord(gtin) {
  const text = new TextEncoder();
  const key = [Twox128(text.encode("Traceability")), Twox128(text.encode("Products")), Blake2128Concat(text.encode(gtin))];
  return rpc("state_getStorage", [gs1.toHex(Uint8Array.from(key.flatMap((part) => [...part])))]);
}

const text = async (page, selector) => (await page.textContent(selector))?.replace(/\s+/g, " ").trim() ?? "";
/** Waits until the progress line `selector` has ended (ok or error) and returns how. */
async function outcome(page, selector) {
  await page.waitForSelector(`${selector}[data-state="ok"], ${selector}[data-state="error"]`, { timeout: FINAL });
  return { state: await page.getAttribute(selector, "data-state"), text: await text(page, selector) };
}
async function screenshot(page, name) {
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
}

let browser;
let context;
let page;
let accounts;
const errors = [];

before(async () => {
  await mkdir(RESULTS, { recursive: true });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  context = await browser.newContext({ ...DESKTOP, locale: "en-US", acceptDownloads: true });
  ({ addresses: accounts } = await injectExtension(context, { Alice: "//Alice", Bob: "//Bob" }));
  // A fake camera (a canvas's stream) and a decoder that reads what the test shows it, as the
  // consumer's page tests do (scanner.ts's hooks).
  await context.addInitScript(() => {
    window.__traceScanner = {
      getUserMedia: async () => {
        const canvas = document.createElement("canvas");
        canvas.getContext("2d").fillRect(0, 0, canvas.width, canvas.height);
        return canvas.captureStream(5);
      },
      decoder: { detect: async () => window.__qrTexts ?? [] },
    };
  });
  page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
});

after(async () => {
  await browser?.close();
});

describe("the merchant back office, signing with a test extension (//Alice, //Bob)", () => {
  test("connects through the light client and signs as alice, an admitted merchant", async () => {
    await page.goto(`${WEB_URL}/merchant`);
    await page.waitForSelector('#connection[data-state="ok"], #connection[data-state="error"]', { timeout: FINAL });
    assert.equal(await page.getAttribute("#connection", "data-state"), "ok", await text(page, "#connection"));
    assert.equal(await page.evaluate(() => window.__office.mode), "light");
    assert.match(await text(page, "#connection"), /Verified in this page/);
    await page.click("#connect-polkadot-js");
    await page.waitForFunction(() => document.querySelectorAll("#account-select option").length === 2);
    await page.selectOption("#account-select", accounts.Alice);
    await page.waitForFunction(() => /Pelletteria Milano/.test(document.querySelector("#account-participant")?.textContent ?? ""), null, { timeout: 60_000 });
    assert.equal(await page.evaluate(() => window.__office.account), accounts.Alice);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.deepEqual(await audit(page), [], "axe: no accessibility violation (en)");
    await screenshot(page, "merchant-connected");
  });

  test("registers a product: on the chain, alice's", async () => {
    assert.equal(await productRecord(GTIN), null, "a fresh chain has no such product");
    await page.fill("#product-gtin", GTIN);
    await page.fill("#product-name", "Borsa Navigli, back-office test tote");
    await page.fill("#product-category", "handbag");
    await page.fill("#product-country", "it");
    await page.setInputFiles("#product-sheet", { name: "sheet.txt", mimeType: "text/plain", buffer: Buffer.from("Borsa Navigli product sheet") });
    await page.click("#product-submit");
    const done = await outcome(page, "#product-status");
    assert.equal(done.state, "ok", done.text);
    assert.match(done.text, new RegExp(`Product ${GTIN} registered: final in block #\\d+`));
    const record = await productRecord(GTIN);
    assert.ok(record, "the product is stored");
    // `Product`: the merchant's account first.
    assert.equal(record.slice(0, 66), gs1.toHex((await importSource("claim.ts")).parseAccount(accounts.Alice)));
    await page.waitForSelector(`#product-list li[data-gtin="${GTIN}"]`, { timeout: 60_000 });
    assert.match(await text(page, `#product-list li[data-gtin="${GTIN}"]`), /Borsa Navigli.*Italy/);
  });

  test("bulk-issues three codes from a CSV file, with progress; the claim secrets are saved before signing", async () => {
    await page.selectOption("#issue-product", GTIN);
    await page.fill("#issue-place", "Pelletteria Milano, Via della Spiga 4, Milan");
    await page.fill("#issue-lat", "45.4685");
    await page.fill("#issue-lon", "9.1953");
    await page.fill("#issue-officer", "Giulia Rossi");
    await page.check("#issue-mode-csv");
    const csv = "serial,lot,claim_key\nBO-0001,L1,generate\nBO-0002,L1,\nBO-0003,,generate\n";
    await page.setInputFiles("#issue-file", { name: "codes.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.waitForSelector('#issue-preview[data-state="ok"]');
    assert.match(await text(page, "#issue-preview"), /3 code\(s\), in 1 transaction\(s\) of at most 500/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#issue-submit")]);
    const secrets = (await readFile(await download.path(), "utf8")).trim().split("\n").map((line) => line.split(","));
    assert.deepEqual(secrets[0], ["gtin", "serial", "lot", "digital_link", "claim_secret", "claim_public"]);
    assert.deepEqual(secrets.slice(1).map((row) => row[1]), ["BO-0001", "BO-0003"], "a secret for each generated key");
    const done = await outcome(page, "#issue-status");
    assert.equal(done.state, "ok", `${done.text} ${await text(page, "#issue-results")}`);
    assert.match(done.text, /Issued 3 code\(s\): final/);
    assert.deepEqual(await page.$eval("#issue-progress", (bar) => [bar.value, bar.max]), [3, 3]);
    assert.match(await text(page, "#issue-results"), /Rows 1–3: final in block #\d+/);

    // On the chain: each code alice's, active, with the claim key of its secret and the
    // commitment the page showed, which is the officer's under the salt it showed.
    const [, commitment, salt] = (await text(page, "#issue-officer-record")).match(/(0x[0-9a-f]{64}) \(salt (0x[0-9a-f]{32})/);
    assert.equal(gs1.toHex(officerCommitmentWithSalt("Giulia Rossi", gs1.fromHex(salt))), commitment);
    const { claimKeyFromSecret } = await importSource("claim.ts");
    for (const [serial, lot] of [["BO-0001", "L1"], ["BO-0002", "L1"], ["BO-0003", null]]) {
      const report = await rpc("trace_report", [path(serial)]);
      assert.ok(report, `${serial} is on the chain`);
      assert.equal(report.status, "active");
      assert.equal(report.issuer, accounts.Alice);
      assert.equal(report.custodian, accounts.Alice);
      assert.equal(report.lot, lot);
      assert.equal(report.purchase.officerCommitment, commitment);
      assert.equal(report.purchase.location.description, "Pelletteria Milano, Via della Spiga 4, Milan");
      assert.deepEqual(report.purchase.location.coordinates, { latitude: 45.4685, longitude: 9.1953 });
      const secret = secrets.find((row) => row[1] === serial);
      if (secret) {
        const expected = lot ? `${RESOLVER}/01/${GTIN}/10/${lot}/21/${serial}` : link(serial);
        assert.equal(secret[3], expected, "the secrets file names the code by its Digital Link, with its lot");
        assert.equal(report.claimKey, secret[5]);
        assert.equal(gs1.toHex(claimKeyFromSecret(secret[4]).publicKey), secret[5], "the secret is the claim key's");
      } else {
        assert.equal(report.claimKey, null);
      }
    }
    await page.waitForSelector('#codes-table tr[data-serial="BO-0003"]', { timeout: 60_000 });
    assert.match(await text(page, '#codes-table tr[data-serial="BO-0001"]'), /BO-0001.*active/);
    await screenshot(page, "merchant-issued");
  });

  test("a duplicate serial is refused with the pallet's error, in Chinese; the chain keeps the first code", async () => {
    const before = await rpc("trace_report", [path("BO-0001")]);
    await page.click('.lang-switch [data-lang="zh-CN"]');
    assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
    assert.equal(await text(page, "#issue-heading"), "发放追溯码");
    await page.check("#issue-mode-one");
    await page.fill("#issue-serial", "BO-0001");
    await page.selectOption("#issue-claim", "none");
    await page.click("#issue-submit");
    const done = await outcome(page, "#issue-status");
    assert.equal(done.state, "error", done.text);
    const results = await text(page, "#issue-results");
    assert.match(results, /第 1–1 行：未发放。链拒绝了此操作（Traceability::SerialAlreadyIssued）：此 GTIN 与序列号的追溯码以前已经发放过/, results);
    assert.match(done.text, /已发放 0 \/ 1 个追溯码/);
    const after = await rpc("trace_report", [path("BO-0001")]);
    assert.deepEqual(after.events, before.events, "the chain kept BO-0001 as it was");
    assert.equal(after.purchase.officerCommitment, before.purchase.officerCommitment);
    assert.deepEqual(await audit(page), [], "axe: no accessibility violation (zh-CN)");
    await screenshot(page, "merchant-refused-zh-CN");
    await page.click('.lang-switch [data-lang="en"]');
    assert.equal(await page.getAttribute("html", "lang"), "en");
  });

  test("alice proposes a handover of BO-0002 to bob, its QR code read with the camera", async () => {
    await page.click("#handover-scan-button");
    await page.waitForSelector('#handover-scan[data-scan-state="open"]');
    await page.evaluate((url) => (window.__qrTexts = [url]), link("BO-0002"));
    await page.waitForFunction((expected) => document.querySelector("#handover-code")?.value === expected, path("BO-0002"));
    await page.waitForFunction(() => /active, held by Pelletteria Milano/.test(document.querySelector("#handover-state")?.textContent ?? ""), null, { timeout: 60_000 });
    await page.fill("#handover-to", accounts.Bob);
    await page.fill("#handover-place", "Milan atelier, dispatch");
    await page.click("#handover-propose");
    const done = await outcome(page, "#handover-status");
    assert.equal(done.state, "ok", done.text);
    assert.match(done.text, /Handover proposed: final in block #\d+/);
    const report = await rpc("trace_report", [path("BO-0002")]);
    assert.equal(report.status, "in_transit");
    assert.equal(report.pendingHandoverTo, accounts.Bob);
    assert.equal(report.events.at(-1).bizStep, "shipping");
    assert.equal(report.events.at(-1).location.description, "Milan atelier, dispatch");
  });

  test("bob sees the handover offered to him and accepts it", async () => {
    await page.selectOption("#account-select", accounts.Bob);
    await page.waitForFunction(() => /Alpi Freight/.test(document.querySelector("#account-participant")?.textContent ?? ""), null, { timeout: 60_000 });
    const row = '#codes-table tr[data-serial="BO-0002"][data-offered="true"]';
    await page.waitForSelector(row, { timeout: 60_000 });
    assert.match(await text(page, row), /in transit.*proposed to Alpi Freight/);
    await page.click(`${row} button`);
    assert.equal(await page.inputValue("#handover-code"), (await rpc("trace_report", [path("BO-0002")])).code);
    await page.fill("#handover-place", "Malpensa cargo city");
    await page.click("#handover-accept");
    const done = await outcome(page, "#handover-status");
    assert.equal(done.state, "ok", done.text);
    assert.match(done.text, /Handover accepted: final in block #\d+/);
    const report = await rpc("trace_report", [path("BO-0002")]);
    assert.equal(report.status, "active");
    assert.equal(report.custodian, accounts.Bob);
    assert.equal(report.pendingHandoverTo, null);
    assert.deepEqual(report.events.map((event) => event.bizStep), ["commissioning", "shipping", "receiving"]);
    await page.waitForSelector('#codes-table tr[data-serial="BO-0002"]:not([data-offered])', { timeout: 60_000 });
    await screenshot(page, "merchant-handover-accepted");
    assert.deepEqual(errors, [], "no uncaught error on the back office");
  });

  test("the consumer's page loads none of the back office's code", async () => {
    const consumer = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const item = await consumer.newPage();
    const scripts = [];
    item.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await item.goto(WEB_URL + path("BO-0002"));
    await item.waitForFunction(() => window.__trace?.verdict, null, { timeout: FINAL });
    assert.equal(await item.getAttribute("#verdict", "data-verdict"), "genuine");
    const office = await page.evaluate(() => [...document.scripts].map((script) => new URL(script.src, location.href).pathname));
    const officeEntry = office.find((src) => /\/assets\/merchant-[^/]+\.js$/.test(src));
    assert.ok(officeEntry, `the back office's entry among ${office}`);
    assert.ok(scripts.length > 0, "the consumer's page loads scripts");
    assert.deepEqual(scripts.filter((src) => src === officeEntry || /merchant/.test(src)), [], `the consumer's page loaded ${scripts}`);
    await consumer.close();
  });
});

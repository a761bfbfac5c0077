// Browser tests of the merchant back office that need no chain: the production build's /merchant,
// served by web/scripts/render-test.sh (RENDER_URL), with a config.json that names no chain, so
// that the page says it cannot reach one. With the test extension of test/injected-signer.mjs
// (the injected API every Polkadot wallet implements), and without any: what the page says in
// English and in Chinese, a CSV file's problems named by row, line and column before anything
// is signed, the accessibility audit in both languages at a desktop and a phone's size, and
// that the consumer's page loads none of the back office's scripts.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { audit } from "./axe.mjs";
import { injectExtension } from "./injected-signer.mjs";

const RENDER_URL = process.env.RENDER_URL ?? "http://127.0.0.1:8081";
const SIZES = { desktop: { viewport: { width: 1280, height: 900 } }, phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } };

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
});
after(async () => {
  await browser?.close();
});

const text = async (page, selector) => (await page.textContent(selector))?.replace(/\s+/g, " ").trim() ?? "";

/** The back office in a fresh context (`locale`, `size`), with the test extension unless `extension` is false. */
async function open({ locale = "en-US", size = "desktop", extension = true } = {}) {
  const context = await browser.newContext({ ...SIZES[size], locale });
  const injected = extension ? await injectExtension(context, { Alice: "//Alice", Bob: "//Bob" }) : undefined;
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // No chain: no chain spec and no node.
  await page.route("**/config.json", (route) => route.fulfill({ json: { resolver: "https://id.trace.example" } }));
  await page.goto(`${RENDER_URL}/merchant`);
  await page.waitForSelector('#connection[data-state="error"]', { timeout: 30_000 });
  return { context, page, errors, addresses: injected?.addresses };
}

describe("the back office without a chain", () => {
  for (const [locale, words] of [
    ["en-US", { lang: "en", title: "Merchant back office", noChain: /Cannot reach the chain: The light client could not start/, connected: /polkadot-js offers 2 account\(s\)/ }],
    ["zh-CN", { lang: "zh-CN", title: "商家后台", noChain: /无法连接区块链/, connected: /polkadot-js 提供了 2 个账户/ }],
  ]) {
    test(`in ${locale}: says it cannot reach the chain, lists the extension's accounts, and passes the audit`, async () => {
      const { context, page, errors, addresses } = await open({ locale });
      assert.equal(await page.getAttribute("html", "lang"), words.lang);
      assert.equal(await text(page, "#office-title"), words.title);
      assert.match(await text(page, "#connection-status"), words.noChain);
      await page.click("#connect-polkadot-js");
      await page.waitForFunction(() => document.querySelectorAll("#account-select option").length === 2);
      assert.match(await text(page, "#account-status"), words.connected);
      assert.deepEqual(await page.$$eval("#account-select option", (options) => options.map((option) => option.value)), [addresses.Alice, addresses.Bob]);
      // A call before the chain is there: said so, nothing signed.
      await page.click("#product-submit");
      await page.waitForSelector('#product-status[data-state="error"]');
      assert.deepEqual(await audit(page), [], `axe: no accessibility violation (${locale})`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test("without an extension, it says how to get one; at a phone's size too, accessible", async () => {
    const { context, page } = await open({ extension: false, size: "phone" });
    await page.waitForSelector('#account-status[data-state="error"]', { timeout: 10_000 });
    assert.match(await text(page, "#account-status"), /No browser extension found\. Install the polkadot\.js extension, Talisman or SubWallet/);
    assert.deepEqual(await audit(page), [], "axe: no accessibility violation (phone)");
    await context.close();
  });

  test("a CSV file's problems are named by row, line, column and value before anything is signed, in the page's language", async () => {
    const { context, page } = await open();
    await page.check("#issue-mode-csv");
    assert.equal(await page.isVisible("#issue-serial"), false, "the one-code fields are hidden");
    // No chain, so no product to choose: every row names its GTIN.
    const cases = [
      ["serial\nA\n", "the first line must name a `gtin` column (columns: gtin, serial, lot, claim_key)"],
      ["gtin,serial,lot\n09506000134352,ok,L1\n09506000134352,A B,L1\n", "row 2 (line 3), column `serial`, value `A B`: serial number has a character outside GS1 character set 82 at position 1"],
      ["gtin,serial\n09506000134353,1\n", "row 1 (line 2), column `gtin`, value `09506000134353`: GTIN check digit is 3, expected 2"],
      ["gtin,serial,colour\n", "unknown column `colour` (columns: gtin, serial, lot, claim_key)"],
      ["gtin,serial\n09506000134352,A\n09506000134352,A\n", "row 2 (line 3): serial `A` of GTIN 09506000134352 is already on row 1"],
      ["gtin,serial\n09506000134352,A,extra\n", "not a readable CSV file: line 2 has 3 field(s), but the first line has 2"],
    ];
    for (const [csv, expected] of cases) {
      await page.setInputFiles("#issue-file", { name: "codes.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.waitForFunction((expected) => document.querySelector("#issue-preview")?.textContent === expected, expected, { timeout: 5_000 }).catch(() => {});
      assert.equal(await text(page, "#issue-preview"), expected, csv);
      assert.equal(await page.getAttribute("#issue-preview", "data-state"), "error");
    }
    await page.click('.lang-switch [data-lang="zh-CN"]');
    assert.equal(await text(page, "#issue-preview"), "不是可读的 CSV 文件：第 2 行有 3 个字段，但第一行有 2 个", "said again in Chinese");
    assert.equal(await text(page, "#issue-heading"), "发放追溯码");
    await context.close();
  });

  test("the consumer's page loads none of the back office's scripts", async () => {
    const office = await open();
    const officeScripts = await office.page.evaluate(() => [...document.scripts].map((script) => new URL(script.src, location.href).pathname));
    const entry = officeScripts.find((src) => /\/assets\/merchant-[^/]+\.js$/.test(src));
    assert.ok(entry, `the back office's entry among ${officeScripts}`);
    await office.context.close();

    const context = await browser.newContext(SIZES.phone);
    const page = await context.newPage();
    const scripts = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.route("**/config.json", (route) => route.fulfill({ json: {} }));
    await page.goto(`${RENDER_URL}/01/08012345000013/21/HB-0001`);
    await page.waitForFunction(() => window.__trace?.verdict);
    assert.ok(scripts.length > 0);
    assert.deepEqual(scripts.filter((src) => src === entry || /merchant/.test(src)), [], `the consumer's page loaded ${scripts}`);
    await context.close();
  });
});

// Rendering tests of the consumer's page, without a chain: headless Chromium (playwright-core)
// opens the test-only page test/render.html (built by `vite build --mode render-test`), which
// renders a report given as JSON with the page's own model and view code (src/render-harness.ts,
// the same `pageCards` main.ts uses). The reports are synthetic and hostile: every u64 time, the
// longest strings the runtime allows in every field, control and bidi characters, right-to-left
// text, emoji, a full history and the most certifications, the trusted mode, the Flagged verdict,
// lifted recalls, and verdict variants the page does not know. Each must show the verdict card,
// right, with no page error.
//
// In both languages: every verdict renders in Simplified Chinese and in English (the browser's
// locale chooses; the header's switch changes it, keeps it and keeps the verdict's live region),
// with a screenshot of each at phone size, and passes the accessibility audit (axe-core, zero
// violations) at phone size and on a desktop; so do the production page's own views that need
// no chain (the home page, a malformed link, a refused configuration).
//
// "Scan another" on the production page, with a fake camera (a canvas's stream) and a fake QR
// decoder put in `window.__traceScanner`, and a fake node (a WebSocket routed to this process,
// answering the trusted RPC): a trace code opens its item in the page through the source already
// open, a QR code that is none says why, a camera not allowed or not there is said so, and
// closing stops every track; a real QR code in front of the fake camera is read by zxing-wasm,
// loaded only then. And a saved light-client database that is garbage never breaks the page.
//
// Run by web/scripts/render-test.sh (builds, serves on a free 127.0.0.1 port, sets RENDER_URL):
//   RENDER_URL  the server of dist-render-test/, e.g. http://127.0.0.1:41234
//   CHROMIUM    the browser (default /usr/bin/chromium)
//   RESULTS     where screenshots go (default web/test-results/render)

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { audit } from "./axe.mjs";
import { importSource } from "./ts-load.mjs";

const RENDER_URL = process.env.RENDER_URL ?? "http://127.0.0.1:8081";
const RESULTS = process.env.RESULTS ?? join(dirname(fileURLToPath(import.meta.url)), "..", "test-results", "render");
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

// ---- values the chain can hold ----

const U64_MAX = "18446744073709551615";
const big = (value) => ({ $bigint: String(value) });
const bytes = (text) => ({ $text: text });
/** The runtime's StringLimit. */
const STRING_LIMIT = 128;
const utf8Length = (text) => new TextEncoder().encode(text).length;
/** `text` repeated and cut (at a code point) to at most `limit` UTF-8 bytes. */
const fill = (text, limit = STRING_LIMIT) => {
  let out = "";
  for (const char of text.repeat(limit)) {
    if (utf8Length(out + char) > limit) break;
    out += char;
  }
  return out;
};

/** Characters the page must neutralise (C0, C1, bidi controls, separators). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = {
  ascii: "W".repeat(STRING_LIMIT),
  rtl: fill("שלום עולם مرحبا بالعالم "),
  emoji: fill("🧪👨‍👩‍👧‍👦🏳️‍🌈"),
  // A right-to-left override that would print "Genuine ✓" backwards over what follows, isolates,
  // marks, escapes, NUL, BEL, ESC, NEL, CSI and a line separator.
  controls: fill("\u202eeniuneG ✓\u202c\u2066x\u2069\u200f\u061c\u0000\u0007\u001b[31m\u0085\u009b\u2028\u202d"),
  zalgo: fill("e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a"),
};
const STRINGS = Object.values(HOSTILE);
const pick = (i) => STRINGS[i % STRINGS.length];
for (const text of STRINGS) assert.ok(utf8Length(text) <= STRING_LIMIT && utf8Length(text) > STRING_LIMIT - 8);

const SERIAL = "!\"%&'()*+,-./:;<=>?_"; // 20 characters, every symbol of GS1 set 82
const LOT = "Z9".repeat(10);
const GTIN = "08012345000012";
const ALICE = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
const BOB = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";
const CHARLIE = "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y";
const CODE = "0x" + "ab".repeat(32);
const DIGEST = "0x" + "cd".repeat(32);
const hex = (text) => "0x" + Buffer.from(text).toString("hex");
const NAMES = { [ALICE]: HOSTILE.controls, [BOB]: HOSTILE.rtl, [CHARLIE]: HOSTILE.emoji };

const STEPS = ["Commissioning", "Shipping", "Receiving", "Inspecting", "Packing", "Unpacking", "RetailSelling"];
const DISPOSITIONS = ["Active", "InTransit", "InProgress", "Conformant", "NonConformant"];

/** A trace report as polkadot-api decodes `TraceabilityApi_trace_report`, every time `t(i)`. */
function runtimeReport({ verdict = { type: "Genuine" }, t = () => big(1_780_000_000_000), events = 3, certs = 2, strings = pick, lifted } = {}) {
  const place = (i) => ({
    gln: hex("4012345000009"),
    coordinates: { latitude: 45_464_211, longitude: 9_191_383 },
    description: bytes(strings(i)),
  });
  const report = {
    code: CODE,
    record: {
      gtin: hex(GTIN),
      serial: bytes(SERIAL),
      lot: bytes(LOT),
      status: { type: "Sold" },
      merchant: ALICE,
      purchase_location: place(0),
      purchased_at: t(0),
      issued_at: t(1),
      claim_key: "0x" + "11".repeat(32),
      children: 0,
    },
    product: {
      name: bytes(strings(1)),
      category: bytes(strings(2)),
      origin: bytes(strings(3)),
      merchant: ALICE,
      sheet_digest: DIGEST,
    },
    custodian: BOB,
    containers: [],
    events: Array.from({ length: events }, (_, i) => ({
      step: { type: STEPS[i % STEPS.length] },
      disposition: { type: DISPOSITIONS[i % DISPOSITIONS.length] },
      actor: [ALICE, BOB, CHARLIE][i % 3],
      block: 4_294_967_295 - i,
      at: t(i + 2),
      declared_at: t(i + 3),
      location: place(i),
      counterparty: [BOB, CHARLIE, ALICE][i % 3],
      document: DIGEST,
      reason: bytes(strings(i + 4)),
    })),
    certifications: Array.from({ length: certs }, (_, i) => ({
      subject: i % 2 ? { type: "Product", value: hex(GTIN) } : { type: "Code", value: CODE },
      certifier: [CHARLIE, ALICE, BOB][i % 3],
      certification: { digest: DIGEST, issued_at: t(i + 5), expires_at: t(i + 6) },
      status: { type: ["Valid", "Expired", "Revoked"][i % 3] },
    })),
    now: t(7),
    verdict,
    // The runtime's claim decision: none, so a claim would succeed (polkadot-api decodes
    // `None` as `undefined`, the key present).
    claim_refusal: undefined,
  };
  if (lifted) report.lifted_recalls = lifted;
  return report;
}

/** The same report as the node's `trace_report` JSON-RPC writes it. */
function rpcReport({ verdict = "genuine", extra = {}, t = () => 1_780_000_000_000, events = 3, certs = 2 } = {}) {
  return {
    code: CODE,
    verdict,
    ...extra,
    gtin: GTIN,
    serial: SERIAL,
    lot: LOT,
    status: "sold",
    issuer: ALICE,
    custodian: BOB,
    containers: [],
    purchase: { location: { gln: null, coordinates: null, description: HOSTILE.rtl }, at: t(0) },
    issuedAt: t(1),
    claimable: true,
    product: { name: HOSTILE.controls, category: HOSTILE.emoji, origin: HOSTILE.zalgo, merchant: ALICE, sheetDigest: DIGEST },
    events: Array.from({ length: events }, (_, i) => ({
      bizStep: ["commissioning", "shipping", "inspecting"][i % 3],
      disposition: ["active", "in_transit", "non_conformant"][i % 3],
      actor: BOB,
      block: i + 1,
      at: t(i + 2),
      declaredAt: t(i + 3),
      location: { gln: "4012345000009", coordinates: { latitude: -33.9, longitude: 151.2 }, description: pick(i) },
      counterparty: CHARLIE,
      reason: pick(i + 1),
    })),
    certifications: Array.from({ length: certs }, (_, i) => ({
      subject: i % 2 ? { product: GTIN } : { code: CODE },
      certifier: CHARLIE,
      digest: DIGEST,
      issuedAt: t(i + 4),
      expiresAt: t(i + 5),
      status: "valid",
    })),
  };
}

// ---- the browser ----

let browser;
let context;
/** A browser context per language and screen: `contexts["zh-CN"].phone`. */
const contexts = {};
/** A fresh browser context (its own storage) with the browser's language `locale`. */
const newContext = (locale, screen = PHONE) => browser.newContext({ ...screen, locale, timezoneId: "UTC" });

before(async () => {
  await mkdir(RESULTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  context = await newContext("en-US");
  contexts.en = { phone: context, desktop: await newContext("en-US", DESKTOP) };
  contexts["zh-CN"] = { phone: await newContext("zh-CN"), desktop: await newContext("zh-CN", DESKTOP) };
});

after(async () => {
  for (const { desktop } of Object.values(contexts)) await desktop?.close();
  await contexts["zh-CN"]?.phone?.close();
  await context?.close();
  await browser?.close();
});

/**
 * Renders `input` in a fresh test page and returns the page and what the verdict card shows.
 * Fails on any uncaught error, failed card or console error, and when the verdict card is missing.
 */
async function render(input, shot, on = context) {
  const page = await on.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${RENDER_URL}/test/render.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  const result = await page.evaluate((input) => window.__harness.render(input), input);
  assert.deepEqual(errors, [], "no error in the page");
  assert.ok(await page.isVisible("#verdict"), "the verdict card is shown");
  assert.equal(await page.$$eval(".card-failed", (cards) => cards.length), 0, "every card was built");
  const verdict = await page.$eval("#verdict", (card) => ({
    verdict: card.dataset.verdict,
    tone: card.dataset.tone,
    verified: card.dataset.verified,
    className: card.className,
    icon: card.querySelector(".verdict-icon")?.textContent ?? "",
    title: card.querySelector(".verdict-title")?.textContent ?? "",
    text: card.textContent.replace(/\s+/g, " ").trim(),
  }));
  assert.equal(verdict.verdict, result.verdict);
  if (shot) await page.screenshot({ path: join(RESULTS, `render-${shot}.png`) }); // the first screen
  return { page, verdict, title: result.title };
}

/** Layout and text checks every hostile page must pass. */
async function assertContained(page) {
  const layout = await page.evaluate(() => {
    const card = document.getElementById("verdict");
    const title = card.querySelector(".verdict-title");
    const box = title.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + Math.min(box.width, 40) / 2, box.top + box.height / 2);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
      titleOnTop: card.contains(hit),
      titleVisible: box.top >= 0 && box.bottom <= innerHeight && box.width > 0,
      text: document.getElementById("app").textContent + document.title,
      attributes: [...document.querySelectorAll("#app *")].flatMap((element) => [...element.attributes].map((a) => a.value)).join(" "),
    };
  });
  assert.ok(layout.scrollWidth <= layout.width, `no horizontal overflow (${layout.scrollWidth} > ${layout.width})`);
  assert.ok(layout.titleVisible, "the verdict title is on the first screen");
  assert.ok(layout.titleOnTop, "nothing covers the verdict title");
  for (const [where, value] of [["text", layout.text], ["attributes", layout.attributes]]) {
    const unsafe = UNSAFE.exec(value);
    assert.ok(
      !unsafe,
      unsafe &&
        `a control or bidi character, U+${unsafe[0].codePointAt(0).toString(16).padStart(4, "0")}, in the page's ${where}: ` +
          JSON.stringify(value.slice(Math.max(0, unsafe.index - 40), unsafe.index + 40)),
    );
  }
}

const text = async (page, selector) => ((await page.textContent(selector)) ?? "").replace(/\s+/g, " ").trim();

// ---- the tests ----

describe("every u64 time", () => {
  test("u64::MAX everywhere (a hostile certifier's expiry, a claim time, the history) renders, as far future", async () => {
    const { page, verdict } = await render(
      {
        source: "runtime",
        report: runtimeReport({ verdict: { type: "Claimed", value: { at: big(U64_MAX) } }, t: () => big(U64_MAX), certs: 3 }),
        names: NAMES,
      },
      "u64-max",
    );
    assert.equal(verdict.verdict, "claimed_already");
    assert.equal(verdict.title, "Claimed already");
    assert.match(verdict.text, /on far future \(raw time 18446744073709551615 ms\)/);
    assert.match(await text(page, "#certifications"), /until far future \(raw time 18446744073709551615 ms\)/);
    assert.match(await text(page, "#journey"), /far future/);
    assert.equal(await page.$$eval("time[datetime]", (times) => times.length), 0, "no datetime for a non-date");
    await assertContained(page);
    await page.close();
  });

  test("0, the last Date, one past it, 2^53 - 1, 2^53 and u64::MAX, in every field", async () => {
    const times = [0, 8.64e15, 8.64e15 + 1, Number.MAX_SAFE_INTEGER, "9007199254740992", U64_MAX];
    const { page, verdict } = await render({
      source: "runtime",
      report: runtimeReport({ t: (i) => big(times[i % times.length]), events: 12, certs: 6 }),
      names: NAMES,
    });
    assert.equal(verdict.verdict, "genuine");
    assert.equal(verdict.title, "Genuine");
    const all = await text(page, "main");
    assert.match(all, /Jan 1, 1970/);
    assert.match(all, /275760/, "the last date JS can hold");
    assert.match(all, /far future \(raw time 8640000000000001 ms\)/);
    assert.match(all, /far future \(raw time 9007199254740992 ms\)/, "exact beyond 2^53");
    assert.match(all, /far future \(raw time 18446744073709551615 ms\)/);
    assert.match(await text(page, "#certifications"), /until Jan 1, 1970|until .*275760/, "an expiry of 0 is shown");
    await page.close();
  });

  test("the trusted RPC's JSON numbers, huge and odd, render too", async () => {
    const times = [0, 1.8446744073709552e19, -1, 8.64e15 + 1, null, "x"];
    const { page, verdict } = await render({
      source: "rpc",
      mode: "rpc",
      report: rpcReport({ verdict: "claimed_already", extra: { claimedAt: 1.8446744073709552e19 }, t: (i) => times[i % times.length], events: 6, certs: 6 }),
    });
    assert.equal(verdict.verdict, "claimed_already");
    assert.match(await text(page, "main"), /far future/);
    await page.close();
  });
});

describe("the longest, strangest strings in every field", () => {
  test("128-byte RTL, emoji, controls, bidi overrides and combining marks; 256 events; 32 certifications", async () => {
    const { page, verdict, title } = await render(
      {
        source: "runtime",
        report: runtimeReport({ events: 256, certs: 32 }),
        names: NAMES,
        resolver: "https://id.trace.example",
      },
      "hostile-strings",
    );
    assert.equal(verdict.verdict, "genuine");
    assert.equal(verdict.title, "Genuine");
    assert.equal(verdict.icon, "✓");
    assert.match(verdict.text, /^✓ ?Genuine ?Issued by .* and in good standing\. Nobody has claimed it yet/);
    assert.ok(title.startsWith("Genuine"));
    assert.equal(await page.$$eval("#journey li.event", (items) => items.length), 256);
    assert.equal(await page.$$eval("#certifications li.cert", (items) => items.length), 32);
    assert.ok(await page.isVisible("#claim"), "a genuine, claimable item offers the claim");
    await assertContained(page);

    // Every chain string sits in its own <bdi>.
    assert.equal(await page.$$eval("#product h2 > bdi", (e) => e.length), 1, "product name isolated");
    assert.equal(await page.$$eval(".event-reason bdi", (e) => e.length), 256, "each reason isolated");
    assert.equal(await page.$$eval(".event-place bdi", (e) => e.length), 256, "each place isolated");
    assert.equal(await page.$$eval("#product dd", (dds) => dds.filter((dd) => !dd.querySelector("bdi")).length), 0);
    assert.ok((await page.$$eval("#verdict bdi.who", (e) => e.length)) >= 1, "the issuer's name isolated");
    // The override is neutralised: the name shows as typed, with U+FFFD where controls were.
    const name = await page.textContent("#verdict bdi.who");
    assert.ok(name.startsWith("\ufffdeniuneG ✓\ufffd\ufffdx\ufffd"), JSON.stringify(name));
    const rtl = await page.$eval("#product h2 bdi", (e) => getComputedStyle(e).unicodeBidi);
    assert.equal(rtl, "isolate");
    await page.close();
  });

  test("the same through the trusted RPC's JSON", async () => {
    const { page, verdict } = await render({ source: "rpc", mode: "rpc", report: rpcReport({ events: 256, certs: 32 }) });
    assert.equal(verdict.verdict, "genuine");
    assert.equal(await page.$$eval("#journey li.event", (items) => items.length), 256);
    await assertContained(page);
    await page.close();
  });

  test("destroyed, recalled (lot), withdrawn and unknown verdicts with hostile reasons", async () => {
    const destroyed = runtimeReport({ verdict: { type: "Destroyed" }, strings: () => HOSTILE.controls });
    destroyed.events.push({ ...destroyed.events[0], step: { type: "Destroying" }, reason: bytes(HOSTILE.controls) });
    const recalled = runtimeReport({ verdict: { type: "Recalled" } });
    recalled.record.lot = bytes(HOSTILE.controls.slice(0, 20));
    recalled.lot_recall = { reason: bytes(HOSTILE.rtl), at: big(U64_MAX) };
    recalled.product.recall = { reason: bytes(HOSTILE.emoji), at: big(0) };
    for (const [report, expected, title] of [
      [destroyed, "destroyed", "Destroyed"],
      [recalled, "recalled", "Recalled"],
      [runtimeReport({ verdict: { type: "Decommissioned" } }), "decommissioned", "Withdrawn"],
      [null, "unknown", "Unknown"],
    ]) {
      const { page, verdict } = await render({ source: "runtime", report, names: NAMES });
      assert.equal(verdict.verdict, expected);
      assert.equal(verdict.title, title);
      assert.equal(await page.$("#claim"), null, `no claim form when ${expected}`);
      await assertContained(page);
      await page.close();
    }
  });
});

describe("trusted mode: no verdict looks verified", () => {
  const NOT_VERIFIED =
    "Not verified: this answer comes from one server, which was trusted, not checked against the chain's finality proofs.";

  test("through the light client, a genuine item is green with a check", async () => {
    const { page, verdict } = await render({ source: "runtime", report: runtimeReport(), names: NAMES });
    assert.equal(verdict.tone, "good");
    assert.equal(verdict.verified, "true");
    assert.equal(verdict.icon, "✓");
    assert.equal(await page.getAttribute("#trust", "data-mode"), "light");
    await page.close();
  });

  test("through the trusted RPC, every verdict is a neutral card that says what was not checked", async () => {
    const cases = [
      [{ verdict: "genuine" }, "Genuine"],
      [{ verdict: "claimed_already", extra: { claimedAt: 1_780_000_000_000 }, claimedByYou: true }, "Claimed by you"],
      [{ verdict: "claimed_already", extra: { claimedAt: 1_780_000_000_000 } }, "Claimed already"],
      [{ verdict: "destroyed" }, "Destroyed"],
      [{ verdict: "recalled" }, "Recalled"],
      [{ verdict: "flagged", extra: { flags: { failedInspection: true, revokedCertification: false } } }, "Red flag"],
      [{ verdict: "unknown" }, "Unknown"],
    ];
    for (const [{ claimedByYou, ...options }, serverSays] of cases) {
      const report = rpcReport(options);
      if (claimedByYou) report.claim = { by: ALICE, at: 1_780_000_000_000, block: 9 };
      const { page, verdict, title } = await render(
        { source: "rpc", mode: "rpc", report, claimedByYou, fallbackReason: "no node served the chain within 30 s" },
        options.verdict === "genuine" ? "trusted-genuine" : undefined,
      );
      assert.equal(verdict.verdict, options.verdict, "data-verdict still tells what the server said");
      assert.equal(verdict.tone, "neutral");
      assert.match(verdict.className, /\btone-neutral\b/);
      assert.equal(verdict.verified, "false");
      assert.notEqual(verdict.icon, "✓");
      assert.ok(!verdict.text.includes("✓"), `no check mark in "${verdict.text}"`);
      assert.equal(verdict.title, "Not verified");
      assert.ok(verdict.text.includes(NOT_VERIFIED), verdict.text);
      assert.ok(verdict.text.includes(`The server says: ${serverSays}.`), verdict.text);
      assert.match(title, /^Not verified/);
      assert.equal(await page.$$eval(".tone-good, .tone-bad, .tone-warn", (e) => e.length), 0, "no verdict colour");
      assert.equal(await page.getAttribute("#trust", "data-mode"), "rpc");
      assert.match(await text(page, "#trust"), /Trusted mode: not verified/);
      await page.close();
    }
  });
});

describe("the Flagged verdict", () => {
  for (const [flags, expected] of [
    [{ failed_inspection: true, revoked_certification: false }, [/failed inspection/]],
    [{ failed_inspection: false, revoked_certification: true }, [/certification .* was revoked/]],
    [{ failed_inspection: true, revoked_certification: true }, [/failed inspection/, /certification .* was revoked/]],
  ]) {
    test(`Flagged ${JSON.stringify(flags)} is a warning naming each flag, never genuine`, async () => {
      const { page, verdict } = await render(
        { source: "runtime", report: runtimeReport({ verdict: { type: "Flagged", value: flags } }), names: NAMES },
        flags.failed_inspection && flags.revoked_certification ? "flagged" : undefined,
      );
      assert.equal(verdict.verdict, "flagged");
      assert.equal(verdict.tone, "warn");
      assert.equal(verdict.title, "Red flag");
      assert.notEqual(verdict.icon, "✓");
      assert.doesNotMatch(verdict.text, /Genuine/);
      for (const pattern of expected) assert.match(verdict.text, pattern);
      if (!flags.failed_inspection) assert.doesNotMatch(verdict.text, /failed inspection/);
      if (!flags.revoked_certification) assert.doesNotMatch(verdict.text, /revoked/);
      assert.equal(await page.getAttribute("#verdict", "data-failed-inspection") !== null, flags.failed_inspection);
      assert.equal(await page.getAttribute("#verdict", "data-revoked-certification") !== null, flags.revoked_certification);
      assert.equal(await page.$("#claim"), null, "no claim form for a flagged item");
      await page.close();
    });
  }

  test("flagged through the trusted RPC's JSON", async () => {
    const { page, verdict } = await render({
      source: "rpc",
      report: rpcReport({ verdict: "flagged", extra: { flags: { failedInspection: false, revokedCertification: true } } }),
    });
    assert.equal(verdict.verdict, "flagged");
    assert.match(verdict.text, /was revoked/);
    await page.close();
  });
});

describe("verdicts this page does not know", () => {
  for (const input of [
    { source: "runtime", report: runtimeReport({ verdict: { type: "Counterfeit", value: { evidence: bytes(HOSTILE.controls) } } }) },
    { source: "runtime", report: runtimeReport({ verdict: { type: "GenuineButOld" } }) },
    { source: "rpc", report: rpcReport({ verdict: "quarantined" }) },
    { source: "rpc", report: rpcReport({ verdict: { genuine: true } }) },
  ]) {
    test(`${input.source} ${JSON.stringify(input.report.verdict)} is a neutral "cannot interpret" card`, async () => {
      const { page, verdict } = await render({ ...input, names: NAMES });
      assert.equal(verdict.verdict, "uninterpretable");
      assert.equal(verdict.tone, "neutral");
      assert.equal(verdict.title, "Cannot interpret");
      assert.doesNotMatch(verdict.text, /✓/);
      assert.equal(await page.$("#claim"), null);
      await assertContained(page);
      await page.close();
    });
  }
});

describe("lifted recalls", () => {
  test("are shown as recorded facts", async () => {
    const lifted = [
      {
        lot: bytes(LOT),
        recall: { by: BOB, reason: bytes(HOSTILE.rtl), at: big(1_780_000_000_000) },
        lifted_at: big(1_790_000_000_000),
        reason: bytes(HOSTILE.controls),
      },
      { recall: { reason: bytes("dye retested: conformant"), at: big(0) }, lifted_at: big(U64_MAX), reason: bytes("") },
    ];
    const { page, verdict } = await render(
      { source: "runtime", report: runtimeReport({ lifted }), names: NAMES },
      "lifted-recalls",
    );
    assert.equal(verdict.verdict, "genuine");
    assert.equal(await page.$$eval("#recalls-lifted li", (items) => items.length), 2);
    const shown = await text(page, "#recalls-lifted");
    assert.match(shown, /Recall lifted on Sep 21, 2026/);
    assert.match(shown, /Lot Z9Z9.* of this product was recalled on .*2026 by /);
    assert.match(shown, /Recall lifted on far future/);
    assert.match(shown, /This product was recalled on Jan 1, 1970: “dye retested: conformant”/);
    await assertContained(page);
    await page.close();
  });

  test("an older runtime's report, without the field, renders without them", async () => {
    const report = runtimeReport();
    assert.equal("lifted_recalls" in report, false);
    const { page, verdict } = await render({ source: "runtime", report });
    assert.equal(verdict.verdict, "genuine");
    assert.equal(await page.$("#recalls-lifted"), null);
    await page.close();
  });

  test("through the trusted RPC's JSON", async () => {
    const report = rpcReport({
      extra: {
        liftedRecalls: [{ lot: null, recall: { by: null, reason: "azo dye", at: 0 }, liftedAt: 1_790_000_000_000, reason: "retested" }],
      },
    });
    const { page } = await render({ source: "rpc", report });
    assert.match(await text(page, "#recalls-lifted"), /Recall lifted on Sep 21, 2026.*This product was recalled on Jan 1, 1970: “azo dye”.*Lifted because: “retested”/);
    await page.close();
  });
});

// ---- both languages, and the accessibility audit ----

/** An audit with no violation, or the violations listed. */
async function assertAccessible(page, where) {
  const violations = await audit(page);
  assert.deepEqual(violations, [], `axe found ${violations.length} violation(s) on ${where}:\n  ${violations.join("\n  ")}`);
}

/** The page's own words that are not Chinese, with chain text (<bdi>) and other-language names (the switch) left out. */
const latinWords = (page) =>
  page.evaluate(() => {
    const root = document.body.cloneNode(true);
    for (const element of root.querySelectorAll("bdi, code, script, [lang]")) element.remove();
    return [...new Set(root.textContent.match(/\b[A-Za-z][A-Za-z'-]{2,}\b/g) ?? [])];
  });
/** Latin words a Chinese page rightly has: the brand, GS1's and the software's names. */
const LATIN_IN_CHINESE = new Set(["trace-chain", "GTIN", "GLN", "CBV", "smoldot", "HaLo", "Web", "NFC", "Chrome"]);

const baseReport = (options) => runtimeReport(options);

/** A claimed report whose claim this browser made (the harness is told so). */
function claimedByYouReport() {
  const report = runtimeReport({ verdict: { type: "Claimed", value: { at: big(1_780_000_000_000) } }, strings: readable });
  report.record.claim = { by: ALICE, at: big(1_780_000_000_000), block: 9 };
  report.record.status = { type: "Claimed" };
  return report;
}

/** Recorded data as a merchant would write it (the screenshots show each verdict readably). */
const READABLE = ["Pelletteria Milano, Via della Spiga 4, Milan", "Borsa Milano, calfskin tote", "handbag", "IT", "Xiasha bonded warehouse 3, Hangzhou", "customs inspection passed"];
const readable = (i) => READABLE[i % READABLE.length];
const READABLE_NAMES = { [ALICE]: "Pelletteria Milano", [BOB]: "Global Luxe", [CHARLIE]: "Leather Authentication Institute" };

/** Every verdict the page shows: name, what to render, its title in English and in Chinese. */
function verdictCases() {
  const runtimeReport = (options = {}) => baseReport({ strings: readable, ...options });
  const NAMES = READABLE_NAMES;
  const destroyed = runtimeReport({ verdict: { type: "Destroyed" } });
  destroyed.events.push({ ...destroyed.events[0], step: { type: "Destroying" }, reason: bytes("label peeled off") });
  const recalled = runtimeReport({ verdict: { type: "Recalled" } });
  recalled.lot_recall = { reason: bytes("dye fails the REACH azo test"), at: big(1_780_000_000_000) };
  const lifted = [{ recall: { by: BOB, reason: bytes("azo dye"), at: big(1_780_000_000_000) }, lifted_at: big(1_790_000_000_000), reason: bytes("retested") }];
  const both = { failed_inspection: true, revoked_certification: true };
  return [
    ["genuine", { source: "runtime", report: runtimeReport({ lifted }), names: NAMES, resolver: "https://id.trace.example" }, "Genuine", "正品"],
    ["claimed-already", { source: "runtime", report: runtimeReport({ verdict: { type: "Claimed", value: { at: big(1_780_000_000_000) } } }), names: NAMES }, "Claimed already", "已被认领"],
    ["claimed-by-you", { source: "runtime", report: claimedByYouReport(), names: NAMES, claimedByYou: true }, "Claimed by you", "您已认领"],
    ["flagged", { source: "runtime", report: runtimeReport({ verdict: { type: "Flagged", value: both } }), names: NAMES }, "Red flag", "风险警示"],
    ["destroyed", { source: "runtime", report: destroyed, names: NAMES }, "Destroyed", "已销毁"],
    ["recalled", { source: "runtime", report: recalled, names: NAMES }, "Recalled", "已召回"],
    ["withdrawn", { source: "runtime", report: runtimeReport({ verdict: { type: "Decommissioned" } }), names: NAMES }, "Withdrawn", "已停用"],
    ["unknown", { source: "runtime", report: null }, "Unknown", "未知"],
    ["cannot-interpret", { source: "runtime", report: runtimeReport({ verdict: { type: "Counterfeit" } }), names: NAMES }, "Cannot interpret", "无法解读"],
    ["trusted-mode", { source: "rpc", mode: "rpc", report: readableRpc() }, "Not verified", "未经验证"],
  ];
}

/** The trusted RPC's JSON of a readable report. */
function readableRpc() {
  const report = rpcReport();
  report.product = { ...report.product, name: READABLE[1], category: READABLE[2], origin: "IT" };
  report.purchase.location.description = READABLE[0];
  for (const [i, event] of report.events.entries()) {
    event.location.description = readable(i + 4);
    event.reason = readable(5);
  }
  return report;
}

/** What each language's page says besides the verdict title, to check it is that language. */
const SAYS = {
  en: { trust: /Verified in this page|Trusted mode: not verified/, journey: "Journey", html: "en" },
  "zh-CN": { trust: /已在本页面中验证|信任模式：未经验证/, journey: "流转历程", html: "zh-CN" },
};

for (const lang of ["zh-CN", "en"]) {
  describe(`every verdict in ${lang === "en" ? "English" : "Simplified Chinese"} (the browser's language), at phone size and on a desktop`, () => {
    for (const [name, input, enTitle, zhTitle] of verdictCases()) {
      test(`${name}: "${lang === "en" ? enTitle : zhTitle}", announced, not by colour alone, no accessibility violation`, async () => {
        const { page, verdict, title } = await render(input, `verdict-${name}-${lang}`, contexts[lang].phone);
        const expected = lang === "en" ? enTitle : zhTitle;
        assert.equal(verdict.title, expected);
        assert.ok(title.startsWith(expected), `document title "${title}"`);
        assert.equal(await page.getAttribute("html", "lang"), SAYS[lang].html);
        assert.match(await text(page, "#trust"), SAYS[lang].trust);
        if (input.report) {
          assert.equal(await text(page, "#journey h2"), SAYS[lang].journey);
          assert.match(await text(page, "#product"), lang === "en" ? /Made in\s*Italy/ : /产地\s*意大利/, "the country named in the page's language");
          assert.match(await text(page, "#product"), /Borsa Milano, calfskin tote/, "the product's name as recorded");
        }
        // A screen reader announces the verdict: its card is in a polite, atomic status region.
        const live = await page.$eval("#verdict", (card) => {
          const region = card.closest("[aria-live]");
          return region && { id: region.id, role: region.getAttribute("role"), live: region.getAttribute("aria-live"), atomic: region.getAttribute("aria-atomic") };
        });
        assert.deepEqual(live, { id: "verdict-live", role: "status", live: "polite", atomic: "true" });
        // Colour is never the only signal: a title in words and an icon's shape.
        assert.ok(verdict.title.length > 0 && verdict.icon.trim().length > 0, `title "${verdict.title}", icon "${verdict.icon}"`);
        if (lang === "zh-CN") {
          const latin = (await latinWords(page)).filter((word) => !LATIN_IN_CHINESE.has(word));
          assert.deepEqual(latin, [], "no English of the page's own on the Chinese page");
        }
        await assertContained(page);
        await assertAccessible(page, `${name} (${lang}, phone)`);
        await page.close();

        const desktop = await render(input, undefined, contexts[lang].desktop);
        assert.equal(desktop.verdict.title, expected);
        await assertAccessible(desktop.page, `${name} (${lang}, desktop)`);
        await desktop.page.close();
      });
    }
  });
}

describe("Chinese details", () => {
  test("the longest, strangest strings and the fullest report stay inside their cards, accessibly", async () => {
    const { page, verdict } = await render(
      { source: "runtime", report: runtimeReport({ events: 256, certs: 32 }), names: NAMES, resolver: "https://id.trace.example" },
      "hostile-strings-zh-CN",
      contexts["zh-CN"].phone,
    );
    assert.equal(verdict.title, "正品");
    assert.equal(await page.$$eval("#journey li.event", (items) => items.length), 256);
    await assertContained(page);
    await assertAccessible(page, "hostile strings (zh-CN, phone)");
    await page.close();
  });

  test("every u64 time still renders, as 遥远的未来, and dates are Chinese", async () => {
    const times = [0, 1_790_000_000_000, U64_MAX];
    const { page, verdict } = await render(
      { source: "runtime", report: runtimeReport({ verdict: { type: "Claimed", value: { at: big(U64_MAX) } } , t: (i) => big(times[i % times.length]), certs: 3 }), names: NAMES },
      "u64-max-zh-CN",
      contexts["zh-CN"].phone,
    );
    assert.equal(verdict.title, "已被认领");
    assert.match(verdict.text, /于 遥远的未来（原始时间 18446744073709551615 毫秒） 认领/);
    const all = await text(page, "main");
    assert.match(all, /1970年1月1日/);
    assert.match(all, /2026年9月21日/);
    assert.match(await text(page, "#certifications"), /至 遥远的未来（原始时间 18446744073709551615 毫秒）/);
    await page.close();
  });

  test("steps, dispositions, statuses and red flags are Chinese; recorded data is as recorded", async () => {
    const report = runtimeReport({ verdict: { type: "Flagged", value: { failed_inspection: true, revoked_certification: false } }, events: 5, strings: () => "Pelletteria Milano, Via della Spiga 4" });
    report.events[3].disposition = { type: "NonConformant" };
    const { page, verdict } = await render({ source: "runtime", report, names: { [ALICE]: "Alpi Freight Forwarding" } }, undefined, contexts["zh-CN"].phone);
    assert.match(verdict.text, /此商品未被确认为正品。.*查验未通过/);
    assert.doesNotMatch(verdict.text, /撤销/);
    const journey = await text(page, "#journey");
    for (const expected of ["标签已发放", "已发货", "已收货", "已查验（不合格）", "已装箱", "Pelletteria Milano, Via della Spiga 4", "操作方：Alpi Freight Forwarding", "区块 #4294967295"]) {
      assert.ok(journey.includes(expected), `the journey says "${expected}": ${journey}`);
    }
    assert.deepEqual(
      await page.$$eval("#journey li.event", (items) => items.map((item) => item.dataset.step)),
      ["commissioning", "shipping", "receiving", "inspecting", "packing"],
      "the CBV names stay what the chain recorded",
    );
    assert.match(await text(page, "#certifications"), /有效.*认证对象：本件商品/);
    assert.match(await text(page, "#details"), /状态\s*已售出/);
    await page.close();
  });
});

describe("the language switch", () => {
  test("changes the language, keeps it, keeps the verdict's live region and what was typed", async () => {
    const zh = await newContext("zh-CN");
    const { page, verdict } = await render({ source: "runtime", report: runtimeReport(), names: NAMES }, undefined, zh);
    assert.equal(verdict.title, "正品");
    assert.equal(await page.getAttribute(".lang-switch button[lang=zh-CN]", "aria-pressed"), "true");
    assert.equal(await page.getAttribute(".lang-switch", "aria-label"), "语言");
    await page.fill("#claim-secret", "//TraceDemo//HB-0002");
    await page.evaluate(() => (document.getElementById("verdict-live").dataset.kept = "yes"));

    await page.click(".lang-switch button[lang=en]");
    await page.waitForFunction(() => document.querySelector("#verdict .verdict-title")?.textContent === "Genuine");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(await page.getAttribute(".lang-switch button[lang=en]", "aria-pressed"), "true");
    assert.equal(await page.getAttribute(".lang-switch button[lang=zh-CN]", "aria-pressed"), "false");
    assert.equal(await page.getAttribute("#verdict-live", "data-kept"), "yes", "the same live region, so the new card is announced");
    assert.equal(await page.inputValue("#claim-secret"), "//TraceDemo//HB-0002", "the secret typed is kept");
    assert.match(await text(page, "#claim h2"), /Bought it\? Claim it/);
    assert.equal(await page.evaluate(() => localStorage.getItem("trace-lang")), "en");
    await page.close();

    // The choice is kept: a Chinese browser, next visit, English page.
    const again = await render({ source: "runtime", report: runtimeReport(), names: NAMES }, undefined, zh);
    assert.equal(again.verdict.title, "Genuine");
    await again.page.click(".lang-switch button[lang=zh-CN]");
    await again.page.waitForFunction(() => document.querySelector("#verdict .verdict-title")?.textContent === "正品");
    assert.equal(await again.page.getAttribute("html", "lang"), "zh-CN");
    await again.page.close();
    await zh.close();
  });

  test("the claim form's errors are in the page's language", async () => {
    const { page } = await render({ source: "runtime", report: runtimeReport(), names: NAMES }, undefined, contexts["zh-CN"].phone);
    await page.fill("#claim-secret", "//TraceDemo//HB-0002");
    await page.fill("#claim-account", "not an account");
    await page.click("#claim-button");
    // The harness has no chain: the submitter fails, in Chinese.
    await page.waitForSelector("#claim-status.error");
    assert.match(await text(page, "#claim-status"), /无法连接到 ws:\/\/127\.0\.0\.1:9/);
    await page.click(".lang-switch button[lang=en]");
    await page.waitForFunction(() => document.querySelector("#claim-status")?.textContent.includes("cannot connect to"));
    assert.equal(await page.getAttribute("#claim-status", "class"), "claim-status error");
    await page.evaluate(() => localStorage.removeItem("trace-lang"));
    await page.close();
  });
});

// ---- the chip and ownership ----

/** The software test chips (seed and key of each), from the pallet's vectors (tests/vectors.rs). */
const CHIPS = JSON.parse(await readFile(join(dirname(fileURLToPath(import.meta.url)), "vectors", "chip.json"), "utf8")).chips;
const DEMO_CHIP = CHIPS.find((chip) => chip.name === "demo");
const OTHER_CHIP = CHIPS.find((chip) => chip.name === "other");

/** A readable report of an item with the demo chip registered, as polkadot-api decodes it. */
function chipReport() {
  const report = baseReport({ strings: readable });
  report.chip = { type: "Secp256k1Ecdsa", value: DEMO_CHIP.public };
  report.events.push({ ...report.events[0], step: { type: "RegisteringChip" }, disposition: { type: "ChipRegistered" }, reason: undefined });
  return report;
}

/** A readable report of an item resold once, offered to a third owner. */
function ownedReport({ offer = true } = {}) {
  const report = baseReport({ verdict: { type: "Claimed", value: { at: big(1_790_000_000_000) } }, strings: readable });
  report.record.status = { type: "Claimed" };
  report.record.claim = { by: BOB, at: big(1_790_000_000_000), block: 12 };
  report.owners = 2;
  report.owned_since = big(1_790_000_000_000);
  if (offer) report.ownership_offer = { to: CHARLIE, offered_at: 15 };
  report.events.push(
    { ...report.events[0], step: { type: "Claiming" }, disposition: { type: "Claimed" }, actor: ALICE, reason: undefined },
    { ...report.events[0], step: { type: "OfferingOwnership" }, disposition: { type: "OwnershipOffered" }, actor: ALICE, counterparty: BOB, reason: undefined },
    { ...report.events[0], step: { type: "AcceptingOwnership" }, disposition: { type: "Claimed" }, actor: BOB, counterparty: ALICE, reason: undefined },
  );
  return report;
}

/**
 * Renders `input` with `chip` where Web NFC would be (`["software", keyType, seed]`,
 * `["silent"]` or `["none"]`), taps "Verify the chip" when there is one, and waits for the outcome.
 */
async function verifyChip(input, chip, on = context) {
  const page = await on.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(`${RENDER_URL}/test/render.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  await page.evaluate((chip) => window.__harness.chip(...chip), chip);
  await page.evaluate((input) => window.__harness.render(input), input);
  if (await page.$("#chip-button")) {
    await page.click("#chip-button");
    await page.waitForSelector('#chip:not([data-chip-result="checking"]):not([data-chip-result="ready"])', { timeout: 20_000 });
  }
  assert.deepEqual(errors, [], "no error in the page");
  const card = await page.$("#chip");
  return {
    page,
    result: card && (await card.getAttribute("data-chip-result")),
    status: card ? await text(page, "#chip") : "",
  };
}

const CHIP_SAYS = {
  en: {
    verified: "Chip verified: this is the labelled original.",
    wrong: "Chip missing or wrong.",
    otherKey: "not the one registered for this item",
    oldBlock: /answered for block #42, more than 20 blocks ago.*Tap the chip again/,
    noAnswer: /No chip answered within 1 s/,
    noNfc: /cannot talk to the chip \(it has no Web NFC\).*Chrome on an Android phone/,
    untrusted: /needs the verified record/,
    button: "Verify the chip",
    record: "Record this scan",
  },
  "zh-CN": {
    verified: "芯片已验证：这是标签所对应的原品。",
    wrong: "芯片缺失或不符。",
    otherKey: "不是为此商品登记的那一枚",
    oldBlock: /应答的是区块 #42，已超过 20 个区块.*请再次触碰芯片/,
    noAnswer: /1 秒内没有芯片应答/,
    noNfc: /不支持 Web NFC.*安卓手机上用 Chrome/,
    untrusted: /需要由轻客户端读取的已验证记录/,
    button: "验证芯片",
    record: "记录此次扫描",
  },
};

for (const lang of ["en", "zh-CN"]) {
  const says = CHIP_SAYS[lang];
  const on = () => contexts[lang].phone;
  describe(`the chip, in ${lang === "en" ? "English" : "Simplified Chinese"}`, () => {
    test(`the item's own chip: "${says.verified}", announced, then "record this scan"; no accessibility violation`, async () => {
      const { page, result, status } = await verifyChip(
        { source: "runtime", report: chipReport(), names: READABLE_NAMES },
        ["software", DEMO_CHIP.key_type, DEMO_CHIP.seed],
        on(),
      );
      assert.equal(result, "verified");
      assert.ok(status.includes(says.verified), status);
      assert.equal(await text(page, "#chip-button"), says.button);
      assert.equal(await text(page, "#chip-record"), says.record);
      const live = await page.$eval("#chip-status", (region) => [region.getAttribute("role"), region.getAttribute("aria-live"), region.getAttribute("aria-atomic")]);
      assert.deepEqual(live, ["status", "polite", "true"], "the outcome is announced");
      assert.ok((await text(page, "#chip-status")).includes(says.verified), "the outcome is in the live region");
      const steps = await page.$$eval("#journey li.event", (items) => items.map((item) => item.dataset.step));
      assert.equal(steps.at(-1), "registering_chip");
      assert.match(await text(page, "#journey"), lang === "en" ? /Chip registered/ : /芯片已登记/);
      if (lang === "zh-CN") {
        const latin = (await latinWords(page)).filter((word) => !LATIN_IN_CHINESE.has(word));
        assert.deepEqual(latin, [], "no English of the page's own on the Chinese page");
      }
      await page.screenshot({ path: join(RESULTS, `render-chip-verified-${lang}.png`), fullPage: true });
      await page.evaluate(() => scrollTo(0, 0)); // back to the first screen, where the verdict is
      await assertContained(page);
      await assertAccessible(page, `chip verified (${lang})`);
      // Recording needs a chain; the harness has none, and says so in the page's language.
      await page.click("#chip-record");
      await page.waitForSelector("#chip-record-status.error");
      assert.match(await text(page, "#chip-record-status"), lang === "en" ? /cannot connect to ws:\/\/127\.0\.0\.1:9/ : /无法连接到/);
      await page.close();
    });

    test(`another chip (the wrong key): "${says.wrong}", why, and no "record this scan"`, async () => {
      const { page, result, status } = await verifyChip(
        { source: "runtime", report: chipReport(), names: READABLE_NAMES },
        ["software", OTHER_CHIP.key_type, OTHER_CHIP.seed],
        on(),
      );
      assert.equal(result, "wrong_key");
      assert.ok(status.includes(says.wrong) && status.includes(says.otherKey), status);
      assert.equal(await page.$("#chip-record"), null);
      await page.screenshot({ path: join(RESULTS, `render-chip-wrong-key-${lang}.png`), fullPage: true });
      await assertAccessible(page, `chip wrong key (${lang})`);
      await page.close();
    });

    test("an answer for an old block: missing or wrong, tap again", async () => {
      const { page, result, status } = await verifyChip(
        { source: "runtime", report: chipReport(), names: READABLE_NAMES, chipLag: 21, chipMaxAge: 20 },
        ["software", DEMO_CHIP.key_type, DEMO_CHIP.seed],
        on(),
      );
      assert.equal(result, "old_block");
      assert.ok(status.includes(says.wrong), status);
      assert.match(status, says.oldBlock);
      await assertAccessible(page, `chip old block (${lang})`);
      await page.close();
    });

    test("no chip answers: missing or wrong, no answer", async () => {
      const { page, result, status } = await verifyChip(
        { source: "runtime", report: chipReport(), names: READABLE_NAMES, chipTimeoutMs: 1_000 },
        ["silent"],
        on(),
      );
      assert.equal(result, "no_answer");
      assert.ok(status.includes(says.wrong), status);
      assert.match(status, says.noAnswer);
      await assertAccessible(page, `chip no answer (${lang})`);
      await page.close();
    });

    test("a browser without Web NFC explains how to verify with a phone that can", async () => {
      const { page, result, status } = await verifyChip({ source: "runtime", report: chipReport(), names: READABLE_NAMES }, ["none"], on());
      assert.equal(result, "no_nfc");
      assert.match(status, says.noNfc);
      assert.equal(await page.$("#chip-button"), null, "no button that cannot work");
      await page.screenshot({ path: join(RESULTS, `render-chip-no-nfc-${lang}.png`), fullPage: true });
      await assertAccessible(page, `chip, no Web NFC (${lang})`);
      await page.close();
    });

    test("trusted mode checks no chip against a key from one server", async () => {
      const report = readableRpc();
      report.chip = { type: "secp256k1_ecdsa", publicKey: DEMO_CHIP.public };
      const { page, result, status } = await verifyChip({ source: "rpc", mode: "rpc", report }, ["software", DEMO_CHIP.key_type, DEMO_CHIP.seed], on());
      assert.equal(result, "untrusted");
      assert.match(status, says.untrusted);
      assert.equal(await page.$("#chip-button"), null);
      await page.close();
    });

    test("an item without a chip has no chip card", async () => {
      const { page } = await verifyChip({ source: "runtime", report: baseReport({ strings: readable }), names: READABLE_NAMES }, ["software", DEMO_CHIP.key_type, DEMO_CHIP.seed], on());
      assert.equal(await page.$("#chip"), null);
      await page.close();
    });

    test("ownership: the owners and since when, no account of an owner; the pending offer; the steps' form, accessible", async () => {
      const { page } = await render({ source: "runtime", report: ownedReport(), names: READABLE_NAMES }, undefined, on());
      assert.equal(await text(page, "#ownership-owners"), "2");
      assert.match(await text(page, "#ownership-since"), lang === "en" ? /Sep 21, 2026/ : /2026年9月21日/);
      assert.match(await text(page, "#ownership h2"), lang === "en" ? /^Ownership$/ : /^所有权$/);
      const card = await text(page, "#ownership");
      assert.match(card, lang === "en" ? /Owners so far\s*2/ : /迄今所有者数\s*2/);
      assert.match(card, lang === "en" ? /no names, no prices/ : /没有姓名，没有价格/);
      assert.ok(!card.includes(BOB) && !card.includes("Global Luxe"), "the owner is not named");
      assert.ok(card.includes(CHARLIE.slice(0, 6)), "the offer's next owner, shortened");
      assert.ok(await page.$("#accept-button") && (await page.$("#cancel-button")), "accept and withdraw, with an offer pending");
      assert.equal(await page.$("#offer-button"), null, "no second offer while one is pending");
      const steps = await page.$$eval("#journey li.event", (items) => items.map((item) => item.dataset.step));
      assert.deepEqual(steps.slice(-3), ["claiming", "offering_ownership", "accepting_ownership"]);
      assert.match(await text(page, "#journey"), lang === "en" ? /Offered to a new owner.*New owner accepted it/ : /已转让给新所有者（待接受）.*新所有者已接受/);
      await page.click("#ownership-actions summary");
      if (lang === "zh-CN") {
        const latin = (await latinWords(page)).filter((word) => !LATIN_IN_CHINESE.has(word));
        assert.deepEqual(latin, [], "no English of the page's own on the Chinese page");
      }
      await page.screenshot({ path: join(RESULTS, `render-ownership-${lang}.png`), fullPage: true });
      await page.evaluate(() => scrollTo(0, 0));
      await assertContained(page);
      await assertAccessible(page, `ownership (${lang})`);
      // The wrong account's secret is caught before anything is sent.
      await page.fill("#ownership-secret", "//Alice");
      await page.click("#accept-button");
      await page.waitForSelector("#ownership-status.error");
      assert.match(await text(page, "#ownership-status"), lang === "en" ? /not the account the item was offered to/ : /不是商品被转让给的账户/);
      await page.close();
    });

    test("ownership without an offer: offer to an account, or hand a new claim secret over (made in the page)", async () => {
      const { page } = await render({ source: "runtime", report: ownedReport({ offer: false }), names: READABLE_NAMES }, undefined, on());
      assert.equal(await page.$("#ownership-offer"), null);
      await page.click("#ownership-actions summary");
      assert.ok(await page.isVisible("#ownership-to"));
      await page.click("#handover-new");
      const phrase = await text(page, "#handover-phrase");
      assert.equal(phrase.split(" ").length, 12, phrase);
      await assertAccessible(page, `ownership, hand-over (${lang})`);
      // The owner's secret is checked first: //Alice is not Bob's account.
      await page.fill("#ownership-secret", "//Alice");
      await page.click("#handover-button");
      await page.waitForSelector("#ownership-status.error");
      assert.match(await text(page, "#ownership-status"), lang === "en" ? /not the owner's account/ : /不是所有者的账户/);
      // Bob's is: the step goes to the (absent) chain.
      await page.fill("#ownership-secret", "//Bob");
      await page.click("#handover-button");
      await page.waitForFunction(() => /ws:\/\/127\.0\.0\.1:9/.test(document.getElementById("ownership-status")?.textContent ?? ""));
      assert.equal(await text(page, "#handover-phrase"), phrase, "the secret stays shown");
      await page.close();
    });
  });
}

describe("the chip and ownership across a change of language", () => {
  test("the outcome, the new claim secret and the progress are kept and said again", async () => {
    const zh = await newContext("zh-CN");
    const { page, result } = await verifyChip(
      { source: "runtime", report: chipReport(), names: READABLE_NAMES },
      ["software", DEMO_CHIP.key_type, DEMO_CHIP.seed],
      zh,
    );
    assert.equal(result, "verified");
    await page.click(".lang-switch button[lang=en]");
    await page.waitForFunction(() => document.getElementById("chip-status")?.textContent.includes("Chip verified"));
    assert.equal(await page.getAttribute("#chip", "data-chip-result"), "verified");
    await page.close();
    await zh.close();
  });
});

describe("the claim payload", () => {
  test("is the pallet's (b\"trace-chain/claim\", genesis, code, claimer).encode(): 17 + 3 × 32 bytes", async () => {
    const page = await context.newPage();
    await page.goto(`${RENDER_URL}/test/render.html`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
    const genesis = "0x" + "01".repeat(32);
    const code = "0x" + "02".repeat(32);
    const claimer = "0x" + "03".repeat(32);
    const payload = await page.evaluate((args) => window.__harness.claimPayload(...args), [genesis, code, claimer]);
    const expected = "0x" + Buffer.from("trace-chain/claim").toString("hex") + genesis.slice(2) + code.slice(2) + claimer.slice(2);
    assert.equal(payload, expected);
    assert.equal((payload.length - 2) / 2, 113);
    const short = await page.evaluate(
      (args) => {
        try {
          window.__harness.claimPayload(...args);
          return "accepted";
        } catch (error) {
          return error.message;
        }
      },
      ["0x" + "01".repeat(31), code, claimer],
    );
    assert.match(short, /genesis hash must be 32 bytes/);
    await page.close();
  });
});

describe("the production page's transport policy (its own config.json and chain spec, no chain)", () => {
  const PEER = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";
  const SPEC = { name: "No chain", id: "none", chainType: "Development", bootNodes: [], genesis: { raw: { top: {}, childrenDefault: {} } } };

  /** Opens the production page (a production build) with `config` and waits for its verdict card. */
  async function openPage(config) {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.route("**/config.json", (route) => route.fulfill({ json: config }));
    await page.route("**/chain-spec.json", (route) => route.fulfill({ json: SPEC }));
    await page.goto(`${RENDER_URL}/01/${GTIN}/21/HB-0001`);
    await page.waitForFunction(() => window.__trace?.verdict, null, { timeout: 60_000 });
    assert.deepEqual(errors, []);
    return { page, shown: await text(page, "#verdict"), verdict: await page.getAttribute("#verdict", "data-verdict") };
  }

  test("without the local-demo flag it refuses ws:// bootnodes and ws:// RPC, also to 127.0.0.1, and says so", async () => {
    const { page, shown, verdict } = await openPage({
      chainSpec: "/chain-spec.json",
      bootnodes: [`/ip4/127.0.0.1/tcp/9/ws/p2p/${PEER}`],
      rpc: "ws://127.0.0.1:9",
    });
    assert.equal(verdict, "error");
    assert.match(shown, /Cannot check right now/);
    assert.match(shown, /bootnode \/ip4\/127\.0\.0\.1\/tcp\/9\/ws\/p2p\/.*only \/wss is allowed in a production build/);
    assert.match(shown, /refused the fallback node: the RPC ws:\/\/127\.0\.0\.1:9 is unencrypted ws:\/\/ \(only wss:\/\/ is allowed in a production build\)/);
    assert.ok((await page.evaluate(() => window.__trace.log.join("\n"))).includes("[policy]"));
    await page.close();
  });

  test("with it, ws:// to another machine is still refused", async () => {
    const { page, shown } = await openPage({
      chainSpec: "/chain-spec.json",
      bootnodes: [`/ip4/192.0.2.7/tcp/30334/ws/p2p/${PEER}`],
      rpc: "ws://192.0.2.7:9944",
      localDemo: true,
    });
    assert.match(shown, /bootnode \/ip4\/192\.0\.2\.7\/.* unencrypted \/ws to another machine/);
    assert.match(shown, /RPC ws:\/\/192\.0\.2\.7:9944 is unencrypted ws:\/\/ to another machine/);
    await page.close();
  });

  test("with it, on a page served from 127.0.0.1, ws:// to 127.0.0.1 is used (the local demo)", async () => {
    const { page, shown } = await openPage({
      chainSpec: "/chain-spec.json",
      bootnodes: [`/ip4/127.0.0.1/tcp/9/ws/p2p/${PEER}`],
      rpc: "ws://127.0.0.1:9",
      lightClientTimeoutMs: 3_000,
      localDemo: true,
    });
    // Nothing listens there: the page tried the light client, then the RPC, and could not connect.
    assert.doesNotMatch(shown, /only wss|only \/wss|another machine/);
    assert.match(shown, /cannot connect to ws:\/\/127\.0\.0\.1:9/);
    await page.close();
  });
});

describe("the production page's own views in both languages, without a chain", () => {
  const PEER = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";
  const SPEC = { name: "No chain", id: "none", chainType: "Development", bootNodes: [], genesis: { raw: { top: {}, childrenDefault: {} } } };

  /** Opens the production page at `path` in `on`, with `config` as its config.json (if any). */
  async function openAt(on, path, config) {
    const page = await on.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    if (config) {
      await page.route("**/config.json", (route) => route.fulfill({ json: config }));
      await page.route("**/chain-spec.json", (route) => route.fulfill({ json: SPEC }));
    }
    await page.goto(`${RENDER_URL}${path}`);
    return { page, errors };
  }

  test("the home page, in Chinese and in English, takes a typed link and says what is wrong with it", async () => {
    for (const [lang, heading, wrong, notALink] of [
      ["zh-CN", "核验商品", "GTIN 校验位是 3，应为 2", "这不是一个链接。"],
      ["en", "Check a product", "GTIN check digit is 3, expected 2", "That is not a link."],
    ]) {
      for (const screen of ["phone", "desktop"]) {
        const { page, errors } = await openAt(contexts[lang][screen], "/");
        await page.waitForSelector("#link");
        assert.equal(await text(page, "main h1"), heading);
        assert.equal(await page.getAttribute("html", "lang"), lang);
        assert.match(await page.title(), new RegExp(`^${heading} · trace-chain$`));
        await page.fill("#link", "not a link");
        await page.click("main button[type=submit]");
        assert.equal(await text(page, "#landing-error"), notALink);
        await page.fill("#link", "https://id.trace.example/01/08012345000013/21/HB-0001");
        await page.click("main button[type=submit]");
        assert.equal(await text(page, "#landing-error"), wrong);
        if (screen === "phone") await page.screenshot({ path: join(RESULTS, `home-${lang}.png`) });
        await assertAccessible(page, `the home page (${lang}, ${screen})`);
        assert.deepEqual(errors, []);
        await page.close();
      }
    }
  });

  test("a malformed link names the wrong part in the page's language", async () => {
    for (const [lang, title, detail] of [
      ["zh-CN", "不是有效的溯源码", "此链接中的商品编号（GTIN）有误：GTIN 校验位是 3，应为 2。"],
      ["en", "Not a valid trace code", "The product number (GTIN) in this link is wrong: GTIN check digit is 3, expected 2."],
    ]) {
      const { page, errors } = await openAt(contexts[lang].phone, `/01/08012345000013/21/HB-0001`);
      await page.waitForFunction(() => window.__trace?.verdict === "malformed");
      assert.equal(await page.getAttribute("#verdict", "data-part"), "gtin");
      assert.equal(await text(page, "#verdict .verdict-title"), title);
      assert.equal(await text(page, "#verdict .verdict-detail"), detail);
      assert.equal(await page.$eval("#verdict", (card) => card.parentElement.getAttribute("role")), "status");
      await page.screenshot({ path: join(RESULTS, `malformed-${lang}.png`) });
      await assertAccessible(page, `a malformed link (${lang})`);
      // …and switching the language says it again in the other one.
      const other = lang === "en" ? "zh-CN" : "en";
      await page.click(`.lang-switch button[lang=${other}]`);
      await page.waitForFunction((other) => document.documentElement.lang === other, other);
      assert.notEqual(await text(page, "#verdict .verdict-title"), title);
      await page.evaluate(() => localStorage.removeItem("trace-lang"));
      assert.deepEqual(errors, []);
      await page.close();
    }
  });

  test("a refused configuration is explained in Chinese, and logged in English", async () => {
    const { page, errors } = await openAt(contexts["zh-CN"].phone, `/01/${GTIN}/21/HB-0001`, {
      chainSpec: "/chain-spec.json",
      bootnodes: [`/ip4/127.0.0.1/tcp/9/ws/p2p/${PEER}`],
      rpc: "ws://127.0.0.1:9",
    });
    await page.waitForFunction(() => window.__trace?.verdict, null, { timeout: 60_000 });
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "error");
    const shown = await text(page, "#verdict");
    assert.match(shown, /暂时无法核验/);
    assert.match(shown, /轻客户端无法启动（没有本页面可以连接的引导节点：引导节点 \/ip4\/127\.0\.0\.1\/tcp\/9\/ws\/p2p\/.* 是未加密的 \/ws（生产版本只允许 \/wss））/);
    assert.match(shown, /本页面拒绝了备用节点：RPC ws:\/\/127\.0\.0\.1:9 是未加密的 ws:\/\/（生产版本只允许 wss:\/\/）/);
    assert.match(await page.evaluate(() => window.__trace.log.join("\n")), /\[policy\] the bootnode .* \(only \/wss is allowed in a production build\)/);
    await page.screenshot({ path: join(RESULTS, `refused-config-zh-CN.png`) });
    await assertAccessible(page, "the error card (zh-CN)");
    await page.click(".lang-switch button[lang=en]");
    await page.waitForFunction(() => document.querySelector("#verdict .verdict-title")?.textContent === "Cannot check right now");
    assert.match(await text(page, "#verdict"), /refused the fallback node: the RPC ws:\/\/127\.0\.0\.1:9 is unencrypted ws:\/\/ \(only wss:\/\/ is allowed in a production build\)/);
    await page.evaluate(() => localStorage.removeItem("trace-lang"));
    assert.deepEqual(errors, []);
    await page.close();
  });
});

// ---- "Scan another" ----

const { codeKey } = await importSource("gs1.ts");
const { specFingerprint } = await importSource("light-store.ts");

describe("scan another: the camera reads the next QR code (a fake camera and decoder, a fake node)", () => {
  const RESOLVER = "https://id.trace.example";
  const RPC = "ws://127.0.0.1:9944";
  const CONFIG = { rpc: RPC, localDemo: true, resolver: RESOLVER };
  const path = (serial) => `/01/${GTIN}/21/${serial}`;

  /** What the fake node holds: a report's JSON per serial (others were never issued). */
  const REPORTS = {
    "HB-0001": () => rpcReport({ verdict: "genuine" }),
    "HB-0002": () => rpcReport({ verdict: "destroyed" }),
  };

  /** A fake node for the page's trusted RPC; `sockets` counts the connections. */
  async function fakeNode(page) {
    const byKey = new Map(Object.entries(REPORTS).map(([serial, report]) => [codeKey(GTIN, new TextEncoder().encode(serial)), report]));
    const sockets = [];
    await page.routeWebSocket(/127\.0\.0\.1:9944/, (ws) => {
      sockets.push(ws);
      ws.onMessage((message) => {
        const { id, method, params } = JSON.parse(String(message));
        const result =
          method === "chain_getFinalizedHead"
            ? "0x" + "42".repeat(32)
            : method === "chain_getHeader"
              ? { number: "0x2a" }
              : method === "trace_report"
                ? (byKey.get(params[0])?.() ?? null)
                : null;
        ws.send(JSON.stringify({ jsonrpc: "2.0", id, result }));
      });
    });
    return sockets;
  }

  /**
   * The camera and decoder the page finds in `window.__traceScanner`: a canvas's stream (with
   * `qr`, a PNG data URL, drawn on it), a camera that is not allowed (`denied`) or not there
   * (`none`); the fake decoder reads `window.__qrTexts`, `real` leaves the page's own decoder.
   */
  function injectScanner(page, { camera = "canvas", decoder = "fake", qr } = {}) {
    return page.addInitScript(
      ({ camera, decoder, qr }) => {
        window.__scanTracks = [];
        window.__traceScanner = {
          getUserMedia: async () => {
            if (camera === "denied") throw new DOMException("Permission denied", "NotAllowedError");
            if (camera === "none") throw new DOMException("Requested device not found", "NotFoundError");
            const canvas = document.createElement("canvas");
            canvas.width = 480;
            canvas.height = 480;
            const context = canvas.getContext("2d");
            const image = qr ? new Image() : undefined;
            if (image) {
              image.src = qr;
              await image.decode();
            }
            let tick = 0;
            const paint = () => {
              context.fillStyle = "#fff";
              context.fillRect(0, 0, canvas.width, canvas.height);
              if (image) {
                context.imageSmoothingEnabled = false;
                context.drawImage(image, 60, 60, 360, 360);
              }
              context.fillStyle = tick++ % 2 ? "#fff" : "#eee"; // a changing pixel: frames keep coming
              context.fillRect(0, 0, 2, 2);
            };
            paint();
            setInterval(paint, 100);
            const stream = canvas.captureStream(10);
            window.__scanTracks.push(...stream.getTracks());
            return stream;
          },
          ...(decoder === "fake" ? { decoder: { detect: async () => window.__qrTexts ?? [] } } : {}),
        };
      },
      { camera, decoder, qr },
    );
  }

  /** The production page at `serial`'s path with the fake node and camera, at its verdict. */
  async function open(on, serial, scanner = {}) {
    const page = await on.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.route("**/config.json", (route) => route.fulfill({ json: CONFIG }));
    const sockets = await fakeNode(page);
    await injectScanner(page, scanner);
    await page.goto(`${RENDER_URL}${path(serial)}`);
    await page.waitForFunction(() => window.__trace?.verdict, null, { timeout: 60_000 });
    return { page, errors, sockets };
  }

  const state = (page) => page.getAttribute("#scan", "data-scan-state");
  const tracks = (page) => page.evaluate(() => window.__scanTracks.map((track) => track.readyState));
  const openCamera = async (page) => {
    await page.click("#scan-button");
    await page.waitForSelector('#scan[data-scan-state="open"]');
  };
  const showQr = (page, texts) => page.evaluate((texts) => (window.__qrTexts = texts), texts);

  test("a trace code opens its item in the page, through the node already open; keyboard only; back goes back", async () => {
    const { page, errors, sockets } = await open(context, "HB-0001");
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "genuine");
    assert.equal(await page.getAttribute("#trust", "data-mode"), "rpc");
    const button = page.getByRole("button", { name: "Scan another" });
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.equal(await state(page), "closed");

    // Keyboard: Tab to the button, Enter opens the camera, the focus goes to "Close the camera".
    await page.focus("#scan-button");
    await page.keyboard.press("Enter");
    await page.waitForSelector('#scan[data-scan-state="open"]');
    assert.equal(await button.getAttribute("aria-expanded"), "true");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "scan-close");
    assert.equal(await text(page, "#scan-status"), "Camera open: hold the QR code of the next label in front of it.");
    assert.equal(await page.getAttribute("#scan-status", "role"), "status");
    assert.ok(await page.isVisible("#scan-video"));
    await page.screenshot({ path: join(RESULTS, "scan-open-en.png") });
    await assertAccessible(page, "the camera open (en)");

    await showQr(page, [`${RESOLVER}${path("HB-0002")}`]);
    await page.waitForFunction((p) => location.pathname === p && window.__trace.verdict === "destroyed", path("HB-0002"));
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "destroyed");
    assert.match(await text(page, "#verdict"), /Destroyed/);
    assert.deepEqual(await tracks(page), ["ended"], "the camera is off once the code is read");
    assert.equal(await state(page), "closed");
    assert.equal(await page.evaluate(() => document.querySelectorAll("#scan").length), 1);
    assert.match(await text(page, "#timing"), /^Verdict \d+\.\d s after the scan \(trusted node\)\.$/);
    assert.match(await text(page, "#scan-status"), /Trace code read: opening \/01\/08012345000012\/21\/HB-0002…/);
    assert.equal(sockets.length, 1, "the item was read through the connection already open");
    const visits = await page.evaluate(() => window.__trace.visits);
    assert.deepEqual(visits.map((visit) => [visit.path, visit.verdict, visit.scanned]), [
      [path("HB-0001"), "genuine", false],
      [path("HB-0002"), "destroyed", true],
    ]);
    await assertAccessible(page, "the scanned item (en)");

    // A code of the page's own origin, never issued: unknown.
    await showQr(page, []);
    await openCamera(page);
    await showQr(page, [`${RENDER_URL}${path("HB-0404")}`]);
    await page.waitForFunction((p) => location.pathname === p && window.__trace.verdict === "unknown", path("HB-0404"));

    await page.goBack();
    await page.waitForFunction((p) => location.pathname === p && window.__trace.verdict === "destroyed", path("HB-0002"));
    assert.equal(sockets.length, 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const [lang, says] of [
    [
      "en",
      {
        other: "This QR code is not a trace code of this site: it links to example.com.",
        gtin: "This QR code is not a valid trace code: the product number (GTIN) in it is wrong: GTIN check digit is 3, expected 2.",
        noLink: "This QR code is not a trace code: it holds no web link.",
        denied: /^The camera is not allowed for this page\. Allow it in the browser's site settings/,
        none: "No camera was found on this device.",
        closed: "Camera closed.",
        button: "Scan another",
        close: "Close the camera",
      },
    ],
    [
      "zh-CN",
      {
        other: "此二维码不是本站的溯源码：它链接到 example.com。",
        gtin: "此二维码不是有效的溯源码：其中的商品编号（GTIN）有误：GTIN 校验位是 3，应为 2。",
        noLink: "此二维码不是溯源码：其中没有网页链接。",
        denied: /^本页面未获准使用摄像头。/,
        none: "此设备上没有找到摄像头。",
        closed: "摄像头已关闭。",
        button: "扫描下一个",
        close: "关闭摄像头",
      },
    ],
  ]) {
    describe(`in ${lang === "en" ? "English" : "Simplified Chinese"}`, () => {
      test("a QR code that is no trace code says why, and the camera keeps looking", async () => {
        const { page, errors } = await open(contexts[lang].phone, "HB-0001");
        assert.equal(await text(page, "#scan-button"), says.button);
        await openCamera(page);
        assert.equal(await text(page, "#scan-close"), says.close);
        for (const [qr, expected, part] of [
          ["https://example.com/01/08012345000012/21/HB-0001", says.other],
          [`${RESOLVER}/01/08012345000013/21/HB-0001`, says.gtin, "gtin"],
          ["WIFI:S:shop;T:WPA;P:secret;;", says.noLink],
        ]) {
          await showQr(page, [qr]);
          await page.waitForFunction((expected) => document.getElementById("scan-status")?.textContent === expected, expected);
          assert.equal(await page.getAttribute("#scan", "data-scan-part"), part ?? null);
          assert.equal(await state(page), "open");
          assert.equal(await page.getAttribute("#scan-status", "class"), "scan-status error");
          assert.equal(await page.evaluate(() => location.pathname), path("HB-0001"), "nothing opened");
          assert.deepEqual(await tracks(page), ["live"], "the camera keeps looking");
        }
        await page.screenshot({ path: join(RESULTS, `scan-not-a-trace-code-${lang}.png`) });
        await assertAccessible(page, `a QR code that is none (${lang})`);
        // …and then the trace code is read.
        await showQr(page, ["https://example.com/", `${RESOLVER}${path("HB-0002")}`]);
        await page.waitForFunction(() => window.__trace.verdict === "destroyed");
        assert.deepEqual(errors, []);
        await page.close();
      });

      test("a camera not allowed, or none, is said so", async () => {
        for (const [camera, expected] of [
          ["denied", says.denied],
          ["none", says.none],
        ]) {
          const { page, errors } = await open(contexts[lang].phone, "HB-0001", { camera });
          await page.click("#scan-button");
          await page.waitForSelector('#scan[data-scan-state="error"]');
          const said = await text(page, "#scan-status");
          if (expected instanceof RegExp) assert.match(said, expected);
          else assert.equal(said, expected);
          assert.ok(await page.isHidden("#scan-panel"), "no camera view");
          assert.equal(await page.getAttribute("#scan-button", "aria-expanded"), "false");
          assert.equal(await page.isEnabled("#scan-button"), true, "it can be tried again");
          if (camera === "denied") {
            await page.screenshot({ path: join(RESULTS, `scan-denied-${lang}.png`) });
            await assertAccessible(page, `the camera not allowed (${lang})`);
          }
          assert.deepEqual(errors, []);
          await page.close();
        }
      });

      test("closing the camera stops every track (the button, or Escape), and gives the focus back", async () => {
        const { page, errors } = await open(contexts[lang].phone, "HB-0001");
        await openCamera(page);
        assert.deepEqual(await tracks(page), ["live"]);
        await page.click("#scan-close");
        await page.waitForSelector('#scan[data-scan-state="closed"]');
        assert.deepEqual(await tracks(page), ["ended"]);
        assert.equal(await text(page, "#scan-status"), says.closed);
        assert.ok(await page.isHidden("#scan-panel"));
        assert.equal(await page.evaluate(() => document.getElementById("scan-video").srcObject), null);
        assert.equal(await page.evaluate(() => document.activeElement?.id), "scan-button");

        await openCamera(page);
        await page.keyboard.press("Escape");
        await page.waitForSelector('#scan[data-scan-state="closed"]');
        assert.deepEqual(await tracks(page), ["ended", "ended"]);

        // A change of language while the camera is open keeps it open, and says its words again.
        await openCamera(page);
        const other = lang === "en" ? "zh-CN" : "en";
        await page.click(`.lang-switch button[lang=${other}]`);
        await page.waitForFunction((other) => document.documentElement.lang === other, other);
        assert.deepEqual(await tracks(page), ["ended", "ended", "live"]);
        assert.notEqual(await text(page, "#scan-close"), says.close);
        await page.evaluate(() => localStorage.removeItem("trace-lang"));
        await page.close(); // pagehide: the camera goes off with the page
        assert.deepEqual(errors, []);
      });
    });
  }

  test("a real QR code in front of the camera is read by the page's own decoder (zxing-wasm, loaded only then)", async () => {
    const { prepareZXingModule, writeBarcode } = await import("zxing-wasm/writer");
    const wasm = await readFile(join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules", "zxing-wasm", "dist", "writer", "zxing_writer.wasm"));
    await prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) }, fireImmediately: true });
    const written = await writeBarcode(`${RESOLVER}/01/${GTIN}/10/L2/21/HB-0002`, { format: "QRCode", scale: 6 });
    assert.equal(written.error, "");
    const qr = `data:image/png;base64,${Buffer.from(await written.image.arrayBuffer()).toString("base64")}`;

    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const requested = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.route("**/config.json", (route) => route.fulfill({ json: CONFIG }));
    await fakeNode(page);
    await injectScanner(page, { decoder: "real", qr });
    await page.goto(`${RENDER_URL}${path("HB-0001")}`);
    await page.waitForFunction(() => window.__trace?.verdict, null, { timeout: 60_000 });
    const native = await page.evaluate(() => "BarcodeDetector" in window);
    const zxing = (paths) => paths.filter((p) => /qr-wasm|zxing/.test(p));
    assert.deepEqual(zxing(requested), [], "no decoder is loaded with the page");
    await page.click("#scan-button");
    await page.waitForFunction((p) => location.pathname === p && window.__trace.verdict === "destroyed", `/01/${GTIN}/10/L2/21/HB-0002`, { timeout: 60_000 });
    if (!native) {
      assert.equal(zxing(requested).length, 2, `zxing-wasm's reader and its WebAssembly, from this site: ${zxing(requested)}`);
      assert.ok(zxing(requested).some((p) => p.endsWith(".wasm")));
    }
    assert.deepEqual(await tracks(page), ["ended"]);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe("the saved light-client database", () => {
  const GENESIS = "0x" + "e1".repeat(32);
  const PEER = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";

  /** Puts `records` (key → value) into the page's IndexedDB store of saved databases. */
  const putRecords = (page, records) =>
    page.evaluate(
      (records) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open("trace-light-client", 1);
          open.onupgradeneeded = () => open.result.createObjectStore("chains");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction("chains", "readwrite");
            for (const [key, value] of records) tx.objectStore("chains").put(value, key);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      records,
    );
  const keys = (page) =>
    page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open("trace-light-client", 1);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction("chains").objectStore("chains").getAllKeys();
            req.onsuccess = () => {
              open.result.close();
              resolve(req.result);
            };
          };
        }),
    );

  /** The production page of HB-0001 with `config`, its chain spec `spec` (text), a fake node for the fallback. */
  async function openItem(on, config, spec) {
    const page = await on.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.route("**/config.json", (route) => route.fulfill({ json: config }));
    await page.route("**/chain-spec.json", (route) => route.fulfill({ body: spec, contentType: "application/json" }));
    await page.routeWebSocket(/127\.0\.0\.1:9944/, (ws) =>
      ws.onMessage((message) => {
        const { id, method } = JSON.parse(String(message));
        const result = method === "chain_getFinalizedHead" ? "0x" + "42".repeat(32) : method === "chain_getHeader" ? { number: "0x2a" } : method === "trace_report" ? rpcReport() : null;
        ws.send(JSON.stringify({ jsonrpc: "2.0", id, result }));
      }),
    );
    await page.goto(`${RENDER_URL}/01/${GTIN}/21/HB-0001`);
    await page.waitForFunction(() => window.__trace?.verdict, null, { timeout: 90_000 });
    return { page, errors, log: () => page.evaluate(() => window.__trace.log.join("\n")) };
  }

  test("garbage in its place is deleted, and the page reaches its verdict", async () => {
    const on = await newContext("en-US");
    const spec = JSON.stringify({ name: "No chain", id: "none", chainType: "Development", bootNodes: [], genesis: { raw: { top: {}, childrenDefault: {} } } });
    const setup = await on.newPage();
    await setup.goto(`${RENDER_URL}/test/render.html`);
    await putRecords(setup, [
      ["garbage", "x"],
      [GENESIS, { genesis: GENESIS, spec: specFingerprint(spec), database: 42, savedAt: 0 }],
      ["0x" + "00".repeat(32), { genesis: GENESIS, spec: specFingerprint(spec), database: "{}", savedAt: 0 }], // under another key
    ]);
    await setup.evaluate(() => localStorage.setItem("trace-metadata-v2-0x" + "c0".repeat(32), "garbage"));
    await setup.close();

    const { page, errors, log } = await openItem(on, { chainSpec: "/chain-spec.json", rpc: "ws://127.0.0.1:9944", localDemo: true }, spec);
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "genuine");
    assert.match(await log(), /\[light-store\] deleting a record that is not a saved database \(garbage\)/);
    assert.deepEqual(await keys(page), [], "every odd record is gone");
    assert.deepEqual(errors, []);
    await on.close();
  });

  test("a database that gives no finalized block is forgotten, and smoldot starts afresh (then the page falls back)", async () => {
    const on = await newContext("en-US");
    const { chainSpec } = await import("@polkadot-api/known-chains/westend");
    const parsed = JSON.parse(chainSpec);
    parsed.bootNodes = []; // only config.json's bootnode, a closed port on this machine
    const spec = JSON.stringify(parsed);
    const setup = await on.newPage();
    await setup.goto(`${RENDER_URL}/test/render.html`);
    await putRecords(setup, [[GENESIS, { genesis: GENESIS, spec: specFingerprint(spec), database: '{"genesisHash": "e1", garbage', savedAt: Date.now() }]]);
    await setup.close();

    const { page, errors, log } = await openItem(
      on,
      { chainSpec: "/chain-spec.json", bootnodes: [`/ip4/127.0.0.1/tcp/9/ws/p2p/${PEER}`], rpc: "ws://127.0.0.1:9944", localDemo: true, lightClientTimeoutMs: 3_000 },
      spec,
    );
    const said = await log();
    assert.match(said, /\[light-store\] starting from the database saved at/);
    assert.match(said, /\[light-store\] no finalized block from the saved database \(no node served the chain within 3 s/);
    assert.deepEqual(await keys(page), [], "the database is forgotten");
    assert.equal(await page.getAttribute("#verdict", "data-verdict"), "genuine");
    assert.match(await page.evaluate(() => window.__trace.fallbackReason), /no node served the chain within 3 s/);
    assert.deepEqual(errors, []);
    await on.close();
  });
});

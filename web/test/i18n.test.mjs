// Unit tests of the page's languages (src/i18n/), with node's test runner and no browser:
//   node --test web/test/i18n.test.mjs        (npm run test:unit)
// - the English and Simplified Chinese catalogues — the consumer's page's (en.ts, zh-CN.ts) and
//   the merchant back office's (office-en.ts, office-zh-CN.ts) — have exactly the same keys, no
//   empty text, and the same {placeholders} in each message; the two pages' keys are distinct;
// - every error of the pallet's `Error` enum (pallets/traceability/src/lib.rs) has its message in
//   the back office's catalogues (`pallet.<Error>`), and no error that is not there;
// - every key the code writes out (a "area.what" string in src/) is in the catalogues, and
//   every key of the catalogues is used; no key is made up at run time (`step.${x}`);
// - no English sentence is left in the code that shows the page (src/*.ts, outside the
//   catalogues), and the Chinese catalogue is Chinese: a message the same in both languages
//   is one of the few listed below (brand names, GS1 terms, punctuation);
// - how the language is chosen (navigator.languages, the switch's stored choice) and how
//   placeholders are filled (src/i18n/core.ts).

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import ts from "typescript";
import { loadSource, WEB } from "./ts-load.mjs";

const { en: pageEn } = await loadSource("i18n/en.ts");
const { zhCN: pageZhCN } = await loadSource("i18n/zh-CN.ts");
const { officeEn } = await loadSource("i18n/office-en.ts");
const { officeZhCN } = await loadSource("i18n/office-zh-CN.ts");
const core = await loadSource("i18n/core.ts");
/** Each page's catalogues; the tests of the code's keys see them together. */
const PAGES = {
  "the consumer's page (en.ts, zh-CN.ts)": { en: pageEn, zhCN: pageZhCN },
  "the back office (office-en.ts, office-zh-CN.ts)": { en: officeEn, zhCN: officeZhCN },
};
const en = { ...pageEn, ...officeEn };
const zhCN = { ...pageZhCN, ...officeZhCN };
const CATALOGUES = { en, "zh-CN": zhCN };

/** Messages that are rightly the same in both languages. */
const SAME_IN_BOTH = new Set([
  "app.title", // "{title} · trace-chain"
  "product.gtin", // GTIN is GS1's name in Chinese too
  "event.quote", // “{text}”
  "event.gln", // GLN {gln}
]);

// ---- the code's string literals ----

const SRC = join(WEB, "src");
const CATALOGUE_FILES = new Set(["i18n/en.ts", "i18n/zh-CN.ts", "i18n/office-en.ts", "i18n/office-zh-CN.ts"]);

async function sourceFiles(dir = SRC) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith(".ts")) files.push(path);
  }
  return files.sort();
}

/** Every string literal and template of `file`, with the call or property it is an argument of. */
async function literals(file) {
  const text = await readFile(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found = [];
  const context = (node) => {
    // The call or the property a literal belongs to, e.g. "console.error", "class", "import".
    for (let at = node.parent; at; at = at.parent) {
      if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at) || ts.isImportTypeNode?.(at)) return "import";
      if (ts.isLiteralTypeNode(at)) return "type";
      if (ts.isPropertyAssignment(at) && at.initializer === node) return at.name.getText(source).replace(/["']/g, "");
      if (ts.isCallExpression(at) || ts.isNewExpression(at)) return at.expression.getText(source);
      if (ts.isBinaryExpression(at) || ts.isConditionalExpression(at) || ts.isParenthesizedExpression(at)) continue;
      if (ts.isTemplateSpan(at) || ts.isTemplateExpression(at)) continue;
      return ts.SyntaxKind[at.kind];
    }
    return "";
  };
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      found.push({ value: node.text, template: false, context: context(node), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      found.push({ value: parts.join("${…}"), template: true, context: context(node), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((literal) => ({ ...literal, file: relative(SRC, file) }));
}

const FILES = await sourceFiles();
const LITERALS = (await Promise.all(FILES.map(literals))).flat();
const CODE_LITERALS = LITERALS.filter((literal) => !CATALOGUE_FILES.has(literal.file));
const NAMESPACES = new Set(Object.keys(en).map((key) => key.split(".")[0]));
const KEY_LIKE = /^([a-z][A-Za-z0-9]*)\.[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/;
const isKeyLike = (value) => KEY_LIKE.test(value) && NAMESPACES.has(value.split(".")[0]);
const USED = new Map();
for (const literal of CODE_LITERALS) {
  if (!literal.template && isKeyLike(literal.value)) {
    if (!USED.has(literal.value)) USED.set(literal.value, []);
    USED.get(literal.value).push(`${literal.file}:${literal.line}`);
  }
}

// ---- the tests ----

for (const [page, { en, zhCN }] of Object.entries(PAGES)) {
  describe(`the message catalogues of ${page}`, () => {
    const CATALOGUES = { en, "zh-CN": zhCN };
    test("English and Simplified Chinese have exactly the same keys", () => {
      const enKeys = Object.keys(en).sort();
      const zhKeys = Object.keys(zhCN).sort();
      assert.deepEqual(
        enKeys.filter((key) => !(key in zhCN)),
        [],
        `keys missing from the Chinese catalogue of ${page}`,
      );
      assert.deepEqual(
        zhKeys.filter((key) => !(key in en)),
        [],
        `keys missing from the English catalogue of ${page}`,
      );
      assert.deepEqual(zhKeys, enKeys);
      assert.ok(enKeys.length > 150, `${enKeys.length} messages`);
    });

    test("no message is empty", () => {
      for (const [name, catalogue] of Object.entries(CATALOGUES)) {
        for (const [key, text] of Object.entries(catalogue)) {
          assert.equal(typeof text, "string", `${name} ${key}`);
          assert.ok(text.trim().length > 0, `${name} ${key} is empty`);
        }
      }
    });

    test("each message has the same placeholders in both languages", () => {
      const differ = Object.keys(en)
        .filter((key) => JSON.stringify(core.placeholders(en[key])) !== JSON.stringify(core.placeholders(zhCN[key] ?? "")))
        .map((key) => `${key}: en ${core.placeholders(en[key])} / zh-CN ${core.placeholders(zhCN[key] ?? "")}`);
      assert.deepEqual(differ, []);
    });

    test("the Chinese catalogue is Chinese", () => {
      const han = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/; // Han, CJK and full-width punctuation
      const same = Object.keys(en).filter((key) => zhCN[key] === en[key]);
      assert.deepEqual(same.filter((key) => !SAME_IN_BOTH.has(key)), [], "messages left in English in zh-CN.ts");
      const notChinese = Object.keys(zhCN).filter((key) => !SAME_IN_BOTH.has(key) && !han.test(zhCN[key]));
      assert.deepEqual(notChinese, [], "messages of zh-CN.ts without a Chinese character");
    });
  });
}

describe("the two pages' catalogues", () => {
  test("have no key in common", () => {
    assert.deepEqual(Object.keys(pageEn).filter((key) => key in officeEn), []);
  });

  test("every error of the pallet has its message in the back office's, and only those", async () => {
    const lib = await readFile(join(WEB, "..", "pallets", "traceability", "src", "lib.rs"), "utf8");
    const body = lib.slice(lib.search(/#\[pallet::error\]\s*pub enum Error/));
    const enumBody = body.slice(body.indexOf("{") + 1, body.indexOf("\n\t}"));
    const variants = [...enumBody.matchAll(/^\s*([A-Z][A-Za-z0-9]*),\s*$/gm)].map((match) => match[1]);
    assert.ok(variants.length > 60, `${variants.length} errors read from the pallet`);
    const messages = Object.keys(officeEn).filter((key) => key.startsWith("pallet.")).map((key) => key.slice("pallet.".length));
    assert.deepEqual(variants.filter((name) => !messages.includes(name)), [], "errors of the pallet without a message");
    assert.deepEqual(messages.filter((name) => !variants.includes(name)), [], "messages of errors the pallet does not have");
  });
});

describe("the keys the code uses", () => {
  test("every key written in src/ is in both catalogues", () => {
    const missing = [...USED].filter(([key]) => !(key in en) || !(key in zhCN)).map(([key, where]) => `${key} (${where.join(", ")})`);
    assert.deepEqual(missing, []);
    assert.ok(USED.size > 150, `${USED.size} keys used`);
  });

  test("every key of the catalogues is used", () => {
    assert.deepEqual(Object.keys(en).filter((key) => !USED.has(key)), []);
  });

  test("no key is made up at run time", () => {
    const dynamic = CODE_LITERALS.filter((literal) => literal.template && [...NAMESPACES].some((ns) => literal.value.startsWith(`${ns}.`)));
    assert.deepEqual(dynamic.map((literal) => `${literal.file}:${literal.line} \`${literal.value}\``), []);
  });

  test("no English sentence is left in the code that shows the page", () => {
    // Three words or more, as in a sentence; not in logs, class names, ids or imports, and not
    // in the test-only harness (which names the render test's fake node).
    const SENTENCE = /[A-Za-z]{2,}[,:]?\s+[A-Za-z]{2,}[,:]?\s+[A-Za-z]{2,}/;
    const NOT_SHOWN = /^(console\.\w+|log|import|type|class|id|name|autocomplete|inputmode|Error|TypeError)$/;
    const prose = CODE_LITERALS.filter((literal) => {
      if (literal.file === "render-harness.ts" || NOT_SHOWN.test(literal.context)) return false;
      return SENTENCE.test(literal.value.replace(/\$\{…\}/g, " "));
    });
    assert.deepEqual(
      prose.map((literal) => `${literal.file}:${literal.line} (${literal.context}) ${JSON.stringify(literal.value)}`),
      [],
    );
  });
});

describe("choosing the language (src/i18n/core.ts)", () => {
  const { chooseLocale, formatLocale } = core;

  test("the browser's languages, most preferred first: any zh is Simplified Chinese, else English", () => {
    assert.equal(chooseLocale(["zh-CN", "zh", "en"]), "zh-CN");
    assert.equal(chooseLocale(["zh"]), "zh-CN");
    assert.equal(chooseLocale(["zh-Hans-CN"]), "zh-CN");
    assert.equal(chooseLocale(["zh-TW", "en-US"]), "zh-CN");
    assert.equal(chooseLocale(["ZH-hk"]), "zh-CN");
    assert.equal(chooseLocale(["en-US", "zh-CN"]), "en");
    assert.equal(chooseLocale(["en-GB"]), "en");
    assert.equal(chooseLocale(["fr-FR", "zh-CN", "en"]), "zh-CN", "the first language the page speaks");
    assert.equal(chooseLocale(["fr-FR", "de"]), "en");
    assert.equal(chooseLocale(["zhx-foo", "en"]), "en", "zh is a whole subtag");
    assert.equal(chooseLocale([]), "en");
    assert.equal(chooseLocale(undefined), "en");
  });

  test("the switch's stored choice wins; anything else stored is ignored", () => {
    assert.equal(chooseLocale(["zh-CN"], "en"), "en");
    assert.equal(chooseLocale(["en-US"], "zh-CN"), "zh-CN");
    assert.equal(chooseLocale(["zh-CN"], "fr"), "zh-CN");
    assert.equal(chooseLocale(["en"], "__proto__"), "en");
    assert.equal(chooseLocale(["zh"], null), "zh-CN");
  });

  test("dates follow the browser's variant of English, and zh-CN for Chinese", () => {
    assert.equal(formatLocale("en", ["en-GB", "en-US"]), "en-GB");
    assert.equal(formatLocale("en", ["fr", "en-AU"]), "en-AU");
    assert.equal(formatLocale("en", ["zh-CN"]), "en");
    assert.equal(formatLocale("en", ["en-!!"]), "en", "an invalid tag is skipped");
    assert.equal(formatLocale("zh-CN", ["zh-TW", "en-US"]), "zh-CN");
    assert.equal(formatLocale("zh-CN", []), "zh-CN");
  });
});

describe("placeholders (src/i18n/core.ts)", () => {
  const { interpolate, placeholders } = core;
  const fill = (text, params) => interpolate(text, (name) => params[name]).join("");

  test("are filled by name, wherever they stand", () => {
    assert.equal(fill("由 {issuer} 发放，{when}。", { issuer: "Alpi", when: "今天" }), "由 Alpi 发放，今天。");
    assert.equal(fill("{a}{b}{a}", { a: "x", b: "y" }), "xyx");
    assert.deepEqual(interpolate("by {actor}{counterparty}", (name) => ({ actor: 1, counterparty: 2 })[name]), ["by ", 1, 2]);
  });

  test("one the code does not fill stays as written", () => {
    assert.equal(fill("Digital Link has no /01/{gtin} in its path", {}), "Digital Link has no /01/{gtin} in its path");
    assert.equal(fill("{name} is empty", { other: "x" }), "{name} is empty");
  });

  test("are listed sorted, each once", () => {
    assert.deepEqual(placeholders("{b} {a} {b} {} {1x} {c2}"), ["a", "b", "c2"]);
    assert.deepEqual(placeholders("no placeholders"), []);
  });

  test("every English link message is the trace-gs1 crate's (as the page test expects)", () => {
    const fillEn = (key, params = {}) => fill(en[key], params);
    assert.equal(fillEn("link.gtinCheckDigit", { found: 3, expected: 2 }), "GTIN check digit is 3, expected 2");
    assert.equal(fillEn("link.gtinLength", { count: 11 }), "GTIN must be 8, 12, 13 or 14 digits, got 11 characters");
    assert.equal(
      fillEn("link.charset", { name: en["link.serialNumber"], position: 2 }),
      "serial number has a character outside GS1 character set 82 at position 2",
    );
    assert.equal(fillEn("link.noSerial"), "Digital Link has no /21/{serial} after the GTIN");
  });
});

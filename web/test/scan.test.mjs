// Unit tests of what a scanned QR code means (src/scanner.ts), with node's test runner and no
// browser:   node --test web/test/scan.test.mjs        (npm run test:unit)
// - a GS1 Digital Link of the page's origin or of the configured resolver is the item's canonical
//   path (gs1.ts's `linkPath`, with its lot; a path prefix, a query and a GTIN-13 allowed);
// - anything else is no trace code, and the message says why: no web link, another site, or which
//   part of the link is wrong, with gs1.ts's own message (the test does not restate a GS1 rule:
//   it compares with what `parsePath` says);
// - what the camera's failures (getUserMedia's `DOMException` names) are said as.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { importSource } from "./ts-load.mjs";

const { readScanned, resolverOrigins, cameraError } = await importSource("scanner.ts");
const { parsePath, LinkError } = await importSource("gs1.ts");
const { english } = await importSource("i18n/index.ts");

const PAGE = "http://127.0.0.1:8080";
const RESOLVER = "https://id.trace.example";
const ORIGINS = resolverOrigins(PAGE, `${RESOLVER}/`);
const GTIN = "08012345000012";

describe("a scanned trace code", () => {
  test("of the resolver or of the page's own origin is the item's path on this page", () => {
    assert.deepEqual(ORIGINS, [PAGE, RESOLVER]);
    assert.deepEqual(readScanned(`${RESOLVER}/01/${GTIN}/21/HB-0002`, ORIGINS), { path: `/01/${GTIN}/21/HB-0002` });
    assert.deepEqual(readScanned(`${PAGE}/01/${GTIN}/10/L2/21/HB-0004`, ORIGINS), { path: `/01/${GTIN}/10/L2/21/HB-0004` });
    assert.deepEqual(readScanned(`  ${RESOLVER}/01/${GTIN}/21/HB-0001\n`, ORIGINS), { path: `/01/${GTIN}/21/HB-0001` }, "whitespace around it");
  });

  test("is opened at its canonical path: GTIN-14, the serial percent-encoded, no prefix or query", () => {
    assert.deepEqual(readScanned(`${RESOLVER}/shop/01/8012345000012/21/A%2FB?linkType=all#x`, ORIGINS), { path: `/01/${GTIN}/21/A%2FB` });
  });
});

describe("a QR code that is not a trace code says why", () => {
  const words = (scanned) => english(scanned.error);

  test("no web link", () => {
    for (const text of ["hello", "", "WIFI:S:shop;T:WPA;P:secret;;", "mailto:a@b.example", "javascript:alert(1)", "/01/08012345000012/21/HB-0001"]) {
      const scanned = readScanned(text, ORIGINS);
      assert.equal(words(scanned), "This QR code is not a trace code: it holds no web link.", JSON.stringify(text));
    }
  });

  test("a link to another site, named by its host", () => {
    for (const [text, host] of [
      [`https://example.com/01/${GTIN}/21/HB-0001`, "example.com"],
      [`http://id.trace.example/01/${GTIN}/21/HB-0001`, "id.trace.example"], // not the resolver's https origin
      [`https://id.trace.example:8443/01/${GTIN}/21/HB-0001`, "id.trace.example:8443"],
    ]) {
      assert.equal(words(readScanned(text, ORIGINS)), `This QR code is not a trace code of this site: it links to ${host}.`);
    }
  });

  test("a link of this site that is no valid trace code: the part gs1.ts finds wrong, in its words", () => {
    for (const path of [
      `/01/08012345000013/21/HB-0001`,
      `/01/${GTIN}/21/HB%200001`,
      `/01/${GTIN}`,
      `/01/${GTIN}/10/L%2/21/HB-0001`,
      `/gtin/${GTIN}`,
      `/`,
    ]) {
      let expected;
      try {
        parsePath(path);
        assert.fail(`${path} parses`);
      } catch (error) {
        assert.ok(error instanceof LinkError);
        expected = error;
      }
      const scanned = readScanned(`${RESOLVER}${path}`, ORIGINS);
      assert.equal(scanned.part, expected.part, path);
      const part = { gtin: "product number (GTIN)", serial: "serial number", lot: "lot number", path: "link" }[expected.part];
      assert.equal(words(scanned), `This QR code is not a valid trace code: the ${part} in it is wrong: ${expected.message}.`);
    }
  });

  test("a resolver that is no URL leaves the page's own origin", () => {
    assert.deepEqual(resolverOrigins(PAGE, "not a url"), [PAGE]);
    assert.deepEqual(resolverOrigins(PAGE, undefined), [PAGE]);
    assert.deepEqual(resolverOrigins(PAGE, `${PAGE}/`), [PAGE]);
  });
});

describe("the camera's failures", () => {
  const said = (name, message = "") => english(cameraError(Object.assign(new Error(message), { name })));

  test("not allowed, no camera, or why it failed", () => {
    for (const name of ["NotAllowedError", "SecurityError", "PermissionDeniedError"]) {
      assert.match(said(name), /^The camera is not allowed for this page\./);
    }
    for (const name of ["NotFoundError", "DevicesNotFoundError", "OverconstrainedError"]) {
      assert.equal(said(name), "No camera was found on this device.");
    }
    assert.equal(said("NotReadableError", "Device in use"), "The camera could not be opened: Device in use");
  });
});

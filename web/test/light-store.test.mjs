// Unit tests of what the light client keeps between visits (src/light-store.ts), with node's test
// runner and no browser:   node --test web/test/light-store.test.mjs        (npm run test:unit)
// - a saved database is only read back for the chain spec it was saved with, and anything else in
//   its place (garbage, another version's record, a truncated write) reads as nothing;
// - stored metadata that does not decode reads as missing, and is deleted;
// - smoldot itself (the npm package the page runs, here in node) takes a garbage database without
//   an error — it starts afresh — and writes its database with `chainHead_unstable_finalizedDatabase`,
//   which a second chain starts from. The chain is Westend's spec (polkadot-api's known-chains,
//   which has a checkpoint) with its bootnodes taken out: nothing is dialled.
// The IndexedDB store itself is tested in the browser (test/render.test.mjs, "the saved database").

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { importSource } from "./ts-load.mjs";

const store = await importSource("light-store.ts");
const { specFingerprint, savedChainOf, encodeMetadata, decodeMetadata, metadataCache, MAX_DATABASE_SIZE } = store;

const GENESIS = "0x" + "e1".repeat(32);
const SPEC = specFingerprint('{"name":"Dev","id":"dev"}');
const good = { genesis: GENESIS, spec: SPEC, database: '{"genesisHash":"e1"}', savedAt: 1_780_000_000_000 };

describe("the chain spec's fingerprint", () => {
  test("is the same for the same text, and differs at one character or in length", () => {
    const text = JSON.stringify({ name: "Dev", genesis: { raw: { top: { "0x3a636f6465": "0x" + "00".repeat(500_000) } } } });
    assert.equal(specFingerprint(text), specFingerprint(String(text)));
    assert.notEqual(specFingerprint(text), specFingerprint(text.replace('"Dev"', '"Dew"')));
    assert.notEqual(specFingerprint(text), specFingerprint(text + " "));
    assert.notEqual(specFingerprint("ab"), specFingerprint("ba"));
    assert.match(specFingerprint(""), /^0-[0-9a-f]{16}$/);
  });
});

describe("a saved database", () => {
  test("is read back for its own chain spec only", () => {
    assert.deepEqual(savedChainOf(good, SPEC), good);
    assert.equal(savedChainOf(good, specFingerprint("another spec")), undefined);
    assert.deepEqual(savedChainOf({ ...good, extra: 1 }, SPEC), good, "fields it does not know are dropped");
  });

  test("garbage in its place reads as nothing", () => {
    for (const garbage of [
      undefined,
      null,
      0,
      "a string",
      [good],
      {},
      { ...good, genesis: "0x1234" },
      { ...good, genesis: GENESIS.toUpperCase() },
      { ...good, genesis: 42 },
      { ...good, spec: undefined },
      { ...good, database: "" },
      { ...good, database: { chain: 1 } },
      { ...good, database: "x".repeat(MAX_DATABASE_SIZE + 1) },
      { ...good, savedAt: "yesterday" },
      { ...good, savedAt: Number.NaN },
    ]) {
      assert.equal(savedChainOf(garbage, SPEC), undefined, JSON.stringify(garbage)?.slice(0, 80));
    }
  });
});

describe("stored metadata", () => {
  const METADATA = Uint8Array.from([0x6d, 0x65, 0x74, 0x61, 15, 1, 2, 3, 250]);

  test("reads back as it was written", () => {
    assert.deepEqual(decodeMetadata(encodeMetadata(METADATA)), METADATA);
  });

  test("that is garbage, truncated, altered or of an older page reads as missing", () => {
    const stored = encodeMetadata(METADATA);
    for (const garbage of [
      undefined,
      null,
      42,
      "",
      "garbage",
      ":",
      stored.slice(0, -2), // truncated
      stored.slice(0, -1) + "0", // one digit altered
      stored.replace(/:0x6d657461/, ":0x00657461"), // not metadata's magic
      "0x6d6574610f010203fa", // an older page's entry: hex without its fingerprint
      stored.toUpperCase(),
    ]) {
      assert.equal(decodeMetadata(garbage), null, String(garbage).slice(0, 40));
    }
  });

  test("polkadot-api's cache deletes an entry that does not decode, and survives a storage that throws", async () => {
    const items = new Map();
    const storage = {
      getItem: (key) => (items.has(key) ? items.get(key) : null),
      setItem: (key, value) => items.set(key, value),
      removeItem: (key) => items.delete(key),
    };
    const cache = metadataCache(() => storage);
    const hash = "0x" + "c0".repeat(32);
    assert.equal(await cache.getMetadata(hash), null);
    items.set(`trace-metadata-${hash}`, "0x6d657461"); // an older page's
    cache.setMetadata(hash, METADATA);
    assert.ok(!items.has(`trace-metadata-${hash}`), "the older page's entry is gone");
    assert.deepEqual(await cache.getMetadata(hash), METADATA);
    items.set(`trace-metadata-v2-${hash}`, "garbage");
    assert.equal(await cache.getMetadata(hash), null);
    assert.ok(!items.has(`trace-metadata-v2-${hash}`), "the garbage is deleted");

    const broken = metadataCache(() => ({
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    }));
    assert.equal(await broken.getMetadata(hash), null);
    assert.doesNotThrow(() => broken.setMetadata(hash, METADATA));
    assert.equal(await metadataCache(() => undefined).getMetadata(hash), null);
  });
});

describe("smoldot and its database (the npm package the page runs, in node)", () => {
  test("a garbage database is ignored; the database smoldot writes starts the next chain", { timeout: 120_000 }, async () => {
    const { start } = await import("smoldot");
    const { chainSpec } = await import("@polkadot-api/known-chains/westend");
    const spec = JSON.parse(chainSpec);
    spec.bootNodes = []; // nothing is dialled
    const client = start({ maxLogLevel: 1 });
    try {
      const ask = async (chain, method, params) => {
        chain.sendJsonRpc(JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }));
        return JSON.parse(await chain.nextJsonRpcResponse()).result;
      };
      const first = await client.addChain({ chainSpec: JSON.stringify(spec), databaseContent: '{"genesisHash":"00", garbage \u0000' });
      const genesis = await ask(first, "chainSpec_v1_genesisHash", []);
      assert.match(genesis, /^0x[0-9a-f]{64}$/);
      // Without peers smoldot waits ~30 s for a runtime before it answers (after a verdict, the
      // page's smoldot has one).
      const database = await ask(first, "chainHead_unstable_finalizedDatabase", [MAX_DATABASE_SIZE]);
      assert.equal(typeof database, "string");
      assert.ok(database.length > 0 && database.length <= MAX_DATABASE_SIZE);
      assert.equal(JSON.parse(database).genesisHash, genesis.slice(2), "the database is the chain's, not the garbage");
      first.remove();
      const second = await client.addChain({ chainSpec: JSON.stringify(spec), databaseContent: database });
      assert.equal(await ask(second, "chainSpec_v1_genesisHash", []), genesis);
      second.remove();
    } finally {
      await client.terminate();
    }
  });
});

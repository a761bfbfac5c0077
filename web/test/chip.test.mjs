// Unit tests of the chip check (src/chip.ts), with node's test runner and no browser or chain:
//   node --test web/test/chip.test.mjs        (npm run test:unit)
// - the HaLo adapter sends HaLo's `sign` command (key slot 1, `digest` = blake2_256 of the
//   challenge, over Web NFC) and makes the pallet's `r ‖ s ‖ v` of libhalo's answer; a fake
//   `execHaloCmdWeb` answers as a HaLo chip with the demo chip's key would;
// - the software chip (the browser tests' `window.__traceChip`) has the interface of the adapter;
// - `checkChip` against a fake chain: verified, another chip, another scheme, an old block, no
//   answer (a chip that never answers, a chip that fails), and the chip the page picks.
// The chips' seeds and keys come from test/vectors/chip.json (the pallet's tests/vectors.rs).

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { blake2b256 } from "@polkadot-labs/hdkd-helpers";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { importSource, WEB } from "./ts-load.mjs";

const chip = await importSource("chip.ts");
const { fromHex, toHex } = await importSource("gs1.ts");
const CHIP = JSON.parse(await readFile(join(WEB, "test", "vectors", "chip.json"), "utf8"));
const chipOf = (name) => CHIP.chips.find((vector) => vector.name === name);
const DEMO = chipOf("demo");
const OTHER = chipOf("other");
const keyOf = (vector) => ({ type: vector.key_type, publicKey: vector.public });
const [, SECOND] = CHIP.challenges;
const CODE = SECOND.code;

/** A chain whose finalized block is #100 when asked for a challenge and `100 + lag` after. */
const fakeChain = ({ lag = 1, maxAge = 20 } = {}) => ({
  challengeBlock: async () => ({ number: 100, hash: SECOND.block_hash, genesis: SECOND.genesis }),
  finalizedNumber: async () => 100 + lag,
  maxAge: async () => maxAge,
});

/** What libhalo's execHaloCmdWeb answers for `sign` with a digest, for a chip with `seed`. */
function fakeHalo(seed, calls) {
  return async (command, options) => {
    calls.push({ command, options });
    const signature = secp256k1.sign(fromHex(`0x${command.digest}`), fromHex(seed), { prehash: false, format: "recovered" });
    const hex = (bytes) => toHex(bytes).slice(2);
    return {
      input: { keyNo: command.keyNo, digest: command.digest },
      signature: { der: "30…", raw: { r: hex(signature.subarray(1, 33)), s: hex(signature.subarray(33, 65)), v: 27 + signature[0] } },
      publicKey: "04…",
    };
  };
}

describe("the HaLo adapter", () => {
  test("sends HaLo's sign command: key slot 1, digest = blake2_256 of the challenge, over Web NFC", async () => {
    const calls = [];
    const halo = chip.haloChip(fakeHalo(DEMO.seed, calls));
    const challenge = fromHex(SECOND.challenge);
    const answer = await halo.sign(challenge);
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0].command, { name: "sign", keyNo: 1, digest: toHex(blake2b256(challenge)).slice(2) });
    assert.equal(calls[0].options.method, "webnfc");
    assert.equal(answer.keyType, "secp256k1_ecdsa");
    assert.equal(answer.signature.length, 65);
    assert.ok([27, 28].includes(answer.signature[64]), "v as HaLo gives it (27/28), which the pallet takes");
    assert.ok(chip.verifyChip(keyOf(DEMO), challenge, answer), "the pallet's rule accepts the adapter's answer");
    assert.ok(!chip.verifyChip(keyOf(OTHER), challenge, answer));
  });

  test("an answer without a raw signature is refused", async () => {
    const halo = chip.haloChip(async () => ({ signature: { der: "3045…" } }));
    await assert.rejects(halo.sign(new Uint8Array(112)), (error) => error.text?.key === "chip.error.badAnswer");
  });

  test("short r and s are padded to 32 bytes", async () => {
    const halo = chip.haloChip(async () => ({ signature: { raw: { r: "01", s: "0x02", v: 0 } } }));
    const answer = await halo.sign(new Uint8Array(112));
    assert.equal(toHex(answer.signature), `0x${"0".repeat(62)}01${"0".repeat(62)}0200`);
  });
});

describe("the software chip", () => {
  test("has the adapter's interface, for every scheme", async () => {
    for (const vector of CHIP.chips) {
      const software = chip.softwareChip(vector.key_type, vector.seed);
      assert.equal(typeof software.sign, "function");
      const answer = await software.sign(fromHex(SECOND.challenge));
      assert.equal(answer.keyType, vector.key_type);
      assert.ok(answer.signature instanceof Uint8Array);
      assert.ok(chip.verifyChip(keyOf(vector), fromHex(SECOND.challenge), answer), vector.name);
    }
  });

  test("refuses a seed that is not 32 bytes or an unknown scheme", () => {
    assert.throws(() => chip.softwareChip("secp256k1_ecdsa", "0x1234"));
    assert.throws(() => chip.softwareChip("rsa", DEMO.seed));
  });

  test("its answer becomes the pallet's ChipSignature variant", async () => {
    const answer = await chip.softwareChip(DEMO.key_type, DEMO.seed).sign(fromHex(SECOND.challenge));
    const signature = chip.chipSignature(answer);
    assert.equal(signature.type, "Secp256k1Ecdsa");
    assert.equal(signature.value, toHex(answer.signature));
    assert.equal(chip.chipSignature({ signature: "0x00", keyType: "ed25519" }).type, "Ed25519");
    assert.equal(chip.chipSignature({ signature: "0x00", keyType: "sr25519" }).type, "Sr25519");
  });
});

describe("checking a chip (checkChip)", () => {
  const demo = () => chip.softwareChip(DEMO.key_type, DEMO.seed);

  test("the item's own chip, answering at once: verified, for the challenge's block", async () => {
    const outcome = await chip.checkChip(demo(), keyOf(DEMO), CODE, fakeChain());
    assert.equal(outcome.result, "verified");
    assert.equal(outcome.block, 100);
    assert.ok(chip.verifyChip(keyOf(DEMO), fromHex(SECOND.challenge), outcome.answer), "it signed the vectors' challenge");
  });

  test("another chip of the same scheme: the wrong key", async () => {
    const outcome = await chip.checkChip(chip.softwareChip(OTHER.key_type, OTHER.seed), keyOf(DEMO), CODE, fakeChain());
    assert.equal(outcome.result, "wrong_key");
    assert.equal(outcome.reason.key, "chip.reason.otherKey");
  });

  test("a chip of another scheme: the wrong key, naming both schemes", async () => {
    const ed = chipOf("ed25519");
    const outcome = await chip.checkChip(chip.softwareChip(ed.key_type, ed.seed), keyOf(DEMO), CODE, fakeChain());
    assert.equal(outcome.result, "wrong_key");
    assert.equal(outcome.reason.key, "chip.reason.otherScheme");
    assert.deepEqual(outcome.reason.params, { got: "ed25519", expected: "secp256k1_ecdsa" });
  });

  test("an answer that came after more than MaxChipChallengeAge blocks: an old block", async () => {
    const atLimit = await chip.checkChip(demo(), keyOf(DEMO), CODE, fakeChain({ lag: 20, maxAge: 20 }));
    assert.equal(atLimit.result, "verified", "at the limit the chain still takes it");
    const outcome = await chip.checkChip(demo(), keyOf(DEMO), CODE, fakeChain({ lag: 21, maxAge: 20 }));
    assert.equal(outcome.result, "old_block");
    assert.deepEqual(outcome.reason, { key: "chip.reason.oldBlock", params: { block: 100, max: 20 } });
  });

  test("a chip that never answers, or fails: no answer", async () => {
    const silent = await chip.checkChip({ sign: () => new Promise(() => {}) }, keyOf(DEMO), CODE, fakeChain(), 50);
    assert.equal(silent.result, "no_answer");
    assert.equal(silent.reason.key, "chip.reason.timeout");
    const failing = await chip.checkChip({ sign: async () => { throw new Error("NFC tag lost"); } }, keyOf(DEMO), CODE, fakeChain());
    assert.equal(failing.result, "no_answer");
    assert.deepEqual(failing.reason, { key: "chip.reason.failed", params: { error: "NFC tag lost" } });
  });

  test("the page asks an injected chip first, else HaLo where Web NFC is, else none", () => {
    const saved = globalThis.window;
    try {
      globalThis.window = {};
      assert.equal(chip.availableChip(), undefined, "no Web NFC, no injected chip");
      assert.equal(chip.hasWebNfc(), false);
      globalThis.window = { NDEFReader: function NDEFReader() {} };
      assert.equal(typeof chip.availableChip()?.sign, "function", "HaLo over Web NFC");
      const injected = demo();
      globalThis.window = { __traceChip: injected };
      assert.equal(chip.availableChip(), injected);
    } finally {
      globalThis.window = saved;
    }
  });
});

// Unit tests of the page's ports of Rust rules, against vectors that the Rust side writes, with
// node's test runner and no browser or chain:
//   node --test web/test/vectors.test.mjs        (npm run test:unit)
// - test/vectors/gs1.json, written by trace-gs1's tests/vectors.rs with the crate's own
//   functions: check digits, GTINs, serial and lot numbers, canonical paths and code keys, and
//   Digital Link paths with and without lot, prefix, query and percent escapes, for src/gs1.ts;
// - test/vectors/claim.json, written by pallet-traceability's tests/vectors.rs: the claim
//   payload (`claim_payload` with the runtime's types), the claim keys of secret URIs (as
//   sp_core reads them: hard and soft junctions, numbers, texts of any length, passwords) and
//   the accounts of SS58 addresses, for src/claim.ts; and, against the same keys, the few
//   secrets that src/claim.ts deliberately reads otherwise than sp_core;
// - test/vectors/chip.json, by the same: chip challenges (`chip_challenge`), the software test
//   chips (seed and public key of each; scripts/demo.sh registers the `demo` chip) and
//   `verify_chip`'s judgement of their answers, good and bad, for src/chip.ts;
// - test/vectors/ownership.json, by the same: `ownership_payload` of each step, for
//   src/ownership.ts;
// - test/vectors/issuance.json, written by the CLI's src/vectors.rs: `trace code issue-bulk`'s
//   reading of CSV files (bulk.rs `parse_csv` over the `csv` crate: columns, quotes, line ends,
//   white space, every error with its row, line, column and words) for the back office's
//   src/merchant/bulk.ts and csv.ts, and the officer commitment (args.rs
//   `officer_commitment_with_salt`) for src/merchant/officer.ts.
// Outcomes are compared in full: a value, or the same error, with the crate's words (the page's
// English catalogue has them word for word) and the part of the link the page points at.
// A rule changed on either side fails a test: the Rust test while the file is stale, this one
// while the port disagrees. Each file's "refresh" field is the command that rewrites it.
// src/gs1.ts and src/claim.ts import packages and other sources, so they are loaded with
// test/ts-load.mjs's `importSource`.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { importSource, WEB } from "./ts-load.mjs";

const gs1 = await importSource("gs1.ts");
const claim = await importSource("claim.ts");
const chip = await importSource("chip.ts");
const ownership = await importSource("ownership.ts");
const bulk = await importSource("merchant/bulk.ts");
const officer = await importSource("merchant/officer.ts");
const { LocalizedError, addMessages, english } = await importSource("i18n/index.ts");
const { officeEn } = await importSource("i18n/office-en.ts");
const { officeZhCN } = await importSource("i18n/office-zh-CN.ts");
// The back office's messages, as its page adds them (the CSV errors are in its catalogue).
addMessages({ en: officeEn, "zh-CN": officeZhCN });
const vectors = async (name) => JSON.parse(await readFile(join(WEB, "test", "vectors", name), "utf8"));
const GS1 = await vectors("gs1.json");
const CLAIM = await vectors("claim.json");
const CHIP = await vectors("chip.json");
const OWNERSHIP = await vectors("ownership.json");
const ISSUANCE = await vectors("issuance.json");

const { fromHex, toHex } = gs1;
const bytes = (text) => new TextEncoder().encode(text);
/** A vector as text, for assertion messages. */
const show = (vector) => JSON.stringify(vector);

/** The part of a link that the page points at, for each `trace_gs1::Gs1Error` the port has. */
const PART = {
  GtinWrongLength: ["gtin"],
  GtinNotNumeric: ["gtin"],
  GtinCheckDigit: ["gtin"],
  SerialEmpty: ["serial"],
  SerialTooLong: ["serial"],
  SerialInvalidChar: ["serial"],
  LotEmpty: ["lot"],
  LotTooLong: ["lot"],
  LotInvalidChar: ["lot"],
  LinkNotAbsolute: ["path"],
  LinkMissingGtin: ["path"],
  LinkMissingLot: ["lot"],
  LinkMissingSerial: ["serial"],
  LinkUnexpectedSegment: ["path"],
  // The crate does not say in which segment; the page names the one it decodes.
  LinkBadPercentEncoding: ["lot", "serial"],
};

/** Runs `run`: it returns what the vector's "ok" says, or throws the vector's error. */
function expectOutcome(vector, run, compare = (value) => assert.deepEqual(value, vector.ok, show(vector))) {
  if ("ok" in vector) {
    compare(run());
    return;
  }
  assert.ok(vector.error in PART, `the port has no ${vector.error}: ${show(vector)}`);
  assert.throws(run, (error) => {
    assert.ok(error instanceof gs1.LinkError, `${show(vector)}: ${error}`);
    assert.equal(error.message, vector.message, show(vector));
    assert.ok(PART[vector.error].includes(error.part), `${show(vector)}: part ${error.part}`);
    return true;
  });
}

describe("GS1 (src/gs1.ts) against trace-gs1", () => {
  test("the limits", () => {
    assert.equal(gs1.GTIN_LEN, GS1.gtin_len);
    assert.equal(gs1.MAX_SERIAL_LEN, GS1.max_serial_len);
    assert.equal(gs1.MAX_LOT_LEN, GS1.max_lot_len);
  });

  test("character set 82, byte by byte", () => {
    const set = new Set(bytes(GS1.cset82));
    for (let byte = 0; byte <= 255; byte++) {
      assert.equal(gs1.isCset82(byte), set.has(byte), `byte 0x${byte.toString(16)}`);
    }
  });

  test(`check digits of bodies of 7 to 17 digits (${GS1.check_digit.length} vectors)`, () => {
    for (const vector of GS1.check_digit) {
      // The port takes digits from its own callers only: it has no errors of its own.
      assert.ok("ok" in vector, `the crate refuses a body the port would take: ${show(vector)}`);
      assert.equal(gs1.checkDigit(vector.body), vector.ok, show(vector));
    }
  });

  test(`GTIN-8/12/13/14 text, normalised to GTIN-14 (${GS1.gtin.length} vectors)`, () => {
    for (const vector of GS1.gtin) expectOutcome(vector, () => gs1.parseGtin(vector.text));
  });

  for (const [name, validate] of [
    ["serial", gs1.validateSerial],
    ["lot", gs1.validateLot],
  ]) {
    test(`${name} numbers (${GS1[name].length} vectors)`, () => {
      for (const vector of GS1[name]) {
        expectOutcome(vector, () => (validate(fromHex(vector.bytes)), true));
      }
    });
  }

  test(`canonical paths and code keys, percent-encoding included (${GS1.keys.length} vectors)`, () => {
    for (const vector of GS1.keys) {
      const serial = fromHex(vector.serial);
      assert.equal(gs1.canonicalPath(vector.gtin, serial), vector.path, show(vector));
      assert.equal(gs1.codeKey(vector.gtin, serial), vector.key, show(vector));
      assert.equal(`/01/${vector.gtin}/21/${gs1.percentEncode(serial)}`, vector.path, show(vector));
    }
  });

  test(`Digital Link paths (${GS1.links.length} vectors)`, () => {
    for (const vector of GS1.links) {
      expectOutcome(
        vector,
        () => gs1.parsePath(vector.path),
        (link) => {
          assert.equal(link.gtin, vector.ok.gtin, show(vector));
          assert.equal(toHex(link.serial), vector.ok.serial, show(vector));
          assert.equal(link.lot === undefined ? null : toHex(link.lot), vector.ok.lot, show(vector));
          assert.equal(gs1.canonicalPath(link.gtin, link.serial), vector.ok.path, show(vector));
          assert.equal(gs1.linkPath(link), vector.ok.link, show(vector));
          assert.equal(gs1.codeKey(link.gtin, link.serial), vector.ok.key, show(vector));
        },
      );
    }
  });
});

describe("the claim (src/claim.ts) against pallet-traceability", () => {
  test("the domain separator is the pallet's CLAIM_CONTEXT", () => {
    assert.equal(new TextDecoder().decode(claim.CLAIM_CONTEXT), CLAIM.context);
  });

  test(`claim payloads (${CLAIM.payloads.length} vectors)`, () => {
    for (const vector of CLAIM.payloads) {
      const payload = claim.claimPayload(fromHex(vector.genesis), fromHex(vector.code), fromHex(vector.claimer));
      assert.equal(toHex(payload), vector.payload, show(vector));
    }
  });

  test(`claim keys of secret URIs (${CLAIM.keys.length} vectors)`, () => {
    for (const vector of CLAIM.keys) {
      if (vector.public === null) {
        assert.throws(() => claim.claimKeyFromSecret(vector.secret), LocalizedError, show(vector));
        continue;
      }
      assert.equal(toHex(claim.claimKeyFromSecret(vector.secret).publicKey), vector.public, show(vector));
      assert.equal(toHex(claim.parseAccount(vector.address)), vector.public, show(vector));
      // The page also takes the account as 0x hex, which sp_core's SS58 parser does not.
      assert.equal(toHex(claim.parseAccount(vector.public)), vector.public, show(vector));
    }
  });

  // What claimKeyFromSecret's comment lists as read otherwise than sp_core, on purpose: the page
  // refuses, or takes as the key of another vector, a secret that sp_core refuses or reads
  // otherwise. The keys come from the vectors, so sp_core still has the last word on each.
  test("the page's deliberate differences from sp_core", () => {
    const keyOf = (secret) => {
      const vector = CLAIM.keys.find((key) => key.secret === secret);
      assert.ok(vector?.public, `no key vector for ${secret}`);
      return vector.public;
    };
    const page = (secret) => toHex(claim.claimKeyFromSecret(secret).publicKey);
    const refused = (secret) => assert.throws(() => claim.claimKeyFromSecret(secret), LocalizedError, JSON.stringify(secret));
    const dev = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
    const hexSeed = "0x9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    // White space around the secret is dropped, as `trace claim` does; inside, it is kept.
    assert.equal(page(" \t//Alice\u3000\n"), keyOf("//Alice"));
    assert.equal(page(" //Trace Demo "), keyOf("//Trace Demo"));
    // An empty secret is refused, not read as the development phrase's own key.
    refused("");
    refused(" \n ");
    // A phrase in capitals or with other white space between its words is the same phrase.
    assert.equal(page(dev.toUpperCase() + "//Alice"), keyOf("//Alice"));
    assert.equal(page(dev.replaceAll(" ", " \t ") + "/Alice"), keyOf(`${dev}/Alice`));
    // A hex seed is 0x + 64 hex digits and takes no password.
    refused(`${hexSeed}///password`);
    refused(`0x${hexSeed}`);
    // A password that NFKD normalisation changes is refused: "ä" composed. Decomposed, "a" and
    // U+0308, and 密码 are left alone by NFKD, and are vectors.
    refused("//Alice///p\u00e4ss");
  });

  test(`accounts of SS58 addresses (${CLAIM.accounts.length} vectors)`, () => {
    for (const vector of CLAIM.accounts) {
      if (vector.account === null) {
        assert.throws(() => claim.parseAccount(vector.text), LocalizedError, show(vector));
      } else {
        assert.equal(toHex(claim.parseAccount(vector.text)), vector.account, show(vector));
      }
    }
  });
});

describe("the chip (src/chip.ts) against pallet-traceability", () => {
  test("the domain separator is the pallet's CHIP_CONTEXT", () => {
    assert.equal(new TextDecoder().decode(chip.CHIP_CONTEXT), CHIP.context);
  });

  test(`chip challenges (${CHIP.challenges.length} vectors)`, () => {
    for (const vector of CHIP.challenges) {
      const challenge = chip.chipChallenge(fromHex(vector.genesis), fromHex(vector.code), fromHex(vector.block_hash));
      assert.equal(toHex(challenge), vector.challenge, show(vector));
    }
  });

  test(`the software chips' keys are sp_core's of their seeds (${CHIP.chips.length} vectors)`, () => {
    for (const vector of CHIP.chips) {
      assert.equal(toHex(chip.softwareChip(vector.key_type, vector.seed).publicKey), vector.public, show(vector));
    }
  });

  test(`answers, judged as verify_chip does (${CHIP.answers.length} vectors)`, () => {
    for (const vector of CHIP.answers) {
      const verdict = chip.verifyChip(
        { type: vector.key_type, publicKey: vector.public },
        fromHex(vector.challenge),
        { signature: vector.signature, keyType: vector.signature_type },
      );
      assert.equal(verdict, vector.valid, show(vector));
    }
    // Not vacuous: good and bad answers of every scheme.
    assert.ok(CHIP.answers.some((vector) => vector.valid) && CHIP.answers.some((vector) => !vector.valid));
  });

  test("the software chips sign as the pallet's test chips (deterministic schemes byte for byte)", async () => {
    for (const vector of CHIP.answers.filter((answer) => answer.valid)) {
      const software = CHIP.chips.find((chipVector) => chipVector.public === vector.public);
      assert.ok(software, show(vector));
      const answer = await chip.softwareChip(software.key_type, software.seed).sign(fromHex(vector.challenge));
      assert.equal(answer.keyType, vector.key_type);
      if (vector.key_type === "sr25519") {
        // sr25519 signatures are randomised: the answer verifies, and differs from the vector's.
        assert.ok(chip.verifyChip({ type: vector.key_type, publicKey: vector.public }, fromHex(vector.challenge), answer));
      } else if (vector.case !== "v as 27 or 28") {
        assert.equal(toHex(answer.signature), vector.signature, show(vector));
      }
    }
  });
});

describe("ownership steps (src/ownership.ts) against pallet-traceability", () => {
  test("the domain separator is the pallet's OWNERSHIP_CONTEXT", () => {
    assert.equal(new TextDecoder().decode(ownership.OWNERSHIP_CONTEXT), OWNERSHIP.context);
  });

  test(`ownership payloads of every step (${OWNERSHIP.payloads.length} vectors)`, () => {
    for (const vector of OWNERSHIP.payloads) {
      const payload = ownership.ownershipPayload(
        fromHex(vector.genesis),
        fromHex(vector.code),
        vector.action,
        fromHex(vector.party),
        vector.nonce,
      );
      assert.equal(toHex(payload), vector.payload, show(vector));
    }
    assert.deepEqual(
      [...new Set(OWNERSHIP.payloads.map((vector) => vector.action))].sort(),
      Object.keys(ownership.OWNERSHIP_ACTIONS).sort(),
      "a vector for every step",
    );
  });
});

describe("the back office's issuance (src/merchant/) against the trace CLI", () => {
  test("the officer commitment's domain separator is the CLI's", () => {
    assert.equal(new TextDecoder().decode(officer.OFFICER_CONTEXT), ISSUANCE.officer_context);
  });

  test(`officer commitments (${ISSUANCE.officers.length} vectors)`, () => {
    for (const vector of ISSUANCE.officers) {
      assert.equal(toHex(officer.officerCommitmentWithSalt(vector.officer, fromHex(vector.salt))), vector.commitment, show(vector));
    }
    // A fresh commitment is salted: two differ, and each is the one of its salt.
    const [one, two] = [officer.officerCommitment("Giulia Rossi"), officer.officerCommitment("Giulia Rossi")];
    assert.notEqual(toHex(one.commitment), toHex(two.commitment));
    assert.equal(toHex(officer.officerCommitmentWithSalt("Giulia Rossi", one.salt)), toHex(one.commitment));
  });

  /** A row as the vector file has it. */
  const rowOf = (row) => ({
    row: row.row,
    line: row.line,
    gtin: row.gtin,
    serial: row.serial,
    lot: row.lot ?? null,
    claim_key: row.claimKey.type === "public" ? toHex(row.claimKey.key) : row.claimKey.type,
  });

  /** An error as the vector file has it; `message` in English, as the CLI words it. */
  const errorOf = (error) => {
    assert.ok(error instanceof bulk.BulkError, String(error?.stack ?? error));
    const problem = error.problem;
    const message = english(error.text);
    switch (problem.kind) {
      case "csv":
        return problem.csv.kind === "unequal_lengths"
          ? { kind: "unequal_lengths", line: problem.csv.line, expected: problem.csv.expected, len: problem.csv.len }
          : { kind: "utf8", line: problem.csv.line, field: problem.csv.field };
      case "missing_column":
        return { kind: problem.kind, column: problem.column, message };
      case "unknown_column":
        return { kind: problem.kind, name: problem.name, message };
      case "cell":
        return { kind: "cell", row: problem.row, line: problem.line, column: problem.column, value: problem.value, reason: english(problem.reason), message };
      case "duplicate":
        return { kind: "duplicate", row: problem.row, line: problem.line, serial: problem.serial, gtin: problem.gtin, first_row: problem.firstRow, message };
      case "empty":
        return { kind: "empty", message };
    }
    return problem;
  };

  test(`CSV files, read as trace code issue-bulk reads them (${ISSUANCE.csv.length} vectors)`, () => {
    for (const vector of ISSUANCE.csv) {
      const bytes = "text" in vector ? new TextEncoder().encode(vector.text) : fromHex(vector.bytes);
      const gtin = vector.gtin === null ? undefined : gs1.parseGtin(vector.gtin);
      let outcome;
      try {
        outcome = { rows: bulk.parseIssueCsv(bytes, gtin).map(rowOf) };
      } catch (error) {
        outcome = { error: errorOf(error) };
      }
      if ("rows" in vector) {
        assert.deepEqual(outcome, { rows: vector.rows }, vector.name);
        continue;
      }
      const expected = { ...vector.error };
      // The one reason the page words otherwise: it has no --gtin option, but a product chosen.
      if (expected.kind === "cell" && expected.column === "gtin" && expected.value === "") {
        assert.equal(expected.reason, "no GTIN here and no --gtin given", vector.name);
        expected.reason = officeEn["csv.noGtin"];
        expected.message = expected.message.replace("no GTIN here and no --gtin given", officeEn["csv.noGtin"]);
      }
      assert.deepEqual(outcome, { error: expected }, vector.name);
    }
    // Not vacuous: rows and every kind of error.
    const kinds = new Set(ISSUANCE.csv.map((vector) => vector.error?.kind ?? "rows"));
    assert.deepEqual([...kinds].sort(), ["cell", "duplicate", "empty", "missing_column", "rows", "unequal_lengths", "unknown_column", "utf8"]);
  });

  test("the rows go out in calls of one GTIN and at most the runtime's MaxCodesPerCall (bulk.rs `batches`)", () => {
    const rows = bulk.parseIssueCsv(new TextEncoder().encode("gtin,serial\n09506000134352,1\n09506000134352,2\n09506000134352,3\n4006381333931,1\n"));
    assert.deepEqual(bulk.batches(rows, 2).map((batch) => batch.length), [2, 1, 1]);
    assert.deepEqual(bulk.batches(rows, 500).map((batch) => batch.length), [3, 1]);
    assert.deepEqual(bulk.batches(rows, 0).map((batch) => batch.length), [1, 1, 1, 1]);
  });

  test("a claim key cell: generate in any case, a public key as 0x hex or SS58", () => {
    assert.deepEqual(bulk.parseClaimKey("GENERATE"), { type: "generate" });
    assert.equal(toHex(bulk.parseClaimKey(ISSUANCE.alice).key), ISSUANCE.alice);
    assert.equal(toHex(bulk.parseClaimKey("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY").key), ISSUANCE.alice);
    assert.throws(() => bulk.parseClaimKey("0x1234"), LocalizedError);
    assert.throws(() => bulk.parseClaimKey("alice"), LocalizedError);
  });
});

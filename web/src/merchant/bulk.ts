// Bulk issuance input, as `trace code issue-bulk` reads it (cli/src/bulk.rs, ported): a CSV file
// with one trace code per row, its first line naming the columns, in any order (any case):
//
// | column | required | content |
// |---|---|---|
// | `serial` | yes | the serial number (GS1 AI 21) |
// | `gtin` | unless a product is chosen | GTIN-8/12/13/14 |
// | `lot` | no | batch/lot number (GS1 AI 10) |
// | `claim_key` | no | the claim key's public key (`0x…` or SS58), `generate`, or empty |
//
// The CSV itself is read by csv.ts (the `csv` crate's rules); the cells are checked by gs1.ts
// (trace-gs1's rules and words). Every problem names its row (1 = the first data row), line,
// column and value, in the CLI's words in English. test/vectors.test.mjs checks this file against
// test/vectors/issuance.json, written by the CLI's tests (cli/src/vectors.rs) with bulk.rs itself.

import { ss58Decode } from "@polkadot-labs/hdkd-helpers";
import { fromHex, parseGtin, validateLot, validateSerial } from "../gs1";
import { LocalizedError, msg, type Message, type Text } from "../i18n";
import { CsvError, readCsv, type CsvProblem } from "./csv";

/** What to do about the claim key of a code (bulk.rs `ClaimKeySpec`). */
export type ClaimKeySpec = { type: "none" } | { type: "public"; key: Uint8Array } | { type: "generate" };

/** One code to issue (bulk.rs `IssueRow`). */
export interface IssueRow {
  /** Data row number, from 1. */
  row: number;
  /** Line number in the file, from 1 (csv.ts says which). */
  line: number;
  /** The product's GTIN-14. */
  gtin: string;
  /** The serial number (checked: GS1 character set 82, so ASCII). */
  serial: string;
  lot?: string;
  claimKey: ClaimKeySpec;
}

/** Why a bulk issuance file was rejected (bulk.rs `BulkError`), with its parts for the tests. */
export type BulkProblem =
  | { kind: "csv"; csv: CsvProblem }
  | { kind: "missing_column"; column: string }
  | { kind: "unknown_column"; name: string }
  | { kind: "cell"; row: number; line: number; column: Column; value: string; reason: Text }
  | { kind: "duplicate"; row: number; line: number; serial: string; gtin: string; firstRow: number }
  | { kind: "empty" };

export class BulkError extends LocalizedError {
  constructor(readonly problem: BulkProblem) {
    super(bulkMessage(problem));
    this.name = "BulkError";
  }
}

type Column = "gtin" | "serial" | "lot" | "claim_key";
const COLUMNS: readonly Column[] = ["gtin", "serial", "lot", "claim_key"];
const COLUMN_LIST = COLUMNS.join(", ");

const csvMessage = (problem: CsvProblem): Message =>
  problem.kind === "unequal_lengths"
    ? msg("csv.unequalLengths", { line: problem.line, len: problem.len, expected: problem.expected })
    : msg("csv.utf8", { line: problem.line, field: problem.field + 1 });

function bulkMessage(problem: BulkProblem): Message {
  switch (problem.kind) {
    case "csv":
      return msg("csv.unreadable", { reason: csvMessage(problem.csv) });
    case "missing_column":
      return msg("csv.missingColumn", { column: problem.column, columns: COLUMN_LIST });
    case "unknown_column":
      return msg("csv.unknownColumn", { name: problem.name, columns: COLUMN_LIST });
    case "cell":
      return msg("csv.cell", { row: problem.row, line: problem.line, column: problem.column, value: problem.value, reason: problem.reason });
    case "duplicate":
      return msg("csv.duplicate", { row: problem.row, line: problem.line, serial: problem.serial, gtin: problem.gtin, first: problem.firstRow });
    case "empty":
      return msg("csv.empty");
  }
}

/** ASCII letters in lower case, the rest as it is (Rust's `to_ascii_lowercase`). */
const asciiLower = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/**
 * A claim key given in a CSV cell or a form (bulk.rs `ClaimKeySpec::parse`): `generate` in any
 * case, or a public key as `0x` + 64 hex digits or SS58 (keys.rs `parse_public`). Throws the
 * reason, as a {@link LocalizedError}.
 */
export function parseClaimKey(text: string): ClaimKeySpec {
  if (asciiLower(text) === "generate") return { type: "generate" };
  if (text.startsWith("0x")) {
    if (!/^[0-9a-fA-F]{64}$/.test(text.slice(2))) throw new LocalizedError(msg("csv.badClaimKey", { value: text }));
    return { type: "public", key: fromHex(text) };
  }
  try {
    const [key] = ss58Decode(text);
    if (key.length !== 32) throw new Error("not 32 bytes");
    return { type: "public", key };
  } catch {
    throw new LocalizedError(msg("csv.notSs58", { value: text }));
  }
}

const reasonOf = (error: unknown): Text => {
  if (error instanceof LocalizedError) return error.text;
  throw error;
};

/**
 * Reads the codes of a bulk issuance file (bulk.rs `parse_csv`); `defaultGtin` (a GTIN-14) is
 * used for rows without a GTIN. Throws {@link BulkError} at the first problem.
 */
export function parseIssueCsv(bytes: Uint8Array, defaultGtin?: string): IssueRow[] {
  const records = readCsv(bytes);
  /** The next record, or undefined at the end; the reader's errors are the file's. */
  const next = () => {
    try {
      const result = records.next();
      return result.done ? undefined : result.value;
    } catch (error) {
      if (error instanceof CsvError) throw new BulkError({ kind: "csv", csv: error.problem });
      throw error;
    }
  };
  const headers = next();
  const columns = new Map<Column, number>();
  for (const [index, name] of (headers?.fields ?? []).entries()) {
    const known = COLUMNS.find((column) => column === asciiLower(name));
    if (!known) throw new BulkError({ kind: "unknown_column", name });
    columns.set(known, index);
  }
  if (!columns.has("serial")) throw new BulkError({ kind: "missing_column", column: "serial" });
  if (!columns.has("gtin") && defaultGtin === undefined) throw new BulkError({ kind: "missing_column", column: "gtin" });

  const rows: IssueRow[] = [];
  const seen = new Map<string, number>();
  for (let record = next(), index = 0; record; record = next(), index++) {
    const row = index + 1;
    const { line } = record;
    const cell = (column: Column): string | undefined => {
      const at = columns.get(column);
      const value = at === undefined ? undefined : record.fields[at];
      return value === undefined || value === "" ? undefined : value;
    };
    const check = <T>(column: Column, value: string, run: () => T): T => {
      try {
        return run();
      } catch (error) {
        throw new BulkError({ kind: "cell", row, line, column, value, reason: reasonOf(error) });
      }
    };

    const gtinText = cell("gtin");
    const gtin =
      gtinText !== undefined
        ? check("gtin", gtinText, () => parseGtin(gtinText))
        : (defaultGtin ?? check("gtin", "", () => {
            throw new LocalizedError(msg("csv.noGtin"));
          }));
    const serial = cell("serial") ?? "";
    check("serial", serial, () => validateSerial(new TextEncoder().encode(serial)));
    const lot = cell("lot");
    if (lot !== undefined) check("lot", lot, () => validateLot(new TextEncoder().encode(lot)));
    const keyText = cell("claim_key");
    const claimKey: ClaimKeySpec = keyText === undefined ? { type: "none" } : check("claim_key", keyText, () => parseClaimKey(keyText));

    const id = `${gtin}/${serial}`;
    const firstRow = seen.get(id);
    if (firstRow !== undefined) throw new BulkError({ kind: "duplicate", row, line, serial, gtin, firstRow });
    seen.set(id, row);
    rows.push({ row, line, gtin, serial, ...(lot !== undefined ? { lot } : {}), claimKey });
  }
  if (rows.length === 0) throw new BulkError({ kind: "empty" });
  return rows;
}

/** The rows in calls (bulk.rs `batches`): consecutive rows of one GTIN, at most `maxPerCall` each. */
export function batches<R extends { gtin: string }>(rows: readonly R[], maxPerCall: number): R[][] {
  const max = Math.max(1, Math.floor(maxPerCall));
  const out: R[][] = [];
  let start = 0;
  for (let end = 1; end <= rows.length; end++) {
    if (end === rows.length || end - start === max || rows[end].gtin !== rows[start].gtin) {
      out.push(rows.slice(start, end));
      start = end;
    }
  }
  return out;
}


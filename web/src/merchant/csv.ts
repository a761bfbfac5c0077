// The CSV reader of `trace code issue-bulk` (cli/src/bulk.rs), ported: the Rust `csv` crate
// (1.4, over csv-core 0.1) as the CLI configures it — `ReaderBuilder::new().trim(Trim::All)
// .flexible(false)`, headers on, and everything else its default: `,` between fields, `"` quotes
// (a doubled `""` inside quotes is one `"`), no escape character, no comments, and CR, LF or CRLF
// ending a record. The rules that follow from it, which this file keeps byte for byte:
//
// - a UTF-8 byte order mark at the start is dropped; empty lines are skipped (a line of spaces
//   is no empty line: it is a record of one blank field);
// - a quote opens a quoted field only at a field's start; elsewhere it is text, and text after a
//   closing quote is appended (`"ab"c` is `abc`); a quoted field may span lines; end of input
//   ends an open quote;
// - every record has as many fields as the first (the header): else an "unequal lengths" error;
// - a record must be UTF-8, or the "utf8" error names its first bad field; the header's too;
// - fields and headers are trimmed of Rust's white space (`char::is_whitespace`, claim.ts's
//   `rustTrim`);
// - a record's line is where the reader stood when it began reading it: the line after the
//   previous record, so blank lines before a record are not counted in it, and — csv-core
//   consumes the LF of a CRLF at the start of the next record — in a file with CRLF line ends
//   every data record's line is one less than in the same file with LF.
//
// The reader is csv-core's state machine itself (its NFA states, one byte per step, following
// epsilon moves as its DFA does), so these rules are its consequences rather than rules of
// their own. test/vectors.test.mjs checks it, through bulk.ts, against test/vectors/issuance.json,
// which the CLI's tests (cli/src/vectors.rs) write with the crate itself.

import { rustTrim } from "../claim";

/** One record: its fields (UTF-8 text, trimmed) and the line the reader stood on when it began it. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** Why the CSV reader stopped (the `csv` crate's error kinds that this configuration can have). */
export type CsvProblem =
  | { kind: "unequal_lengths"; line: number; expected: number; len: number }
  | { kind: "utf8"; line: number; field: number };

export class CsvError extends Error {
  constructor(readonly problem: CsvProblem) {
    super(JSON.stringify(problem));
    this.name = "CsvError";
  }
}

// csv-core's NFA states, with its numbers: the DFA's states are those below 200, ordered so
// that from `EndFieldDelim` on a field has ended, and from `EndRecord` on a record.
const START_RECORD = 0;
const START_FIELD = 1;
const IN_FIELD = 2;
const IN_QUOTED_FIELD = 3;
const IN_ESCAPED_QUOTE = 4;
const IN_DOUBLE_ESCAPED_QUOTE = 5;
const IN_COMMENT = 6;
const END_FIELD_DELIM = 7;
const END_RECORD = 8;
const CRLF = 9;
const END_FIELD_TERM = 200;
const IN_RECORD_TERM = 201;
const END = 202;

const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** What a step does with its byte: nothing yet (an epsilon move), drop it, or keep it in the field. */
const EPSILON = 0;
const DISCARD = 1;
const COPY = 2;

const isTerminator = (byte: number) => byte === CR || byte === LF;

/** csv-core's `transition_nfa` for this configuration (no escape byte, no comment byte). */
function transition(state: number, byte: number): [number, number] {
  switch (state) {
    case END:
      return [END, EPSILON];
    case START_RECORD:
      return isTerminator(byte) ? [START_RECORD, DISCARD] : [START_FIELD, EPSILON];
    case END_RECORD:
      return [START_RECORD, EPSILON];
    case START_FIELD:
      if (byte === QUOTE) return [IN_QUOTED_FIELD, DISCARD];
      if (byte === COMMA) return [END_FIELD_DELIM, DISCARD];
      if (isTerminator(byte)) return [END_FIELD_TERM, EPSILON];
      return [IN_FIELD, COPY];
    case END_FIELD_DELIM:
      return [START_FIELD, EPSILON];
    case END_FIELD_TERM:
      return [IN_RECORD_TERM, EPSILON];
    case IN_FIELD:
      if (byte === COMMA) return [END_FIELD_DELIM, DISCARD];
      if (isTerminator(byte)) return [END_FIELD_TERM, EPSILON];
      return [IN_FIELD, COPY];
    case IN_QUOTED_FIELD:
      return byte === QUOTE ? [IN_DOUBLE_ESCAPED_QUOTE, DISCARD] : [IN_QUOTED_FIELD, COPY];
    case IN_ESCAPED_QUOTE:
      return [IN_QUOTED_FIELD, COPY];
    case IN_DOUBLE_ESCAPED_QUOTE:
      if (byte === QUOTE) return [IN_QUOTED_FIELD, COPY];
      if (byte === COMMA) return [END_FIELD_DELIM, DISCARD];
      if (isTerminator(byte)) return [END_FIELD_TERM, EPSILON];
      return [IN_FIELD, COPY];
    case IN_COMMENT:
      return byte === LF ? [START_RECORD, DISCARD] : [IN_COMMENT, DISCARD];
    case IN_RECORD_TERM:
      return byte === CR ? [CRLF, DISCARD] : [END_RECORD, DISCARD];
    case CRLF:
      return byte === LF ? [START_RECORD, DISCARD] : [START_RECORD, EPSILON];
    default:
      throw new Error(`no CSV state ${state}`);
  }
}

/** One step of csv-core's DFA: epsilon moves until the byte is dropped or kept. */
function step(state: number, byte: number): [number, boolean] {
  let [next, action] = [state, EPSILON];
  while (next !== END && action === EPSILON) [next, action] = transition(next, byte);
  return [next, action === COPY];
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The records of `bytes`, header first, one at a time as the `csv` crate reads them (see the top
 * of this file): reading the next one throws {@link CsvError} where the crate stops with an error,
 * so that a caller checking each record meets the problems in the crate's order.
 */
export function* readCsv(bytes: Uint8Array): Generator<CsvRecord, void, undefined> {
  let at = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = 1;
  let state = START_RECORD;
  let expected: number | undefined;
  for (;;) {
    const start = line;
    const fields: number[][] = [];
    let field: number[] = [];
    let done = false;
    for (;;) {
      if (at >= bytes.length) {
        // The end of the input: a record under way ends; otherwise there are no more.
        if (state >= END_RECORD || state === START_RECORD) {
          state = START_RECORD;
          done = true;
        } else {
          state = END_RECORD;
          fields.push(field);
        }
        break;
      }
      const byte = bytes[at++];
      if (byte === LF) line++;
      const [next, keep] = step(state, byte);
      state = next;
      if (keep) field.push(byte);
      if (state >= END_FIELD_DELIM) {
        fields.push(field);
        field = [];
        if (state > END_FIELD_DELIM) break;
      }
    }
    if (done) return;
    if (expected === undefined) expected = fields.length;
    else if (fields.length !== expected) {
      throw new CsvError({ kind: "unequal_lengths", line: start, expected, len: fields.length });
    }
    const texts: string[] = [];
    for (const [index, value] of fields.entries()) {
      try {
        texts.push(rustTrim(utf8.decode(Uint8Array.from(value))));
      } catch {
        throw new CsvError({ kind: "utf8", line: start, field: index });
      }
    }
    yield { fields: texts, line: start };
  }
}

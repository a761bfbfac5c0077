// GS1 Digital Link paths of trace codes, and the on-chain key derived from them.
//
// A port of the parts of the `trace-gs1` crate (pallets/traceability/gs1) that a consumer's
// page needs, with the same rules and the same error texts (in English; `i18n/en.ts` `link.*`,
// translated in `zh-CN.ts`):
// - a path `[/{prefix}]/01/{gtin}[/10/{lot}]/21/{serial}`, the key found at the end of it;
// - GTIN-8/12/13/14, normalised to 14 digits, with its mod-10 check digit;
// - serial (AI 21) and lot (AI 10): 1 to 20 characters of GS1 character set 82, percent-decoded;
// - the key: blake2_256 of the canonical path `/01/{gtin-14}/21/{serial}`, the serial
//   percent-encoded (RFC 3986 unreserved characters as they are, every other byte `%XX`).
// test/vectors.test.mjs pins it to the crate: it checks these functions against
// test/vectors/gs1.json, which trace-gs1's tests/vectors.rs writes with the crate's own functions.

import { blake2b256 } from "@polkadot-labs/hdkd-helpers";
import { LocalizedError, msg, type MessageKey, type Param } from "./i18n";

export const GTIN_LEN = 14;
export const MAX_SERIAL_LEN = 20;
export const MAX_LOT_LEN = 20;

const CSET82_SYMBOLS = "!\"%&'()*+,-./:;<=>?_";

/** Which part of a link is wrong, so that the page can point at it. */
export type LinkPart = "path" | "gtin" | "lot" | "serial";

/**
 * A malformed Digital Link: `message` names the wrong part, as the Rust crate words it (the
 * English catalogue's `link.*` messages); `text` is the same message for the page's language.
 */
export class LinkError extends LocalizedError {
  constructor(
    readonly part: LinkPart,
    key: MessageKey,
    params?: Record<string, Param>,
  ) {
    super(msg(key, params));
    this.name = "LinkError";
  }
}

/** A parsed item link. */
export interface DigitalLink {
  /** GTIN-14, 14 ASCII digits. */
  gtin: string;
  /** The serial, percent-decoded. */
  serial: Uint8Array;
  /** The batch/lot, percent-decoded, if the link has one (not part of the item's identity). */
  lot?: Uint8Array;
}

const isDigit = (byte: number) => byte >= 0x30 && byte <= 0x39;
const isAlpha = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);

/** Whether `byte` is in GS1 AI encodable character set 82. */
export const isCset82 = (byte: number): boolean =>
  isDigit(byte) || isAlpha(byte) || CSET82_SYMBOLS.includes(String.fromCharCode(byte));

const isUnreserved = (byte: number) =>
  isDigit(byte) || isAlpha(byte) || byte === 0x2d || byte === 0x2e || byte === 0x5f || byte === 0x7e;

/** GS1 mod-10 check digit (a digit character) of `body`, a string of digits. */
export function checkDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 0x30;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return String((10 - (sum % 10)) % 10);
}

/** Parses GTIN-8/12/13/14 text into a GTIN-14, checking its check digit. */
export function parseGtin(text: string): string {
  if (![8, 12, 13, GTIN_LEN].includes(text.length)) {
    throw new LinkError("gtin", "link.gtinLength", { count: text.length });
  }
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) {
      throw new LinkError("gtin", "link.gtinNonDigit", { position: i });
    }
  }
  const gtin = text.padStart(GTIN_LEN, "0");
  const expected = checkDigit(gtin.slice(0, -1));
  const found = gtin.slice(-1);
  if (found !== expected) {
    throw new LinkError("gtin", "link.gtinCheckDigit", { found, expected });
  }
  return gtin;
}

function validateAi(value: Uint8Array, part: "serial" | "lot", max: number) {
  const name = msg(part === "serial" ? "link.serialNumber" : "link.lotNumber");
  if (value.length === 0) throw new LinkError(part, "link.empty", { name });
  if (value.length > max) throw new LinkError(part, "link.tooLong", { name, max, count: value.length });
  const position = value.findIndex((byte) => !isCset82(byte));
  if (position >= 0) throw new LinkError(part, "link.charset", { name, position });
}

/** Checks a serial number (AI 21): 1 to 20 characters of set 82. */
export const validateSerial = (serial: Uint8Array) => validateAi(serial, "serial", MAX_SERIAL_LEN);
/** Checks a batch/lot number (AI 10): 1 to 20 characters of set 82. */
export const validateLot = (lot: Uint8Array) => validateAi(lot, "lot", MAX_LOT_LEN);

/** Percent-decodes a path segment that starts at `offset` of the path. */
export function percentDecode(segment: string, offset: number, part: LinkPart): Uint8Array {
  const raw = new TextEncoder().encode(segment);
  const out: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== 0x25) {
      out.push(raw[i]);
      continue;
    }
    const hex = String.fromCharCode(raw[i + 1] ?? 0, raw[i + 2] ?? 0);
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
      throw new LinkError(part, "link.badPercent", { position: offset + i });
    }
    out.push(parseInt(hex, 16));
    i += 2;
  }
  return Uint8Array.from(out);
}

/** Percent-encodes bytes as GS1 Digital Link asks: unreserved as they are, others `%XX`. */
export function percentEncode(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) {
    out += isUnreserved(byte)
      ? String.fromCharCode(byte)
      : "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

/**
 * Parses the path of a resolver URL, `[/{prefix}]/01/{gtin}[/10/{lot}]/21/{serial}` (a query
 * and fragment are not part of it). The key is looked for at the end of the path, so a
 * resolver may serve the page under a path prefix.
 */
export function parsePath(path: string): DigitalLink {
  const cut = path.search(/[?#]/);
  if (cut >= 0) path = path.slice(0, cut);
  if (!path.startsWith("/")) {
    throw new LinkError("path", "link.notPath");
  }
  const segments: Array<[number, string]> = [];
  let offset = 1;
  for (const segment of path.slice(1).split("/")) {
    segments.push([offset, segment]);
    offset += segment.length + 1;
  }
  const fromEnd = (back: number, ai: string) => segments[segments.length - back]?.[1] === ai;
  let start: number;
  if (fromEnd(6, "01") && fromEnd(4, "10") && fromEnd(2, "21")) start = segments.length - 6;
  else if (fromEnd(4, "01") && fromEnd(2, "21")) start = segments.length - 4;
  else start = segments.findIndex(([, segment]) => segment === "01");
  if (start < 0) throw new LinkError("path", "link.noGtin");

  const tail = segments.slice(start + 1);
  const gtinSegment = tail.shift();
  if (!gtinSegment) throw new LinkError("path", "link.noGtin");
  const gtin = parseGtin(gtinSegment[1]);
  let lot: Uint8Array | undefined;
  let next = tail.shift();
  if (next?.[1] === "10") {
    const lotSegment = tail.shift();
    if (!lotSegment) throw new LinkError("lot", "link.lotMissing");
    lot = percentDecode(lotSegment[1], lotSegment[0], "lot");
    validateLot(lot);
    next = tail.shift();
  }
  if (!next) throw new LinkError("serial", "link.noSerial");
  if (next[1] !== "21") {
    throw new LinkError("path", "link.unexpectedSegment", { position: next[0] });
  }
  const serialSegment = tail.shift();
  if (!serialSegment) throw new LinkError("serial", "link.noSerial");
  const serial = percentDecode(serialSegment[1], serialSegment[0], "serial");
  validateSerial(serial);
  const extra = tail.shift();
  if (extra) {
    throw new LinkError("path", "link.unexpectedSegment", { position: extra[0] });
  }
  return { gtin, serial, lot };
}

/** The canonical path `/01/{gtin}/21/{serial}` that keys are derived from (no lot). */
export const canonicalPath = (gtin: string, serial: Uint8Array): string =>
  `/01/${gtin}/21/${percentEncode(serial)}`;

/** The link's path with its lot, as a QR code would carry it. */
export const linkPath = (link: DigitalLink): string =>
  `/01/${link.gtin}` +
  (link.lot ? `/10/${percentEncode(link.lot)}` : "") +
  `/21/${percentEncode(link.serial)}`;

export const toHex = (bytes: Uint8Array): string =>
  "0x" + Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");

export const fromHex = (hex: string): Uint8Array => {
  const digits = hex.startsWith("0x") ? hex.slice(2) : hex;
  const out = new Uint8Array(digits.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  return out;
};

/** The on-chain key of a code: blake2_256 of its canonical path, as `0x` hex. */
export const codeKey = (gtin: string, serial: Uint8Array): string =>
  toHex(blake2b256(new TextEncoder().encode(canonicalPath(gtin, serial))));

/** Bytes as text for display (serials and lots are ASCII). */
export const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

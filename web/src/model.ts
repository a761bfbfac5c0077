// The page's view of a trace report, whichever way it was read: decoded from the runtime API
// `TraceabilityApi_trace_report` through the light client (`fromRuntime`), or from the node's
// trusted `trace_report` JSON-RPC (`fromRpcJson`). Times are milliseconds since the epoch.
//
// Everything here comes from the chain, where any participant with the right role may have
// written it: times are any `u64` (kept exact, as a bigint, beyond 2^53), texts any bytes up to
// the runtime's `StringLimit` (decoded as UTF-8, with U+FFFD for invalid bytes). The view
// (`view.ts`) formats and isolates them; nothing here may throw on an odd value.

export type VerdictKind =
  | "genuine"
  | "destroyed"
  | "decommissioned"
  | "recalled"
  | "flagged"
  | "claimed_already"
  | "unknown"
  /** A verdict variant this page does not know (a newer runtime): shown as "cannot interpret". */
  | "uninterpretable";

/** Milliseconds since the epoch: a number while exact (≤ 2^53), a bigint beyond. */
export type Time = number | bigint;

/** The red flags of a `Flagged` verdict. */
export interface Flags {
  /** A non-conformant inspection in the history. */
  failedInspection: boolean;
  /** A revoked certification of the code or its product. */
  revokedCertification: boolean;
}

export interface Place {
  gln?: string;
  latitude?: number;
  longitude?: number;
  description: string;
}

export interface Recall {
  reason: string;
  at: Time;
  /** Who recalled, when the source tells it. */
  by?: string;
}

/** A recall that was lifted: a recorded fact, no longer in force. */
export interface LiftedRecall {
  /** The recalled lot, or none for a recall of the whole product. */
  lot?: string;
  recall: Recall;
  liftedAt: Time;
  /** Why it was lifted. */
  reason: string;
}

export interface TraceEvent {
  /** GS1 CBV business step, e.g. `shipping` (`claiming` is trace-chain's own). */
  bizStep: string;
  disposition: string;
  actor: string;
  block: number;
  /** Block time of the record. */
  at: Time;
  /** Time of the real-world act, as declared by the actor. */
  declaredAt?: Time;
  location?: Place;
  counterparty?: string;
  container?: string;
  document?: string;
  reason?: string;
}

export interface CertificationEntry {
  subject: "product" | "code";
  certifier: string;
  digest: string;
  issuedAt: Time;
  expiresAt?: Time;
  /** `valid`, `expired`, `revoked`, or a newer runtime's status name. */
  status: string;
}

export interface Report {
  code: string;
  verdict: VerdictKind;
  claimedAt?: Time;
  /** For `flagged`: which flags. */
  flags?: Flags;
  /** For `uninterpretable`: the variant's name, as the source gave it. */
  rawVerdict?: string;
  gtin: string;
  serial: string;
  lot?: string;
  /** `active`, `in_transit`, `sold`, `claimed`, `destroyed` or `decommissioned`. */
  status: string;
  issuer: string;
  custodian: string;
  pendingHandoverTo?: string;
  containers: string[];
  purchase: { location: Place; at: Time };
  issuedAt: Time;
  claim?: { by: string; at: Time; block: number };
  /** The registered claim public key (`0x…`), when the source tells it. */
  claimKey?: string;
  /** Whether a claim with the right secret would succeed now: the runtime's `claim_refusal` is none. */
  claimable: boolean;
  product?: {
    name: string;
    category: string;
    origin: string;
    merchant: string;
    sheetDigest: string;
    recall?: Recall;
  };
  lotRecall?: Recall;
  /** Recalls of the product or the lot that were lifted (empty from an older runtime). */
  liftedRecalls: LiftedRecall[];
  events: TraceEvent[];
  /**
   * How many events the code's history holds (`record.event_count`): the nonce an ownership
   * step is signed at. The node's JSON has no field of its own for it: its history is whole,
   * so it is the events' number.
   */
  eventCount: number;
  certifications: CertificationEntry[];
  now?: Time;
  /** How many owners the item has had, the current one included (absent from older runtimes). */
  owners?: number;
  /** Since when the current owner holds it. */
  ownedSince?: Time;
  /** A pending transfer of its ownership. */
  ownershipOffer?: { to: string; offeredAt: number };
  /** The public key of its chip: `type` is the pallet's `ChipKey::as_str` (`secp256k1_ecdsa`…). */
  chip?: { type: string; publicKey: string };
}

// ---- from the runtime API, as polkadot-api decodes it from the metadata ----
// Structs are objects with the Rust field names, enums `{ type, value }`, `Vec<u8>` a
// `Uint8Array`, fixed-size byte arrays `0x` strings, `u64` a bigint, accounts SS58 strings.

/* eslint-disable @typescript-eslint/no-explicit-any */
type Decoded = any;

const utf8 = new TextDecoder();
/** Chain bytes as text: polkadot-api gives bounded byte strings as bytes, fixed-size arrays as `0x` hex. */
export const asText = (value: Decoded): string =>
  value instanceof Uint8Array
    ? utf8.decode(value)
    : typeof value === "string" && value.startsWith("0x")
      ? utf8.decode(hexBytes(value))
      : String(value ?? "");
const hexBytes = (hex: string) =>
  Uint8Array.from((hex.slice(2).match(/../g) ?? []).map((pair) => parseInt(pair, 16)));
const asNumber = (value: Decoded): number => Number(value);
/** A `u64` time: exact, whatever its size (a bigint from polkadot-api, a number from JSON). */
export const asTime = (value: Decoded): Time => {
  if (typeof value === "bigint") return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^-?[0-9]+$/.test(value)) return asTime(BigInt(value));
  return Number(value);
};
/** Text from JSON, whatever the value was. */
const str = (value: Decoded): string => (value === undefined || value === null ? "" : String(value));
const optStr = (value: Decoded): string | undefined =>
  value === undefined || value === null ? undefined : String(value);
const optional = <T>(value: Decoded, map: (value: Decoded) => T): T | undefined =>
  value === undefined || value === null ? undefined : map(value);

/** CBV names of the pallet's `BizStep` and `Disposition` variants (`as_cbv_str`). */
export const snake = (variant: string): string =>
  variant.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

const place = (location: Decoded): Place => ({
  gln: optional(location.gln, asText),
  latitude: optional(location.coordinates, (c) => c.latitude / 1e6),
  longitude: optional(location.coordinates, (c) => c.longitude / 1e6),
  description: asText(location.description),
});

const recall = (value: Decoded): Recall => ({
  reason: asText(value.reason),
  at: asTime(value.at),
  by: value.by ?? undefined,
});

const liftedRecall = (value: Decoded): LiftedRecall => ({
  lot: optional(value.lot, asText),
  recall: recall(value.recall ?? {}),
  liftedAt: asTime(value.lifted_at),
  reason: asText(value.reason),
});

type VerdictFields = Pick<Report, "verdict" | "claimedAt" | "flags" | "rawVerdict">;

/** The runtime's `Verdict` (`{ type, value }`); a variant this page does not know is not an error. */
const verdictOf = (verdict: Decoded): VerdictFields => {
  switch (verdict?.type) {
    case "Claimed":
      return { verdict: "claimed_already", claimedAt: optional(verdict.value?.at, asTime) };
    case "Flagged":
      return {
        verdict: "flagged",
        flags: {
          failedInspection: verdict.value?.failed_inspection === true,
          revokedCertification: verdict.value?.revoked_certification === true,
        },
      };
    case "Genuine":
    case "Destroyed":
    case "Decommissioned":
    case "Recalled":
    case "Unknown":
      return { verdict: verdict.type.toLowerCase() as VerdictKind };
    default:
      return { verdict: "uninterpretable", rawVerdict: String(verdict?.type ?? verdict) };
  }
};

/** A report decoded from `TraceabilityApi_trace_report`. */
export function fromRuntime(report: Decoded): Report {
  const record = report.record;
  return {
    code: report.code,
    ...verdictOf(report.verdict),
    gtin: asText(record.gtin),
    serial: asText(record.serial),
    lot: optional(record.lot, asText),
    status: snake(String(record.status?.type ?? "")),
    issuer: record.merchant,
    custodian: report.custodian,
    pendingHandoverTo: record.pending?.to,
    containers: report.containers,
    purchase: { location: place(record.purchase_location), at: asTime(record.purchased_at) },
    issuedAt: asTime(record.issued_at),
    claim: optional(record.claim, (claim) => ({
      by: claim.by,
      at: asTime(claim.at),
      block: asNumber(claim.block),
    })),
    claimKey: record.claim_key,
    // The pallet's claim decision (`claim_refusal`: every check but the signature), computed by
    // the runtime; a runtime without the field offers no claim rather than guessing.
    claimable: "claim_refusal" in report && report.claim_refusal === undefined,
    product: optional(report.product, (product) => ({
      name: asText(product.name),
      category: asText(product.category),
      origin: asText(product.origin),
      merchant: product.merchant,
      sheetDigest: product.sheet_digest,
      recall: optional(product.recall, recall),
    })),
    lotRecall: optional(report.lot_recall, recall),
    // Absent from runtimes before recalls could be lifted.
    liftedRecalls: (report.lifted_recalls ?? []).map(liftedRecall),
    events: report.events.map(
      (event: Decoded): TraceEvent => ({
        bizStep: snake(event.step.type),
        disposition: snake(event.disposition.type),
        actor: event.actor,
        block: asNumber(event.block),
        at: asTime(event.at),
        declaredAt: optional(event.declared_at, asTime),
        location: optional(event.location, place),
        counterparty: event.counterparty,
        container: event.container,
        document: event.document,
        reason: optional(event.reason, asText),
      }),
    ),
    eventCount: record.event_count === undefined ? report.events.length : asNumber(record.event_count),
    certifications: report.certifications.map(
      (entry: Decoded): CertificationEntry => ({
        subject: entry.subject.type === "Code" ? "code" : "product",
        certifier: entry.certifier,
        digest: entry.certification.digest,
        issuedAt: asTime(entry.certification.issued_at),
        expiresAt: optional(entry.certification.expires_at, asTime),
        status: String(entry.status?.type ?? "").toLowerCase(),
      }),
    ),
    now: asTime(report.now),
    owners: optional(report.owners, asNumber),
    ownedSince: optional(report.owned_since, asTime),
    ownershipOffer: optional(report.ownership_offer, (offer) => ({ to: offer.to, offeredAt: asNumber(offer.offered_at) })),
    chip: optional(report.chip, (chip) => ({ type: snake(String(chip.type)), publicKey: String(chip.value) })),
  };
}

// ---- from the node's `trace_report` JSON-RPC (node/src/rpc/trace.rs, `report_json`) ----

const jsonCoordinate = (value: Decoded): number | undefined =>
  value === undefined || value === null || !Number.isFinite(Number(value)) ? undefined : Number(value);

const jsonPlace = (location: Decoded): Place => ({
  gln: optStr(location?.gln),
  latitude: jsonCoordinate(location?.coordinates?.latitude),
  longitude: jsonCoordinate(location?.coordinates?.longitude),
  description: str(location?.description),
});

const jsonRecall = (value: Decoded): Recall | undefined =>
  value ? { reason: str(value.reason), at: asTime(value.at), by: optStr(value.by) } : undefined;

const JSON_VERDICTS: VerdictKind[] = [
  "genuine",
  "destroyed",
  "decommissioned",
  "recalled",
  "flagged",
  "claimed_already",
  "unknown",
];

/**
 * The JSON's verdict: `"flagged"` comes with `flags: { failedInspection, revokedCertification }`
 * (`failed_inspection` / `revoked_certification` accepted too); a name this page does not know
 * is "uninterpretable".
 */
const jsonVerdict = (json: Decoded): VerdictFields => {
  const name = String(json.verdict);
  if (!(JSON_VERDICTS as string[]).includes(name)) return { verdict: "uninterpretable", rawVerdict: name };
  const verdict = name as VerdictKind;
  if (verdict === "claimed_already") return { verdict, claimedAt: optional(json.claimedAt, asTime) };
  if (verdict === "flagged") {
    const flags = json.flags ?? json.flagged ?? json;
    return {
      verdict,
      flags: {
        failedInspection: (flags?.failedInspection ?? flags?.failed_inspection) === true,
        revokedCertification: (flags?.revokedCertification ?? flags?.revoked_certification) === true,
      },
    };
  }
  return { verdict };
};

/** A report as the node's `trace_report` method returns it. */
export function fromRpcJson(json: Decoded): Report {
  return {
    code: str(json.code),
    ...jsonVerdict(json),
    gtin: str(json.gtin),
    serial: str(json.serial),
    lot: optStr(json.lot),
    status: snake(String(json.status)),
    issuer: str(json.issuer),
    custodian: str(json.custodian),
    pendingHandoverTo: optStr(json.pendingHandoverTo),
    containers: (json.containers ?? []).map(str),
    purchase: { location: jsonPlace(json.purchase?.location), at: asTime(json.purchase?.at) },
    issuedAt: asTime(json.issuedAt),
    claim: json.claim
      ? { by: str(json.claim.by), at: asTime(json.claim.at), block: asNumber(json.claim.block) }
      : undefined,
    claimKey: optStr(json.claimKey),
    // The node's `claimable` is the runtime's claim decision (`TraceReport::claim_refusal`).
    claimable: json.claimable === true,
    product: json.product
      ? {
          name: str(json.product.name),
          category: str(json.product.category),
          origin: str(json.product.origin),
          merchant: str(json.product.merchant),
          sheetDigest: str(json.product.sheetDigest),
          recall: jsonRecall(json.product.recall),
        }
      : undefined,
    lotRecall: jsonRecall(json.lotRecall),
    // `[{ lot, recall: { by, reason, at }, liftedAt, reason }]`; absent from older nodes.
    liftedRecalls: (json.liftedRecalls ?? []).map(
      (lifted: Decoded): LiftedRecall => ({
        lot: optStr(lifted.lot),
        recall: jsonRecall(lifted.recall) ?? { reason: "", at: Number.NaN },
        liftedAt: asTime(lifted.liftedAt),
        reason: str(lifted.reason),
      }),
    ),
    events: (json.events ?? []).map(
      (event: Decoded): TraceEvent => ({
        bizStep: str(event.bizStep),
        disposition: str(event.disposition),
        actor: str(event.actor),
        block: asNumber(event.block),
        at: asTime(event.at),
        declaredAt: optional(event.declaredAt, asTime),
        location: optional(event.location, jsonPlace),
        counterparty: optStr(event.counterparty),
        container: optStr(event.container),
        document: optStr(event.document),
        reason: optStr(event.reason),
      }),
    ),
    eventCount: optional(json.eventCount, asNumber) ?? (json.events ?? []).length,
    certifications: (json.certifications ?? []).map(
      (entry: Decoded): CertificationEntry => ({
        // `{ "code": "0x…" }` / `{ "product": "0801…" }`; older nodes wrote `Code(0x…)` / `Product([…])`.
        subject:
          typeof entry.subject === "object" && entry.subject !== null
            ? "code" in entry.subject
              ? "code"
              : "product"
            : String(entry.subject).startsWith("Code")
              ? "code"
              : "product",
        certifier: str(entry.certifier),
        digest: str(entry.digest),
        issuedAt: asTime(entry.issuedAt),
        expiresAt: optional(entry.expiresAt, asTime),
        status: str(entry.status),
      }),
    ),
    now: optional(json.now, asTime),
    owners: optional(json.owners, asNumber),
    ownedSince: optional(json.ownedSince, asTime),
    ownershipOffer: json.ownershipOffer
      ? { to: str(json.ownershipOffer.to), offeredAt: asNumber(json.ownershipOffer.offeredAt) }
      : undefined,
    chip: json.chip ? { type: str(json.chip.type), publicKey: str(json.chip.publicKey) } : undefined,
  };
}

// The page's view of a trace report, whichever way it was read: decoded from the runtime API
// `TraceabilityApi_trace_report` through the light client (`fromRuntime`), or from the node's
// trusted `trace_report` JSON-RPC (`fromRpcJson`). Times are milliseconds since the epoch.

export type VerdictKind =
  | "genuine"
  | "destroyed"
  | "decommissioned"
  | "recalled"
  | "claimed_already"
  | "unknown";

export interface Place {
  gln?: string;
  latitude?: number;
  longitude?: number;
  description: string;
}

export interface Recall {
  reason: string;
  at: number;
}

export interface TraceEvent {
  /** GS1 CBV business step, e.g. `shipping` (`claiming` is trace-chain's own). */
  bizStep: string;
  disposition: string;
  actor: string;
  block: number;
  /** Block time of the record. */
  at: number;
  /** Time of the real-world act, as declared by the actor. */
  declaredAt?: number;
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
  issuedAt: number;
  expiresAt?: number;
  status: "valid" | "expired" | "revoked";
}

export interface Report {
  code: string;
  verdict: VerdictKind;
  claimedAt?: number;
  gtin: string;
  serial: string;
  lot?: string;
  /** `active`, `in_transit`, `sold`, `claimed`, `destroyed` or `decommissioned`. */
  status: string;
  issuer: string;
  custodian: string;
  pendingHandoverTo?: string;
  containers: string[];
  purchase: { location: Place; at: number };
  issuedAt: number;
  claim?: { by: string; at: number; block: number };
  /** The registered claim public key (`0x…`), when the source tells it. */
  claimKey?: string;
  /** Whether a claim could succeed now: a claim key, no claim yet, active or sold, not packed. */
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
  events: TraceEvent[];
  certifications: CertificationEntry[];
  now?: number;
}

// ---- from the runtime API, as polkadot-api decodes it from the metadata ----
// Structs are objects with the Rust field names, enums `{ type, value }`, `Vec<u8>` a
// `Uint8Array`, fixed-size byte arrays `0x` strings, `u64` a bigint, accounts SS58 strings.

/* eslint-disable @typescript-eslint/no-explicit-any */
type Decoded = any;

const utf8 = new TextDecoder();
const asText = (value: Decoded): string =>
  value instanceof Uint8Array
    ? utf8.decode(value)
    : typeof value === "string" && value.startsWith("0x")
      ? utf8.decode(hexBytes(value))
      : String(value ?? "");
const hexBytes = (hex: string) =>
  Uint8Array.from((hex.slice(2).match(/../g) ?? []).map((pair) => parseInt(pair, 16)));
const asNumber = (value: Decoded): number => Number(value);
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

const recall = (value: Decoded): Recall => ({ reason: asText(value.reason), at: asNumber(value.at) });

const verdictOf = (verdict: Decoded): { verdict: VerdictKind; claimedAt?: number } => {
  switch (verdict.type) {
    case "Claimed":
      return { verdict: "claimed_already", claimedAt: asNumber(verdict.value.at) };
    case "Genuine":
    case "Destroyed":
    case "Decommissioned":
    case "Recalled":
    case "Unknown":
      return { verdict: verdict.type.toLowerCase() as VerdictKind };
    default:
      throw new Error(`unexpected verdict ${verdict.type}`);
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
    status: snake(record.status.type),
    issuer: record.merchant,
    custodian: report.custodian,
    pendingHandoverTo: record.pending?.to,
    containers: report.containers,
    purchase: { location: place(record.purchase_location), at: asNumber(record.purchased_at) },
    issuedAt: asNumber(record.issued_at),
    claim: optional(record.claim, (claim) => ({
      by: claim.by,
      at: asNumber(claim.at),
      block: asNumber(claim.block),
    })),
    claimKey: record.claim_key,
    // What the pallet's `check_claim` looks at in the record (the signature aside).
    claimable:
      record.claim_key !== undefined &&
      record.claim === undefined &&
      (record.status.type === "Active" || record.status.type === "Sold") &&
      record.pending === undefined &&
      record.parent === undefined &&
      record.children === 0,
    product: optional(report.product, (product) => ({
      name: asText(product.name),
      category: asText(product.category),
      origin: asText(product.origin),
      merchant: product.merchant,
      sheetDigest: product.sheet_digest,
      recall: optional(product.recall, recall),
    })),
    lotRecall: optional(report.lot_recall, recall),
    events: report.events.map(
      (event: Decoded): TraceEvent => ({
        bizStep: snake(event.step.type),
        disposition: snake(event.disposition.type),
        actor: event.actor,
        block: asNumber(event.block),
        at: asNumber(event.at),
        declaredAt: optional(event.declared_at, asNumber),
        location: optional(event.location, place),
        counterparty: event.counterparty,
        container: event.container,
        document: event.document,
        reason: optional(event.reason, asText),
      }),
    ),
    certifications: report.certifications.map(
      (entry: Decoded): CertificationEntry => ({
        subject: entry.subject.type === "Code" ? "code" : "product",
        certifier: entry.certifier,
        digest: entry.certification.digest,
        issuedAt: asNumber(entry.certification.issued_at),
        expiresAt: optional(entry.certification.expires_at, asNumber),
        status: entry.status.type.toLowerCase(),
      }),
    ),
    now: asNumber(report.now),
  };
}

// ---- from the node's `trace_report` JSON-RPC (node/src/rpc/trace.rs, `report_json`) ----

const jsonPlace = (location: Decoded): Place => ({
  gln: location.gln ?? undefined,
  latitude: location.coordinates?.latitude,
  longitude: location.coordinates?.longitude,
  description: location.description,
});

const jsonRecall = (value: Decoded): Recall | undefined =>
  value ? { reason: value.reason, at: asNumber(value.at) } : undefined;

/** A report as the node's `trace_report` method returns it. */
export function fromRpcJson(json: Decoded): Report {
  return {
    code: json.code,
    verdict: json.verdict,
    claimedAt: json.claimedAt ?? undefined,
    gtin: json.gtin,
    serial: json.serial,
    lot: json.lot ?? undefined,
    status: snake(String(json.status)),
    issuer: json.issuer,
    custodian: json.custodian,
    pendingHandoverTo: json.pendingHandoverTo ?? undefined,
    containers: json.containers ?? [],
    purchase: { location: jsonPlace(json.purchase.location), at: asNumber(json.purchase.at) },
    issuedAt: asNumber(json.issuedAt),
    claim: json.claim
      ? { by: json.claim.by, at: asNumber(json.claim.at), block: asNumber(json.claim.block) }
      : undefined,
    // Newer nodes compute it as `fromRuntime` does; older ones only looked at the claim key.
    claimable:
      Boolean(json.claimable) &&
      ["active", "sold"].includes(snake(String(json.status))) &&
      !json.pendingHandoverTo &&
      (json.containers ?? []).length === 0,
    product: json.product
      ? {
          name: json.product.name,
          category: json.product.category,
          origin: json.product.origin,
          merchant: json.product.merchant,
          sheetDigest: json.product.sheetDigest,
          recall: jsonRecall(json.product.recall),
        }
      : undefined,
    lotRecall: jsonRecall(json.lotRecall),
    events: (json.events ?? []).map(
      (event: Decoded): TraceEvent => ({
        bizStep: event.bizStep,
        disposition: event.disposition,
        actor: event.actor,
        block: asNumber(event.block),
        at: asNumber(event.at),
        declaredAt: optional(event.declaredAt, asNumber),
        location: optional(event.location, jsonPlace),
        counterparty: event.counterparty ?? undefined,
        container: event.container ?? undefined,
        document: event.document ?? undefined,
        reason: event.reason ?? undefined,
      }),
    ),
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
        certifier: entry.certifier,
        digest: entry.digest,
        issuedAt: asNumber(entry.issuedAt),
        expiresAt: optional(entry.expiresAt, asNumber),
        status: entry.status,
      }),
    ),
  };
}

// What the consumer sees, phone screen first: the verdict at a glance, then the product, the
// claim action, the journey, the certifications and the technical details.
//
// Everything in a report was written by someone on the chain, possibly hostile, so nothing
// here may throw on a value the chain can hold, and no chain text may rearrange or hide the
// page's own words:
// - times are any u64 (also past JS Date's ±8.64e15 ms): shown as dates while they are dates,
//   as "far future (raw …)" beyond;
// - every chain-provided string goes through `chainText`: C0/C1 controls, bidi embeddings,
//   overrides, isolates and marks, and line/paragraph separators become U+FFFD, and the text
//   sits in its own `<bdi>` (direction from its own first strong character), so right-to-left
//   text, emoji and long strings stay inside their box;
// - each card is built on its own (`safeCard`): a card that fails says so, the verdict stays.

import { h } from "./dom";
import { percentEncode } from "./gs1";
import type { CertificationEntry, LiftedRecall, Place, Report, Time, TraceEvent } from "./model";

type Child = Node | string | null | undefined | false;

// ---- chain text ----

/**
 * Characters a chain string may not bring into the page: C0 and C1 controls (DEL too), the
 * Unicode bidi controls (ALM, LRM, RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI) and the line and
 * paragraph separators.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every {@link UNSAFE} character replaced by U+FFFD (visible, direction-neutral). */
export const neutralise = (text: unknown): string => String(text ?? "").replace(UNSAFE, "\ufffd");

/** A chain-provided string, neutralised and isolated in a `<bdi>` (`dir` from its content). */
export const chainText = (text: unknown, attrs: Record<string, string> = {}): HTMLElement =>
  h("bdi", attrs, neutralise(text));

// ---- times ----

/** JS Date's range: ±100,000,000 days around the epoch. */
export const MAX_DATE_MS = 8.64e15;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** The Date of a chain time, or undefined when no Date can hold it. */
export function dateOf(ms: Time | undefined): Date | undefined {
  if (ms === undefined) return undefined;
  const n = Number(ms);
  if (!Number.isFinite(n) || Math.abs(n) > MAX_DATE_MS) return undefined;
  const date = new Date(n);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const rawTime = (ms: Time): string => (typeof ms === "bigint" ? ms.toString() : String(ms));

function formatWith(format: Intl.DateTimeFormat, ms: Time): string {
  const date = dateOf(ms);
  if (date) {
    try {
      return format.format(date);
    } catch {
      // Fall through to the raw value.
    }
  }
  const n = Number(ms);
  if (Number.isNaN(n)) return `an unreadable time (${neutralise(rawTime(ms))})`;
  return `${n < 0 ? "far past" : "far future"} (raw time ${rawTime(ms)} ms)`;
}

/** Date and time of a chain time; never throws (see {@link MAX_DATE_MS}). */
export const formatTime = (ms: Time) => formatWith(dateTime, ms);
/** Date of a chain time; never throws. */
export const formatDate = (ms: Time) => formatWith(dateOnly, ms);

/** A `<time>` element, with a `datetime` attribute only when the time is a date. */
function timeNode(ms: Time, withTime = true): HTMLElement {
  const date = dateOf(ms);
  let iso: string | undefined;
  try {
    iso = date?.toISOString();
  } catch {
    iso = undefined;
  }
  return h("time", { datetime: iso }, withTime ? formatTime(ms) : formatDate(ms));
}

// ---- names ----

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: "region" });
  } catch {
    return undefined;
  }
})();
const country = (code: string) => {
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
};

export const shortAccount = (account: string) =>
  account.length > 14 ? `${account.slice(0, 6)}…${account.slice(-6)}` : account;

const shortHex = (hex: string) => (hex.length > 18 ? `${hex.slice(0, 10)}…${hex.slice(-6)}` : hex);

export type Names = Map<string, string>;
/** A participant's registered name (chain text), or its short address. */
const who = (names: Names, account: string): HTMLElement =>
  chainText(names.get(account) || shortAccount(String(account ?? "")), { class: "who" });

// ---- the verdict ----

export type Tone = "good" | "bad" | "warn" | "neutral";
export type Mode = "light" | "rpc";

/** Verdict headline, colour and explanation. */
export interface VerdictText {
  title: string;
  icon: string;
  tone: Tone;
  detail: Child[];
}

/** Sentences naming each red flag of a `flagged` verdict. */
export function flagTexts(report: Report): string[] {
  const texts: string[] = [];
  if (report.flags?.failedInspection) {
    texts.push("An inspection in its history found it non-conformant (failed inspection).");
  }
  if (report.flags?.revokedCertification) {
    texts.push("A certification of this item or of its product was revoked.");
  }
  if (texts.length === 0) texts.push("The chain flags it, without saying why.");
  return texts;
}

const uninterpretable = (name: string | undefined): VerdictText => ({
  title: "Cannot interpret",
  icon: "?",
  tone: "neutral",
  detail: [
    "The chain answered with a verdict this page does not know",
    name ? [" (", chainText(name), ")"] : "",
    ", perhaps from a newer runtime. It is not shown as genuine: reload the page later, or check " +
      "the item another way.",
  ].flat(),
});

export function verdictText(report: Report | null, names: Names, claimedByYou = false): VerdictText {
  try {
    return verdictTextOf(report, names, claimedByYou);
  } catch {
    return uninterpretable(report?.rawVerdict ?? report?.verdict);
  }
}

function verdictTextOf(report: Report | null, names: Names, claimedByYou: boolean): VerdictText {
  const verdict = report?.verdict ?? "unknown";
  const on = (at: Time | undefined): Child[] => (at === undefined ? [] : [" on ", formatTime(at)]);
  if (verdict === "claimed_already" && claimedByYou) {
    return {
      title: "Claimed by you",
      icon: "✓",
      tone: "good",
      detail: [
        "You claimed this item",
        ...on(report!.claimedAt ?? report!.claim?.at),
        ". Anyone who scans a copy of its label now sees it as claimed already.",
      ],
    };
  }
  switch (verdict) {
    case "genuine":
      return {
        title: "Genuine",
        icon: "✓",
        tone: "good",
        detail: [
          "Issued by ",
          who(names, report!.issuer),
          " and in good standing. ",
          report!.claimable
            ? "Nobody has claimed it yet: if you bought it, claim it below."
            : report!.status !== "sold"
              ? "It can be claimed once a seller has sold it."
              : "It has no claim secret.",
        ],
      };
    case "claimed_already":
      return {
        title: "Claimed already",
        icon: "!",
        tone: "warn",
        detail: [
          "Claimed by ",
          report!.claim ? who(names, report!.claim.by) : "a buyer",
          ...on(report!.claimedAt ?? report!.claim?.at),
          ". If you just bought this item new and did not claim it yourself, this label may be a copy.",
        ],
      };
    case "flagged":
      return {
        title: "Red flag",
        icon: "!",
        tone: "warn",
        detail: [
          "This item is not confirmed genuine. ",
          ...flagTexts(report!).map((text) => h("span", { class: "flag" }, text, " ")),
          "Ask the seller before you use it.",
        ],
      };
    case "destroyed": {
      const reason = [...(report?.events ?? [])].reverse().find((e) => e.bizStep === "destroying")?.reason;
      return {
        title: "Destroyed",
        icon: "✕",
        tone: "bad",
        detail: [
          "This label was destroyed",
          reason !== undefined ? [" (“", chainText(reason), "”)"] : "",
          " and should not exist any more. An item carrying it is not genuine.",
        ].flat(),
      };
    }
    case "recalled": {
      const recall = report?.lotRecall ?? report?.product?.recall;
      return {
        title: "Recalled",
        icon: "!",
        tone: "bad",
        detail: [
          report?.lotRecall ? ["Lot ", chainText(report.lot ?? ""), " of this product"] : "This product",
          " is recalled",
          recall ? [": “", chainText(recall.reason), "” (", formatDate(recall.at), ")"] : "",
          ". Do not use it; contact the seller.",
        ].flat(),
      };
    }
    case "decommissioned":
      return {
        title: "Withdrawn",
        icon: "–",
        tone: "neutral",
        detail: ["The merchant withdrew this label (decommissioned). It no longer identifies an item for sale."],
      };
    case "unknown":
      return {
        title: "Unknown",
        icon: "?",
        tone: "bad",
        detail: [
          "No item with this code was ever issued on this chain. The label is not from here: " +
            "treat the item as unverified.",
        ],
      };
    default:
      return uninterpretable(report?.rawVerdict ?? String(verdict));
  }
}

/** What the trusted-mode card says first, word for word. */
export const NOT_VERIFIED =
  "Not verified: this answer comes from one server, which was trusted, not checked against " +
  "the chain's finality proofs.";

/** The page's headline for the document title. */
export function verdictTitle(report: Report | null, names: Names, claimedByYou = false, mode: Mode = "light"): string {
  const title = verdictText(report, names, claimedByYou).title;
  return mode === "light" ? title : `Not verified (server says: ${title})`;
}

/**
 * The verdict card. Through the light client, the verdict's own tone and icon. In trusted mode
 * (`rpc`), whatever the server said, a neutral card that says first what was not checked and
 * then what the server answered: no verdict may look verified when it was not.
 */
export function verdictCard(
  report: Report | null,
  names: Names,
  claimedByYou = false,
  mode: Mode = "light",
): HTMLElement {
  const text = verdictText(report, names, claimedByYou);
  const verdict = report?.verdict ?? "unknown";
  const verified = mode === "light";
  const tone: Tone = verified ? text.tone : "neutral";
  return h(
    "section",
    {
      id: "verdict",
      class: `verdict tone-${tone}`,
      "data-verdict": verdict,
      "data-tone": tone,
      "data-verified": verified ? "true" : "false",
      "data-claimed-by-you": claimedByYou || undefined,
      "data-failed-inspection": report?.flags?.failedInspection || undefined,
      "data-revoked-certification": report?.flags?.revokedCertification || undefined,
      "aria-live": "polite",
    },
    h("div", { class: "verdict-icon", "aria-hidden": "true" }, verified ? text.icon : "?"),
    verified
      ? h("div", {}, h("h1", { class: "verdict-title" }, text.title), h("p", { class: "verdict-detail" }, ...text.detail))
      : h(
          "div",
          {},
          h("h1", { class: "verdict-title" }, "Not verified"),
          h("p", { class: "verdict-unverified" }, h("strong", {}, NOT_VERIFIED)),
          h(
            "p",
            { class: "verdict-detail verdict-server-says" },
            "The server says: ",
            h("strong", { class: "server-verdict" }, text.title),
            ". ",
            ...text.detail,
          ),
        ),
  );
}

export function malformedCard(path: string, part: string, message: string): HTMLElement {
  const partName =
    part === "gtin" ? "product number (GTIN)" : part === "serial" ? "serial number" : part === "lot" ? "lot number" : "link";
  return h(
    "section",
    { id: "verdict", class: "verdict tone-bad", "data-verdict": "malformed", "data-part": part },
    h("div", { class: "verdict-icon", "aria-hidden": "true" }, "?"),
    h(
      "div",
      {},
      h("h1", { class: "verdict-title" }, "Not a valid trace code"),
      h("p", { class: "verdict-detail" }, `The ${partName} in this link is wrong: ${neutralise(message)}.`),
      h("p", { class: "path" }, h("code", {}, chainText(decodeURIComponentSafe(path)))),
      h("p", { class: "hint" }, "Scan the QR code again, or check the address you typed."),
    ),
  );
}

const decodeURIComponentSafe = (text: string) => {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
};

export function trustLine(
  mode: Mode,
  origin: string,
  finalized: { number: number } | undefined,
  fallbackReason?: string,
): HTMLElement {
  if (mode === "light") {
    return h(
      "p",
      { id: "trust", class: "trust trust-light", "data-mode": "light" },
      h("strong", {}, "Verified in this page"),
      ` by a light client (smoldot) that checks every record against the chain's finalized blocks` +
        (finalized ? ` (block #${finalized.number})` : "") +
        ". No server is trusted.",
    );
  }
  return h(
    "p",
    { id: "trust", class: "trust trust-rpc", "data-mode": "rpc", role: "alert" },
    h("strong", {}, "Trusted mode: not verified. "),
    `The light client could not start${fallbackReason ? ` (${neutralise(fallbackReason)})` : ""}, so this page read the ` +
      `record from the node at ${neutralise(origin)}` +
      (finalized ? ` (block #${finalized.number})` : "") +
      " and has to believe it.",
  );
}

// ---- the cards ----

type Value = string | HTMLElement | Child[];
const facts = (rows: Array<[string, Value]>, className = "facts") =>
  h(
    "dl",
    { class: className },
    rows.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, ...(Array.isArray(value) ? value : [value]))]),
  );

/** The item's Digital Link at `resolver`; never throws (the serial is percent-encoded as bytes). */
const itemLink = (resolver: string, report: Report) =>
  `${resolver.replace(/\/$/, "")}/01/${report.gtin}/21/${percentEncode(new TextEncoder().encode(report.serial))}`;

export function productCard(report: Report, names: Names, resolver?: string): HTMLElement {
  const product = report.product;
  const rows: Array<[string, Value]> = [];
  if (product) {
    rows.push(["Category", chainText(product.category)]);
    rows.push(["Made in", chainText(country(product.origin))]);
  }
  rows.push(["Merchant", who(names, report.issuer)]);
  rows.push(["GTIN", chainText(report.gtin)]);
  rows.push(["Serial", chainText(report.serial)]);
  if (report.lot !== undefined) rows.push(["Lot", chainText(report.lot)]);
  rows.push(["Bought", [formatDate(report.purchase.at), ", ", chainText(report.purchase.location.description)]]);
  if (resolver) rows.push(["Link", chainText(itemLink(resolver, report))]);
  return h(
    "section",
    { id: "product", class: "card" },
    h("h2", {}, product ? chainText(product.name) : "Unregistered product"),
    facts(rows),
  );
}

const STEP_LABELS: Record<string, string> = {
  commissioning: "Label issued",
  shipping: "Shipped",
  receiving: "Received",
  void_shipping: "Shipment cancelled",
  packing: "Packed",
  unpacking: "Unpacked",
  inspecting: "Inspected",
  retail_selling: "Sold",
  destroying: "Destroyed",
  decommissioning: "Withdrawn",
  claiming: "Claimed by the buyer",
};

const DISPOSITION_NOTES: Record<string, string> = {
  conformant: "passed",
  non_conformant: "failed",
  in_transit: "in transit",
};

const own = (table: Record<string, string>, key: string) =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/** A class name safe from any chain text. */
const token = (text: string) => neutralise(text).replace(/[^a-z0-9_-]/gi, "_").slice(0, 40);

function placeNode(place: Place | undefined): HTMLElement | null {
  if (!place) return null;
  const { latitude, longitude } = place;
  const coordinates =
    latitude !== undefined && longitude !== undefined && Number.isFinite(latitude) && Number.isFinite(longitude)
      ? h("a", { class: "geo", href: `geo:${latitude},${longitude}` }, `${latitude.toFixed(4)}, ${longitude.toFixed(4)}`)
      : null;
  const text = place.description ? chainText(place.description) : place.gln ? ["GLN ", chainText(place.gln)] : "";
  return h("p", { class: "event-place" }, ...[text].flat(), coordinates ? " · " : "", coordinates);
}

/** The other party of an event: whom it was shipped to, received from, or done with. */
function counterparty(event: TraceEvent, names: Names): Child[] {
  if (!event.counterparty) return [];
  const other = who(names, event.counterparty);
  if (event.bizStep === "shipping") return [", to ", other];
  if (event.bizStep === "receiving") return [", from ", other];
  return [", with ", other];
}

function eventItem(event: TraceEvent, names: Names): HTMLElement {
  const when = event.declaredAt ?? event.at;
  const note = own(DISPOSITION_NOTES, event.disposition);
  const label = own(STEP_LABELS, event.bizStep);
  return h(
    "li",
    {
      class: `event step-${token(event.bizStep)} disposition-${token(event.disposition)}`,
      "data-step": neutralise(event.bizStep),
    },
    h(
      "div",
      { class: "event-head" },
      h("strong", { class: "event-step" }, label ?? chainText(event.bizStep), note ? ` (${note})` : ""),
      timeNode(when),
    ),
    placeNode(event.location),
    h("p", { class: "event-actor" }, "by ", who(names, event.actor), ...counterparty(event, names)),
    event.reason !== undefined ? h("p", { class: "event-reason" }, "“", chainText(event.reason), "”") : null,
    h(
      "p",
      { class: "event-meta" },
      h(
        "span",
        { class: "cbv", title: "GS1 CBV business step / disposition" },
        chainText(event.bizStep),
        " · ",
        chainText(event.disposition),
      ),
      ` · block #${event.block}`,
      event.declaredAt !== undefined && !(Math.abs(Number(event.declaredAt) - Number(event.at)) <= 60_000)
        ? ` · recorded ${formatTime(event.at)}`
        : "",
      event.document ? [" · document ", chainText(shortHex(event.document))] : "",
    ),
  );
}

export function timelineCard(report: Report, names: Names): HTMLElement {
  return h(
    "section",
    { id: "journey", class: "card" },
    h("h2", {}, "Journey"),
    h("ol", { class: "timeline" }, report.events.map((event) => eventItem(event, names))),
  );
}

const CERT_STATUS: Record<string, string> = {
  valid: "valid",
  expired: "expired",
  revoked: "revoked",
};

export function certificationsCard(report: Report, names: Names): HTMLElement | null {
  if (report.certifications.length === 0) return null;
  const item = (cert: CertificationEntry) => {
    const status = own(CERT_STATUS, cert.status);
    return h(
      "li",
      { class: `cert cert-${token(cert.status)}`, "data-status": neutralise(cert.status) },
      h("span", { class: `badge badge-${token(cert.status)}` }, status ?? chainText(cert.status || "status unknown")),
      h("strong", {}, who(names, cert.certifier)),
      h(
        "p",
        { class: "cert-meta" },
        `Certifies the ${cert.subject === "product" ? "product" : "item"} · since ${formatDate(cert.issuedAt)}`,
        cert.expiresAt !== undefined ? ` · until ${formatDate(cert.expiresAt)}` : "",
        " · certificate ",
        chainText(shortHex(cert.digest)),
      ),
    );
  };
  return h(
    "section",
    { id: "certifications", class: "card" },
    h("h2", {}, "Certifications"),
    h("ul", { class: "certs" }, report.certifications.map(item)),
  );
}

/** Recalls that were lifted: recorded facts, shown as such (none from an older runtime). */
export function liftedRecallsCard(report: Report, names: Names): HTMLElement | null {
  const lifted = report.liftedRecalls ?? [];
  if (lifted.length === 0) return null;
  const item = (entry: LiftedRecall) =>
    h(
      "li",
      { class: "lifted-recall" },
      h("strong", {}, "Recall lifted on ", timeNode(entry.liftedAt, false)),
      h(
        "p",
        {},
        entry.lot !== undefined ? ["Lot ", chainText(entry.lot), " of this product"] : "This product",
        " was recalled on ",
        formatDate(entry.recall.at),
        entry.recall.by ? [" by ", who(names, entry.recall.by)] : "",
        entry.recall.reason ? [": “", chainText(entry.recall.reason), "”"] : "",
        ".",
      ),
      entry.reason ? h("p", { class: "lift-reason" }, "Lifted because: “", chainText(entry.reason), "”") : null,
    );
  return h(
    "section",
    { id: "recalls-lifted", class: "card" },
    h("h2", {}, "Recalls lifted"),
    h("ul", { class: "lifted" }, lifted.map(item)),
  );
}

export function detailsCard(report: Report, names: Names): HTMLElement {
  const rows: Array<[string, Value]> = [
    ["Code key", chainText(report.code)],
    ["Status", chainText(report.status.replace(/_/g, " "))],
    ["Held by", who(names, report.custodian)],
    ["Issued", formatTime(report.issuedAt)],
  ];
  if (report.pendingHandoverTo) rows.push(["Handed over to", who(names, report.pendingHandoverTo)]);
  if (report.containers.length) rows.push(["Packed in", chainText(report.containers.map(shortHex).join(" in "))]);
  if (report.product) rows.push(["Product sheet digest", chainText(report.product.sheetDigest)]);
  return h(
    "details",
    { id: "details", class: "card" },
    h("summary", {}, "Technical details"),
    facts(rows, "facts mono"),
  );
}

/** A card, or — when building it fails on some value — a note saying that part is missing. */
export function safeCard(name: string, build: () => HTMLElement | null): HTMLElement | null {
  try {
    return build();
  } catch (error) {
    console.error(`the ${name} card failed`, error);
    return h(
      "section",
      { class: "card card-failed", "data-card": name },
      h("p", {}, `This page cannot show the ${name} of this record.`),
    );
  }
}

/** Everything the page shows about one report. */
export interface PageView {
  report: Report | null;
  names: Names;
  mode: Mode;
  origin: string;
  finalized?: { number: number };
  fallbackReason?: string;
  resolver?: string;
  claimedByYou?: boolean;
  /** The claim form, offered for a genuine, claimable item. */
  claim?: (report: Report) => HTMLElement;
}

/**
 * The page's cards for a report, in order: verdict, trust line, product, claim form, lifted
 * recalls, journey, certifications, details. The verdict card is always there: if building it
 * fails, a neutral "cannot interpret" card takes its place.
 */
export function pageCards(view: PageView): HTMLElement[] {
  const { report, names, mode } = view;
  const claimedByYou = view.claimedByYou ?? false;
  let verdict: HTMLElement;
  try {
    verdict = verdictCard(report, names, claimedByYou, mode);
  } catch (error) {
    console.error("the verdict card failed", error);
    verdict = verdictCard({ ...(report as Report), verdict: "uninterpretable" }, new Map(), false, mode);
  }
  const cards: Array<HTMLElement | null> = [
    verdict,
    safeCard("trust", () => trustLine(mode, view.origin, view.finalized, view.fallbackReason)),
  ];
  if (report) {
    cards.push(safeCard("product", () => productCard(report, names, view.resolver)));
    if (view.claim && report.verdict === "genuine" && report.claimable) {
      cards.push(safeCard("claim form", () => view.claim!(report)));
    }
    cards.push(safeCard("lifted recalls", () => liftedRecallsCard(report, names)));
    cards.push(safeCard("journey", () => timelineCard(report, names)));
    cards.push(safeCard("certifications", () => certificationsCard(report, names)));
    cards.push(safeCard("technical details", () => detailsCard(report, names)));
  }
  return cards.filter((card): card is HTMLElement => card !== null);
}

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
//
// Every word of the page's own comes from the message catalogues (i18n/en.ts, i18n/zh-CN.ts)
// in the page's language, and dates from `Intl` in that language; chain text is shown as
// recorded.

import { frag, h } from "./dom";
import { percentEncode } from "./gs1";
import {
  countryName,
  dateFormat,
  dateTimeFormat,
  say,
  t,
  tn,
  type MessageKey,
  type Text,
} from "./i18n";
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

/** The Date of a chain time, or undefined when no Date can hold it. */
export function dateOf(ms: Time | undefined): Date | undefined {
  if (ms === undefined) return undefined;
  const n = Number(ms);
  if (!Number.isFinite(n) || Math.abs(n) > MAX_DATE_MS) return undefined;
  const date = new Date(n);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const rawTime = (ms: Time): string => (typeof ms === "bigint" ? ms.toString() : String(ms));

function formatWith(format: Intl.DateTimeFormat | null, ms: Time): string {
  const date = dateOf(ms);
  if (date && format) {
    try {
      return format.format(date);
    } catch {
      // Fall through to the raw value.
    }
  }
  const n = Number(ms);
  if (Number.isNaN(n)) return t("time.unreadable", { raw: neutralise(rawTime(ms)) });
  return t(n < 0 ? "time.farPast" : "time.farFuture", { raw: rawTime(ms) });
}

/** Date and time of a chain time, in the page's language; never throws (see {@link MAX_DATE_MS}). */
export const formatTime = (ms: Time) => formatWith(dateTimeFormat(), ms);
/** Date of a chain time, in the page's language; never throws. */
export const formatDate = (ms: Time) => formatWith(dateFormat(), ms);

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

export const shortAccount = (account: string) =>
  account.length > 14 ? `${account.slice(0, 6)}…${account.slice(-6)}` : account;

const shortHex = (hex: string) => (hex.length > 18 ? `${hex.slice(0, 10)}…${hex.slice(-6)}` : hex);

export type Names = Map<string, string>;
/** A participant's registered name (chain text), or its short address. */
const who = (names: Names, account: string): HTMLElement =>
  chainText(names.get(account) || shortAccount(String(account ?? "")), { class: "who" });

/** `key` of `table` when `name` is one of its own keys (not `__proto__`, `toString`…). */
const own = (table: Record<string, MessageKey>, name: string): MessageKey | undefined =>
  Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;

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

/** Sentences naming each red flag of a `flagged` verdict, in the page's language. */
export function flagTexts(report: Report): string[] {
  const texts: string[] = [];
  if (report.flags?.failedInspection) texts.push(t("verdict.flag.failedInspection"));
  if (report.flags?.revokedCertification) texts.push(t("verdict.flag.revokedCertification"));
  if (texts.length === 0) texts.push(t("verdict.flag.unspecified"));
  return texts;
}

const uninterpretable = (name: string | undefined): VerdictText => ({
  title: t("verdict.uninterpretable.title"),
  icon: "?",
  tone: "neutral",
  detail: name
    ? tn("verdict.uninterpretable.detailNamed", { name: chainText(name) })
    : [t("verdict.uninterpretable.detail")],
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
  const claimedAt = report?.claimedAt ?? report?.claim?.at;
  if (verdict === "claimed_already" && claimedByYou) {
    return {
      title: t("verdict.claimedByYou.title"),
      icon: "✓",
      tone: "good",
      detail:
        claimedAt === undefined
          ? [t("verdict.claimedByYou.detail")]
          : [t("verdict.claimedByYou.detailAt", { time: formatTime(claimedAt) })],
    };
  }
  switch (verdict) {
    case "genuine":
      return {
        title: t("verdict.genuine.title"),
        icon: "✓",
        tone: "good",
        detail: tn(
          report!.claimable
            ? "verdict.genuine.claimable"
            : report!.status !== "sold"
              ? "verdict.genuine.unsold"
              : "verdict.genuine.noSecret",
          { issuer: who(names, report!.issuer) },
        ),
      };
    case "claimed_already": {
      const claimer = report!.claim ? who(names, report!.claim.by) : t("verdict.claimed.aBuyer");
      return {
        title: t("verdict.claimed.title"),
        icon: "!",
        tone: "warn",
        detail:
          claimedAt === undefined
            ? tn("verdict.claimed.detail", { claimer })
            : tn("verdict.claimed.detailAt", { claimer, time: formatTime(claimedAt) }),
      };
    }
    case "flagged":
      return {
        title: t("verdict.flagged.title"),
        icon: "!",
        tone: "warn",
        detail: tn("verdict.flagged.detail", {
          flags: frag(flagTexts(report!).map((text) => h("span", { class: "flag" }, text, " "))),
        }),
      };
    case "destroyed": {
      const reason = [...(report?.events ?? [])].reverse().find((e) => e.bizStep === "destroying")?.reason;
      return {
        title: t("verdict.destroyed.title"),
        icon: "✕",
        tone: "bad",
        detail:
          reason !== undefined
            ? tn("verdict.destroyed.detailReason", { reason: chainText(reason) })
            : [t("verdict.destroyed.detail")],
      };
    }
    case "recalled": {
      const recall = report?.lotRecall ?? report?.product?.recall;
      const lot = report?.lotRecall ? chainText(report.lot ?? "") : undefined;
      const reason = recall ? { reason: chainText(recall.reason), date: formatDate(recall.at) } : undefined;
      return {
        title: t("verdict.recalled.title"),
        icon: "!",
        tone: "bad",
        detail: lot
          ? reason
            ? tn("verdict.recalled.lotReason", { lot, ...reason })
            : tn("verdict.recalled.lot", { lot })
          : reason
            ? tn("verdict.recalled.productReason", reason)
            : [t("verdict.recalled.product")],
      };
    }
    case "decommissioned":
      return {
        title: t("verdict.withdrawn.title"),
        icon: "–",
        tone: "neutral",
        detail: [t("verdict.withdrawn.detail")],
      };
    case "unknown":
      return {
        title: t("verdict.unknown.title"),
        icon: "?",
        tone: "bad",
        detail: [t("verdict.unknown.detail")],
      };
    default:
      return uninterpretable(report?.rawVerdict ?? String(verdict));
  }
}

/** What the trusted-mode card says first, word for word, in the page's language. */
export const notVerified = (): string => t("verdict.notVerified.statement");

/** The page's headline for the document title. */
export function verdictTitle(report: Report | null, names: Names, claimedByYou = false, mode: Mode = "light"): string {
  const title = verdictText(report, names, claimedByYou).title;
  return mode === "light" ? title : t("verdict.notVerified.documentTitle", { verdict: title });
}

/**
 * The verdict card. Through the light client, the verdict's own tone and icon. In trusted mode
 * (`rpc`), whatever the server said, a neutral card that says first what was not checked and
 * then what the server answered: no verdict may look verified when it was not. The title and
 * the icon tell the verdict without its colour.
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
    },
    h("div", { class: "verdict-icon", "aria-hidden": "true" }, verified ? text.icon : "?"),
    verified
      ? h("div", {}, h("h1", { class: "verdict-title" }, text.title), h("p", { class: "verdict-detail" }, ...text.detail))
      : h(
          "div",
          {},
          h("h1", { class: "verdict-title" }, t("verdict.notVerified.title")),
          h("p", { class: "verdict-unverified" }, h("strong", {}, notVerified())),
          h(
            "p",
            { class: "verdict-detail verdict-server-says" },
            ...tn("verdict.notVerified.serverSays", {
              verdict: h("strong", { class: "server-verdict" }, text.title),
              detail: frag(text.detail),
            }),
          ),
        ),
  );
}

const PART_NAMES: Record<string, MessageKey> = {
  gtin: "malformed.part.gtin",
  serial: "malformed.part.serial",
  lot: "malformed.part.lot",
  path: "malformed.part.path",
};

/** The card of a malformed link: which part is wrong, and why (`message`, e.g. a LinkError's). */
export function malformedCard(path: string, part: string, message: Text): HTMLElement {
  return h(
    "section",
    { id: "verdict", class: "verdict tone-bad", "data-verdict": "malformed", "data-part": part },
    h("div", { class: "verdict-icon", "aria-hidden": "true" }, "?"),
    h(
      "div",
      {},
      h("h1", { class: "verdict-title" }, t("malformed.title")),
      h(
        "p",
        { class: "verdict-detail" },
        t("malformed.detail", { part: t(own(PART_NAMES, part) ?? "malformed.part.path"), message: neutralise(say(message)) }),
      ),
      h("p", { class: "path" }, h("code", {}, chainText(decodeURIComponentSafe(path)))),
      h("p", { class: "hint" }, t("malformed.hint")),
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
  fallbackReason?: Text,
): HTMLElement {
  const block = finalized ? t("trust.block", { number: finalized.number }) : "";
  if (mode === "light") {
    return h(
      "p",
      { id: "trust", class: "trust trust-light", "data-mode": "light" },
      h("strong", {}, t("trust.light.strong")),
      t("trust.light.detail", { block }),
    );
  }
  return h(
    "p",
    { id: "trust", class: "trust trust-rpc", "data-mode": "rpc", role: "alert" },
    h("strong", {}, t("trust.rpc.strong")),
    t("trust.rpc.detail", {
      reason: fallbackReason ? t("trust.rpc.reason", { reason: neutralise(say(fallbackReason)) }) : "",
      origin: neutralise(origin),
      block,
    }),
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
    rows.push([t("product.category"), chainText(product.category)]);
    rows.push([t("product.madeIn"), chainText(countryName(product.origin))]);
  }
  rows.push([t("product.merchant"), who(names, report.issuer)]);
  rows.push([t("product.gtin"), chainText(report.gtin)]);
  rows.push([t("product.serial"), chainText(report.serial)]);
  if (report.lot !== undefined) rows.push([t("product.lot"), chainText(report.lot)]);
  rows.push([
    t("product.bought"),
    tn("product.boughtAt", { date: formatDate(report.purchase.at), place: chainText(report.purchase.location.description) }),
  ]);
  if (resolver) rows.push([t("product.link"), chainText(itemLink(resolver, report))]);
  return h(
    "section",
    { id: "product", class: "card" },
    h("h2", {}, product ? chainText(product.name) : t("product.unregistered")),
    facts(rows),
  );
}

/** GS1 CBV business steps (and trace-chain's `claiming`), as the page names them. */
const STEP_LABELS: Record<string, MessageKey> = {
  commissioning: "step.commissioning",
  shipping: "step.shipping",
  receiving: "step.receiving",
  void_shipping: "step.voidShipping",
  packing: "step.packing",
  unpacking: "step.unpacking",
  inspecting: "step.inspecting",
  retail_selling: "step.retailSelling",
  destroying: "step.destroying",
  decommissioning: "step.decommissioning",
  claiming: "step.claiming",
  offering_ownership: "step.offeringOwnership",
  accepting_ownership: "step.acceptingOwnership",
  cancelling_ownership_offer: "step.cancellingOwnershipOffer",
  handing_over_claim_secret: "step.handingOverClaimSecret",
  registering_chip: "step.registeringChip",
  verifying_chip: "step.verifyingChip",
};

/** GS1 CBV dispositions the page notes next to the step. */
const DISPOSITION_NOTES: Record<string, MessageKey> = {
  conformant: "disposition.conformant",
  non_conformant: "disposition.nonConformant",
  in_transit: "disposition.inTransit",
};

/** A class name safe from any chain text. */
const token = (text: string) => neutralise(text).replace(/[^a-z0-9_-]/gi, "_").slice(0, 40);

function placeNode(place: Place | undefined): HTMLElement | null {
  if (!place) return null;
  const { latitude, longitude } = place;
  const coordinates =
    latitude !== undefined && longitude !== undefined && Number.isFinite(latitude) && Number.isFinite(longitude)
      ? h("a", { class: "geo", href: `geo:${latitude},${longitude}` }, `${latitude.toFixed(4)}, ${longitude.toFixed(4)}`)
      : null;
  const text = place.description
    ? [chainText(place.description)]
    : place.gln
      ? tn("event.gln", { gln: chainText(place.gln) })
      : [];
  return h("p", { class: "event-place" }, ...text, coordinates ? " · " : "", coordinates);
}

/** The other party of an event: whom it was shipped to, received from, or done with. */
function counterparty(event: TraceEvent, names: Names): Node | string {
  if (!event.counterparty) return "";
  const party = who(names, event.counterparty);
  const key: MessageKey =
    event.bizStep === "shipping" ? "event.to" : event.bizStep === "receiving" ? "event.from" : "event.with";
  return frag(tn(key, { party }));
}

function eventItem(event: TraceEvent, names: Names): HTMLElement {
  const when = event.declaredAt ?? event.at;
  const noteKey = own(DISPOSITION_NOTES, event.disposition);
  const labelKey = own(STEP_LABELS, event.bizStep);
  return h(
    "li",
    {
      class: `event step-${token(event.bizStep)} disposition-${token(event.disposition)}`,
      "data-step": neutralise(event.bizStep),
    },
    h(
      "div",
      { class: "event-head" },
      h(
        "strong",
        { class: "event-step" },
        labelKey ? t(labelKey) : chainText(event.bizStep),
        noteKey ? t("event.note", { note: t(noteKey) }) : "",
      ),
      timeNode(when),
    ),
    placeNode(event.location),
    h("p", { class: "event-actor" }, ...tn("event.by", { actor: who(names, event.actor), counterparty: counterparty(event, names) })),
    event.reason !== undefined ? h("p", { class: "event-reason" }, ...tn("event.quote", { text: chainText(event.reason) })) : null,
    h(
      "p",
      { class: "event-meta" },
      h(
        "span",
        { class: "cbv", title: t("event.cbvTitle") },
        chainText(event.bizStep),
        " · ",
        chainText(event.disposition),
      ),
      " · ",
      t("event.block", { number: event.block }),
      event.declaredAt !== undefined && !(Math.abs(Number(event.declaredAt) - Number(event.at)) <= 60_000)
        ? [" · ", t("event.recorded", { time: formatTime(event.at) })]
        : "",
      event.document ? [" · ", ...tn("event.document", { digest: chainText(shortHex(event.document)) })] : "",
    ),
  );
}

export function timelineCard(report: Report, names: Names): HTMLElement {
  return h(
    "section",
    { id: "journey", class: "card" },
    h("h2", {}, t("journey.title")),
    h("ol", { class: "timeline" }, report.events.map((event) => eventItem(event, names))),
  );
}

const CERT_STATUS: Record<string, MessageKey> = {
  valid: "cert.valid",
  expired: "cert.expired",
  revoked: "cert.revoked",
};

export function certificationsCard(report: Report, names: Names): HTMLElement | null {
  if (report.certifications.length === 0) return null;
  const item = (cert: CertificationEntry) => {
    const status = own(CERT_STATUS, cert.status);
    return h(
      "li",
      { class: `cert cert-${token(cert.status)}`, "data-status": neutralise(cert.status) },
      h(
        "span",
        { class: `badge badge-${token(cert.status)}` },
        status ? t(status) : cert.status ? chainText(cert.status) : t("cert.statusUnknown"),
      ),
      h("strong", {}, who(names, cert.certifier)),
      h(
        "p",
        { class: "cert-meta" },
        t(cert.subject === "product" ? "cert.ofProduct" : "cert.ofItem"),
        " · ",
        t("cert.since", { date: formatDate(cert.issuedAt) }),
        cert.expiresAt !== undefined ? [" · ", t("cert.until", { date: formatDate(cert.expiresAt) })] : "",
        " · ",
        ...tn("cert.certificate", { digest: chainText(shortHex(cert.digest)) }),
      ),
    );
  };
  return h(
    "section",
    { id: "certifications", class: "card" },
    h("h2", {}, t("certs.title")),
    h("ul", { class: "certs" }, report.certifications.map(item)),
  );
}

/** Recalls that were lifted: recorded facts, shown as such (none from an older runtime). */
export function liftedRecallsCard(report: Report, names: Names): HTMLElement | null {
  const lifted = report.liftedRecalls ?? [];
  if (lifted.length === 0) return null;
  const item = (entry: LiftedRecall) => {
    const params = {
      date: formatDate(entry.recall.at),
      by: entry.recall.by ? frag(tn("lifted.by", { recaller: who(names, entry.recall.by) })) : "",
      reason: entry.recall.reason ? frag(tn("lifted.reason", { reason: chainText(entry.recall.reason) })) : "",
    };
    return h(
      "li",
      { class: "lifted-recall" },
      h("strong", {}, ...tn("lifted.on", { date: timeNode(entry.liftedAt, false) })),
      h(
        "p",
        {},
        ...(entry.lot !== undefined
          ? tn("lifted.lot", { lot: chainText(entry.lot), ...params })
          : tn("lifted.product", params)),
      ),
      entry.reason ? h("p", { class: "lift-reason" }, ...tn("lifted.because", { reason: chainText(entry.reason) })) : null,
    );
  };
  return h(
    "section",
    { id: "recalls-lifted", class: "card" },
    h("h2", {}, t("lifted.title")),
    h("ul", { class: "lifted" }, lifted.map(item)),
  );
}

/** The code's status as the record names it (`in_transit`…), in the page's language. */
const STATUS_NAMES: Record<string, MessageKey> = {
  active: "status.active",
  in_transit: "status.inTransit",
  sold: "status.sold",
  claimed: "status.claimed",
  destroyed: "status.destroyed",
  decommissioned: "status.decommissioned",
};

/** A code's status (`active`, `in_transit`…) in the page's language, or as the record names it. */
export const statusText = (status: string): string => {
  const key = own(STATUS_NAMES, status);
  return key ? t(key) : neutralise(status.replace(/_/g, " "));
};

export function detailsCard(report: Report, names: Names): HTMLElement {
  const status = own(STATUS_NAMES, report.status);
  const rows: Array<[string, Value]> = [
    [t("details.codeKey"), chainText(report.code)],
    [t("details.status"), status ? t(status) : chainText(report.status.replace(/_/g, " "))],
    [t("details.heldBy"), who(names, report.custodian)],
    [t("details.issued"), formatTime(report.issuedAt)],
  ];
  if (report.pendingHandoverTo) rows.push([t("details.handedOverTo"), who(names, report.pendingHandoverTo)]);
  if (report.containers.length) {
    rows.push([t("details.packedIn"), chainText(report.containers.map(shortHex).join(t("details.packedInJoin")))]);
  }
  if (report.product) rows.push([t("details.sheetDigest"), chainText(report.product.sheetDigest)]);
  return h(
    "details",
    { id: "details", class: "card" },
    h("summary", {}, t("details.title")),
    facts(rows, "facts mono"),
  );
}

/**
 * A card, or — when building it fails on some value — a note saying that part is missing.
 * `name` identifies the card (`data-card`, the console); `part` names it for the reader.
 */
export function safeCard(name: string, part: MessageKey, build: () => HTMLElement | null): HTMLElement | null {
  try {
    return build();
  } catch (error) {
    console.error(`the ${name} card failed`, error);
    return h(
      "section",
      { class: "card card-failed", "data-card": name },
      h("p", {}, t("card.failed", { part: t(part) })),
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
  /** Why the light client could not start (trusted mode). */
  fallbackReason?: Text;
  resolver?: string;
  claimedByYou?: boolean;
  /** The claim form, offered for a genuine, claimable item. */
  claim?: (report: Report) => HTMLElement;
  /** The chip card, for an item with a chip. */
  chip?: (report: Report) => HTMLElement;
  /** The ownership card (owners, since when, the owner's and the buyer's steps). */
  ownership?: (report: Report) => HTMLElement | null;
}

/**
 * The page's cards for a report, in order: verdict, trust line, product, chip, claim form,
 * ownership, lifted recalls, journey, certifications, details. The verdict card is always there: if building it
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
    safeCard("trust", "card.trust", () => trustLine(mode, view.origin, view.finalized, view.fallbackReason)),
  ];
  if (report) {
    cards.push(safeCard("product", "card.product", () => productCard(report, names, view.resolver)));
    if (view.chip && report.chip) cards.push(safeCard("chip", "card.chip", () => view.chip!(report)));
    if (view.claim && report.verdict === "genuine" && report.claimable) {
      cards.push(safeCard("claim form", "card.claimForm", () => view.claim!(report)));
    }
    if (view.ownership) cards.push(safeCard("ownership", "card.ownership", () => view.ownership!(report)));
    cards.push(safeCard("lifted recalls", "card.liftedRecalls", () => liftedRecallsCard(report, names)));
    cards.push(safeCard("journey", "card.journey", () => timelineCard(report, names)));
    cards.push(safeCard("certifications", "card.certifications", () => certificationsCard(report, names)));
    cards.push(safeCard("technical details", "card.details", () => detailsCard(report, names)));
  }
  return cards.filter((card): card is HTMLElement => card !== null);
}

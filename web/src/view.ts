// What the consumer sees, phone screen first: the verdict at a glance, then the product, the
// claim action, the journey, the certifications and the technical details.

import { h } from "./dom";
import type { CertificationEntry, Place, Report, TraceEvent, VerdictKind } from "./model";

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
export const formatTime = (ms: number) => dateTime.format(new Date(ms));
export const formatDate = (ms: number) => dateOnly.format(new Date(ms));

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
const who = (names: Names, account: string) => names.get(account) ?? shortAccount(account);

/** Verdict headline, colour and explanation. */
interface VerdictText {
  title: string;
  icon: string;
  tone: "good" | "bad" | "warn" | "neutral";
  detail: string;
}

export function verdictText(report: Report | null, names: Names, claimedByYou = false): VerdictText {
  const verdict: VerdictKind = report?.verdict ?? "unknown";
  if (verdict === "claimed_already" && claimedByYou) {
    const at = report!.claimedAt ?? report!.claim?.at;
    return {
      title: "Claimed by you",
      icon: "✓",
      tone: "good",
      detail:
        `You claimed this item${at ? ` on ${formatTime(at)}` : ""}. ` +
        "Anyone who scans a copy of its label now sees it as claimed already.",
    };
  }
  switch (verdict) {
    case "genuine":
      return {
        title: "Genuine",
        icon: "✓",
        tone: "good",
        detail:
          `Issued by ${who(names, report!.issuer)} and in good standing. ` +
          (report!.claimable
            ? "Nobody has claimed it yet: if you bought it, claim it below."
            : "It has no claim secret."),
      };
    case "claimed_already": {
      const by = report!.claim ? who(names, report!.claim.by) : "a buyer";
      const at = report!.claimedAt ?? report!.claim?.at;
      return {
        title: "Claimed already",
        icon: "!",
        tone: "warn",
        detail:
          `Claimed by ${by}${at ? ` on ${formatTime(at)}` : ""}. ` +
          "If you just bought this item new and did not claim it yourself, this label may be a copy.",
      };
    }
    case "destroyed": {
      const reason = [...(report?.events ?? [])].reverse().find((e) => e.bizStep === "destroying")?.reason;
      return {
        title: "Destroyed",
        icon: "✕",
        tone: "bad",
        detail:
          `This label was destroyed${reason ? ` (“${reason}”)` : ""} and should not exist any more. ` +
          "An item carrying it is not genuine.",
      };
    }
    case "recalled": {
      const recall = report?.lotRecall ?? report?.product?.recall;
      const what = report?.lotRecall ? `Lot ${report.lot ?? ""} of this product` : "This product";
      return {
        title: "Recalled",
        icon: "!",
        tone: "bad",
        detail:
          `${what} is recalled${recall ? `: “${recall.reason}” (${formatDate(recall.at)})` : ""}. ` +
          "Do not use it; contact the seller.",
      };
    }
    case "decommissioned":
      return {
        title: "Withdrawn",
        icon: "–",
        tone: "neutral",
        detail: "The merchant withdrew this label (decommissioned). It no longer identifies an item for sale.",
      };
    case "unknown":
      return {
        title: "Unknown",
        icon: "?",
        tone: "bad",
        detail:
          "No item with this code was ever issued on this chain. The label is not from here: " +
          "treat the item as unverified.",
      };
  }
}

export function verdictCard(report: Report | null, names: Names, claimedByYou = false): HTMLElement {
  const text = verdictText(report, names, claimedByYou);
  const verdict = report?.verdict ?? "unknown";
  return h(
    "section",
    {
      id: "verdict",
      class: `verdict tone-${text.tone}`,
      "data-verdict": verdict,
      "data-claimed-by-you": claimedByYou || undefined,
      "aria-live": "polite",
    },
    h("div", { class: "verdict-icon", "aria-hidden": "true" }, text.icon),
    h("div", {}, h("h1", { class: "verdict-title" }, text.title), h("p", { class: "verdict-detail" }, text.detail)),
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
      h("p", { class: "verdict-detail" }, `The ${partName} in this link is wrong: ${message}.`),
      h("p", { class: "path" }, h("code", {}, decodeURIComponentSafe(path))),
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
  mode: "light" | "rpc",
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
    `The light client could not start${fallbackReason ? ` (${fallbackReason})` : ""}, so this page read the ` +
      `record from the node at ${origin}` +
      (finalized ? ` (block #${finalized.number})` : "") +
      " and has to believe it.",
  );
}

export function productCard(report: Report, names: Names, resolver?: string): HTMLElement {
  const product = report.product;
  const rows: Array<[string, string | HTMLElement]> = [];
  if (product) {
    rows.push(["Category", product.category]);
    rows.push(["Made in", country(product.origin)]);
  }
  rows.push(["Merchant", who(names, report.issuer)]);
  rows.push(["GTIN", report.gtin]);
  rows.push(["Serial", report.serial]);
  if (report.lot) rows.push(["Lot", report.lot]);
  rows.push(["Bought", `${formatDate(report.purchase.at)}, ${report.purchase.location.description}`]);
  if (resolver) {
    rows.push(["Link", `${resolver.replace(/\/$/, "")}/01/${report.gtin}/21/${encodeURIComponent(report.serial)}`]);
  }
  return h(
    "section",
    { id: "product", class: "card" },
    h("h2", {}, product?.name ?? "Unregistered product"),
    h("dl", { class: "facts" }, rows.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])),
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

const placeText = (place: Place) => place.description || (place.gln ? `GLN ${place.gln}` : "");

function placeNode(place: Place | undefined): HTMLElement | null {
  if (!place) return null;
  const coordinates =
    place.latitude !== undefined && place.longitude !== undefined
      ? h(
          "a",
          { class: "geo", href: `geo:${place.latitude},${place.longitude}` },
          `${place.latitude.toFixed(4)}, ${place.longitude.toFixed(4)}`,
        )
      : null;
  return h("p", { class: "event-place" }, placeText(place), coordinates ? " · " : "", coordinates);
}

/** The other party of an event: whom it was shipped to, received from, or done with. */
function counterparty(event: TraceEvent, names: Names): string {
  if (!event.counterparty) return "";
  const other = who(names, event.counterparty);
  if (event.bizStep === "shipping") return `, to ${other}`;
  if (event.bizStep === "receiving") return `, from ${other}`;
  return `, with ${other}`;
}

function eventItem(event: TraceEvent, names: Names): HTMLElement {
  const when = event.declaredAt ?? event.at;
  const note = DISPOSITION_NOTES[event.disposition];
  return h(
    "li",
    { class: `event step-${event.bizStep}`, "data-step": event.bizStep },
    h(
      "div",
      { class: "event-head" },
      h("strong", { class: "event-step" }, STEP_LABELS[event.bizStep] ?? event.bizStep, note ? ` (${note})` : ""),
      h("time", { datetime: new Date(when).toISOString() }, formatTime(when)),
    ),
    placeNode(event.location),
    h("p", { class: "event-actor" }, `by ${who(names, event.actor)}`, counterparty(event, names)),
    event.reason ? h("p", { class: "event-reason" }, `“${event.reason}”`) : null,
    h(
      "p",
      { class: "event-meta" },
      h("span", { class: "cbv", title: "GS1 CBV business step / disposition" }, `${event.bizStep} · ${event.disposition}`),
      ` · block #${event.block}`,
      event.declaredAt !== undefined && Math.abs(event.declaredAt - event.at) > 60_000
        ? ` · recorded ${formatTime(event.at)}`
        : "",
      event.document ? ` · document ${shortHex(event.document)}` : "",
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

const CERT_STATUS: Record<CertificationEntry["status"], string> = {
  valid: "valid",
  expired: "expired",
  revoked: "revoked",
};

export function certificationsCard(report: Report, names: Names): HTMLElement | null {
  if (report.certifications.length === 0) return null;
  return h(
    "section",
    { id: "certifications", class: "card" },
    h("h2", {}, "Certifications"),
    h(
      "ul",
      { class: "certs" },
      report.certifications.map((cert) =>
        h(
          "li",
          { class: `cert cert-${cert.status}`, "data-status": cert.status },
          h("span", { class: `badge badge-${cert.status}` }, CERT_STATUS[cert.status]),
          h("strong", {}, who(names, cert.certifier)),
          h(
            "p",
            { class: "cert-meta" },
            `Certifies the ${cert.subject === "product" ? "product" : "item"} · since ${formatDate(cert.issuedAt)}` +
              (cert.expiresAt ? ` · until ${formatDate(cert.expiresAt)}` : "") +
              ` · certificate ${shortHex(cert.digest)}`,
          ),
        ),
      ),
    ),
  );
}

export function detailsCard(report: Report, names: Names): HTMLElement {
  const rows: Array<[string, string]> = [
    ["Code key", report.code],
    ["Status", report.status.replace(/_/g, " ")],
    ["Held by", who(names, report.custodian)],
    ["Issued", formatTime(report.issuedAt)],
  ];
  if (report.pendingHandoverTo) rows.push(["Handed over to", who(names, report.pendingHandoverTo)]);
  if (report.containers.length) rows.push(["Packed in", report.containers.map(shortHex).join(" in ")]);
  if (report.product) rows.push(["Product sheet digest", report.product.sheetDigest]);
  return h(
    "details",
    { id: "details", class: "card" },
    h("summary", {}, "Technical details"),
    h("dl", { class: "facts mono" }, rows.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])),
  );
}

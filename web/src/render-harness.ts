// Test-only entry (test/render.html, built by `vite build --mode render-test`): renders a trace
// report given as JSON with the page's own model and view code — the same `pageCards`, claim
// form, header and verdict live region main.ts uses — without a chain, so that
// web/test/render.test.mjs can feed it any value the chain can hold, in either language, and
// audit it. Not part of the production build.
//
// A runtime report (`source: "runtime"`) is given as polkadot-api decodes it, in JSON with
// tagged values: `{ "$bigint": "18446744073709551615" }` for a u64, `{ "$text": "…" }` for a
// `Vec<u8>` of UTF-8 and `{ "$bytes": "0x…" }` for any other bytes.

import "./style.css";
import { keepingInput, mountHeader, showVerdict } from "./chrome";
import { claimPayload } from "./claim";
import { claimCard } from "./claim-form";
import { availableChip, softwareChip } from "./chip";
import { chipCard } from "./chip-card";
import { hasOwnership, ownershipCard } from "./ownership-form";
import { fromHex, toHex } from "./gs1";
import { initLocale, LocalizedError, locale, msg, setLocale, type Locale } from "./i18n";
import { fromRpcJson, fromRuntime, type Report } from "./model";
import { neutralise, pageCards, verdictTitle, type Mode } from "./view";

/* eslint-disable @typescript-eslint/no-explicit-any */
const revive = (value: any): any => {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== "object") return value;
  if (typeof value.$bigint === "string") return BigInt(value.$bigint);
  if (typeof value.$text === "string") return new TextEncoder().encode(value.$text);
  if (typeof value.$bytes === "string") return fromHex(value.$bytes);
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, revive(inner)]));
};

export interface RenderInput {
  source: "runtime" | "rpc";
  /** The report, or null for a code never issued. */
  report: unknown;
  mode?: Mode;
  names?: Record<string, string>;
  claimedByYou?: boolean;
  fallbackReason?: string;
  resolver?: string;
  /** The page's language for this render (not kept); else the browser's, or the switch's. */
  lang?: Locale;
  /**
   * The chain a chip check reads (light mode only): the challenge's block is #42 (hash and
   * genesis `challengeBlock`), the finalized block when the chip has answered is #42 +
   * `chipLag` (default 1), and `MaxChipChallengeAge` is `chipMaxAge` (default 20).
   */
  chipLag?: number;
  chipMaxAge?: number;
  challengeBlock?: { hash: string; genesis: string };
  /** How long the chip has to answer (ms). */
  chipTimeoutMs?: number;
}

let last: RenderInput | undefined;

function draw(input: RenderInput): { verdict: string; title: string; lang: Locale } {
  const app = document.getElementById("app")!;
  const report: Report | null =
    input.report === null || input.report === undefined
      ? null
      : input.source === "runtime"
        ? fromRuntime(revive(input.report))
        : fromRpcJson(input.report);
  const names = new Map(Object.entries(input.names ?? {}));
  const mode = input.mode ?? "light";
  const title = neutralise(verdictTitle(report, names, input.claimedByYou, mode));
  document.title = title;
  const [verdict, ...cards] = pageCards({
    report,
    names,
    mode,
    origin: mode === "light" ? "light client (smoldot), render test" : "ws://127.0.0.1:9944",
    finalized: { number: 42 },
    fallbackReason: input.fallbackReason,
    resolver: input.resolver,
    claimedByYou: input.claimedByYou,
    // main.ts's claim form; no chain to submit to.
    claim: (report) =>
      claimCard(report, {
        submitter: () => Promise.reject(new LocalizedError(msg("rpc.cannotConnect", { url: "ws://127.0.0.1:9" }))),
        resolver: input.resolver ?? location.origin,
        onClaimed: () => {},
      }),
    chip: (report) =>
      chipCard(report, {
        mode,
        chain:
          mode === "light"
            ? {
                challengeBlock: async () => ({
                  number: 42,
                  hash: input.challengeBlock?.hash ?? `0x${"5a".repeat(32)}`,
                  genesis: input.challengeBlock?.genesis ?? `0x${"91".repeat(32)}`,
                }),
                finalizedNumber: async () => 42 + (input.chipLag ?? 1),
                maxAge: async () => input.chipMaxAge ?? 20,
              }
            : undefined,
        chip: availableChip,
        submitter: () => Promise.reject(new LocalizedError(msg("rpc.cannotConnect", { url: "ws://127.0.0.1:9" }))),
        timeoutMs: input.chipTimeoutMs,
      }),
    ownership: (report) =>
      hasOwnership(report)
        ? ownershipCard(report, {
            submitter: () => Promise.reject(new LocalizedError(msg("rpc.cannotConnect", { url: "ws://127.0.0.1:9" }))),
            onDone: () => {},
          })
        : null,
  });
  showVerdict(app, verdict, cards);
  return { verdict: report?.verdict ?? "unknown", title, lang: locale() };
}

const harness = {
  render(input: RenderInput) {
    if (input.lang) setLocale(input.lang);
    updateHeader();
    last = input;
    return draw(input);
  },
  /**
   * Puts a chip where Web NFC would be (`window.__traceChip`): a software chip of `keyType`
   * with `seed`, one that never answers (`"silent"`), or none (`"none"`).
   */
  chip(kind: "software" | "silent" | "none", keyType?: string, seed?: string) {
    window.__traceChip =
      kind === "software"
        ? softwareChip(keyType ?? "", seed ?? "")
        : kind === "silent"
          ? { sign: () => new Promise(() => {}) }
          : undefined;
  },
  /** `claimPayload` on `0x` hex arguments, as `0x` hex. */
  claimPayload(genesis: string, code: string, claimer: string): string {
    return toHex(claimPayload(fromHex(genesis), fromHex(code), fromHex(claimer)));
  },
};

initLocale();
const updateHeader = mountHeader(() => {
  const input = last;
  if (input) keepingInput(document.getElementById("app")!, () => draw(input));
});

declare global {
  interface Window {
    __harness: typeof harness;
  }
}
window.__harness = harness;
document.documentElement.dataset.ready = "true";

// The chip card of an item with a chip (chip.ts checks the chip, loaded on the first check): "Verify the chip", then
// "chip verified: this is the labelled original" or "chip missing or wrong" and why, and, once
// verified, an optional "record this scan" that adds the scan to the item's history. Its state
// lives outside the card, per code, so that the page can draw it again (in another language)
// without losing the outcome; the outcome is announced (`#chip-status` is a polite live region
// that is in the card from its first drawing).

import type { PolkadotClient } from "polkadot-api";
import type { ChipChain, ChipOutcome } from "./chip";
import type { Chip } from "./chip-reader";
import { h } from "./dom";
import { errorText, msg, say, t, type Message, type Text } from "./i18n";
import type { Report } from "./model";
import { explainRefusal, progressMessage, submitGeneral, unsafeApi } from "./submit";
import type { Mode } from "./view";

export interface ChipDeps {
  mode: Mode;
  /** What the check reads from the chain; none in trusted mode (the key is not verified). */
  chain?: ChipChain;
  /** The chip to ask, when the page can reach one (an injected chip, or HaLo over Web NFC). */
  chip: () => Chip | undefined;
  /** A polkadot-api client to record a scan through. */
  submitter?: () => Promise<PolkadotClient>;
  /** After a scan is recorded (the page reads the report again). */
  onRecorded?: () => void;
  /** How long the chip has to answer. */
  timeoutMs?: number;
}

interface ChipState {
  busy: boolean;
  /** The last check's outcome, or "checking". */
  outcome?: ChipOutcome | { result: "checking" } | { result: "error"; reason: Text };
  /** Recording the scan: progress, and how it ended. */
  record?: { text: Text; kind: "" | "ok" | "error" };
  recording?: boolean;
}

const states = new Map<string, ChipState>();
const stateOf = (code: string): ChipState => {
  let state = states.get(code);
  if (!state) states.set(code, (state = { busy: false }));
  return state;
};

/** The scheme of a chip key, in words. */
const KEY_TYPES: Record<string, "chip.keyType.secp256k1" | "chip.keyType.ed25519" | "chip.keyType.sr25519"> = {
  secp256k1_ecdsa: "chip.keyType.secp256k1",
  ed25519: "chip.keyType.ed25519",
  sr25519: "chip.keyType.sr25519",
};
const keyTypeName = (type: string) =>
  Object.prototype.hasOwnProperty.call(KEY_TYPES, type) ? t(KEY_TYPES[type]) : type;

/** Explains a refusal of a scan by the pool in the pallet's terms (`authorize_record_chip_scan`). */
const explainScanError = (error: unknown): Text =>
  explainRefusal(error, {
    BadProof: msg("chip.record.badSignature"),
    Stale: msg("chip.record.stale"),
    Call: msg("chip.record.refused"),
  });

/** The outcome's line: what a screen reader hears, and the tests read. */
function outcomeNode(state: ChipState): HTMLElement | null {
  const outcome = state.outcome;
  if (!outcome) return null;
  if (outcome.result === "checking") return h("p", { class: "chip-checking" }, t("chip.checking"));
  if (outcome.result === "verified") {
    return h(
      "div",
      { class: "chip-outcome chip-good" },
      h("p", { class: "chip-title" }, h("span", { "aria-hidden": "true" }, "✓ "), t("chip.verified")),
      h("p", {}, t("chip.verifiedDetail", { block: outcome.block })),
    );
  }
  return h(
    "div",
    { class: "chip-outcome chip-bad" },
    h("p", { class: "chip-title" }, h("span", { "aria-hidden": "true" }, "✕ "), t("chip.wrong")),
    h("p", { class: "chip-reason" }, say(outcome.reason)),
  );
}

/** Puts `state` on the card now in the page, whichever drawing of it that is. */
function paint(state: ChipState, report: Report, deps: ChipDeps) {
  const card = document.getElementById("chip");
  if (!card) return;
  if (state.outcome) card.dataset.chipResult = state.outcome.result;
  const status = document.getElementById("chip-status");
  if (status) status.replaceChildren(...[outcomeNode(state)].filter((node): node is HTMLElement => node !== null));
  const button = document.getElementById("chip-button") as HTMLButtonElement | null;
  if (button) button.disabled = state.busy;
  const record = document.getElementById("chip-record-box");
  if (record) record.replaceChildren(...recordNodes(state, report, deps));
}

function recordNodes(state: ChipState, report: Report, deps: ChipDeps): HTMLElement[] {
  const outcome = state.outcome;
  if (!deps.submitter || outcome?.result !== "verified") return [];
  const line = h(
    "p",
    { id: "chip-record-status", class: `claim-status${state.record?.kind ? ` ${state.record.kind}` : ""}`, role: "status" },
    state.record ? say(state.record.text) : "",
  );
  const button = h(
    "button",
    {
      type: "button",
      id: "chip-record",
      class: "secondary",
      disabled: state.recording || state.record?.kind === "ok",
      onclick: async () => {
        if (state.recording || !deps.submitter) return;
        const progress = (text: Text, kind: "" | "ok" | "error" = "") => {
          state.record = { text, kind };
          paint(state, report, deps);
        };
        state.recording = true;
        progress(msg("chip.record.sending"));
        try {
          const client = await deps.submitter();
          const { chipSignature } = await import("./chip");
          const tx = unsafeApi(client).tx.Traceability.record_chip_scan({
            code: report.code,
            block: outcome.block,
            signature: chipSignature(outcome.answer),
          });
          const done = await submitGeneral(tx, (step) => progress(progressMessage(step)), explainScanError);
          state.recording = false;
          progress(msg("chip.record.done", { number: done.block }), "ok");
          deps.onRecorded?.();
        } catch (error) {
          state.recording = false;
          progress(errorText(error), "error");
        }
      },
    },
    t("chip.record.button"),
  );
  return [h("p", { class: "hint" }, t("chip.record.intro")), button, line];
}

/** The chip card of `report` (which has a chip). */
export function chipCard(report: Report, deps: ChipDeps): HTMLElement {
  const key = report.chip!;
  const state = stateOf(report.code);
  const chip = deps.chip();
  // Why the page cannot check the chip here, if it cannot.
  const unavailable: Message | undefined = !deps.chain
    ? msg("chip.untrusted")
    : !chip
      ? msg("chip.noNfc")
      : undefined;
  const status = h("div", { id: "chip-status", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  const button = unavailable
    ? null
    : (h(
        "button",
        {
          type: "button",
          id: "chip-button",
          onclick: async () => {
            const reader = deps.chip();
            if (state.busy || !reader || !deps.chain) return;
            state.busy = true;
            state.record = undefined;
            state.outcome = { result: "checking" };
            paint(state, report, deps);
            try {
              // The curves come with the first check, not with the page.
              const { checkChip } = await import("./chip");
              state.outcome = await checkChip(reader, key, report.code, deps.chain, deps.timeoutMs);
            } catch (error) {
              state.outcome = { result: "error", reason: msg("chip.reason.chain", { error: errorText(error) }) };
            }
            state.busy = false;
            paint(state, report, deps);
          },
        },
        t("chip.button"),
      ) as HTMLButtonElement);
  const card = h(
    "section",
    {
      id: "chip",
      class: "card",
      "data-chip-result": state.outcome?.result ?? (unavailable ? (deps.chain ? "no_nfc" : "untrusted") : "ready"),
      "aria-labelledby": "chip-heading",
    },
    h("h2", { id: "chip-heading" }, t("chip.heading")),
    h("p", {}, t("chip.intro", { type: keyTypeName(key.type) })),
    unavailable ? h("p", { id: "chip-unavailable", class: "note" }, say(unavailable)) : null,
    button,
    status,
    h("div", { id: "chip-record-box", class: "stack" }),
  );
  // The outcome so far (a card drawn again, e.g. in another language).
  status.replaceChildren(...[outcomeNode(state)].filter((node): node is HTMLElement => node !== null));
  if (button) (button as HTMLButtonElement).disabled = state.busy;
  card.querySelector("#chip-record-box")!.replaceChildren(...recordNodes(state, report, deps));
  return card;
}

// The ownership card of an item (ownership.ts makes the steps): how many owners it has had and
// since when the current one holds it — no account of an owner, no personal data — and, for the
// owner or the buyer, the token-less steps: offer it to another account, withdraw the offer,
// accept it, or hand a new claim secret over (made in the page, shown to write down or print).
// The secret is read as the claim form reads one (`claimKeyFromSecret`). Like the claim form's,
// its state (progress, a new secret) lives outside the card, per code, so that the page can
// draw it again in another language without losing it.

import type { PolkadotClient } from "polkadot-api";
import { h } from "./dom";
import { errorText, msg, t, tn, type Text } from "./i18n";
import type { Report } from "./model";
import { newClaimSecret, ownershipKey, submitOwnershipStep, type OwnershipArgs, type OwnershipStep } from "./ownership";
import { progressMessage } from "./submit";
import { showStatus, statesByCode, type FormStatus } from "./form-state";
import { chainText, formatTime, shortAccount } from "./view";

export interface OwnershipDeps {
  /** A polkadot-api client to submit the steps through; none: the card only shows. */
  submitter?: () => Promise<PolkadotClient>;
  /** After a step is final (the page reads the report again). */
  onDone: () => void;
}

interface OwnershipState {
  busy: boolean;
  status?: FormStatus;
  /** A new claim secret made for a hand-over, and its key. */
  handover?: { phrase: string; claimKey: string };
}

const stateOf = statesByCode<OwnershipState>(() => ({ busy: false }));

function paint(state: OwnershipState) {
  const line = document.getElementById("ownership-status");
  if (line) showStatus(line, state.status);
  for (const button of document.querySelectorAll<HTMLButtonElement>("#ownership button[data-step]")) {
    button.disabled = state.busy;
  }
}

function handoverNote(phrase: string): HTMLElement {
  return h(
    "div",
    { class: "note", id: "handover-note" },
    h("p", {}, t("ownership.handover.note")),
    h("code", { id: "handover-phrase" }, phrase),
    h("button", { type: "button", class: "link-button", onclick: () => window.print() }, t("ownership.handover.print")),
  );
}

/** Whether the card has anything to show: an owner now or before, or a pending offer. */
export const hasOwnership = (report: Report): boolean =>
  (report.owners ?? 0) > 0 || report.ownershipOffer !== undefined || report.claim !== undefined;

export function ownershipCard(report: Report, deps: OwnershipDeps): HTMLElement {
  const state = stateOf(report.code);
  const owners = report.owners ?? (report.claim ? 1 : 0);
  const rows: HTMLElement[] = [
    h("dt", {}, t("ownership.owners")),
    h("dd", { id: "ownership-owners" }, String(owners)),
    h("dt", {}, t("ownership.since")),
    h(
      "dd",
      { id: "ownership-since" },
      report.ownedSince !== undefined ? formatTime(report.ownedSince) : t("ownership.nobody"),
    ),
  ];
  const offer = report.ownershipOffer;
  if (offer) {
    rows.push(
      h("dt", {}, t("ownership.offer")),
      h("dd", { id: "ownership-offer" }, ...tn("ownership.offerTo", { account: chainText(shortAccount(offer.to)) })),
    );
  }
  const owner = report.claim?.by;
  const card = h(
    "section",
    { id: "ownership", class: "card", "aria-labelledby": "ownership-heading" },
    h("h2", { id: "ownership-heading" }, t("ownership.heading")),
    h("dl", { class: "facts" }, ...rows),
    h("p", { class: "hint" }, t("ownership.private")),
  );
  // The steps, for an item someone owns now (not destroyed or withdrawn since).
  if (!deps.submitter || !owner || report.status !== "claimed") return card;

  const field = (id: string, label: string, placeholder: string) => {
    const input = h("input", {
      id,
      name: id,
      type: "text",
      autocomplete: "off",
      autocapitalize: "off",
      spellcheck: "false",
      placeholder,
    }) as HTMLInputElement;
    return { input, label: h("label", {}, label, input) };
  };
  const secret = field("ownership-secret", t("ownership.secretLabel"), t("claim.secretPlaceholder"));
  const to = field("ownership-to", t("ownership.toLabel"), t("claim.accountPlaceholder"));
  const status = h("p", { id: "ownership-status", class: "claim-status", role: "status" });
  const handoverBox = h("div", { id: "handover-box" }, state.handover ? handoverNote(state.handover.phrase) : null);

  const run = async (step: OwnershipStep, done: (block: number) => Text) => {
    if (state.busy) return;
    const progress = (text: Text, kind: "" | "ok" | "error" = "") => {
      state.status = { text, kind };
      paint(state);
    };
    state.busy = true;
    progress(msg("ownership.signing"));
    try {
      const args: OwnershipArgs = { code: report.code, nonce: report.eventCount, owner, offerTo: offer?.to, secret: secret.input.value, step };
      ownershipKey(args); // the right account's secret, before connecting
      const client = await deps.submitter!();
      const result = await submitOwnershipStep(client, args, (step) => progress(progressMessage(step)));
      state.busy = false;
      progress(done(result.block), "ok");
      deps.onDone();
    } catch (error) {
      state.busy = false;
      progress(errorText(error), "error");
    }
  };
  const stepButton = (step: string, label: string, onclick: () => void, secondary = false) =>
    h("button", { type: "button", id: `${step}-button`, "data-step": step, class: secondary ? "secondary" : undefined, onclick }, label);

  const actions: HTMLElement[] = [secret.label];
  if (offer) {
    actions.push(
      h("p", { class: "hint" }, t("ownership.offerPendingHint")),
      stepButton("accept", t("ownership.accept"), () =>
        run({ action: "accept" }, (block) => msg("ownership.accepted", { number: block })),
      ),
      stepButton(
        "cancel",
        t("ownership.cancel"),
        () => run({ action: "cancel" }, (block) => msg("ownership.cancelled", { number: block })),
        true,
      ),
    );
  } else {
    actions.push(
      to.label,
      stepButton("offer", t("ownership.offerButton"), () =>
        run({ action: "offer", to: to.input.value }, (block) => msg("ownership.offered", { number: block })),
      ),
      h("p", { class: "hint" }, t("ownership.handover.intro")),
      h(
        "button",
        {
          type: "button",
          class: "link-button",
          id: "handover-new",
          onclick: () => {
            state.handover = newClaimSecret();
            handoverBox.replaceChildren(handoverNote(state.handover.phrase));
          },
        },
        t("ownership.handover.make"),
      ),
      handoverBox,
      stepButton(
        "handover",
        t("ownership.handover.button"),
        () => {
          if (!state.handover) {
            state.status = { text: msg("ownership.error.noNewSecret"), kind: "error" };
            paint(state);
            return;
          }
          run({ action: "hand_over_claim_secret", claimKey: state.handover.claimKey }, (block) =>
            msg("ownership.handedOver", { number: block }),
          );
        },
        true,
      ),
    );
  }
  card.append(
    h(
      "details",
      { id: "ownership-actions", class: "cli", open: state.status !== undefined || state.handover !== undefined },
      h("summary", {}, t("ownership.actions")),
      h("div", { class: "stack" }, ...actions, status),
    ),
  );
  if (state.status) showStatus(status, state.status);
  for (const button of card.querySelectorAll<HTMLButtonElement>("button[data-step]")) button.disabled = state.busy;
  return card;
}

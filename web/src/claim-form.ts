// The claim form of a genuine, claimable item (claim.ts does the claim). Its state — the new
// account's words, the progress line, whether a claim is under way — lives outside the form,
// per code, so that the page can draw the form again (in another language) without losing
// what the buyer typed or was told to write down.

import type { PolkadotClient } from "polkadot-api";
import { newAccount, submitClaim } from "./claim";
import { clear, h } from "./dom";
import { percentEncode } from "./gs1";
import { progressMessage } from "./submit";
import { showStatus, statesByCode, type FormStatus } from "./form-state";
import { errorText, msg, t, type Text } from "./i18n";
import type { Report } from "./model";
import { chainText } from "./view";

export interface ClaimDeps {
  /** A polkadot-api client to submit the claim through. */
  submitter: () => Promise<PolkadotClient>;
  /** The resolver the item's QR points to, for the CLI line. */
  resolver: string;
  /** After the claim is final (the page reads the report again). */
  onClaimed: (claimer: string) => void;
}

interface ClaimState {
  /** The 12 words of an account made in the page. */
  phrase?: string;
  /** The progress line and how it ended. */
  status?: FormStatus;
  busy: boolean;
}

const stateOf = statesByCode<ClaimState>(() => ({ busy: false }));

/** Puts `state`'s progress on the form now in the page, whichever drawing of it that is. */
function paint(state: ClaimState) {
  const message = document.getElementById("claim-status");
  if (message) showStatus(message, state.status);
  const button = document.getElementById("claim-button") as HTMLButtonElement | null;
  if (button) button.disabled = state.busy;
}

function newAccountNote(phrase: string): HTMLElement {
  return h("p", { class: "note" }, t("claim.newAccountNote"), h("code", { id: "new-account-phrase" }, phrase));
}

export function claimCard(report: Report, deps: ClaimDeps): HTMLElement {
  const state = stateOf(report.code);
  const secret = h("input", {
    id: "claim-secret",
    name: "secret",
    type: "text",
    autocomplete: "off",
    autocapitalize: "off",
    spellcheck: "false",
    placeholder: t("claim.secretPlaceholder"),
    required: true,
  }) as HTMLInputElement;
  const claimer = h("input", {
    id: "claim-account",
    name: "account",
    type: "text",
    autocomplete: "off",
    autocapitalize: "off",
    spellcheck: "false",
    placeholder: t("claim.accountPlaceholder"),
    required: true,
  }) as HTMLInputElement;
  const message = h("p", { id: "claim-status", class: "claim-status", role: "status" });
  const newAccountBox = h("div", { id: "new-account" }, state.phrase ? newAccountNote(state.phrase) : null);
  const button = h("button", { type: "submit", id: "claim-button" }, t("claim.button")) as HTMLButtonElement;
  const resolver = deps.resolver.replace(/\/$/, "");
  const serial = percentEncode(new TextEncoder().encode(report.serial));
  const cli = t("claim.cli", { link: `${resolver}/01/${report.gtin}/21/${serial}` });

  const form = h(
    "form",
    {
      class: "stack",
      onsubmit: async (event: Event) => {
        event.preventDefault();
        if (state.busy) return;
        const account = claimer.value.trim();
        const progress = (text: Text, kind: "" | "ok" | "error" = "") => {
          state.status = { text, kind };
          paint(state);
        };
        state.busy = true;
        progress(msg("claim.signing"));
        try {
          const client = await deps.submitter();
          const done = await submitClaim(
            client,
            { code: report.code, claimer: claimer.value, secret: secret.value, expectedClaimKey: report.claimKey },
            (step) => progress(progressMessage(step)),
          );
          state.busy = false;
          progress(msg("claim.done", { number: done.block }), "ok");
          deps.onClaimed(account);
        } catch (error) {
          state.busy = false;
          progress(errorText(error), "error");
        }
      },
    },
    h("label", {}, t("claim.secretLabel"), secret),
    h("label", {}, t("claim.accountLabel"), claimer),
    h(
      "button",
      {
        type: "button",
        class: "link-button",
        onclick: () => {
          const account = newAccount();
          state.phrase = account.phrase;
          claimer.value = account.address;
          clear(newAccountBox);
          newAccountBox.append(newAccountNote(account.phrase));
        },
      },
      t("claim.newAccount"),
    ),
    newAccountBox,
    button,
    message,
  );
  // The progress so far (a form drawn again, e.g. in another language).
  if (state.status) showStatus(message, state.status);
  button.disabled = state.busy;
  return h(
    "section",
    { id: "claim", class: "card" },
    h("h2", {}, t("claim.heading")),
    h("p", {}, t("claim.intro")),
    form,
    h("details", { class: "cli" }, h("summary", {}, t("claim.fromComputer")), h("code", {}, chainText(cli))),
  );
}

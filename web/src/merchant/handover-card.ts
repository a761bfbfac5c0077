// Handing goods over (the pallet's two-step custody change, as `trace handover …`): the
// custodian proposes a handover to an admitted participant, the recipient accepts or rejects it,
// the proposer may cancel it. The item is named by its label's QR — read with the camera
// (scan-card.ts, scanner.ts: a Digital Link of this site's resolver) — or typed: a Digital Link,
// its path, or the code's key. What the chain holds of the item (status, custodian, a pending
// handover) is read as soon as it is named; the chain decides who may do what and says why not.

import { h } from "../dom";
import { codeKey, LinkError, parsePath } from "../gs1";
import { errorText, LocalizedError, msg, type Text } from "../i18n";
import type { Report } from "../model";
import { scanCard } from "../scan-card";
import { resolverOrigins } from "../scanner";
import { neutralise, shortAccount, statusText } from "../view";
import { parseAccount } from "../claim";
import type { SubmitHandlers } from "../submit";
import { calls } from "./ledger";
import type { Office } from "./office";
import { placeFields, timeField } from "./place-fields";
import { bind, checkText, field, input, relabel, statusLine, submitting } from "./ui";

/** The key of a code named by a Digital Link, its path, or its key (`0x` + 64 hex digits). */
export function codeOf(value: string): string {
  const given = value.trim();
  if (/^0x[0-9a-fA-F]{64}$/.test(given)) return given.toLowerCase();
  let path: string;
  try {
    path = given.startsWith("/") ? given : new URL(given).pathname;
  } catch {
    throw new LocalizedError(msg("office.handover.badCode", { value: given }));
  }
  const link = parsePath(path);
  return codeKey(link.gtin, link.serial);
}

export function handoverCard(office: Office): HTMLElement {
  const code = input("handover-code", { inputmode: "url" });
  const state = h("p", { id: "handover-state", class: "note" });
  let stateText: Text = "";
  bind(state, () => stateText);
  const to = input("handover-to");
  const place = placeFields("handover", "handover");
  const at = timeField("handover-at");
  const reason = input("handover-reason");
  const status = statusLine("handover-status");
  const button = (id: string, label: Text) => bind(h("button", { type: "button", id }), label) as HTMLButtonElement;
  const propose = button("handover-propose", msg("office.handover.propose"));
  const accept = button("handover-accept", msg("office.handover.accept"));
  const reject = button("handover-reject", msg("office.handover.reject"));
  const cancel = button("handover-cancel", msg("office.handover.cancel"));
  for (const secondary of [reject, cancel]) secondary.classList.add("secondary");

  const scanner = scanCard({
    id: "handover-scan",
    labels: { heading: "office.scan.heading", button: "office.scan.button" },
    origins: () => resolverOrigins(location.origin, office.resolver),
    onPath: (path) => {
      code.value = path;
      void look();
      code.focus();
    },
  });

  /** Reads what the chain holds of the code named now. */
  let looking = 0;
  async function look() {
    const mine = ++looking;
    const named = code.value.trim();
    card.dataset.code = "";
    if (!named) {
      stateText = "";
      relabel(state);
      return;
    }
    try {
      const key = codeOf(named);
      card.dataset.code = key;
      const { source } = office.chain();
      const report = await source.report(key);
      if (mine !== looking) return;
      stateText = report ? await describe(report) : msg("office.handover.unknown", { key });
      card.dataset.status = report?.status ?? "unknown";
    } catch (error) {
      if (mine !== looking) return;
      stateText = error instanceof LinkError ? msg("office.handover.badLink", { message: error.text }) : errorText(error);
      card.dataset.status = "";
    }
    relabel(state);
  }

  async function describe(report: Report): Promise<Text> {
    const accounts = [report.custodian, ...(report.pendingHandoverTo ? [report.pendingHandoverTo] : [])];
    const names = await office.chain().source.names(accounts).catch(() => new Map<string, string>());
    // Chain text, with no control or bidi character (view.ts `neutralise`).
    const name = (account: string) => neutralise(names.get(account) ?? shortAccount(account));
    const item = { serial: neutralise(report.serial), gtin: report.gtin, status: statusText(report.status), custodian: name(report.custodian) };
    return report.pendingHandoverTo
      ? msg("office.handover.statePending", { ...item, to: name(report.pendingHandoverTo) })
      : msg("office.handover.state", item);
  }
  code.addEventListener("change", () => void look());

  /** Runs one of the four steps on the code named now, then reads it again. */
  const act = (control: HTMLButtonElement, run: (key: string, handlers: SubmitHandlers) => Promise<Text>) =>
    control.addEventListener("click", () => {
      void submitting(control, status, async (handlers) => {
        const done = await run(codeOf(code.value), handlers);
        await Promise.all([office.refresh(), look()]);
        return done;
      });
    });

  act(propose, async (key, handlers) => {
    const { client, limits } = office.chain();
    const { signer } = office.signer();
    const recipient = to.value.trim();
    parseAccount(recipient);
    const args = { code: key, to: recipient, place: place.read(limits.stringLimit, false), declaredAt: at.read() };
    const done = await calls(client).proposeHandover(args, signer, handlers);
    return msg("office.handover.proposed", { number: done.block });
  });
  act(accept, async (key, handlers) => {
    const { client, limits } = office.chain();
    const { signer } = office.signer();
    const args = { code: key, place: place.read(limits.stringLimit, false), declaredAt: at.read() };
    const done = await calls(client).acceptHandover(args, signer, handlers);
    return msg("office.handover.accepted", { number: done.block });
  });
  act(reject, async (key, handlers) => {
    const { client, limits } = office.chain();
    const { signer } = office.signer();
    const why = checkText(reason.value.trim(), msg("office.handover.reason"), limits.stringLimit);
    if (!why) throw new LocalizedError(msg("office.handover.noReason"));
    const done = await calls(client).rejectHandover({ code: key, reason: why }, signer, handlers);
    return msg("office.handover.rejected", { number: done.block });
  });
  act(cancel, async (key, handlers) => {
    const { client } = office.chain();
    const { signer } = office.signer();
    const done = await calls(client).cancelHandover({ code: key }, signer, handlers);
    return msg("office.handover.cancelled", { number: done.block });
  });

  const card: HTMLElement = h(
    "section",
    { id: "handover", class: "card", "aria-labelledby": "handover-heading" },
    bind(h("h2", { id: "handover-heading" }), msg("office.handover.heading")),
    bind(h("p", {}), msg("office.handover.intro")),
    field(code, msg("office.handover.code"), msg("office.handover.codeHint")),
    scanner.element,
    state,
    field(to, msg("office.handover.to"), msg("office.handover.toHint")),
    place.element,
    field(at.input, msg("office.handover.at"), msg("office.handover.atHint")),
    h("div", { class: "actions" }, propose, accept),
    field(reason, msg("office.handover.reason")),
    h("div", { class: "actions" }, reject, cancel),
    status.element,
  );
  /** Puts `key` in the code field (from the codes table) and reads it. */
  card.addEventListener("trace-code", (event) => {
    code.value = (event as CustomEvent<string>).detail;
    void look();
    code.focus();
    code.scrollIntoView({ block: "center" });
  });
  // The scanner says its words itself (scan-card.ts `relabel`); the rest is bound.
  office.onChange(() => scanner.relabel());
  return card;
}

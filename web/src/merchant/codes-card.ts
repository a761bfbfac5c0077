// The merchant's codes: those it issued, holds, or is offered in a handover (ledger.ts
// `codesOf`), newest first, with their status as the chain records it, who holds each and to
// whom a handover is proposed. A row's button puts the code in the handover form.

import { h } from "../dom";
import { msg, type Text } from "../i18n";
import { accountKey } from "./ledger";
import { chainText, formatTime, neutralise, shortAccount, statusText } from "../view";
import type { Office } from "./office";
import { bind, relabel } from "./ui";

/** How many rows the table shows (the rest are counted). */
const SHOWN = 200;

export function codesCard(office: Office, handover: () => HTMLElement | null = () => document.getElementById("handover")): HTMLElement {
  const summary = h("p", { id: "codes-summary", class: "note" });
  let summaryText: Text = "";
  bind(summary, () => summaryText);
  const reload = bind(h("button", { type: "button", id: "codes-reload", class: "secondary", onclick: () => void office.refresh() }), msg("office.codes.reload"));
  const body = h("tbody", {});
  const columns = (["office.codes.item", "office.codes.status", "office.codes.holder", "office.codes.issued", "office.codes.action"] as const).map((key) =>
    bind(h("th", { scope: "col" }), msg(key)),
  );
  const table = h(
    "table",
    { id: "codes-table", class: "codes" },
    bind(h("caption", { class: "visually-hidden" }), msg("office.codes.caption")),
    h("thead", {}, h("tr", {}, ...columns)),
    body,
  );

  const name = (account: string) => neutralise(office.names.get(account) ?? shortAccount(account));
  const draw = () => {
    const me = office.account ? accountKey(office.account) : undefined;
    const codes = office.codes;
    summaryText = !office.account
      ? msg("office.codes.noAccount")
      : codes.length > SHOWN
        ? msg("office.codes.countShown", { count: codes.length, shown: SHOWN })
        : msg("office.codes.count", { count: codes.length });
    body.replaceChildren(
      ...codes.slice(0, SHOWN).map((code) => {
        const mine = accountKey(code.custodian) === me;
        const offered = code.pendingTo !== undefined && accountKey(code.pendingTo) === me;
        const holder: Text = code.pendingTo
          ? msg("office.codes.pending", { holder: name(code.custodian), to: name(code.pendingTo) })
          : code.packed
            ? msg("office.codes.packed", { holder: name(code.custodian) })
            : name(code.custodian);
        const action: Text | undefined = offered
          ? msg("office.codes.toAccept")
          : mine && code.status === "active" && !code.packed
            ? msg("office.codes.toHandOver")
            : mine && code.pendingTo
              ? msg("office.codes.toCancel")
              : undefined;
        const button = action
          ? bind(
              h("button", {
                type: "button",
                class: "small",
                "data-code": code.key,
                onclick: () => handover()?.dispatchEvent(new CustomEvent("trace-code", { detail: code.key })),
              }),
              action,
            )
          : null;
        if (button) bind(button, msg("office.codes.actionLabel", { action: action!, serial: code.serial }), "aria-label");
        return h(
          "tr",
          { "data-code": code.key, "data-serial": code.serial, "data-gtin": code.gtin, "data-status": code.status, "data-offered": offered ? "true" : undefined },
          h("td", {}, chainText(code.serial, { class: "mono" }), h("br", {}), h("span", { class: "mono small" }, code.gtin), code.lot ? h("span", { class: "small" }, " · ", chainText(code.lot)) : null),
          h("td", {}, bind(h("span", { class: `badge status-${code.status}` }), () => statusText(code.status))),
          h("td", {}, bind(h("span", {}), holder)),
          h("td", { class: "small" }, bind(h("span", {}), () => formatTime(code.issuedAt))),
          h("td", {}, button),
        );
      }),
    );
    table.hidden = codes.length === 0;
    relabel(card);
  };

  const card = h(
    "section",
    { id: "codes", class: "card", "aria-labelledby": "codes-heading" },
    bind(h("h2", { id: "codes-heading" }), msg("office.codes.heading")),
    summary,
    reload,
    bind(h("div", { class: "table-scroll", tabindex: "0", role: "region" }, table), msg("office.codes.caption"), "aria-label"),
  );
  office.onChange(draw);
  draw();
  return card;
}

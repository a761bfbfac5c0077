// The signing account: the browser extensions found (wallet.ts), a button to connect each, the
// accounts the connected one offers, and what the chain knows of the account chosen (its
// participant name, or that it is not admitted or is suspended: governance admits merchants).

import { h } from "../dom";
import { errorText, msg, type Text } from "../i18n";
import { neutralise, shortAccount } from "../view";
import type { Office } from "./office";
import { bind, field, relabel, statusLine } from "./ui";
import { connect, findExtensions, rememberAccount, rememberedAccount, type InjectedExtension, type InjectedPolkadotAccount } from "./wallet";

export function accountCard(office: Office): HTMLElement {
  const status = statusLine("account-status");
  const extensions = h("div", { id: "account-extensions", class: "actions" });
  const select = h("select", { id: "account-select", name: "account-select", disabled: true }) as HTMLSelectElement;
  const who = h("p", { id: "account-participant", class: "note" });
  let whoText: Text = "";
  bind(who, () => whoText);
  let accounts: InjectedPolkadotAccount[] = [];
  let extension: InjectedExtension | undefined;

  const card = h(
    "section",
    { id: "account", class: "card", "aria-labelledby": "account-heading" },
    bind(h("h2", { id: "account-heading" }), msg("office.account.heading")),
    bind(h("p", {}), msg("office.account.intro")),
    extensions,
    field(select, msg("office.account.select")),
    who,
    status.element,
  );

  const choose = (address: string | undefined) => {
    const account = accounts.find((candidate) => candidate.address === address);
    if (account) rememberAccount(account.address);
    card.dataset.account = account?.address ?? "";
    office.setSigner(account ? { address: account.address, signer: account.polkadotSigner } : undefined);
  };
  select.addEventListener("change", () => choose(select.value));

  const fill = (offered: InjectedPolkadotAccount[]) => {
    accounts = offered;
    const current = accounts.find((account) => account.address === office.account) ?? rememberedAccount(accounts);
    select.replaceChildren(
      ...accounts.map((account) =>
        h("option", { value: account.address, selected: account.address === current?.address }, `${account.name ? `${account.name} · ` : ""}${shortAccount(account.address)}`),
      ),
    );
    select.disabled = accounts.length === 0;
    status.set(accounts.length ? msg("office.account.connected", { name: extension?.name ?? "", count: accounts.length }) : msg("office.account.noAccounts", { name: extension?.name ?? "" }), accounts.length ? "ok" : "error");
    if (current?.address !== office.account) choose(current?.address);
  };

  const connectTo = async (name: string) => {
    status.set(msg("office.account.connecting", { name }));
    try {
      extension?.disconnect();
      extension = await connect(name);
      extension.subscribe(fill);
      fill(extension.getAccounts());
    } catch (error) {
      status.set(errorText(error), "error");
    }
  };

  office.onChange(() => {
    const account = office.account;
    if (!account || !office.loaded) whoText = "";
    else if (!office.participant) whoText = msg("office.account.notParticipant", { account });
    else if (office.participant.suspended) whoText = msg("office.account.suspended", { name: neutralise(office.participant.name) });
    else whoText = msg("office.account.participant", { name: neutralise(office.participant.name) });
    relabel(card);
  });

  status.set(msg("office.account.looking"));
  void findExtensions().then((names) => {
    if (!names.length) {
      status.set(msg("office.account.noExtension"), "error");
      return;
    }
    extensions.replaceChildren(
      ...names.map((name) =>
        bind(h("button", { type: "button", id: `connect-${name}`, "data-extension": name, onclick: () => void connectTo(name) }), msg("office.account.connect", { name })),
      ),
    );
    status.set(msg("office.account.found", { names: names.join(", ") }));
  });
  return card;
}

// The merchant back office, at /merchant (merchant.html): a page of its own, with its own
// scripts, that the consumer's page never loads. A merchant signs with a browser extension
// (wallet.ts) and, through the same light client as the consumer's page (or, when none can start,
// the trusted node: chain.ts `openSource`), registers products, issues codes one by one or from a
// CSV file (the `trace code issue-bulk` columns, bulk.ts), with the procurement details (the
// officer committed with a salt, officer.ts), proposes and accepts handovers (the item's QR read
// with the camera, scan-card.ts), and sees its codes and their status.
//
// Every word is in the page's language (i18n/office-en.ts, office-zh-CN.ts, and the consumer's
// catalogues for what both say); a refused call shows the pallet's error in it (errors.ts).
// `window.__office` tells the browser tests what the page did.

import "../style.css";
import "./office.css";
import { LightSource, openSource, type Source } from "../chain";
import { mountHeader, setTitle } from "../chrome";
import { loadConfig, secureConfig } from "../config";
import { h } from "../dom";
import { addMessages, errorText, initLocale, msg, t, type Message, type Text } from "../i18n";
import { officeEn } from "../i18n/office-en";
import { officeZhCN } from "../i18n/office-zh-CN";
import { trustLine } from "../view";
import { accountCard } from "./account-card";
import { codesCard } from "./codes-card";
import { handoverCard } from "./handover-card";
import { issueCard } from "./issue-card";
import { limits } from "./ledger";
import { Office } from "./office";
import { productCard } from "./product-card";
import { bind, relabel } from "./ui";

/** What the browser tests read. */
interface OfficeTrace {
  /** `light` or `rpc`, once connected. */
  mode?: "light" | "rpc";
  /** Why the light client could not start, in English. */
  fallbackReason?: string;
  /** The signing account, once chosen. */
  account?: string;
  log: string[];
}
declare global {
  interface Window {
    __office: OfficeTrace;
  }
}
const trace: OfficeTrace = (window.__office = { log: [] });
const log = (line: string) => {
  trace.log.push(line);
  if (trace.log.length > 400) trace.log.shift();
};

// The light client first: its worker boots while the rest loads.
const booted = LightSource.tryBoot(log);

addMessages({ en: officeEn, "zh-CN": officeZhCN });
initLocale();

const main = document.getElementById("office")!;

const office = new Office(location.origin, log);
office.onChange(() => {
  trace.account = office.account;
});

// ---- the connection: the light client, else the trusted node ----

let connectionStep: Text = msg("pending.loading");
const connectionLine = bind(h("p", { id: "connection-status", class: "status", role: "status", "aria-live": "polite" }), () => connectionStep);
const trustBox = h("div", { id: "connection-trust" });
const connection = h(
  "section",
  { id: "connection", class: "card", "aria-labelledby": "connection-heading" },
  bind(h("h2", { id: "connection-heading" }), msg("office.connection.heading")),
  connectionLine,
  trustBox,
);
let drawTrust = () => {};

function step(text: Text, state: "busy" | "ok" | "error" = "busy") {
  connectionStep = text;
  connection.dataset.state = state;
  relabel(connection);
}

async function connect(): Promise<void> {
  try {
    const config = secureConfig(await loadConfig(), log);
    if (config.resolver) office.resolver = config.resolver;
    const { source, fallback } = await openSource(config, booted, log, (text: Message) => step(text));
    if (fallback) trace.fallbackReason = fallback.message;
    const client = await source.submitter();
    const chain = { source, client, limits: await limits(client) };
    trace.mode = source.mode;
    drawTrust = () => trustBox.replaceChildren(trustLineOf(source, fallback?.text));
    drawTrust();
    step(msg(source.mode === "light" ? "office.connection.light" : "office.connection.rpc"), "ok");
    office.setChain(chain);
  } catch (error) {
    console.error(error);
    step(msg("office.connection.failed", { reason: errorText(error) }), "error");
  }
}

const trustLineOf = (source: Source, fallbackReason?: Text) => trustLine(source.mode, source.origin, undefined, fallbackReason);

// ---- the page ----

const cards = [
  connection,
  accountCard(office),
  productCard(office),
  issueCard(office),
  handoverCard(office),
  codesCard(office),
];
main.replaceChildren(bind(h("h1", { id: "office-title" }), msg("office.title")), bind(h("p", { class: "lead" }), msg("office.intro")), ...cards);

const retitle = () => setTitle(t("office.title"));
retitle();
mountHeader(() => {
  relabel(document.body);
  drawTrust();
  retitle();
}, "office.tagline");

void connect();

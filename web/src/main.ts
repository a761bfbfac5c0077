// The consumer's page: opened by scanning a trace code's QR, i.e. a GS1 Digital Link
// `https://<resolver>/01/{gtin}[/10/{lot}]/21/{serial}`. It parses the path, derives the code's
// key, reads the trace report through a light client (or, when none can start, a trusted
// node) and shows the verdict, the product, the journey, certifications and the claim action.

import "./style.css";
import { LightClientUnavailable, LightSource, RpcSource, type Source } from "./chain";
import { newAccount, parseAccount, submitClaim } from "./claim";
import { loadConfig, secureConfig, type Config } from "./config";
import { clear, h } from "./dom";
import { codeKey, LinkError, linkPath, parsePath, percentEncode, text, toHex, type DigitalLink } from "./gs1";
import type { Report } from "./model";
import { chainText, malformedCard, neutralise, pageCards, verdictTitle, type Names } from "./view";

/** Milestones since navigation start (ms), for the page's footer and the browser tests. */
interface Trace {
  timings: Record<string, number>;
  mode?: "light" | "rpc";
  verdict?: string;
  fallbackReason?: string;
  log: string[];
}
declare global {
  interface Window {
    __trace: Trace;
  }
}
const trace: Trace = (window.__trace = { timings: {}, log: [] });
const mark = (name: string) => (trace.timings[name] = Math.round(performance.now()));

const app = document.getElementById("app")!;

function status(message: string) {
  const line = document.getElementById("status");
  if (line) line.textContent = message;
}

function landing() {
  document.title = "Check a product · trace-chain";
  const input = h("input", {
    id: "link",
    name: "link",
    type: "text",
    inputmode: "url",
    placeholder: "https://…/01/08012345000012/21/HB-0001",
    autocomplete: "off",
  }) as HTMLInputElement;
  app.append(
    h(
      "section",
      { class: "card" },
      h("h1", {}, "Check a product"),
      h("p", {}, "Scan the QR code on the label with your phone's camera, or type the link printed under it."),
      h(
        "form",
        {
          class: "stack",
          onsubmit: (event: Event) => {
            event.preventDefault();
            const value = input.value.trim();
            try {
              const path = value.startsWith("/") ? value : new URL(value).pathname;
              location.assign(linkPath(parsePath(path)));
            } catch (error) {
              document.getElementById("landing-error")!.textContent =
                error instanceof LinkError ? error.message : "That is not a link.";
            }
          },
        },
        input,
        h("button", { type: "submit" }, "Check"),
        h("p", { id: "landing-error", class: "error", role: "alert" }),
      ),
    ),
  );
}

const log = (line: string) => {
  trace.log.push(line);
  if (trace.log.length > 400) trace.log.shift();
};

async function openSource(config: Config): Promise<{ source: Source; fallbackReason?: string }> {
  try {
    status("Starting the light client…");
    const source = await LightSource.start(config, log);
    return { source };
  } catch (error) {
    if (!(error instanceof LightClientUnavailable)) throw error;
    if (!config.rpc) {
      throw new Error(
        `The light client could not start (${error.message}), and ` +
          (config.refusedRpc ? `the page refused the fallback node: ${config.refusedRpc}.` : "no node is configured."),
      );
    }
    status("The light client could not start; asking a node instead…");
    return { source: await RpcSource.open(config.rpc), fallbackReason: error.message };
  }
}

// The account this browser tab claimed a code for, so that the page can tell "claimed by you"
// from "claimed by someone else" (the chain only knows the account).
const claimedHere = (code: string) => sessionStorage.getItem(`trace-claimed-by-${code}`);
const rememberClaim = (code: string, account: string) =>
  sessionStorage.setItem(`trace-claimed-by-${code}`, account);
const sameAccount = (a: string, b: string | null) => {
  if (!b) return false;
  try {
    return toHex(parseAccount(a)) === toHex(parseAccount(b));
  } catch {
    return false;
  }
};

function claimCard(report: Report, source: Source, config: Config, onClaimed: () => void): HTMLElement {
  const secret = h("input", {
    id: "claim-secret",
    name: "secret",
    type: "text",
    autocomplete: "off",
    autocapitalize: "off",
    spellcheck: "false",
    placeholder: "12 words, or //… as printed",
    required: true,
  }) as HTMLInputElement;
  const claimer = h("input", {
    id: "claim-account",
    name: "account",
    type: "text",
    autocomplete: "off",
    autocapitalize: "off",
    spellcheck: "false",
    placeholder: "5F… (your account address)",
    required: true,
  }) as HTMLInputElement;
  const message = h("p", { id: "claim-status", class: "claim-status", role: "status" });
  const newAccountBox = h("div", { id: "new-account" });
  const button = h("button", { type: "submit", id: "claim-button" }, "Claim this item") as HTMLButtonElement;
  const resolver = (config.resolver ?? location.origin).replace(/\/$/, "");
  const serial = percentEncode(new TextEncoder().encode(report.serial));
  const cli = `trace claim ${resolver}/01/${report.gtin}/21/${serial} --secret '<secret>' --for <your account>`;

  const form = h(
    "form",
    {
      class: "stack",
      onsubmit: async (event: Event) => {
        event.preventDefault();
        button.disabled = true;
        message.className = "claim-status";
        message.textContent = "Signing the claim with the secret…";
        try {
          const client = await source.submitter();
          const done = await submitClaim(
            client,
            { code: report.code, claimer: claimer.value, secret: secret.value, expectedClaimKey: report.claimKey },
            (step) => {
              message.textContent =
                step.type === "signed"
                  ? "Sending the claim…"
                  : step.type === "broadcast"
                    ? "Sent. Waiting for a block…"
                    : step.type === "inBlock"
                      ? `In block #${step.number}. Waiting for finality…`
                      : `Final in block #${step.number}.`;
            },
          );
          message.classList.add("ok");
          message.textContent = `Claimed: final in block #${done.block}. This item is now registered to your account.`;
          rememberClaim(report.code, claimer.value.trim());
          onClaimed();
        } catch (error) {
          message.classList.add("error");
          message.textContent = error instanceof Error ? error.message : String(error);
          button.disabled = false;
        }
      },
    },
    h("label", {}, "Secret from under the scratch-off", secret),
    h("label", {}, "Your account", claimer),
    h(
      "button",
      {
        type: "button",
        class: "link-button",
        onclick: () => {
          const account = newAccount();
          claimer.value = account.address;
          clear(newAccountBox);
          newAccountBox.append(
            h(
              "p",
              { class: "note" },
              "A new account was made in this page. Write these 12 words down: they are the only way to prove the item is yours. ",
              h("code", { id: "new-account-phrase" }, account.phrase),
            ),
          );
        },
      },
      "I have no account: make one",
    ),
    newAccountBox,
    button,
    message,
  );
  return h(
    "section",
    { id: "claim", class: "card" },
    h("h2", {}, "Bought it? Claim it"),
    h(
      "p",
      {},
      "Scratch the label inside the packaging and enter the secret printed there. The claim registers " +
        "the item to your account once, for free (no tokens needed); anyone scanning a copy of this " +
        "label will then see it as claimed.",
    ),
    form,
    h("details", { class: "cli" }, h("summary", {}, "Claim from a computer instead"), h("code", {}, chainText(cli))),
  );
}

function render(
  link: DigitalLink,
  report: Report | null,
  names: Names,
  source: Source,
  config: Config,
  fallbackReason: string | undefined,
  reload: () => void,
) {
  clear(app);
  const claimedByYou = Boolean(report?.claim && sameAccount(report.claim.by, claimedHere(report.code)));
  document.title = neutralise(
    `${verdictTitle(report, names, claimedByYou, source.mode)} · ${report?.product?.name ?? text(link.serial)}`,
  );
  app.append(
    ...pageCards({
      report,
      names,
      mode: source.mode,
      origin: source.origin,
      finalized: source.finalized,
      fallbackReason,
      resolver: config.resolver,
      claimedByYou,
      claim: (report) => claimCard(report, source, config, reload),
    }),
  );
  if (!report) {
    app.append(
      h(
        "section",
        { class: "card" },
        h("h2", {}, "What was checked"),
        h(
          "dl",
          { class: "facts mono" },
          h("dt", {}, "GTIN"),
          h("dd", {}, link.gtin),
          h("dt", {}, "Serial"),
          h("dd", {}, text(link.serial)),
          h("dt", {}, "Code key"),
          h("dd", {}, codeKey(link.gtin, link.serial)),
        ),
      ),
    );
  }
  app.append(
    h(
      "footer",
      { id: "timing" },
      `Verdict in ${(trace.timings.verdict / 1000).toFixed(1)} s after the page started loading` +
        (source.mode === "light" ? " (light client)." : " (trusted node)."),
    ),
  );
}

async function main() {
  mark("script");
  const path = location.pathname;
  if (path === "/" || path === "/index.html") {
    landing();
    return;
  }
  let link: DigitalLink;
  try {
    link = parsePath(path);
  } catch (error) {
    if (!(error instanceof LinkError)) throw error;
    clear(app);
    app.append(malformedCard(path, error.part, error.message));
    document.title = "Not a valid trace code";
    trace.verdict = "malformed";
    mark("verdict");
    return;
  }
  const key = codeKey(link.gtin, link.serial);
  clear(app);
  app.append(
    h(
      "section",
      { id: "verdict", class: "verdict tone-pending", "data-verdict": "pending" },
      h("div", { class: "verdict-icon spinner", "aria-hidden": "true" }),
      h(
        "div",
        {},
        h("h1", { class: "verdict-title" }, "Checking…"),
        h("p", { class: "verdict-detail" }, `GTIN ${link.gtin} · serial ${text(link.serial)}`),
        h("p", { id: "status", class: "status" }, "Loading…"),
      ),
    ),
  );

  const config = secureConfig(await loadConfig(), log);
  mark("config");
  const { source, fallbackReason } = await openSource(config);
  trace.mode = source.mode;
  trace.fallbackReason = fallbackReason;
  mark("connected");

  const show = async () => {
    status(source.mode === "light" ? "Reading the verified record…" : "Reading the record from the node…");
    const first = trace.timings.verdict === undefined;
    const report = await source.report(key);
    if (first) mark("report");
    const accounts = report
      ? [
          report.issuer,
          report.custodian,
          ...report.events.flatMap((e) => [e.actor, ...(e.counterparty ? [e.counterparty] : [])]),
          ...report.certifications.map((c) => c.certifier),
          ...(report.claim ? [report.claim.by] : []),
          ...report.liftedRecalls.flatMap((l) => (l.recall.by ? [l.recall.by] : [])),
        ]
      : [];
    // Names only dress the page up: without them it shows addresses, and still the verdict.
    const names = accounts.length
      ? await source.names(accounts).catch((error) => {
          console.warn("participant names", error);
          return new Map<string, string>();
        })
      : new Map<string, string>();
    if (first) mark("verdict");
    trace.verdict = report?.verdict ?? "unknown";
    render(link, report, names, source, config, fallbackReason, () => {
      show().catch(fail);
    });
  };
  await show();
}

function fail(error: unknown) {
  console.error(error);
  trace.verdict = "error";
  const message = error instanceof Error ? error.message : String(error);
  clear(app);
  app.append(
    h(
      "section",
      { id: "verdict", class: "verdict tone-neutral", "data-verdict": "error" },
      h("div", { class: "verdict-icon", "aria-hidden": "true" }, "…"),
      h(
        "div",
        {},
        h("h1", { class: "verdict-title" }, "Cannot check right now"),
        h("p", { class: "verdict-detail" }, neutralise(message)),
        h("p", { class: "hint" }, "Check your connection and reload the page."),
      ),
    ),
  );
}

main().catch(fail);

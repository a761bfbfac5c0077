// The consumer's page: opened by scanning a trace code's QR, i.e. a GS1 Digital Link
// `https://<resolver>/01/{gtin}[/10/{lot}]/21/{serial}`. It parses the path, derives the code's
// key, reads the trace report through a light client (or, when none can start, a trusted
// node) and shows the verdict, the product, the journey, certifications and the claim action.
//
// In Simplified Chinese or English (i18n/): the browser's languages choose, the switch in the
// header overrides (kept in localStorage). Each view of the page is drawn by a function kept
// in `redraw`, so that a change of language draws the same view again in the other language,
// keeping what was typed in its fields.
//
// The light client starts first: on an item's page, smoldot's worker boots (its WebAssembly
// compiles) and config.json loads before the page draws anything, and the chain spec and the
// database a previous visit saved (light-store.ts) follow as soon as config.json names the spec.
// The database is saved again after the verdict and when the page is hidden or left.
//
// "Scan another" (scan-card.ts) reads the next QR code with the camera and opens its item on
// this page (history.pushState), through the light client that is running already.

import "./style.css";
import { LightClientUnavailable, LightSource, openSource, type BootedLightClient, type Source } from "./chain";
import { keepingInput, mountHeader, setTitle, showVerdict } from "./chrome";
import { parseAccount } from "./claim";
import { claimCard } from "./claim-form";
import { availableChip } from "./chip-reader";
import { chipCard } from "./chip-card";
import { hasOwnership, ownershipCard } from "./ownership-form";
import { loadConfig, secureConfig, type Config } from "./config";
import { h } from "./dom";
import { codeKey, LinkError, linkPath, parsePath, text, toHex, type DigitalLink } from "./gs1";
import { errorText, formatSeconds, initLocale, msg, say, t, type Message, type Text } from "./i18n";
import type { Report } from "./model";
import { malformedCard, neutralise, pageCards, verdictTitle, type Names } from "./view";
import { scanCard } from "./scan-card";
import { resolverOrigins } from "./scanner";

/** Milestones since navigation start (ms), for the page's footer and the browser tests. */
interface Trace {
  timings: Record<string, number>;
  mode?: "light" | "rpc";
  verdict?: string;
  /** The report shown, as the page's model holds it (for the browser tests). */
  report?: Report | null;
  /** The finalized block it was read at. */
  readAt?: { number: number; hash: string };
  /** Why the light client could not start, in English. */
  fallbackReason?: string;
  /** The path of the view shown now. */
  path?: string;
  /** Each item shown since the page loaded, the first and the scanned ones: ms to its verdict. */
  visits: Array<{ path: string; verdict: string; ms: number; scanned: boolean }>;
  log: string[];
}
declare global {
  interface Window {
    __trace: Trace;
  }
}
const trace: Trace = (window.__trace = { timings: {}, visits: [], log: [] });
const mark = (name: string) => (trace.timings[name] = Math.round(performance.now()));
const log = (line: string) => {
  trace.log.push(line);
  if (trace.log.length > 400) trace.log.shift();
};

// ---- started first: the light client ----

mark("script");
/** The item of the page's first path, if it is one (parsing is quick: the light client is not). */
const firstLink = (() => {
  try {
    return parsePath(location.pathname);
  } catch {
    return undefined;
  }
})();

/** smoldot booting in its worker, until the chain is added to it. */
let booting: BootedLightClient | LightClientUnavailable | undefined;
const bootLightClient = () => LightSource.tryBoot(log);

interface Opened {
  source: Source;
  fallbackReason?: Text;
  config: Config;
}
let opening: Promise<Opened> | undefined;
/** The page's source, opened once for every item it shows; a failed opening is tried again next time. */
function openOnce(): Promise<Opened> {
  if (!opening) {
    const attempt = (async () => {
      const config = secureConfig(await loadConfig(), log);
      mark("config");
      const boot = booting ?? bootLightClient();
      booting = undefined;
      const { source, fallback } = await openSource(config, boot, log, status);
      if (fallback) trace.fallbackReason = fallback.message;
      const fallbackReason: Text | undefined = fallback?.text;
      trace.mode = source.mode;
      mark("connected");
      keepDatabaseOnLeaving(source);
      return { source, fallbackReason, config };
    })();
    opening = attempt;
    attempt.catch(() => {
      if (opening === attempt) opening = undefined;
    });
  }
  return opening;
}

if (firstLink) {
  booting = bootLightClient();
  openOnce().catch(() => {}); // Its failure is shown when the item's view awaits it.
}

const app = document.getElementById("app")!;

// ---- drawing, and drawing again in another language ----

let redraw: () => void = () => {};

/** Draws a view of the page now, and again whenever the language changes. */
function show(draw: () => void) {
  redraw = draw;
  draw();
  if (app.lastElementChild !== scanner.element) app.append(scanner.element);
}

initLocale();

/** "Scan another": opens the next item on this page, through the source already open. */
const scanner = scanCard({
  origins: () => resolverOrigins(location.origin, resolverNow),
  onOpen: () => {
    // The camera takes a moment: the light client starts meanwhile (the home page has none yet).
    openOnce().catch(() => {});
  },
  onPath: (path) => {
    const since = performance.now();
    if (path === location.pathname) history.replaceState(null, "", path);
    else history.pushState(null, "", path);
    route({ since, scanned: true });
  },
});
/** config.json's resolver, once read (the QR codes of the labels point to it). */
let resolverNow: string | undefined;

mountHeader(() => {
  keepingInput(app, redraw);
  scanner.relabel();
});

/** The loading line under "Checking…", kept so that a change of language says it again. */
let statusText: Message = msg("pending.loading");
function status(message: Message) {
  statusText = message;
  const line = document.getElementById("status");
  if (line) line.textContent = say(message);
}

/** What the home page's form said about the last link typed. */
const landingError: { text?: Text } = {};

function landing() {
  setTitle(t("app.checkProduct"));
  const error = landingError;
  const input = h("input", {
    id: "link",
    name: "link",
    type: "text",
    inputmode: "url",
    placeholder: "https://…/01/08012345000012/21/HB-0001",
    autocomplete: "off",
    "aria-describedby": "landing-error",
  }) as HTMLInputElement;
  const message = h("p", { id: "landing-error", class: "error", role: "alert" }, error.text ? say(error.text) : "");
  app.replaceChildren(
    h(
      "section",
      { class: "card" },
      h("h1", {}, t("app.checkProduct")),
      h("p", {}, t("landing.intro")),
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
            } catch (failure) {
              error.text = failure instanceof LinkError ? failure.text : msg("landing.notALink");
              message.textContent = say(error.text);
            }
          },
        },
        h("label", { for: "link" }, t("landing.linkLabel")),
        input,
        h("button", { type: "submit" }, t("landing.check")),
        message,
      ),
    ),
  );
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

function render(
  link: DigitalLink,
  report: Report | null,
  names: Names,
  source: Source,
  config: Config,
  fallbackReason: Text | undefined,
  timing: { ms: number; scanned: boolean },
  reload: () => void,
) {
  const claimedByYou = Boolean(report?.claim && sameAccount(report.claim.by, claimedHere(report.code)));
  setTitle(
    neutralise(`${verdictTitle(report, names, claimedByYou, source.mode)} · ${report?.product?.name ?? text(link.serial)}`),
    false,
  );
  const [verdict, ...cards] = pageCards({
    report,
    names,
    mode: source.mode,
    origin: source.origin,
    finalized: source.finalized,
    fallbackReason,
    resolver: config.resolver,
    claimedByYou,
    claim: (report) =>
      claimCard(report, {
        submitter: () => source.submitter(),
        resolver: config.resolver ?? location.origin,
        onClaimed: (account) => {
          rememberClaim(report.code, account);
          reload();
        },
      }),
    chip: (report) =>
      chipCard(report, {
        mode: source.mode,
        chain: source.chipChain?.(),
        chip: availableChip,
        submitter: () => source.submitter(),
        onRecorded: reload,
      }),
    ownership: (report) =>
      hasOwnership(report) ? ownershipCard(report, { submitter: () => source.submitter(), onDone: reload }) : null,
  });
  if (!report) {
    cards.push(
      h(
        "section",
        { class: "card" },
        h("h2", {}, t("checked.title")),
        h(
          "dl",
          { class: "facts mono" },
          h("dt", {}, t("product.gtin")),
          h("dd", {}, link.gtin),
          h("dt", {}, t("product.serial")),
          h("dd", {}, text(link.serial)),
          h("dt", {}, t("details.codeKey")),
          h("dd", {}, codeKey(link.gtin, link.serial)),
        ),
      ),
    );
  }
  cards.push(
    h(
      "footer",
      { id: "timing" },
      timing.scanned
        ? t(source.mode === "light" ? "timing.lightScan" : "timing.rpcScan", { seconds: formatSeconds(timing.ms) })
        : t(source.mode === "light" ? "timing.light" : "timing.rpc", { seconds: formatSeconds(timing.ms) }),
    ),
  );
  showVerdict(app, verdict, cards);
}

function pending(link: DigitalLink) {
  setTitle(t("pending.title"));
  showVerdict(
    app,
    h(
      "section",
      { id: "verdict", class: "verdict tone-pending", "data-verdict": "pending" },
      h("div", { class: "verdict-icon spinner", "aria-hidden": "true" }),
      h(
        "div",
        {},
        h("h1", { class: "verdict-title" }, t("pending.title")),
        h("p", { class: "verdict-detail" }, t("pending.item", { gtin: link.gtin, serial: neutralise(text(link.serial)) })),
        // Not announced at each step: the verdict is.
        h("p", { id: "status", class: "status", "aria-live": "off" }, say(statusText)),
      ),
    ),
  );
}

// ---- keeping the light client's database ----

/** When the database was last saved (ms, performance.now()). */
let savedAt = -Infinity;
/** Saves the light client's database, at most once a minute unless `now`. */
function saveDatabase(source: Source, now = false) {
  if (!source.saveDatabase || (!now && performance.now() - savedAt < 60_000)) return;
  savedAt = performance.now();
  source.saveDatabase().then(() => {
    if (trace.timings.saved === undefined) mark("saved");
  });
}

function keepDatabaseOnLeaving(source: Source) {
  if (!source.saveDatabase) return;
  addEventListener("pagehide", () => saveDatabase(source, true));
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") saveDatabase(source, true);
  });
}

// ---- the views ----

/** Bumped by each view: a view that a later one replaced draws nothing more. */
let generation = 0;

/**
 * Shows the view of the page's path now: the home page, a malformed link, or an item (read
 * through the page's one source). `since` is when it was asked for (0: the page's load).
 */
async function route({ since, scanned }: { since: number; scanned: boolean }) {
  const mine = ++generation;
  const path = location.pathname;
  trace.path = path;
  try {
    await view(path, mine, since, scanned);
  } catch (error) {
    if (mine === generation) fail(error);
  }
}

async function view(path: string, mine: number, since: number, scanned: boolean) {
  if (path === "/" || path === "/index.html") {
    show(landing);
    return;
  }
  let link: DigitalLink;
  try {
    link = parsePath(path);
  } catch (error) {
    if (!(error instanceof LinkError)) throw error;
    show(() => {
      showVerdict(app, malformedCard(path, error.part, error.text));
      setTitle(t("malformed.title"), false);
    });
    trace.verdict = "malformed";
    if (trace.timings.verdict === undefined) mark("verdict");
    return;
  }
  const key = codeKey(link.gtin, link.serial);
  statusText = msg("pending.loading");
  show(() => pending(link));

  const { source, fallbackReason, config } = await openOnce();
  resolverNow = config.resolver;
  if (mine !== generation) return;

  let first = true;
  const read = async () => {
    status(source.mode === "light" ? msg("pending.readingVerified") : msg("pending.readingNode"));
    const firstVerdict = trace.timings.verdict === undefined;
    const report = await source.report(key);
    if (firstVerdict) mark("report");
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
    if (mine !== generation) return;
    if (firstVerdict) mark("verdict");
    const ms = Math.round(performance.now() - since);
    if (first) {
      first = false;
      trace.visits.push({ path, verdict: report?.verdict ?? "unknown", ms, scanned });
    }
    trace.report = report;
    trace.readAt = source.finalized;
    trace.verdict = report?.verdict ?? "unknown";
    const timing = { ms: scanned ? ms : trace.timings.verdict, scanned };
    show(() =>
      render(link, report, names, source, config, fallbackReason, timing, () => {
        read().catch((error) => {
          if (mine === generation) fail(error);
        });
      }),
    );
    // The next visit starts from here (light-store.ts).
    saveDatabase(source);
  };
  await read();
}

addEventListener("popstate", () => {
  scanner.close();
  route({ since: performance.now(), scanned: true });
});

function fail(error: unknown) {
  console.error(error);
  trace.verdict = "error";
  const reason = errorText(error);
  show(() => {
    setTitle(t("error.title"), false);
    showVerdict(
      app,
      h(
        "section",
        { id: "verdict", class: "verdict tone-neutral", "data-verdict": "error" },
        h("div", { class: "verdict-icon", "aria-hidden": "true" }, "…"),
        h(
          "div",
          {},
          h("h1", { class: "verdict-title" }, t("error.title")),
          h("p", { class: "verdict-detail" }, neutralise(say(reason))),
          h("p", { class: "hint" }, t("error.hint")),
        ),
      ),
    );
  });
}

route({ since: 0, scanned: false });

// What frames every view of the page: the header with the language switch, the document's
// title and language, and the verdict's live region.
//
// The verdict card sits in `#verdict-live` (role="status", aria-live="polite", aria-atomic),
// which stays in the page from "Checking…" to the verdict and across a change of language:
// a screen reader announces the verdict card — its title and explanation — whenever it is
// replaced. (A live region added together with its content is not announced.)

import { h } from "./dom";
import { LOCALES, locale, setLocale, t, type Locale, type MessageKey } from "./i18n";

/** Each language's name, in that language (a switch is read by who does not read the other). */
const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "中文" };

/**
 * Fills the page's `<header class="brand">` with the brand, its `tagline` (the consumer's page:
 * "product check") and a language switch: one button per language, the current one pressed.
 * Picking another language keeps it (localStorage), sets `<html lang>` and calls `redraw`.
 * Returns a function that puts the header's own words in the current language again.
 */
export function mountHeader(redraw: () => void, tagline: MessageKey = "app.tagline"): () => void {
  let header = document.querySelector("header.brand");
  if (!header) {
    header = h("header", { class: "brand" });
    document.body.prepend(header);
  }
  const taglineNode = h("span", { class: "brand-sub" });
  const buttons = LOCALES.map((code) =>
    h(
      "button",
      {
        type: "button",
        class: "lang-option",
        lang: code,
        "data-lang": code,
        onclick: () => {
          if (code === locale()) return;
          setLocale(code, true);
          update();
          redraw();
        },
      },
      LANGUAGE_NAMES[code],
    ),
  );
  const group = h("div", { class: "lang-switch", role: "group" }, ...buttons);
  header.replaceChildren(
    h("span", { class: "brand-name" }, h("span", { class: "logo", "aria-hidden": "true" }, "◈"), " trace-chain ", taglineNode),
    group,
  );
  const update = () => {
    taglineNode.textContent = t(tagline);
    group.setAttribute("aria-label", t("lang.switch"));
    for (const button of buttons) button.setAttribute("aria-pressed", String(button.dataset.lang === locale()));
  };
  update();
  return update;
}

/** Sets the document's title, `withBrand` followed by " · trace-chain". */
export const setTitle = (title: string, withBrand = true) => {
  document.title = withBrand ? t("app.title", { title }) : title;
};

/**
 * Shows `verdict` in the verdict's live region and `rest` after it, in `app`. The region is
 * kept (made once): replacing what is in it is what a screen reader announces. So are the
 * elements marked `data-persist` (the scanner, whose camera may be open): `rest` goes before them.
 */
export function showVerdict(app: HTMLElement, verdict: HTMLElement, rest: HTMLElement[] = []): void {
  let live = document.getElementById("verdict-live");
  if (!live || live.parentNode !== app) {
    live = h("div", { id: "verdict-live", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  }
  const kept = [...app.children].filter((child) => child instanceof HTMLElement && child.dataset.persist);
  for (const child of [...app.childNodes]) if (child !== live && !kept.includes(child as Element)) child.remove();
  if (live.parentNode !== app) app.prepend(live);
  live.replaceChildren(verdict);
  const before = kept[0] ?? null;
  for (const element of rest) app.insertBefore(element, before);
}

/** Runs `draw` (which draws `root` again), keeping the values typed in its fields (by id). */
export function keepingInput(root: HTMLElement, draw: () => void): void {
  const typed = new Map(
    [...root.querySelectorAll<HTMLInputElement>("input[id]")].map((input) => [input.id, input.value] as const),
  );
  draw();
  for (const [id, value] of typed) {
    const input = document.getElementById(id) as HTMLInputElement | null;
    if (input && !input.value) input.value = value;
  }
}

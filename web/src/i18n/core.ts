// The parts of the page's i18n that need no browser and no catalogue, so that `node --test`
// can check them as they are (web/test/i18n.test.mjs transpiles this file alone): which
// language the page speaks, which locale formats its dates, and how a message's `{name}`
// placeholders are filled.

/** The languages the page speaks: its message catalogues (`en.ts`, `zh-CN.ts`). */
export type Locale = "en" | "zh-CN";
export const LOCALES: readonly Locale[] = ["en", "zh-CN"];

/** Where the page keeps the language the user picked with the switch. */
export const STORAGE_KEY = "trace-lang";

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/**
 * The page's language: the one the user picked (`stored`), else the first of the browser's
 * languages (`navigator.languages`, most preferred first) that the page speaks — any `zh*`
 * (zh, zh-CN, zh-Hans, zh-TW, zh-HK…) is Simplified Chinese, any `en*` English — else English.
 */
export function chooseLocale(languages: readonly string[] | undefined, stored?: string | null): Locale {
  if (isLocale(stored)) return stored;
  for (const language of languages ?? []) {
    const tag = String(language).toLowerCase();
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return "en";
}

/**
 * The BCP 47 tag that formats dates and numbers for `locale`: the browser's own variant of it
 * when it lists one (en-GB writes "2 Nov 2026", en-US "Nov 2, 2026"), else the locale itself.
 * Chinese is always zh-CN, the language the page's words are written in.
 */
export function formatLocale(locale: Locale, languages: readonly string[] | undefined): string {
  if (locale === "zh-CN") return "zh-CN";
  for (const language of languages ?? []) {
    const tag = String(language);
    if (!/^en(-|$)/i.test(tag)) continue;
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length) return tag;
    } catch {
      // Not a valid tag: try the next one.
    }
  }
  return "en";
}

/** `{name}` placeholders: a letter, then letters or digits. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The names of the placeholders in `text`, sorted, each once. */
export const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]))].sort();

/**
 * `text` cut at its placeholders, each replaced by what `fill(name)` gives; a placeholder it
 * gives nothing for (undefined) stays as written, so that a message may say "/01/{gtin}".
 */
export function interpolate<T>(text: string, fill: (name: string) => T | undefined): Array<string | T> {
  const out: Array<string | T> = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const value = fill(match[1]);
    if (value === undefined) continue;
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push(value);
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

// The page's language: Simplified Chinese or English (see core.ts for how it is chosen), its
// messages (en.ts, zh-CN.ts) and the `Intl` formats of its dates and numbers.
//
// - `t(key, params)` is a message as text; `tn(key, params)` the same as DOM children, so that
//   a parameter can be an element (chain text in its `<bdi>`, a name, a `<strong>`);
// - `msg(key, params)` is a message kept for later: errors carry one (`LocalizedError`), so
//   that an error is shown in the language of the page when it is shown, while its `message`
//   (logs, `window.__trace`) stays English;
// - a parameter that is a message is put in the same language; an array is a list ("; ").
//
// The consumer's page has its messages here (en.ts, zh-CN.ts); the merchant back office, a page
// of its own that the consumer's never loads, brings its own (office-en.ts, office-zh-CN.ts) and
// adds them with `addMessages` when it starts. Their keys are typed here all the same (a type
// import costs the consumer's page nothing).

import { en, type MessageKey as PageKey } from "./en";
import { zhCN } from "./zh-CN";
import type { OfficeKey } from "./office-en";
import { chooseLocale, formatLocale, interpolate, isLocale, LOCALES, STORAGE_KEY, type Locale } from "./core";

export type { Locale } from "./core";
export { LOCALES } from "./core";

/** A message's key: the consumer's page's, or the back office's. */
export type MessageKey = PageKey | OfficeKey;

type Catalogue = Partial<Record<MessageKey, string>>;
const CATALOGUES: Record<Locale, Catalogue> = { en: { ...en }, "zh-CN": { ...zhCN } };

/** Adds the messages of a page of the site that brings its own (the back office's), in every language. */
export function addMessages(messages: Record<Locale, Catalogue>): void {
  for (const code of LOCALES) Object.assign(CATALOGUES[code], messages[code]);
}

/** A value for a placeholder: text, a number, another message, or a list of them. */
export type Param = string | number | bigint | Message | Param[];
/** A message to be put in words later, in the page's language then. */
export interface Message {
  key: MessageKey;
  params?: Record<string, Param>;
}
/** A message, or text that comes as it is (from a node, from smoldot). */
export type Text = Message | string;

export const msg = (key: MessageKey, params?: Record<string, Param>): Message => ({ key, params });

const isMessage = (value: unknown): value is Message =>
  typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as Message).key === "string";

function words(catalogue: Catalogue, text: Text): string {
  if (typeof text === "string") return text;
  const template = catalogue[text.key] ?? CATALOGUES.en[text.key] ?? text.key;
  return interpolate(template, (name) => {
    const value = text.params?.[name];
    return value === undefined ? undefined : paramWords(catalogue, value);
  }).join("");
}

function paramWords(catalogue: Catalogue, value: Param): string {
  if (Array.isArray(value)) return value.map((item) => paramWords(catalogue, item)).join("; ");
  if (isMessage(value)) return words(catalogue, value);
  return String(value);
}

// ---- the page's language ----

let current: Locale = "en";
let formatTag = "en";
/** Intl formats of the current language, made when first needed. */
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | null>();

const browserLanguages = (): readonly string[] => {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
};

/** The page's language now. */
export const locale = (): Locale => current;
/** The BCP 47 tag its dates and numbers are formatted with. */
export const formatLocaleTag = (): string => formatTag;

/**
 * Sets the page's language and `<html lang>`; `persist` keeps it for the next visit (the
 * language switch). Does not redraw: the caller does.
 */
export function setLocale(next: Locale, persist = false): void {
  current = isLocale(next) ? next : "en";
  formatTag = formatLocale(current, browserLanguages());
  formats.clear();
  if (typeof document !== "undefined") document.documentElement.lang = current;
  if (persist) {
    try {
      localStorage.setItem(STORAGE_KEY, current);
    } catch {
      // Storage disabled: the choice lasts as long as the page.
    }
  }
}

/** The language the user picked before, else the browser's (core.ts `chooseLocale`). */
export function initLocale(): Locale {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  setLocale(chooseLocale(browserLanguages(), stored));
  return current;
}

// ---- messages ----

/** The message `key` in the page's language, as text. */
export const t = (key: MessageKey, params?: Record<string, Param>): string => words(CATALOGUES[current], { key, params });

/** A message or a text in the page's language. */
export const say = (text: Text): string => words(CATALOGUES[current], text);

/** A message in English (logs, `Error.message`). */
export const english = (text: Text): string => words(CATALOGUES.en, text);

/** A placeholder's value as DOM children: an element, text, a message; null/false for nothing. */
export type NodeParam = Node | Param | null | undefined | false;

/** The message `key` in the page's language, as DOM children: elements go in as they are. */
export function tn(key: MessageKey, params: Record<string, NodeParam> = {}): Array<Node | string> {
  const catalogue = CATALOGUES[current];
  const template = catalogue[key] ?? CATALOGUES.en[key] ?? key;
  return interpolate<Node | string>(template, (name) => {
    if (!(name in params)) return undefined;
    const value = params[name];
    if (value === null || value === undefined || value === false) return "";
    if (typeof Node !== "undefined" && value instanceof Node) return value;
    return paramWords(catalogue, value as Param);
  }).filter((part) => part !== "");
}

// ---- errors ----

/** An error whose text is a message: shown in the page's language, `message` in English. */
export class LocalizedError extends Error {
  constructor(readonly text: Text) {
    super(english(text));
    this.name = "LocalizedError";
  }
}

/** What an error says: a message in the page's language, else the error's own text. */
export const errorText = (error: unknown): Text =>
  error instanceof LocalizedError ? error.text : error instanceof Error ? error.message : String(error);

// ---- dates, numbers, countries ----

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(name: string, make: (tag: string) => T): T | null {
  if (!formats.has(name)) {
    let format: T | null;
    try {
      format = make(formatTag);
    } catch {
      try {
        format = make(current);
      } catch {
        format = null;
      }
    }
    formats.set(name, format);
  }
  return formats.get(name) as T | null;
}

/** Date and time, in the page's language ("Nov 2, 2026, 10:30 AM", "2026年11月2日 10:30"). */
export const dateTimeFormat = () =>
  cached("dateTime", (tag) => new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" }));
/** A date, in the page's language. */
export const dateFormat = () => cached("date", (tag) => new Intl.DateTimeFormat(tag, { dateStyle: "medium" }));

/** A country's name from its ISO 3166 code, in the page's language (the code if unknown). */
export function countryName(code: string): string {
  const names = cached("region", (tag) => new Intl.DisplayNames([tag], { type: "region" }));
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A number of seconds with one decimal, in the page's language. */
export function formatSeconds(ms: number): string {
  const format = cached("seconds", (tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const seconds = ms / 1000;
  return format ? format.format(seconds) : seconds.toFixed(1);
}

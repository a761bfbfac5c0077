// The back office's small DOM helpers. Its forms are built once and kept (what was typed, the
// files chosen, a submission under way all stay), so a change of language does not draw them
// again: each text is bound to its element (`bind`), and `relabel` says every bound text again
// in the page's language now.

import { h } from "../dom";
import { errorText, LocalizedError, msg, say, type Text } from "../i18n";
import { progressMessage, type SubmitHandlers } from "../submit";
import { refusals } from "./errors";

type Binding = { attr?: string; text: () => Text };
const bindings = new WeakMap<Element, Binding[]>();

/**
 * Puts `text` (a message, or a function giving one) in `element` — its text, or its attribute
 * `attr` — now and again at each {@link relabel}. Returns the element.
 */
export function bind<E extends Element>(element: E, text: Text | (() => Text), attr?: string): E {
  const binding: Binding = { attr, text: typeof text === "function" ? text : () => text };
  const list = (bindings.get(element) ?? []).filter((other) => other.attr !== attr);
  list.push(binding);
  bindings.set(element, list);
  element.setAttribute("data-tr", "");
  apply(element, binding);
  return element;
}

function apply(element: Element, { attr, text }: Binding) {
  const words = say(text());
  if (attr) element.setAttribute(attr, words);
  else element.textContent = words;
}

/** Says every bound text of `root` and under it again (after a change of language, or a new text). */
export function relabel(root: ParentNode): void {
  const elements = [...root.querySelectorAll("[data-tr]")];
  if (root instanceof Element && root.hasAttribute("data-tr")) elements.unshift(root);
  for (const element of elements) {
    for (const binding of bindings.get(element) ?? []) apply(element, binding);
  }
}

/** A labelled field: its label, the control, and a hint under it that the control is described by. */
export function field(control: HTMLElement, label: Text, hint?: Text): HTMLElement {
  const id = control.id;
  const hintNode = hint === undefined ? null : bind(h("p", { id: `${id}-hint`, class: "hint" }), hint);
  if (hintNode) control.setAttribute("aria-describedby", hintNode.id);
  return h("div", { class: "field" }, bind(h("label", { for: id }), label), control, hintNode);
}

/** A progress line that is announced (`role="status"`) and said again in another language. */
export interface StatusLine {
  readonly element: HTMLElement;
  /** Says `text` (nothing: an empty line); `kind` is how it ended, none while under way. */
  set(text: Text | undefined, kind?: "" | "ok" | "error"): void;
}

export function statusLine(id: string): StatusLine {
  let current: Text | undefined;
  const element = bind(h("p", { id, class: "claim-status", role: "status", "aria-live": "polite", "aria-atomic": "true" }), () => current ?? "");
  return {
    element,
    set(text, kind = "") {
      current = text;
      element.className = `claim-status${kind ? ` ${kind}` : ""}`;
      element.dataset.state = text === undefined ? "" : kind || "busy";
      element.textContent = text === undefined ? "" : say(text);
    },
  };
}

/** An input with the attributes every text field of the back office has. */
export function input(id: string, attrs: Record<string, string | boolean | undefined> = {}): HTMLInputElement {
  return h("input", { id, name: id, type: "text", autocomplete: "off", spellcheck: "false", ...attrs }) as HTMLInputElement;
}

/** Offers `text` as a file to save, named `name` (the browser's download). */
export function download(name: string, text: string, type = "text/csv"): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = h("a", { href: url, download: name }) as HTMLAnchorElement;
  return link;
}

/** Free text the chain takes up to its `StringLimit` bytes (ledger.ts `limits`): checked before signing. */
export function checkText(value: string, what: Text, limit: number): string {
  const bytes = new TextEncoder().encode(value).length;
  if (bytes > limit) throw new LocalizedError(msg("office.error.tooLong", { field: what, bytes, limit }));
  return value;
}

/**
 * Runs a form's submission: `button` is disabled meanwhile, `status` says each step — the
 * checks, the signing in the extension, the pool, the blocks (submit.ts `progressMessage`) — and
 * then what `action` resolves to, or why it failed, in the page's language.
 */
export async function submitting(
  button: HTMLButtonElement,
  status: StatusLine,
  action: (handlers: SubmitHandlers) => Promise<Text>,
): Promise<boolean> {
  if (button.disabled) return false;
  button.disabled = true;
  status.set(msg("office.tx.signing"));
  try {
    const done = await action({ ...refusals, progress: (step) => status.set(progressMessage(step)) });
    status.set(done, "ok");
    return true;
  } catch (error) {
    console.warn(error);
    status.set(errorText(error), "error");
    return false;
  } finally {
    button.disabled = false;
  }
}

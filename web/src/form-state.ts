// What the page's token-less forms (the claim, the ownership steps) share: their state per code,
// kept outside the drawn form so that the page can draw it again (in another language) without
// losing it, and the progress line that shows it.

import { say, type Text } from "./i18n";

/** A form's progress line and how it ended. */
export interface FormStatus {
  text: Text;
  kind: "" | "ok" | "error";
}

/** The state of each code's form, made by `fresh` the first time a code asks. */
export function statesByCode<S>(fresh: () => S): (code: string) => S {
  const states = new Map<string, S>();
  return (code) => {
    let state = states.get(code);
    if (state === undefined) states.set(code, (state = fresh()));
    return state;
  };
}

/** Shows `status` on the progress line `line` (nothing: an empty line). */
export function showStatus(line: HTMLElement, status: FormStatus | undefined): void {
  line.className = `claim-status${status?.kind ? ` ${status.kind}` : ""}`;
  line.textContent = status ? say(status.text) : "";
}

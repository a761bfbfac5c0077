// Imports TypeScript files of src/ for node's test runner:
// - `loadSource`: a file that has no imports of its own (type-only imports aside, which
//   transpiling drops), transpiled with TypeScript and imported from a data: URL. src/policy.ts,
//   src/i18n/core.ts and the message catalogues are such files.
// - `importSource`: any file, with its imports (other sources, packages), through the module
//   hooks of test/ts-hooks.mjs. src/gs1.ts and src/claim.ts are loaded so.

import { readFile } from "node:fs/promises";
import { register } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

export const WEB = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The module `src/<path>` (e.g. "policy.ts"). */
export async function loadSource(path) {
  const source = await readFile(join(WEB, "src", path), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  });
  if (/^\s*import\s+(?!type\b)/m.test(outputText)) throw new Error(`src/${path} imports other modules: it cannot be loaded alone`);
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString("base64")}`);
}

let hooked = false;

/** The module `src/<path>` (e.g. "gs1.ts") with its imports, transpiled as it is imported. */
export async function importSource(path) {
  if (!hooked) {
    register("./ts-hooks.mjs", import.meta.url);
    hooked = true;
  }
  return import(pathToFileURL(join(WEB, "src", path)).href);
}

/** A message of the English catalogue in words, as i18n's `english` puts it (for `policy.*` refusals). */
export async function englishWords() {
  const [{ en }, { interpolate }] = await Promise.all([loadSource("i18n/en.ts"), loadSource("i18n/core.ts")]);
  const words = (message) => {
    if (message === undefined) return undefined;
    if (typeof message === "string") return message;
    return interpolate(en[message.key] ?? message.key, (name) => {
      const value = message.params?.[name];
      if (value === undefined) return undefined;
      if (Array.isArray(value)) return value.map(words).join("; ");
      return typeof value === "object" ? words(value) : String(value);
    }).join("");
  };
  return words;
}

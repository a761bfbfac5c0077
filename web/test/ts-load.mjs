// Imports a TypeScript file of src/ that has no imports of its own (type-only imports aside,
// which transpiling drops), for node's test runner: transpiled with TypeScript, imported from a
// data: URL. src/policy.ts, src/i18n/core.ts and the message catalogues are such files.

import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
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

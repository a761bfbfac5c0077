import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

/** The site's pages (vite's entries). */
const PAGES: Record<string, string> = { main: "index.html", merchant: "merchant.html" };

/** The back office's path: the dev server and `vite preview` answer it with merchant.html, as serve.mjs does. */
const backOffice = (): Plugin => {
  const rewrite = (req: { url?: string }, _res: unknown, next: () => void) => {
    if (req.url && /^\/merchant\/?(\?.*)?$/.test(req.url)) req.url = `/merchant.html${req.url.replace(/^\/merchant\/?/, "")}`;
    next();
  };
  return {
    name: "trace-back-office",
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
};

// The page is served at GS1 Digital Link paths (/01/{gtin}/21/{serial}), so its assets are
// referenced from the site root, and the server answers every such path with index.html
// (scripts/serve-web.mjs; `vite` and `vite preview` do the same for development).
//
// Two pages: the consumer's (index.html, at every Digital Link path) and the merchant back office
// (merchant.html, at /merchant): two entries, so the back office's code is chunks of its own that
// the consumer's page never loads (they share only the modules both import: the chain, i18n…).
//
// Modes: `production` (npm run build) refuses ws:// to the chain unless config.json marks a
// local demo on a loopback page; `demo` (npm run build:demo) and the dev server allow ws:// to
// 127.0.0.1/localhost (src/policy.ts). `render-test` builds only the test page that renders
// synthetic reports without a chain (test/render.html → dist-render-test/harness/, see
// scripts/render-test.sh); it never goes into dist/.
export default defineConfig(({ mode }) => ({
  base: "/",
  appType: "spa",
  plugins: [backOffice()],
  resolve: {
    alias: [
      // polkadot-api's smoldot provider imports one error class from `@polkadot-api/smoldot`,
      // whose entry point re-exports smoldot *with* its 3 MB WebAssembly. The page runs smoldot
      // in a worker (which loads the WebAssembly itself), so the main bundle takes the same
      // exports from the entry point without it.
      { find: /^@polkadot-api\/smoldot$/, replacement: "smoldot/no-auto-bytecode" },
      // libhalo (the chip over Web NFC, a chunk of its own loaded on a tap) imports node's
      // `crypto` for `getRandomValues`: the browser's Web Crypto has it.
      { find: /^crypto$/, replacement: fileURLToPath(new URL("./src/web-crypto.ts", import.meta.url)) },
    ],
  },
  build: {
    target: "es2022",
    // smoldot's WebAssembly (in the worker's chunk) is large; it loads after the page renders.
    chunkSizeWarningLimit: 4096,
    ...(mode === "render-test"
      ? { outDir: "dist-render-test/harness", emptyOutDir: true }
      : {}),
    rolldownOptions: { input: mode === "render-test" ? { render: "test/render.html" } : PAGES },
  },
  worker: { format: "es" },
}));

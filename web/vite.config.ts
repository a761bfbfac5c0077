import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The page is served at GS1 Digital Link paths (/01/{gtin}/21/{serial}), so its assets are
// referenced from the site root, and the server answers every such path with index.html
// (scripts/serve-web.mjs; `vite` and `vite preview` do the same for development).
//
// Modes: `production` (npm run build) refuses ws:// to the chain unless config.json marks a
// local demo on a loopback page; `demo` (npm run build:demo) and the dev server allow ws:// to
// 127.0.0.1/localhost (src/policy.ts). `render-test` builds only the test page that renders
// synthetic reports without a chain (test/render.html → dist-render-test/harness/, see
// scripts/render-test.sh); it never goes into dist/.
export default defineConfig(({ mode }) => ({
  base: "/",
  appType: "spa",
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
      ? { outDir: "dist-render-test/harness", emptyOutDir: true, rolldownOptions: { input: { render: "test/render.html" } } }
      : {}),
  },
  worker: { format: "es" },
}));

#!/usr/bin/env node
// A small static server for the consumer's page, with no dependencies:
//
//   node web/scripts/serve.mjs --root web/dist [--overlay DIR] [--host 127.0.0.1] [--port 8080]
//
// - files are looked up in --overlay first (the generated config.json and chain spec), then in
//   --root (the Vite build);
// - /merchant is the merchant back office (merchant.html);
// - every other GET is answered with index.html, so that GS1 Digital Link paths such as
//   /01/08012345000012/21/HB-0001 open the page (a "single-page app" fallback); a missing
//   /assets/… file, or another missing .js/.css/.json/… outside a /01/ path, is a 404 instead;
// - responses are gzip-compressed when the browser accepts it (smoldot's worker is 3 MB).
// Prints "serving http://HOST:PORT" once listening; stops on SIGINT/SIGTERM.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const root = resolve(option("root", "dist"));
const overlay = option("overlay") ? resolve(option("overlay")) : undefined;
const host = option("host", "127.0.0.1");
const port = Number(option("port", "8080"));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".wasm"]);

/** The file for a URL path inside `base`, or undefined (never outside `base`). */
async function fileIn(base, urlPath) {
  const path = normalize(join(base, urlPath));
  if (path !== base && !path.startsWith(base + sep)) return undefined;
  try {
    return (await stat(path)).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

const gzipCache = new Map();

async function send(request, response, path, status = 200) {
  const type = TYPES[extname(path)] ?? "application/octet-stream";
  let body = await readFile(path);
  const headers = {
    "content-type": type,
    "cache-control": path.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
    "x-content-type-options": "nosniff",
  };
  if (
    COMPRESSIBLE.has(extname(path)) &&
    body.length > 1024 &&
    /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")
  ) {
    // Hashed build assets never change under one name; everything else is compressed afresh.
    if (!path.includes(`${sep}assets${sep}`)) body = gzipSync(body);
    else {
      if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(body));
      body = gzipCache.get(path);
    }
    headers["content-encoding"] = "gzip";
    headers["vary"] = "accept-encoding";
  }
  headers["content-length"] = body.length;
  response.writeHead(status, headers);
  response.end(request.method === "HEAD" ? undefined : body);
}

const server = createServer(async (request, response) => {
  try {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const url = new URL(request.url ?? "/", "http://localhost");
    let urlPath;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      urlPath = url.pathname;
    }
    const file = (overlay && (await fileIn(overlay, urlPath))) || (await fileIn(root, urlPath));
    if (file) {
      await send(request, response, file);
    } else if (/^\/merchant\/?$/.test(url.pathname)) {
      await send(request, response, join(root, "merchant.html"));
    } else if (
      url.pathname.startsWith("/assets/") ||
      (/\.(js|css|json|wasm|map|ico|png)$/.test(url.pathname) && !/\/01\//.test(url.pathname))
    ) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    } else {
      await send(request, response, join(root, "index.html"));
    }
  } catch (error) {
    response.writeHead(500, { "content-type": "text/plain" }).end(`${error}\n`);
  }
});

server.listen(port, host, () => {
  const address = server.address();
  console.log(`serving http://${host}:${address.port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));

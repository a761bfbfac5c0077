// Which transports the page may use to reach the chain. Pure functions with no imports, so
// that `node --test` can check them without a browser (web/test/config.test.mjs).
//
// - Light-client bootnodes: `/…/wss/p2p/…` (or its spelling `/…/tls/ws/p2p/…`) and WebRTC
//   (`/…/webrtc-direct/…`) always; plain `/…/ws/p2p/…` only to a loopback host (127.0.0.0/8,
//   ::1, localhost) and only when loopback WebSocket is allowed.
// - The trusted-fallback RPC: `wss://` always; `ws://` only to a loopback host and only when
//   loopback WebSocket is allowed. Nothing else (no http://, no ws:// to another host).
// - Loopback WebSocket is allowed in a development build (`vite`, `vite build --mode demo` or
//   `--mode development`), or in a production build whose config.json says `localDemo: true`
//   (written by scripts/serve-web.sh, via make-config.mjs, for a page served on 127.0.0.1) and
//   only while the page itself is served from a loopback host: a deployed page never honours it.
//
// A refusal is a message of the page's catalogues (`policy.*` in i18n/en.ts and zh-CN.ts),
// with the address it names, so that the page says it in its own language; i18n's `english`
// puts it in words for logs.

export interface TransportPolicy {
  /** Whether ws:// RPC and /ws bootnodes to a loopback host are allowed. */
  allowLoopbackWs: boolean;
}

/** Why a transport is refused: the message's key and the address refused. */
export type RefusalKey =
  | "policy.rpcNotUrl"
  | "policy.rpcRemoteWs"
  | "policy.rpcProductionWs"
  | "policy.rpcNotWss"
  | "policy.bootnodeNotMultiaddr"
  | "policy.bootnodeRemoteWs"
  | "policy.bootnodeProductionWs"
  | "policy.bootnodeNoTransport";
export type Refusal = { key: RefusalKey; params: { address: string } };

const refusal = (key: RefusalKey, address: string): Refusal => ({ key, params: { address } });

/** Whether `host` (a URL hostname or a multiaddr's address) is this machine. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (name === "::1" || name === "0:0:0:0:0:0:0:1") return true;
  const quad = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
  return quad !== null && quad.slice(1).every((part) => Number(part) <= 255) && quad[1] === "127";
}

/**
 * The policy of a build in Vite mode `mode` (`dev`: the dev server), given config.json's
 * `localDemo` flag and the hostname the page was loaded from.
 */
export function transportPolicy(build: { mode: string; dev: boolean }, localDemo: unknown, pageHost: string): TransportPolicy {
  const developmentBuild = build.dev || build.mode === "development" || build.mode === "demo";
  return { allowLoopbackWs: developmentBuild || (localDemo === true && isLoopbackHost(pageHost)) };
}

/** Why the page may not use the RPC endpoint `url`, or undefined when it may. */
export function rpcRefusal(url: string, policy: TransportPolicy): Refusal | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refusal("policy.rpcNotUrl", url);
  }
  if (parsed.protocol === "wss:") return undefined;
  if (parsed.protocol === "ws:") {
    if (!isLoopbackHost(parsed.hostname)) return refusal("policy.rpcRemoteWs", url);
    if (!policy.allowLoopbackWs) return refusal("policy.rpcProductionWs", url);
    return undefined;
  }
  return refusal("policy.rpcNotWss", url);
}

/** Why the light client may not dial the bootnode multiaddress `address`, or undefined. */
export function bootnodeRefusal(address: string, policy: TransportPolicy): Refusal | undefined {
  const parts = address.split("/");
  if (parts[0] !== "" || parts.length < 3) return refusal("policy.bootnodeNotMultiaddr", address);
  const protocols = parts.slice(1);
  const has = (name: string) => protocols.includes(name);
  const ws = protocols.indexOf("ws");
  if (has("wss") || (ws > 0 && protocols[ws - 1] === "tls")) return undefined;
  if (has("webrtc-direct") || has("webrtc")) return undefined;
  if (ws >= 0) {
    const host = ["ip4", "ip6", "dns", "dns4", "dns6"].includes(protocols[0]) ? protocols[1] : "";
    if (!isLoopbackHost(host)) return refusal("policy.bootnodeRemoteWs", address);
    if (!policy.allowLoopbackWs) return refusal("policy.bootnodeProductionWs", address);
    return undefined;
  }
  return refusal("policy.bootnodeNoTransport", address);
}

/** The bootnodes the policy allows, and a reason for each one refused. */
export function filterBootnodes(addresses: string[], policy: TransportPolicy): { allowed: string[]; refused: Refusal[] } {
  const allowed: string[] = [];
  const refused: Refusal[] = [];
  for (const address of addresses) {
    const reason = bootnodeRefusal(String(address), policy);
    if (reason) refused.push(reason);
    else allowed.push(String(address));
  }
  return { allowed, refused };
}

// What the page is told about the chain, by the server that serves it: `/config.json`,
// written by scripts/serve-web.sh (or by whoever deploys the page).

import { english, LocalizedError, msg } from "./i18n";
import { filterBootnodes, rpcRefusal, transportPolicy, type Refusal, type TransportPolicy } from "./policy";

export interface Config {
  /** Display name of the chain. */
  chainName?: string;
  /** URL of the chain's raw chain spec (JSON), relative to the page's origin. */
  chainSpec?: string;
  /**
   * Nodes the light client starts from, as libp2p multiaddresses a browser can dial:
   * `/dns/…/tcp/443/wss/p2p/<peer id>` (or, in a local demo only, `/ip4/127.0.0.1/tcp/…/ws/p2p/…`).
   * Added to the chain spec's own `bootNodes`. See `policy.ts`.
   */
  bootnodes?: string[];
  /**
   * WebSocket JSON-RPC endpoint of a node, used only if no light client can start (trusted):
   * `wss://…` (or, in a local demo only, `ws://127.0.0.1:…`).
   */
  rpc?: string;
  /** The resolver the QR codes point to, shown with the item (e.g. https://id.trace.example). */
  resolver?: string;
  /** How long the light client may take to reach a finalized block before the page gives up. */
  lightClientTimeoutMs?: number;
  /**
   * A local demo (written by scripts/serve-web.sh for a page on 127.0.0.1): allows ws:// to
   * loopback hosts in a production build, and only while the page is served from one.
   */
  localDemo?: boolean;

  // Set by `secureConfig`, not read from config.json:
  /** The transport policy in force. */
  policy?: TransportPolicy;
  /** Why config.json's `rpc` was refused, if it was. */
  refusedRpc?: Refusal;
  /** Why bootnodes were refused. */
  refusedBootnodes?: Refusal[];
}

export async function loadConfig(): Promise<Config> {
  const response = await fetch(new URL("/config.json", location.origin), { cache: "no-store" });
  if (!response.ok) throw new LocalizedError(msg("error.configHttp", { status: response.status }));
  return (await response.json()) as Config;
}

/** This build's transport policy for `config` (see `policy.ts`). */
export const policyFor = (config: Config): TransportPolicy =>
  transportPolicy({ mode: import.meta.env.MODE, dev: import.meta.env.DEV }, config.localDemo, location.hostname);

/**
 * `config` with the bootnodes and RPC the policy refuses taken out (the reasons kept and
 * logged): a production build talks to the chain over wss:// only.
 */
export function secureConfig(config: Config, log: (line: string) => void = () => {}): Config {
  const policy = policyFor(config);
  const { allowed, refused } = filterBootnodes(Array.isArray(config.bootnodes) ? config.bootnodes : [], policy);
  const refusedRpc = config.rpc ? rpcRefusal(String(config.rpc), policy) : undefined;
  for (const reason of [...refused, ...(refusedRpc ? [refusedRpc] : [])]) {
    console.warn(`config.json: ${english(reason)}`);
    log(`[policy] ${english(reason)}`);
  }
  return {
    ...config,
    bootnodes: allowed,
    rpc: refusedRpc ? undefined : config.rpc,
    policy,
    refusedRpc,
    refusedBootnodes: refused,
  };
}

// What the page is told about the chain, by the server that serves it: `/config.json`,
// written by scripts/serve-web.sh (or by whoever deploys the page).

export interface Config {
  /** Display name of the chain. */
  chainName?: string;
  /** URL of the chain's raw chain spec (JSON), relative to the page's origin. */
  chainSpec?: string;
  /**
   * Nodes the light client starts from, as libp2p multiaddresses a browser can dial:
   * `/ip4/…/tcp/…/ws/p2p/<peer id>` (or `/dns/…/tcp/443/wss/p2p/…` on an https page).
   * Added to the chain spec's own `bootNodes`.
   */
  bootnodes?: string[];
  /** WebSocket JSON-RPC endpoint of a node, used only if no light client can start (trusted). */
  rpc?: string;
  /** The resolver the QR codes point to, shown with the item (e.g. https://id.trace.example). */
  resolver?: string;
  /** How long the light client may take to reach a finalized block before the page gives up. */
  lightClientTimeoutMs?: number;
}

export async function loadConfig(): Promise<Config> {
  const response = await fetch(new URL("/config.json", location.origin), { cache: "no-store" });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return (await response.json()) as Config;
}

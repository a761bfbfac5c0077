// What the back office's cards share: the chain (opened once, as chain.ts opens it for every page
// of the site), the signing account (wallet.ts), what was read of the merchant's products and
// codes, and a way to tell every card that something changed.

import type { PolkadotClient, PolkadotSigner } from "polkadot-api";
import type { Source } from "../chain";
import { LocalizedError, msg } from "../i18n";
import { codesOf, participant, productsOf, type CodeRow, type Limits, type Participant, type Product } from "./ledger";

export interface Chain {
  source: Source;
  client: PolkadotClient;
  limits: Limits;
}

export interface Signing {
  address: string;
  signer: PolkadotSigner;
}

export class Office {
  /** The merchant's products, codes and the names of the accounts they mention (last read). */
  products: Product[] = [];
  codes: CodeRow[] = [];
  names = new Map<string, string>();
  /** The signing account's participant record (undefined: not admitted, or not read yet). */
  participant?: Participant;
  /** Whether the records above are the signing account's (read since it was chosen). */
  loaded = false;
  private signing?: Signing;
  private connected?: Chain;
  private readonly listeners = new Set<() => void>();
  private reading?: Promise<void>;

  /**
   * @param resolver the resolver the labels' QR codes point to (config.json's, once read): the
   *   Digital Links of the claim secrets file, and the QR codes the scanner takes.
   */
  constructor(
    public resolver: string,
    readonly log: (line: string) => void,
  ) {}

  /** The chain, once connected; a {@link LocalizedError} before. */
  chain(): Chain {
    if (!this.connected) throw new LocalizedError(msg("office.error.noChain"));
    return this.connected;
  }

  setChain(chain: Chain): void {
    this.connected = chain;
    void this.refresh();
  }

  /** The signing account; a {@link LocalizedError} when none is chosen. */
  signer(): Signing {
    if (!this.signing) throw new LocalizedError(msg("office.error.noAccount"));
    return this.signing;
  }

  get account(): string | undefined {
    return this.signing?.address;
  }

  setSigner(signing: Signing | undefined): void {
    this.signing = signing;
    this.participant = undefined;
    this.loaded = false;
    this.products = [];
    this.codes = [];
    this.changed();
    void this.refresh();
  }

  /** Calls `listener` whenever what was read, or the account, changes. */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private changed() {
    for (const listener of this.listeners) listener();
  }

  /** Reads the account's participant record, products and codes again (once at a time). */
  refresh(): Promise<void> {
    const account = this.signing?.address;
    if (!this.connected || !account) return Promise.resolve();
    const { client, source } = this.connected;
    const run = async () => {
      try {
        const [who, products, codes] = await Promise.all([participant(client, account), productsOf(client, account), codesOf(client, account)]);
        if (this.signing?.address !== account) return;
        const mentioned = codes.flatMap((code) => [code.merchant, code.custodian, ...(code.pendingTo ? [code.pendingTo] : [])]);
        // Names only dress the list up: without them it shows addresses.
        this.names = mentioned.length ? await source.names(mentioned).catch(() => new Map()) : new Map();
        Object.assign(this, { participant: who, products, codes, loaded: true });
      } catch (error) {
        const { log } = this;
        log(`[office] reading the account's records failed: ${String((error as Error)?.message ?? error)}`);
      }
      this.changed();
    };
    const previous = this.reading ?? Promise.resolve();
    const next = previous.then(run);
    this.reading = next;
    return next;
  }
}

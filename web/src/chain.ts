// Reading the chain: through a light client in the page (smoldot, driven by polkadot-api),
// which checks everything it reads against GRANDPA-finalized headers, or — only when no light
// client can start — through a node's JSON-RPC, which the page then has to trust.

import { createClient, type PolkadotClient } from "polkadot-api";
import { getSmProvider } from "polkadot-api/sm-provider";
import { startFromWorker } from "polkadot-api/smoldot/from-worker";
import type { Client as Smoldot } from "polkadot-api/smoldot";
import SmoldotWorker from "polkadot-api/smoldot/worker?worker";
import { AccountId, Blake2128Concat, Twox128 } from "@polkadot-api/substrate-bindings";
import { policyFor, type Config } from "./config";
import { filterBootnodes } from "./policy";
import { fromHex, toHex } from "./gs1";
import { fromRpcJson, fromRuntime, type Report } from "./model";
import { LocalizedError, msg, type Message, type Text } from "./i18n";
import { genesisHash } from "./claim";
import type { ChipChain } from "./chip";
import { indexedDbStore, MAX_DATABASE_SIZE, metadataCache, specFingerprint, type LightStore, type SavedChain } from "./light-store";
import { withDeadline } from "./deadline";

/** A way to read trace reports. */
export interface Source {
  /** `light` verifies what it reads; `rpc` trusts the node that answers. */
  readonly mode: "light" | "rpc";
  /** Where the data comes from, for the page's trust line. */
  readonly origin: string;
  /** The report of a code key, `null` for a code never issued. */
  report(key: string): Promise<Report | null>;
  /** Display names of admitted participants among `accounts` (SS58). */
  names(accounts: string[]): Promise<Map<string, string>>;
  /** A polkadot-api client for submitting a claim. */
  submitter(): Promise<PolkadotClient>;
  /**
   * What checking a chip reads, verified (recent finalized blocks, the genesis hash, the
   * runtime's `MaxChipChallengeAge`); none in trusted mode, where the chip's key is not.
   */
  chipChain?(): ChipChain;
  /** The finalized block the last report was read at, if known. */
  readonly finalized?: { number: number; hash: string };
  /**
   * Keeps what makes the next visit quick (the light client's database); resolves when kept.
   * Never fails. None in trusted mode.
   */
  saveDatabase?(): Promise<void>;
  close(): void;
}

/** smoldot in its Web Worker, started before the chain spec is known (its WebAssembly compiles meanwhile). */
export interface BootedLightClient {
  readonly smoldot: Smoldot;
  readonly worker: Worker;
  /** Rejects with {@link LightClientUnavailable} when the worker fails. */
  readonly failed: Promise<never>;
  /** Whether the worker has failed. */
  hasFailed(): boolean;
  terminate(): void;
}

/**
 * Why the light client could not start (the page then falls back and says why): `text` in the
 * page's language, `message` in English.
 */
export class LightClientUnavailable extends LocalizedError {
  constructor(text: Text) {
    super(text);
    this.name = "LightClientUnavailable";
  }
}

const withTimeout = <T>(promise: Promise<T>, ms: number, message: Text): Promise<T> =>
  withDeadline(promise, ms, () => new LightClientUnavailable(message));

// Metadata is the same for every page of one runtime: kept between visits (light-store.ts).
const metadata = metadataCache();

/* eslint-disable @typescript-eslint/no-explicit-any */
const unsafeApi = (client: PolkadotClient): any => client.getUnsafeApi();

/**
 * How long a light client started from a saved database may take to reach a finalized block
 * before the database is taken for stale (a chain restarted under the same genesis, a database
 * from a fork) and smoldot starts again without it.
 */
export const STALE_DATABASE_MS = 8_000;

/** Reads through smoldot in a Web Worker. */
export class LightSource implements Source {
  readonly mode = "light";
  finalized?: { number: number; hash: string };
  private constructor(
    private readonly booted: BootedLightClient,
    private readonly client: PolkadotClient,
    readonly origin: string,
    private readonly store: LightStore,
    private readonly spec: string,
    private readonly log: (line: string) => void,
  ) {}

  /**
   * Starts smoldot in its worker, with no chain yet: the page calls it first, so that the worker
   * loads and smoldot's WebAssembly compiles while config.json and the chain spec are fetched.
   * Fails with {@link LightClientUnavailable} when WebAssembly or workers are missing.
   */
  static boot(log: (line: string) => void): BootedLightClient {
    if (typeof WebAssembly !== "object") {
      throw new LightClientUnavailable(msg("light.noWasm"));
    }
    if (typeof Worker !== "function") {
      throw new LightClientUnavailable(msg("light.noWorkers"));
    }
    let worker: Worker;
    try {
      worker = new SmoldotWorker();
    } catch (error) {
      throw new LightClientUnavailable(msg("light.workerStart", { error: String(error) }));
    }
    const failed = new Promise<never>((_, reject) => {
      worker.addEventListener("error", (event) =>
        reject(new LightClientUnavailable(msg("light.workerFailed", { error: String(event.message) }))),
      );
    });
    let hasFailed = false;
    // Seen by whoever races it; not an unhandled rejection before that.
    failed.catch(() => {
      hasFailed = true;
    });
    const smoldot = startFromWorker(worker, {
      maxLogLevel: 3,
      logCallback: (level, target, message) => {
        if (level <= 3) log(`[${target}] ${message}`);
      },
    });
    return {
      smoldot,
      worker,
      failed,
      hasFailed: () => hasFailed,
      terminate() {
        smoldot.terminate().catch(() => {});
        worker.terminate();
      },
    };
  }

  /** {@link boot}, or why the light client cannot start (never throws). */
  static tryBoot(log: (line: string) => void): BootedLightClient | LightClientUnavailable {
    try {
      return LightSource.boot(log);
    } catch (error) {
      return error instanceof LightClientUnavailable ? error : new LightClientUnavailable(String(error));
    }
  }

  /**
   * Adds the chain of `config` (its chain spec and bootnodes) to smoldot — `booted` if the page
   * booted it already, else a new one — with the database saved by an earlier visit, if any, and
   * waits for the first finalized block. A saved database that gives none within
   * {@link STALE_DATABASE_MS} is forgotten and smoldot starts afresh. Fails with
   * {@link LightClientUnavailable} when WebAssembly or workers are missing, the chain spec cannot
   * be had, or no node answers within the timeout.
   */
  static async start(
    config: Config,
    log: (line: string) => void,
    booted?: BootedLightClient,
    store: LightStore = indexedDbStore(log),
  ): Promise<LightSource> {
    const started = booted ?? LightSource.boot(log);
    try {
      return await LightSource.addChain(config, log, started, store);
    } catch (error) {
      started.terminate();
      throw error instanceof LightClientUnavailable
        ? error
        : new LightClientUnavailable(String((error as Error)?.message ?? error));
    }
  }

  private static async addChain(
    config: Config,
    log: (line: string) => void,
    booted: BootedLightClient,
    store: LightStore,
  ): Promise<LightSource> {
    if (!config.chainSpec) throw new LightClientUnavailable(msg("light.noChainSpec"));
    const timeout = config.lightClientTimeoutMs ?? 30_000;

    const specResponse = await fetch(new URL(config.chainSpec, location.href));
    if (!specResponse.ok) {
      throw new LightClientUnavailable(msg("light.chainSpecHttp", { spec: config.chainSpec, status: specResponse.status }));
    }
    const specText = await specResponse.text();
    const fingerprint = specFingerprint(specText);
    // Read while the spec is parsed; a store that fails reads as nothing saved.
    const saved = store.load(fingerprint);
    const spec = JSON.parse(specText);
    // Only transports the build's policy allows (policy.ts): wss:// in production.
    const { allowed, refused } = filterBootnodes(
      [...(Array.isArray(spec.bootNodes) ? spec.bootNodes : []), ...(config.bootnodes ?? [])],
      config.policy ?? policyFor(config),
    );
    refused.push(...(config.refusedBootnodes ?? []));
    spec.bootNodes = [...new Set(allowed)];
    if (spec.bootNodes.length === 0) {
      // Each refused address once (the chain spec and config.json may both name it).
      const unique = [...new Map(refused.map((reason) => [`${reason.key} ${reason.params.address}`, reason])).values()];
      throw new LightClientUnavailable(
        unique.length ? msg("light.noDialableBootnode", { refused: unique }) : msg("light.noBootnode"),
      );
    }
    const chainSpec = JSON.stringify(spec);

    const attempt = async (database: string | undefined, ms: number) => {
      const chain = await withTimeout(
        Promise.race([smoldotAddChain(booted.smoldot, chainSpec, database), booted.failed]),
        timeout,
        msg("light.didNotStart"),
      );
      const client = createClient(
        getSmProvider(() => chain),
        metadata,
      );
      try {
        const finalized = await withTimeout(
          Promise.race([client.getFinalizedBlock(), booted.failed]),
          ms,
          msg("light.noFinalized", { seconds: Math.round(ms / 1000), bootnodes: spec.bootNodes.join(", ") }),
        );
        return { client, finalized };
      } catch (error) {
        client.destroy();
        throw error;
      }
    };

    const previous = await saved;
    let started: Awaited<ReturnType<typeof attempt>> | undefined;
    if (previous) {
      log(`[light-store] starting from the database saved at ${new Date(previous.savedAt).toISOString()}`);
      try {
        started = await attempt(previous.database, Math.min(timeout, STALE_DATABASE_MS));
      } catch (error) {
        if (!(error instanceof LightClientUnavailable) || booted.hasFailed()) throw error;
        log(`[light-store] no finalized block from the saved database (${error.message}): starting afresh`);
        await store.forget(previous.genesis);
      }
    }
    started ??= await attempt(undefined, timeout);
    const source = new LightSource(booted, started.client, `light client (smoldot), ${spec.name}`, store, fingerprint, log);
    source.finalized = { number: started.finalized.number, hash: started.finalized.hash };
    return source;
  }

  /**
   * Saves smoldot's database of this chain (its `chainHead_unstable_finalizedDatabase`), keyed by
   * the genesis hash, for the next visit to start from.
   */
  async saveDatabase(): Promise<void> {
    try {
      const [genesis, database] = await Promise.all([
        genesisHash(this.client),
        this.client._request<string, [number]>("chainHead_unstable_finalizedDatabase", [MAX_DATABASE_SIZE]),
      ]);
      const chain: SavedChain = { genesis: toHex(genesis), spec: this.spec, database, savedAt: Date.now() };
      await this.store.save(chain);
    } catch (error) {
      const { log } = this;
      log(`[light-store] the database was not saved: ${String((error as Error)?.message ?? error)}`);
    }
  }

  async report(key: string): Promise<Report | null> {
    const finalized = await this.client.getFinalizedBlock();
    this.finalized = { number: finalized.number, hash: finalized.hash };
    const report = await unsafeApi(this.client).apis.TraceabilityApi.trace_report(key, {
      at: finalized.hash,
    });
    return report === undefined ? null : fromRuntime(report);
  }

  async names(accounts: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(accounts)];
    const participants = await unsafeApi(this.client).query.Traceability.Participants.getValues(
      unique.map((account) => [account]),
      this.finalized ? { at: this.finalized.hash } : undefined,
    );
    const names = new Map<string, string>();
    unique.forEach((account, i) => {
      const participant = participants[i];
      if (participant) names.set(account, new TextDecoder().decode(participant.name));
    });
    return names;
  }

  async submitter(): Promise<PolkadotClient> {
    return this.client;
  }

  chipChain(): ChipChain {
    const client = this.client;
    return {
      challengeBlock: async () => {
        const [block, genesis] = await Promise.all([client.getFinalizedBlock(), genesisHash(client)]);
        return { number: block.number, hash: block.hash, genesis: toHex(genesis) };
      },
      finalizedNumber: async () => (await client.getFinalizedBlock()).number,
      // The runtime's rule, from its metadata: how old a block a chip's answer may be for.
      maxAge: async () => Number(await unsafeApi(client).constants.Traceability.MaxChipChallengeAge()),
    };
  }

  close() {
    this.client.destroy();
    this.booted.terminate();
  }
}

/** smoldot's `addChain`, with the saved database if there is one. */
const smoldotAddChain = (smoldot: Smoldot, chainSpec: string, databaseContent: string | undefined) =>
  smoldot.addChain(databaseContent === undefined ? { chainSpec } : { chainSpec, databaseContent });

/** A minimal JSON-RPC client over one WebSocket. */
class JsonRpc {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener("message", (event) => {
      const message = JSON.parse(String(event.data));
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${message.error.message} (${message.error.code})`));
      else waiter.resolve(message.result);
    });
    socket.addEventListener("close", () => {
      for (const waiter of this.pending.values()) waiter.reject(new LocalizedError(msg("rpc.closed")));
      this.pending.clear();
    });
  }

  static open(url: string, timeoutMs = 15_000): Promise<JsonRpc> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      const timer = setTimeout(() => {
        socket.close();
        reject(new LocalizedError(msg("rpc.timeout", { url, seconds: timeoutMs / 1000 })));
      }, timeoutMs);
      socket.addEventListener("open", () => {
        clearTimeout(timer);
        resolve(new JsonRpc(socket));
      });
      socket.addEventListener("error", () => {
        clearTimeout(timer);
        reject(new LocalizedError(msg("rpc.cannotConnect", { url })));
      });
    });
  }

  request<T = any>(method: string, params: unknown[]): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
    });
  }

  close() {
    this.socket.close();
  }
}

const accountId = AccountId();

/** Storage key of `Traceability::Participants(account)` (Blake2_128Concat). */
export const participantKey = (account: string): string => {
  const text = new TextEncoder();
  const parts = [
    Twox128(text.encode("Traceability")),
    Twox128(text.encode("Participants")),
    Blake2128Concat(accountId.enc(account)),
  ];
  return toHex(Uint8Array.from(parts.flatMap((part) => [...part])));
};

/** The name in an encoded `Participant`: `roles: u8`, then `name: BoundedVec<u8>`. */
const participantName = (hex: string): string | undefined => {
  const bytes = fromHex(hex);
  let offset = 1;
  const mode = bytes[offset] & 3;
  let len: number;
  if (mode === 0) {
    len = bytes[offset] >> 2;
    offset += 1;
  } else if (mode === 1) {
    len = (bytes[offset] | (bytes[offset + 1] << 8)) >> 2;
    offset += 2;
  } else {
    return undefined; // Names are bounded well below 2^14 bytes.
  }
  return new TextDecoder().decode(bytes.slice(offset, offset + len));
};

/** Reads through a node's `trace_report` JSON-RPC: the node is trusted. */
export class RpcSource implements Source {
  readonly mode = "rpc";
  finalized?: { number: number; hash: string };
  private client?: PolkadotClient;
  private constructor(
    private readonly rpc: JsonRpc,
    readonly origin: string,
  ) {}

  static async open(url: string): Promise<RpcSource> {
    return new RpcSource(await JsonRpc.open(url), url);
  }

  async report(key: string): Promise<Report | null> {
    const hash = await this.rpc.request<string>("chain_getFinalizedHead", []);
    const header = await this.rpc.request<{ number: string }>("chain_getHeader", [hash]);
    this.finalized = { number: parseInt(header.number, 16), hash };
    const json = await this.rpc.request("trace_report", [key, hash]);
    return json === null ? null : fromRpcJson(json);
  }

  async names(accounts: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    await Promise.all(
      [...new Set(accounts)].map(async (account) => {
        const value = await this.rpc.request<string | null>("state_getStorage", [
          participantKey(account),
          this.finalized?.hash,
        ]);
        const name = value ? participantName(value) : undefined;
        if (name) names.set(account, name);
      }),
    );
    return names;
  }

  async submitter(): Promise<PolkadotClient> {
    if (!this.client) {
      const { getWsProvider } = await import("polkadot-api/ws");
      this.client = createClient(getWsProvider(this.origin), metadata);
    }
    return this.client;
  }

  close() {
    this.rpc.close();
    this.client?.destroy();
  }
}

/** A source opened by {@link openSource}, and why it is the trusted one, if it is. */
export interface OpenedSource {
  source: Source;
  /** Why no light client could start (the source is then the trusted node's RPC). */
  fallback?: LightClientUnavailable;
}

/**
 * The page's way to the chain, as every page of this site opens it: the light client (`boot`,
 * started first by the caller, or why it could not start), else — only when no light client can
 * start — the trusted node of `config.rpc`. `status` hears each step. Fails with a
 * {@link LocalizedError} when neither is possible.
 */
export async function openSource(
  config: Config,
  boot: BootedLightClient | LightClientUnavailable,
  log: (line: string) => void,
  status: (step: Message) => void = () => {},
): Promise<OpenedSource> {
  try {
    status(msg("pending.startingLight"));
    if (boot instanceof LightClientUnavailable) throw boot;
    return { source: await LightSource.start(config, log, boot) };
  } catch (error) {
    if (!(error instanceof LightClientUnavailable)) throw error;
    if (!config.rpc) {
      throw new LocalizedError(
        config.refusedRpc
          ? msg("error.lightRefusedRpc", { reason: error.text, refusal: config.refusedRpc })
          : msg("error.lightNoRpc", { reason: error.text }),
      );
    }
    status(msg("pending.askingNode"));
    return { source: await RpcSource.open(config.rpc), fallback: error };
  }
}

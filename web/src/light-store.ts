// What the light client keeps between visits, so that a second scan is quick:
// - smoldot's database (its finalized block, the runtime's code, the nodes it knows), from
//   smoldot's `chainHead_unstable_finalizedDatabase` JSON-RPC and given back to
//   `addChain({ databaseContent })`, in IndexedDB, one record per chain keyed by its genesis hash;
// - polkadot-api's metadata of each runtime, keyed by the runtime's code hash (localStorage).
//
// Nothing here may break the page: storage that is disabled, full, or holds anything but what
// this module wrote (another version's records, a truncated write, garbage) reads as nothing,
// and the odd record is deleted. A record is only ever given to the chain spec it was saved
// with: the chain spec's fingerprint is stored with it (the genesis hash is only known once
// smoldot has read the spec).

import { fromHex, toHex } from "./gs1";

/** One chain's saved database. */
export interface SavedChain {
  /** The chain's genesis hash (`0x` hex), the record's key. */
  genesis: string;
  /** {@link specFingerprint} of the chain spec the database was made with. */
  spec: string;
  /** smoldot's database content, as smoldot wrote it. */
  database: string;
  /** When it was saved (ms since the epoch). */
  savedAt: number;
}

/** The most smoldot's database may take (characters); smoldot leaves out what does not fit. */
export const MAX_DATABASE_SIZE = 8 * 1024 * 1024;
/** How many chains' databases are kept (the oldest goes). */
export const MAX_CHAINS = 3;

const DB_NAME = "trace-light-client";
const STORE = "chains";

/**
 * A cheap fingerprint of a chain spec's text (two 32-bit FNV-1a lanes and the length): it tells
 * one spec from another, not an adversary's from ours (the storage is the page's own origin).
 * A cryptographic hash of a spec of a few MB would cost the repeat visit ~100 ms.
 */
export function specFingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${text.length.toString(16)}-${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}`;
}

/** `value` as a {@link SavedChain} for the chain spec `spec`, or undefined for anything else. */
export function savedChainOf(value: unknown, spec: string): SavedChain | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.genesis !== "string" || !/^0x[0-9a-f]{64}$/.test(record.genesis)) return undefined;
  if (record.spec !== spec) return undefined;
  if (typeof record.database !== "string" || record.database.length === 0 || record.database.length > MAX_DATABASE_SIZE) {
    return undefined;
  }
  if (typeof record.savedAt !== "number" || !Number.isFinite(record.savedAt)) return undefined;
  return { genesis: record.genesis, spec: record.spec, database: record.database, savedAt: record.savedAt };
}

/** Whether `value` is a record this module could have written (for any chain spec). */
const wellFormed = (value: unknown): boolean =>
  typeof value === "object" && value !== null && savedChainOf(value, (value as SavedChain).spec) !== undefined;

/** Where smoldot's databases are kept. */
export interface LightStore {
  /** The saved database for the chain spec with fingerprint `spec`, if any (never throws). */
  load(spec: string): Promise<SavedChain | undefined>;
  /** Keeps `chain`'s database, in place of that chain's previous one (never throws). */
  save(chain: SavedChain): Promise<void>;
  /** Forgets the database of the chain `genesis` (never throws). */
  forget(genesis: string): Promise<void>;
}

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error);
  });

function openDatabase(indexedDB: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      // Out-of-line keys: a record whose key is not its genesis is garbage, and deleted.
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error("IndexedDB blocked"));
  });
}

/**
 * The browser's IndexedDB as a {@link LightStore}; `log` hears what was found odd. Without
 * IndexedDB (or when it fails) nothing is kept, and every visit starts afresh.
 */
export function indexedDbStore(log: (line: string) => void = () => {}, factory?: IDBFactory): LightStore {
  let opened: Promise<IDBDatabase | undefined> | undefined;
  const db = () =>
    (opened ??= (async () => {
      try {
        const indexedDB = factory ?? globalThis.indexedDB;
        return indexedDB ? await openDatabase(indexedDB) : undefined;
      } catch (error) {
        log(`[light-store] no IndexedDB: ${String(error)}`);
        return undefined;
      }
    })());

  return {
    async load(spec) {
      try {
        const database = await db();
        if (!database) return undefined;
        const tx = database.transaction(STORE, "readwrite");
        const store = tx.objectStore(STORE);
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        let found: SavedChain | undefined;
        keys.forEach((key, i) => {
          const value = values[i];
          if (!wellFormed(value) || (value as SavedChain).genesis !== key) {
            log(`[light-store] deleting a record that is not a saved database (${String(key).slice(0, 80)})`);
            store.delete(key);
            return;
          }
          const chain = savedChainOf(value, spec);
          if (chain && (!found || chain.savedAt > found.savedAt)) found = chain;
        });
        await done(tx);
        return found;
      } catch (error) {
        log(`[light-store] cannot read the saved database: ${String(error)}`);
        return undefined;
      }
    },

    async save(chain) {
      try {
        if (!savedChainOf(chain, chain.spec)) return;
        const database = await db();
        if (!database) return;
        const tx = database.transaction(STORE, "readwrite");
        const store = tx.objectStore(STORE);
        store.put(chain, chain.genesis);
        // Only the newest few chains (a test chain restarted with another genesis, another deployment).
        const values = (await request(store.getAll())) as SavedChain[];
        const others = values
          .filter((value) => wellFormed(value) && value.genesis !== chain.genesis)
          .sort((x, y) => y.savedAt - x.savedAt);
        for (const old of others.slice(MAX_CHAINS - 1)) store.delete(old.genesis);
        await done(tx);
      } catch (error) {
        log(`[light-store] cannot save the database: ${String(error)}`);
      }
    },

    async forget(genesis) {
      try {
        const database = await db();
        if (!database) return;
        const tx = database.transaction(STORE, "readwrite");
        tx.objectStore(STORE).delete(genesis);
        await done(tx);
      } catch (error) {
        log(`[light-store] cannot delete the database: ${String(error)}`);
      }
    },
  };
}

// ---- metadata ----

/** Metadata starts with the magic `meta` (0x6d657461), then its version. */
const META_MAGIC = "0x6d657461";
const METADATA_PREFIX = "trace-metadata-v2-";

/** Metadata as stored: a fingerprint of its hex, then the hex. */
export const encodeMetadata = (metadata: Uint8Array): string => {
  const hex = toHex(metadata);
  return `${specFingerprint(hex)}:${hex}`;
};

/** Stored metadata back, or null when it is not what {@link encodeMetadata} wrote. */
export function decodeMetadata(stored: unknown): Uint8Array | null {
  if (typeof stored !== "string") return null;
  const cut = stored.indexOf(":");
  if (cut < 0) return null;
  const hex = stored.slice(cut + 1);
  if (!hex.startsWith(META_MAGIC) || hex.length % 2 !== 0 || !/^0x[0-9a-f]*$/.test(hex)) return null;
  if (stored.slice(0, cut) !== specFingerprint(hex)) return null;
  return fromHex(hex);
}

/**
 * polkadot-api's metadata cache (`createClient`'s `getMetadata` / `setMetadata`): metadata is the
 * same for every page of one runtime, so a repeat visit does not ask the chain for it again
 * (polkadot-api asks by the `:code` hash of the finalized block, which smoldot checked). An entry
 * that does not decode is deleted and read as missing.
 */
export function metadataCache(storage: () => Storage | undefined = () => globalThis.localStorage) {
  return {
    getMetadata: async (codeHash: string): Promise<Uint8Array | null> => {
      try {
        const store = storage();
        const stored = store?.getItem(METADATA_PREFIX + codeHash) ?? null;
        if (stored === null) return null;
        const metadata = decodeMetadata(stored);
        if (!metadata) store?.removeItem(METADATA_PREFIX + codeHash);
        return metadata;
      } catch {
        return null;
      }
    },
    setMetadata: (codeHash: string, metadata: Uint8Array): void => {
      try {
        const store = storage();
        store?.removeItem(`trace-metadata-${codeHash}`); // the unchecked format of earlier pages
        store?.setItem(METADATA_PREFIX + codeHash, encodeMetadata(metadata));
      } catch {
        // Storage full or disabled: the next visit reads the metadata from the chain again.
      }
    },
  };
}

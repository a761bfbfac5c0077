// Reaching a chip (chip.ts checks what it answers): the interface every chip has —
// `sign(challenge) → { signature, keyType }` — HaLo over Web NFC, and the chip the page asks.
// Small and free of the curves, so that the page loads it with its first script; libhalo itself
// is loaded only when a chip is asked to sign.

import { blake2b256 } from "@polkadot-labs/hdkd-helpers";
import { fromHex, toHex } from "./gs1";
import { LocalizedError, msg } from "./i18n";

/** A chip's answer: its signature and its scheme, named as the pallet's `ChipKey::as_str`. */
export interface ChipAnswer {
  /** The signature's bytes, or `0x` hex. */
  signature: Uint8Array | string;
  /** `secp256k1_ecdsa`, `ed25519` or `sr25519`. */
  keyType: string;
}

/** A chip the page can ask to sign: HaLo over Web NFC, or a software chip in the tests. */
export interface Chip {
  sign(challenge: Uint8Array): Promise<ChipAnswer>;
}

/** What libhalo's `execHaloCmdWeb` is, for {@link haloChip} (tests give their own). */
export type HaloExec = (command: Record<string, unknown>, options?: Record<string, unknown>) => Promise<unknown>;

const hex64 = (value: unknown): string | undefined => {
  const text = String(value ?? "").replace(/^0x/, "");
  return /^[0-9a-fA-F]{1,64}$/.test(text) ? text.padStart(64, "0") : undefined;
};

/**
 * A HaLo chip over Web NFC: HaLo's `sign` command with key slot 1 and, as the pallet's secp256k1
 * rule wants, `digest` = the `blake2_256` of the challenge. libhalo is loaded when the chip is
 * first asked, so the page stays small; `exec` replaces it in tests.
 */
export function haloChip(exec?: HaloExec): Chip {
  return {
    async sign(challenge) {
      const run: HaloExec =
        exec ?? ((await import("@arx-research/libhalo/api/web")).execHaloCmdWeb as unknown as HaloExec);
      /* eslint-disable-next-line @typescript-eslint/no-explicit-any */
      const result: any = await run({ name: "sign", keyNo: 1, digest: toHex(blake2b256(challenge)).slice(2) }, { method: "webnfc" });
      const raw = result?.signature?.raw;
      const r = hex64(raw?.r);
      const s = hex64(raw?.s);
      const v = Number(raw?.v);
      if (!r || !s || !Number.isInteger(v) || v < 0 || v > 255) throw new LocalizedError(msg("chip.error.badAnswer"));
      return { signature: Uint8Array.from([...fromHex(`0x${r}${s}`), v]), keyType: "secp256k1_ecdsa" };
    },
  };
}

declare global {
  interface Window {
    /** A chip injected in place of Web NFC (the browser tests' software chip). */
    __traceChip?: Chip;
  }
}

/** Whether this browser has Web NFC (Chrome on Android). */
export const hasWebNfc = (): boolean => typeof window !== "undefined" && "NDEFReader" in window;

/** The chip the page can ask: an injected one, else HaLo over Web NFC, else none. */
export function availableChip(): Chip | undefined {
  if (typeof window !== "undefined" && window.__traceChip && typeof window.__traceChip.sign === "function") {
    return window.__traceChip;
  }
  return hasWebNfc() ? haloChip() : undefined;
}


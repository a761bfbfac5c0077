// The chip embedded in an item (PRODUCT.md, consumer-guide.md §7): an NFC secure element whose
// public key the merchant registered on the chain before the sale. Whoever holds the item has
// the chip sign the challenge of a recent finalized block; the page checks the answer against
// the key it read through the light client. A copied label has no chip that can answer.
//
// The pallet's rules, ported and pinned by test/vectors/chip.json (written by the pallet's
// tests/vectors.rs): the challenge is `chip_challenge(genesis, code, block_hash)` =
// `(b"trace-chain/chip", genesis, code, block_hash).encode()`, and an answer is good as
// `verify_chip` judges it — a secp256k1 chip (HaLo) signs the `blake2_256` of the challenge,
// `r ‖ s ‖ v`, and the key recovered from it must be the registered compressed key; an ed25519
// or sr25519 chip (signing context `substrate`) signs the challenge itself; an answer of another
// scheme than the key's is never good. How old a challenge may be is the runtime's constant
// `Traceability.MaxChipChallengeAge`, read from the metadata.
//
// A chip is anything with `sign(challenge) → { signature, keyType }` (chip-reader.ts): HaLo over
// Web NFC (`haloChip`, libhalo loaded only when a chip is tapped), or, in the browser tests, a
// software chip injected as `window.__traceChip` (`softwareChip`). This module (with the curves)
// is loaded by the chip card when a chip is checked, not with the page.

import { secp256k1 } from "@noble/curves/secp256k1.js";
import { ed25519 } from "@noble/curves/ed25519.js";
import { sr25519CreateDerive } from "@polkadot-labs/hdkd";
import { blake2b256, sr25519 } from "@polkadot-labs/hdkd-helpers";
import { fromHex, toHex } from "./gs1";
import { LocalizedError, msg, type Message } from "./i18n";
import type { Chip, ChipAnswer } from "./chip-reader";
import { contextThen, withDeadline } from "./deadline";

export { availableChip, haloChip, hasWebNfc, type Chip, type ChipAnswer, type HaloExec } from "./chip-reader";

/** Domain separator of a chip challenge: the pallet's `CHIP_CONTEXT`. */
export const CHIP_CONTEXT = new TextEncoder().encode("trace-chain/chip");

/** A registered chip key, as the report gives it (`type` is `ChipKey::as_str`). */
export interface ChipKeyView {
  type: string;
  publicKey: string;
}

/**
 * The bytes a chip signs, the pallet's `chip_challenge(genesis, code, block_hash)`: the 16 bytes
 * of {@link CHIP_CONTEXT} (no length prefix), then the 32-byte genesis hash, code key and block
 * hash — 112 bytes.
 */
export function chipChallenge(genesis: Uint8Array, code: Uint8Array, blockHash: Uint8Array): Uint8Array {
  for (const bytes of [genesis, code, blockHash]) {
    if (!(bytes instanceof Uint8Array) || bytes.length !== 32) {
      throw new LocalizedError(msg("tx.error.notHash", { count: bytes?.length ?? 0 }));
    }
  }
  return contextThen(CHIP_CONTEXT, [genesis, code, blockHash]);
}

const bytesOf = (value: Uint8Array | string): Uint8Array | undefined => {
  if (value instanceof Uint8Array) return value;
  if (typeof value === "string" && /^0x([0-9a-fA-F]{2})*$/.test(value)) return fromHex(value);
  return undefined;
};

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/**
 * Whether `answer` is the chip `key`'s over `challenge`, as the pallet's `verify_chip` judges
 * it. Never throws: a malformed key or signature is no good answer.
 */
export function verifyChip(key: ChipKeyView, challenge: Uint8Array, answer: ChipAnswer): boolean {
  const publicKey = bytesOf(key.publicKey);
  const signature = bytesOf(answer.signature);
  if (!publicKey || !signature || answer.keyType !== key.type) return false;
  try {
    switch (key.type) {
      case "secp256k1_ecdsa": {
        if (signature.length !== 65 || publicKey.length !== 33) return false;
        // `r ‖ s ‖ v`, v 0, 1, 27 or 28, as sp_io's secp256k1_ecdsa_recover_compressed reads it.
        const v = signature[64] >= 27 ? signature[64] - 27 : signature[64];
        if (v > 1) return false;
        const recovered = secp256k1.recoverPublicKey(
          Uint8Array.from([v, ...signature.subarray(0, 64)]),
          blake2b256(challenge),
          { prehash: false },
        );
        return equal(recovered, publicKey);
      }
      case "ed25519":
        return signature.length === 64 && publicKey.length === 32 && ed25519.verify(signature, challenge, publicKey);
      case "sr25519":
        return signature.length === 64 && publicKey.length === 32 && sr25519.verify(signature, challenge, publicKey);
      default:
        return false;
    }
  } catch {
    return false;
  }
}

/**
 * The pallet's `ChipSignature` of an answer, as polkadot-api's unsafe API takes an enum: the
 * variant named from `keyType` (`secp256k1_ecdsa` → `Secp256k1Ecdsa`, the inverse of the
 * model's snake case) and the signature's bytes.
 */
export function chipSignature(answer: ChipAnswer): { type: string; value: string } {
  const signature = bytesOf(answer.signature);
  if (!signature) throw new LocalizedError(msg("chip.error.badAnswer"));
  const type = answer.keyType
    .split("_")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
  return { type, value: toHex(signature) };
}

// ---- chips ----

/** A software chip of `keyType` with the 32-byte secret `seed`: the tests' stand-in for a HaLo chip. */
export function softwareChip(keyType: string, seed: Uint8Array | string): Chip & { publicKey: Uint8Array } {
  const secret = bytesOf(seed);
  if (!secret || secret.length !== 32) throw new LocalizedError(msg("chip.error.badAnswer"));
  switch (keyType) {
    case "secp256k1_ecdsa":
      return {
        publicKey: secp256k1.getPublicKey(secret, true),
        async sign(challenge) {
          // noble puts the recovery byte first; the pallet wants `r ‖ s ‖ v`.
          const recovered = secp256k1.sign(blake2b256(challenge), secret, { prehash: false, format: "recovered" });
          return { signature: Uint8Array.from([...recovered.subarray(1), recovered[0]]), keyType };
        },
      };
    case "ed25519":
      return {
        publicKey: ed25519.getPublicKey(secret),
        async sign(challenge) {
          return { signature: ed25519.sign(challenge, secret), keyType };
        },
      };
    case "sr25519": {
      // As sp_core's `sr25519::Pair::from_seed`: the seed is a mini secret.
      const pair = sr25519CreateDerive(secret)("");
      return {
        publicKey: pair.publicKey,
        async sign(challenge) {
          return { signature: pair.sign(challenge), keyType };
        },
      };
    }
    default:
      throw new LocalizedError(msg("chip.error.badAnswer"));
  }
}

// ---- checking a chip ----

/** What the page reads from the chain to check a chip. */
export interface ChipChain {
  /** A recent finalized block (number and hash) and the chain's genesis hash. */
  challengeBlock(): Promise<{ number: number; hash: string; genesis: string }>;
  /** The number of the latest finalized block, now. */
  finalizedNumber(): Promise<number>;
  /** The runtime's `Traceability.MaxChipChallengeAge` (blocks). */
  maxAge(): Promise<number>;
}

/** How a check ended. */
export type ChipOutcome =
  | { result: "verified"; block: number; answer: ChipAnswer }
  | { result: "wrong_key"; reason: Message }
  | { result: "old_block"; reason: Message; block: number }
  | { result: "no_answer"; reason: Message };

/** Rejects after `ms` with "no answer". */
const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  withDeadline(promise, ms, () => new LocalizedError(msg("chip.reason.timeout", { seconds: Math.round(ms / 1000) })));

/**
 * Has `chip` sign the challenge of a recent finalized block for `code` and judges the answer:
 * no answer (within `timeoutMs`, or the chip failed), the wrong key (another chip, another
 * scheme), an old block (the answer came after more than `MaxChipChallengeAge` blocks), or
 * verified.
 */
export async function checkChip(
  chip: Chip,
  key: ChipKeyView,
  code: string,
  chain: ChipChain,
  timeoutMs = 60_000,
): Promise<ChipOutcome> {
  const block = await chain.challengeBlock();
  const challenge = chipChallenge(fromHex(block.genesis), fromHex(code), fromHex(block.hash));
  let answer: ChipAnswer;
  try {
    answer = await within(chip.sign(challenge), timeoutMs);
  } catch (error) {
    const text = error instanceof LocalizedError ? error.text : String((error as Error)?.message ?? error);
    const timedOut = typeof text !== "string" && text.key === "chip.reason.timeout";
    return { result: "no_answer", reason: timedOut ? text : msg("chip.reason.failed", { error: text }) };
  }
  if (!answer || answer.keyType !== key.type) {
    return {
      result: "wrong_key",
      reason: msg("chip.reason.otherScheme", { got: String(answer?.keyType ?? "?"), expected: key.type }),
    };
  }
  if (!verifyChip(key, challenge, answer)) return { result: "wrong_key", reason: msg("chip.reason.otherKey") };
  const [now, maxAge] = await Promise.all([chain.finalizedNumber(), chain.maxAge()]);
  if (now - block.number > maxAge) {
    return { result: "old_block", block: block.number, reason: msg("chip.reason.oldBlock", { block: block.number, max: maxAge }) };
  }
  return { result: "verified", block: block.number, answer };
}

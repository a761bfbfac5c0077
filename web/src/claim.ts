// The buyer's claim: proves possession of the secret hidden in the packaging, once, without
// tokens (PRODUCT.md §4 "Claim").
//
// As `trace claim` does it (cli/src/commands/claim.rs): the claim key — an sr25519 key from the
// secret URI under the scratch-off — signs `("trace-chain/claim", genesis, code, claimer)`
// SCALE-encoded (`claim_payload` in the pallet), binding the claim to the buyer's account so that
// a watcher of the transaction pool cannot steal it, and to this chain's genesis hash so that a
// signature made for another chain (a testnet, a fork) is no claim here. `Traceability::claim(code, claimer, signature)` goes out
// as a v5 *general* transaction (submit.ts): no signer, no fee; the pallet's `#[pallet::authorize]`
// function (`authorize_claim`, run by `frame_system::AuthorizeCall`) is what the pool and the block
// check.
// test/vectors.test.mjs pins the payload, the claim keys of secret URIs and the accounts of
// addresses to the pallet and sp_core (test/vectors/claim.json, written by the pallet's
// tests/vectors.rs).

import type { PolkadotClient } from "polkadot-api";
import { sr25519CreateDerive } from "@polkadot-labs/hdkd";
import {
  DEV_PHRASE,
  blake2b256,
  generateMnemonic,
  mnemonicToMiniSecret,
  sr25519,
  sr25519Derive,
  ss58Address,
  ss58Decode,
  validateMnemonic,
} from "@polkadot-labs/hdkd-helpers";
import { str, u64 } from "@polkadot-api/substrate-bindings";
import { fromHex, toHex } from "./gs1";
import { LocalizedError, msg, type Text } from "./i18n";
import { explainRefusal, submitGeneral, unsafeApi, type TxProgress } from "./submit";
import { contextThen } from "./deadline";

/** Domain separator of a claim signature: the pallet's `CLAIM_CONTEXT`. */
export const CLAIM_CONTEXT = new TextEncoder().encode("trace-chain/claim");

/** A claim key: its public key and a signing function. */
export interface ClaimKey {
  publicKey: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
}

/** A step of a secret URI's path: hard (`//…`) or soft (`/…`), and its 32-byte chain code. */
type Junction = ["hard" | "soft", Uint8Array];

/** What `str::parse::<u64>()` takes: ASCII digits after an optional `+` (then at most u64::MAX). */
const DECIMAL = /^\+?[0-9]+$/;
const U64_MAX = (1n << 64n) - 1n;

/** Rust's `char::is_whitespace` (Unicode White_Space): what `str::trim` drops at either end. */
const RUST_WHITE_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const AROUND = new RegExp(`^${RUST_WHITE_SPACE}+|${RUST_WHITE_SPACE}+$`, "g");

/** `text` without white space at either end, as Rust's `str::trim` drops it. */
export const rustTrim = (text: string): string => text.replace(AROUND, "");

/**
 * The chain code of a junction, its text after `//` or `/`, as sp_core's
 * `DeriveJunction::from` makes it: the SCALE encoding of the junction's value — a number if the
 * text is one for `str::parse::<u64>()` (ASCII digits, an optional `+`, leading zeros allowed, up
 * to 18446744073709551615: 8 bytes, little-endian), else the text itself (its byte length as a
 * compact, then its UTF-8 bytes) — padded with zeros to 32 bytes, or its blake2-256 if it is
 * longer (a text of 32 bytes or more). So `16` and `+016` are one junction, and `0x10`, `1e3`,
 * `-1` and `18446744073709551616` are texts.
 */
function junctionChainCode(text: string): Uint8Array {
  const encoded = DECIMAL.test(text) && BigInt(text) <= U64_MAX ? u64.enc(BigInt(text)) : str.enc(text);
  if (encoded.length > 32) return blake2b256(encoded);
  const code = new Uint8Array(32);
  code.set(encoded);
  return code;
}

/**
 * A secret URI in its three parts, as sp_core's `AddressUri::parse` splits it: the phrase (all
 * before the first `/`), then junctions — `//` and text up to the next `/` a hard one, `/` and
 * text a soft one, the text never empty — and, after `///`, the password: everything to the
 * end, `/` included, but no line break. `undefined` if the path or password is malformed.
 */
function splitSecretUri(suri: string): { phrase: string; path: Junction[]; password?: string } | undefined {
  const start = suri.indexOf("/");
  const phrase = start < 0 ? suri : suri.slice(0, start);
  const path: Junction[] = [];
  let rest = start < 0 ? "" : suri.slice(start);
  while (rest !== "") {
    if (rest.startsWith("///")) {
      const password = rest.slice(3);
      return password.includes("\n") ? undefined : { phrase, path, password };
    }
    const hard = rest.startsWith("//");
    const from = hard ? 2 : 1;
    const end = rest.indexOf("/", from);
    const text = end < 0 ? rest.slice(from) : rest.slice(from, end);
    if (text === "") return undefined;
    path.push([hard ? "hard" : "soft", junctionChainCode(text)]);
    rest = end < 0 ? "" : rest.slice(end);
  }
  return { phrase, path };
}

/**
 * The sr25519 key of a Substrate secret URI, as sp_core's `sr25519::Pair::from_string(suri, None)`
 * reads it: `[phrase][//hard|/soft…][///password]`, the phrase defaulting to the development
 * phrase (so `//TraceDemo//HB-0002` works), or a `0x` + 64 hex digits mini-secret seed; each
 * junction's chain code from {@link junctionChainCode}.
 *
 * Where the page deliberately reads a secret otherwise than sp_core — it refuses, or takes as
 * the same key, some secrets that sp_core refuses or reads otherwise:
 * - white space around the secret is dropped, as `trace claim` does (`suri.trim()`, Rust's
 *   White_Space); sp_core keeps it (a phrase ` ` is no phrase, a last junction or a password
 *   `Alice ` is not `Alice`);
 * - an empty secret is refused; sp_core reads it as the development phrase's own key;
 * - the phrase is lowercased, and any run of white space in it is one space; sp_core takes
 *   ASCII letters, digits and spaces only, and bip39 no capitals;
 * - a hex seed is exactly `0x` + 64 hex digits (sp_core's `array_bytes::hex2bytes` also takes
 *   `0x0x…`) and takes no `///password` (sp_core ignores it);
 * - a password that Unicode normalisation (NFKD) changes, e.g. with a composed `é`, is refused:
 *   hdkd-helpers normalises the password before PBKDF2, substrate-bip39 does not, so the key
 *   would not be sp_core's.
 */
export function claimKeyFromSecret(secret: string): ClaimKey {
  const suri = rustTrim(secret);
  const parts = suri === "" ? undefined : splitSecretUri(suri);
  if (!parts) throw new LocalizedError(msg("claim.error.malformedSecret"));
  const { path, password } = parts;
  const phrase = parts.phrase.trim().replace(/\s+/g, " ");
  let miniSecret: Uint8Array;
  if (/^0x[0-9a-fA-F]{64}$/.test(phrase)) {
    if (password !== undefined) throw new LocalizedError(msg("claim.error.hexSeedPassword"));
    miniSecret = fromHex(phrase);
  } else {
    const words = phrase === "" ? DEV_PHRASE : phrase.toLowerCase();
    if (!validateMnemonic(words)) {
      throw new LocalizedError(msg("claim.error.badPhrase"));
    }
    if (password !== undefined && password.normalize("NFKD") !== password) {
      throw new LocalizedError(msg("claim.error.passwordNotNfkd"));
    }
    miniSecret = mnemonicToMiniSecret(words, password);
  }
  return sr25519Derive(miniSecret, sr25519, path);
}

/**
 * The message a claim key signs, the pallet's
 * `claim_payload(genesis, code, claimer) = (b"trace-chain/claim", genesis, code, claimer).encode()`:
 * the 17 bytes of {@link CLAIM_CONTEXT} (a byte array, no length prefix), then the chain's
 * 32-byte genesis hash, the 32-byte code key and the 32-byte claimer account — 113 bytes.
 */
export function claimPayload(genesis: Uint8Array, code: Uint8Array, claimer: Uint8Array): Uint8Array {
  for (const [name, bytes] of [
    [msg("claim.error.genesisHash"), genesis],
    [msg("claim.error.codeKey"), code],
    [msg("claim.error.claimerAccount"), claimer],
  ] as const) {
    if (!(bytes instanceof Uint8Array) || bytes.length !== 32) {
      throw new LocalizedError(msg("claim.error.length", { name, count: bytes?.length ?? msg("claim.error.none") }));
    }
  }
  return contextThen(CLAIM_CONTEXT, [genesis, code, claimer]);
}

/**
 * The genesis hash of the chain `client` is connected to (`chainSpec_v1_genesisHash`). Through
 * the light client it is smoldot's own, computed from the chain spec's genesis state.
 */
export async function genesisHash(client: PolkadotClient): Promise<Uint8Array> {
  const { genesisHash } = await client.getChainSpecData();
  const bytes = typeof genesisHash === "string" && /^0x[0-9a-fA-F]{64}$/.test(genesisHash) ? fromHex(genesisHash) : undefined;
  if (!bytes) throw new LocalizedError(msg("claim.error.badGenesis", { value: String(genesisHash) }));
  return bytes;
}

/** The 32-byte account of an SS58 address or `0x` public key, or an error saying what is wrong. */
export function parseAccount(text: string): Uint8Array {
  const value = text.trim();
  if (/^0x[0-9a-fA-F]{64}$/.test(value)) return fromHex(value);
  try {
    const [payload] = ss58Decode(value);
    if (payload.length !== 32) throw new Error("not a 32-byte account");
    return payload;
  } catch {
    throw new LocalizedError(msg("claim.error.notAccount", { value }));
  }
}

/** A fresh account for a buyer who has none: its 12-word phrase and address. */
export function newAccount(): { phrase: string; address: string } {
  const phrase = generateMnemonic(128);
  const pair = sr25519CreateDerive(mnemonicToMiniSecret(phrase))("");
  return { phrase, address: ss58Address(pair.publicKey) };
}

export type ClaimProgress = TxProgress;

/**
 * Explains a refusal by the pool in the pallet's terms (see `authorize_claim`), as a message of
 * the page's catalogues; any other error as it says itself.
 */
export const explainClaimError = (error: unknown): Text =>
  explainRefusal(error, {
    BadProof: msg("claim.error.badSignature"),
    Stale: msg("claim.error.alreadyClaimed"),
    Call: msg("claim.error.refused"),
  });

/**
 * Claims `code` for `claimer` with `secret` through `client`, reporting progress, and resolves
 * once the claim is in a finalized block.
 */
export async function submitClaim(
  client: PolkadotClient,
  args: { code: string; claimer: string; secret: string; expectedClaimKey?: string },
  progress: (step: ClaimProgress) => void,
): Promise<{ block: number; hash: string }> {
  const key = claimKeyFromSecret(args.secret);
  if (args.expectedClaimKey && toHex(key.publicKey) !== args.expectedClaimKey.toLowerCase()) {
    throw new LocalizedError(msg("claim.error.otherKey"));
  }
  const claimer = parseAccount(args.claimer);
  const code = fromHex(args.code);
  const genesis = await genesisHash(client);
  const signature = key.sign(claimPayload(genesis, code, claimer));
  const tx = unsafeApi(client).tx.Traceability.claim({
    code: args.code,
    claimer: ss58Address(claimer),
    signature: toHex(signature),
  });
  return submitGeneral(tx, progress, explainClaimError);
}

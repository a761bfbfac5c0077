// Passing a claimed item on (consumer-guide.md §6), without tokens: the owner offers it to the
// buyer's account and the buyer accepts, or the owner withdraws the offer, or the owner hands a
// new claim secret over (the item is then claimable again, by that secret only).
//
// As the pallet's `ownership_payload(genesis, code, action, nonce)` =
// `(b"trace-chain/ownership", genesis, code, action, nonce).encode()`: the 21 bytes of the
// context, the 32-byte genesis hash and code key, the action — its index (`Offer { to }` 0,
// `Accept { from }` 1, `Cancel { to }` 2, `HandOverClaimSecret { claim_key }` 3) and the 32-byte
// account or key — and the nonce, the code's `event_count`, as a little-endian u32. The acting
// account's sr25519 key signs it (a `MultiSignature::Sr25519`), read from its secret as the
// claim form reads a claim secret (`claimKeyFromSecret`). Each step goes out as a general
// transaction (submit.ts). test/vectors/ownership.json (written by the pallet's tests/vectors.rs)
// pins the payload.

import type { PolkadotClient } from "polkadot-api";
import { generateMnemonic, ss58Address } from "@polkadot-labs/hdkd-helpers";
import { claimKeyFromSecret, genesisHash, parseAccount, type ClaimKey } from "./claim";
import { fromHex, toHex } from "./gs1";
import { LocalizedError, msg, type Text } from "./i18n";
import { explainRefusal, submitGeneral, unsafeApi, type TxProgress } from "./submit";

/** Domain separator of an ownership step's signature: the pallet's `OWNERSHIP_CONTEXT`. */
export const OWNERSHIP_CONTEXT = new TextEncoder().encode("trace-chain/ownership");

/** The steps, as the vectors name them, and their `OwnershipAction` index. */
export const OWNERSHIP_ACTIONS = { offer: 0, accept: 1, cancel: 2, hand_over_claim_secret: 3 } as const;
export type OwnershipActionName = keyof typeof OWNERSHIP_ACTIONS;

/**
 * The message an ownership step is signed over: `party` is the proposed next owner (`offer`,
 * `cancel`), the current owner (`accept`) or the new claim key (`hand_over_claim_secret`).
 */
export function ownershipPayload(
  genesis: Uint8Array,
  code: Uint8Array,
  action: OwnershipActionName,
  party: Uint8Array,
  nonce: number,
): Uint8Array {
  for (const bytes of [genesis, code, party]) {
    if (!(bytes instanceof Uint8Array) || bytes.length !== 32) {
      throw new LocalizedError(msg("tx.error.notHash", { count: bytes?.length ?? 0 }));
    }
  }
  if (!Number.isInteger(nonce) || nonce < 0 || nonce > 0xffff_ffff) throw new LocalizedError(msg("ownership.error.nonce"));
  const payload = new Uint8Array(OWNERSHIP_CONTEXT.length + 32 + 32 + 1 + 32 + 4);
  let at = 0;
  const put = (bytes: Uint8Array) => {
    payload.set(bytes, at);
    at += bytes.length;
  };
  put(OWNERSHIP_CONTEXT);
  put(genesis);
  put(code);
  put(Uint8Array.of(OWNERSHIP_ACTIONS[action]));
  put(party);
  new DataView(payload.buffer).setUint32(at, nonce, true);
  return payload;
}

/** A fresh claim secret for a hand-over: 12 words, and the claim key they make. */
export function newClaimSecret(): { phrase: string; claimKey: string } {
  const phrase = generateMnemonic(128);
  return { phrase, claimKey: toHex(claimKeyFromSecret(phrase).publicKey) };
}

/** Explains a refusal by the pool in the pallet's terms (see `invalid_ownership_step`). */
export const explainOwnershipError = (error: unknown): Text =>
  explainRefusal(error, {
    BadProof: msg("ownership.error.badSignature"),
    Stale: msg("ownership.error.noOffer"),
    Call: msg("ownership.error.refused"),
  });

/** An ownership step the page makes. */
export type OwnershipStep =
  | { action: "offer"; to: string }
  | { action: "accept" }
  | { action: "cancel" }
  | { action: "hand_over_claim_secret"; claimKey: string };

/** What an ownership step is signed for. */
export interface OwnershipArgs {
  code: string;
  /** The code's event count when the step is signed. */
  nonce: number;
  /** The current owner (`record.claim.by`). */
  owner?: string;
  /** The pending offer's next owner. */
  offerTo?: string;
  /** The acting account's secret (12 words, //Name…). */
  secret: string;
  step: OwnershipStep;
}

/**
 * The acting account's key for `args`, checked before anything is sent: the owner's for an
 * offer, a cancellation or a hand-over, the offer's next owner's for an acceptance.
 */
export function ownershipKey(args: OwnershipArgs): ClaimKey {
  const key = claimKeyFromSecret(args.secret);
  const { step } = args;
  const signer = step.action === "accept" ? args.offerTo : args.owner;
  if (!signer) throw new LocalizedError(msg(step.action === "accept" ? "ownership.error.noOffer" : "ownership.error.noOwner"));
  if (toHex(key.publicKey) !== toHex(parseAccount(signer))) {
    throw new LocalizedError(msg(step.action === "accept" ? "ownership.error.notBuyer" : "ownership.error.notOwner"));
  }
  return key;
}

/**
 * Signs `args.step` with the account of `args.secret` ({@link ownershipKey}) and submits it
 * through `client`, reporting progress; resolves once it is final.
 */
export async function submitOwnershipStep(
  client: PolkadotClient,
  args: OwnershipArgs,
  progress: (step: TxProgress) => void,
): Promise<{ block: number; hash: string }> {
  const key = ownershipKey(args);
  const { step } = args;
  let party: Uint8Array;
  switch (step.action) {
    case "offer":
      party = parseAccount(step.to);
      if (toHex(party) === toHex(key.publicKey)) throw new LocalizedError(msg("ownership.error.self"));
      break;
    case "accept":
      party = parseAccount(args.owner ?? "");
      break;
    case "cancel":
      party = parseAccount(args.offerTo ?? "");
      break;
    case "hand_over_claim_secret":
      party = fromHex(step.claimKey);
      break;
  }
  const genesis = await genesisHash(client);
  const code = fromHex(args.code);
  const signature = { type: "Sr25519", value: toHex(key.sign(ownershipPayload(genesis, code, step.action, party, args.nonce))) };
  const tx = unsafeApi(client).tx.Traceability;
  const call =
    step.action === "offer"
      ? tx.propose_ownership_transfer({ code: args.code, to: ss58Address(party), signature })
      : step.action === "accept"
        ? tx.accept_ownership({ code: args.code, signature })
        : step.action === "cancel"
          ? tx.cancel_ownership_transfer({ code: args.code, signature })
          : tx.hand_over_claim_secret({ code: args.code, claim_key: toHex(party), signature });
  return submitGeneral(call, progress, explainOwnershipError);
}

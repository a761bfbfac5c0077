// Token-less transactions: the buyer's claim (claim.ts), the owner's and the buyer's ownership
// steps (ownership.ts) and a chip scan (chip.ts) all go out the same way, as v5 *general*
// transactions — no signer, no fee — which the pallet's `#[pallet::authorize]` functions admit
// because the call carries the acting key's own signature. Through the light client too.

import type { PolkadotClient, PolkadotSigner } from "polkadot-api";
import { compact, decAnyMetadata, unifyMetadata } from "@polkadot-api/substrate-bindings";
import { LocalizedError, msg, type Message, type Text } from "./i18n";

/**
 * A "signer" that makes a v5 general transaction: `0b0100_0101`, the extension version, each
 * transaction extension's explicit part in the metadata's order, then the call. polkadot-api
 * fills in the extensions' values (immortal era, nonce 0, tip 0, metadata hash off); no
 * signature is made, since no extension of the runtime carries one.
 */
const generalTransactionBuilder: PolkadotSigner = {
  publicKey: new Uint8Array(32),
  signBytes: async () => {
    throw new LocalizedError(msg("tx.error.signsNothing"));
  },
  signTx: async (callData, extensions, metadata) => {
    const unified = unifyMetadata(decAnyMetadata(metadata));
    const byVersion = unified.extrinsic.signedExtensions as Record<number, Array<{ identifier: string }>>;
    if (!unified.extrinsic.version.includes(5)) {
      throw new LocalizedError(msg("tx.error.noV5"));
    }
    const version = Number(Object.keys(byVersion)[0] ?? 0);
    const parts: Uint8Array[] = [Uint8Array.of(0b0100_0101, version)];
    for (const { identifier } of byVersion[version]) {
      const extension = extensions[identifier];
      if (!extension) throw new LocalizedError(msg("tx.error.noExtension", { name: identifier }));
      parts.push(extension.value);
    }
    parts.push(callData);
    const body = Uint8Array.from(parts.flatMap((part) => [...part]));
    return Uint8Array.from([...compact.enc(body.length), ...body]);
  },
};

/** How far a transaction got. */
export type TxProgress =
  | { type: "signed" }
  | { type: "broadcast" }
  | { type: "inBlock"; number: number }
  | { type: "finalized"; number: number; hash: string };

/** A progress step in the page's words (every form says the same). */
export const progressMessage = (step: TxProgress): Message =>
  step.type === "signed"
    ? msg("tx.sending")
    : step.type === "broadcast"
      ? msg("tx.sent")
      : step.type === "inBlock"
        ? msg("tx.inBlock", { number: step.number })
        : msg("tx.final", { number: step.number });

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The pool's reason for refusing a general transaction, as the pallet's `authorize_*`
 * functions give it (`InvalidTransaction::BadProof`, `Stale` or `Call`), if it is one of them.
 */
export function refusal(error: unknown): "BadProof" | "Stale" | "Call" | undefined {
  const text = error instanceof Error ? error.message : String(error);
  const inner = (error as any)?.error;
  const kind = inner?.value?.type ?? inner?.type ?? "";
  if (/BadProof/.test(text) || kind === "BadProof") return "BadProof";
  if (/Stale/.test(text) || kind === "Stale") return "Stale";
  if (/"Call"/.test(text) || kind === "Call") return "Call";
  return undefined;
}

/** What the page says for each of the pool's refusals of a token-less call ({@link refusal}). */
export type RefusalMessages = Readonly<Record<"BadProof" | "Stale" | "Call", Text>>;

/**
 * Explains a refusal by the pool in the pallet's terms, with the call's own `messages` (what a
 * bad proof, a stale or a refused call means for it); any other error as it says itself.
 */
export const explainRefusal = (error: unknown, messages: RefusalMessages): Text => {
  const kind = refusal(error);
  return kind ? messages[kind] : errorOf(error);
};

/** An error as the page shows it: its own message, or what it says itself. */
export const errorOf = (error: unknown): Text =>
  error instanceof LocalizedError ? error.text : error instanceof Error ? error.message : String(error);

/**
 * Submits `call` (a polkadot-api transaction of the unsafe API, e.g.
 * `client.getUnsafeApi().tx.Traceability.claim(…)`) as a general transaction, reporting
 * progress, and resolves once it is in a finalized block. A refusal by the pool is put in the
 * caller's words by `explain`; a dispatch error names the pallet's error.
 */
export function submitGeneral(
  call: any,
  progress: (step: TxProgress) => void,
  explain: (error: unknown) => Text,
): Promise<{ block: number; hash: string }> {
  return new Promise((resolve, reject) => {
    call
      .signSubmitAndWatch(generalTransactionBuilder, {
        nonce: 0,
        mortality: { mortal: false },
      })
      .subscribe({
        next: (event: any) => {
          switch (event.type) {
            case "signed":
              progress({ type: "signed" });
              break;
            case "broadcasted":
              progress({ type: "broadcast" });
              break;
            case "txBestBlocksState":
              if (event.found) progress({ type: "inBlock", number: event.block.number });
              break;
            case "finalized":
              if (!event.ok) {
                const error = event.dispatchError;
                reject(
                  new LocalizedError(
                    msg("tx.error.failed", {
                      error: String(error?.type ?? "?"),
                      details: JSON.stringify(error?.value ?? ""),
                    }),
                  ),
                );
                return;
              }
              progress({ type: "finalized", number: event.block.number, hash: event.block.hash });
              resolve({ block: event.block.number, hash: event.block.hash });
              break;
          }
        },
        error: (error: unknown) => reject(new LocalizedError(explain(error))),
      });
  });
}

/** The unsafe API of `client` (the runtime's types are read from its metadata). */
export const unsafeApi = (client: PolkadotClient): any => client.getUnsafeApi();

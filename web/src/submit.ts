// Submitting transactions and following them to a finalized block, with their progress and their
// refusals in the page's words. Token-less ones — the buyer's claim (claim.ts), the owner's and
// the buyer's ownership steps (ownership.ts) and a chip scan (chip.ts) — go out as v5 *general*
// transactions — no signer, no fee — which the pallet's `#[pallet::authorize]` functions admit
// because the call carries the acting key's own signature, through the light client too
// (`submitGeneral`). The merchant back office's are signed by the merchant's browser extension
// (`submitSigned`). A call the chain runs and refuses is a `DispatchFailed`, with the pallet's
// error named.

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

/** A call the chain ran and refused (a dispatch error), as polkadot-api decodes it. */
export interface DispatchFailure {
  /** The error's kind: `Module` for a pallet's error, else `BadOrigin`, `Token`, `Arithmetic`… */
  kind: string;
  /** For a pallet's error: the pallet (`Traceability`) and the error's name (`SerialAlreadyIssued`). */
  pallet?: string;
  name?: string;
  /** The rest of it, as JSON, for an error nobody has words for. */
  details: string;
}

/** The names in polkadot-api's `dispatchError` (`{ type: "Module", value: { type: pallet, value: { type: error } } }`). */
export function dispatchFailure(error: any): DispatchFailure {
  const kind = String(error?.type ?? "?");
  const details = JSON.stringify(error?.value ?? "", (_, value) => (typeof value === "bigint" ? value.toString() : value));
  if (kind === "Module" && typeof error?.value?.type === "string") {
    const inner = error.value.value;
    return { kind, pallet: error.value.type, name: typeof inner?.type === "string" ? inner.type : undefined, details };
  }
  return { kind, details };
}

/** The chain's refusal of a call it ran: shown in the page's language, with the pallet's names kept. */
export class DispatchFailed extends LocalizedError {
  constructor(
    readonly failure: DispatchFailure,
    text: Text,
  ) {
    super(text);
    this.name = "DispatchFailed";
  }
}

/** What a dispatch error says when the caller has no words of its own for it. */
const failedText = (failure: DispatchFailure): Text =>
  msg("tx.error.failed", {
    error: failure.pallet && failure.name ? `${failure.pallet}::${failure.name}` : failure.kind,
    details: failure.pallet && failure.name ? "" : failure.details,
  });

/** A transaction in a finalized block: which one. */
export interface Finalized {
  block: number;
  hash: string;
}

/** What a submission tells its caller, and how it puts failures in words. */
export interface SubmitHandlers {
  progress: (step: TxProgress) => void;
  /** A refusal before the chain ran the call (the signer's, the pool's), in the caller's words. */
  explain: (error: unknown) => Text;
  /** A refusal by the chain when it ran the call; the default names the pallet's error. */
  explainDispatch?: (failure: DispatchFailure) => Text;
}

/** Follows polkadot-api's `signSubmitAndWatch` until the transaction is in a finalized block. */
function watch(submission: any, handlers: SubmitHandlers): Promise<Finalized> {
  const { progress, explain, explainDispatch = failedText } = handlers;
  return new Promise((resolve, reject) => {
    submission.subscribe({
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
              const failure = dispatchFailure(event.dispatchError);
              reject(new DispatchFailed(failure, explainDispatch(failure)));
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
): Promise<Finalized> {
  return watch(call.signSubmitAndWatch(generalTransactionBuilder, { nonce: 0, mortality: { mortal: false } }), {
    progress,
    explain,
  });
}

/**
 * Submits `call` signed by `signer` (an account's, e.g. a browser extension's through
 * polkadot-api's pjs-signer), with polkadot-api's transaction `options` (a nonce of its own for
 * transactions sent together), and resolves once it is in a finalized block; as
 * {@link submitGeneral}, with `handlers` saying what each failure means.
 */
export function submitSigned(
  call: any,
  signer: PolkadotSigner,
  options: { nonce?: number },
  handlers: SubmitHandlers,
): Promise<Finalized> {
  return watch(call.signSubmitAndWatch(signer, options), handlers);
}

/** The unsafe API of `client` (the runtime's types are read from its metadata). */
export const unsafeApi = (client: PolkadotClient): any => client.getUnsafeApi();

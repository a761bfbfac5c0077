// What the back office reads from the chain and the calls it makes, through the page's one
// polkadot-api client (chain.ts: the light client, or the trusted node): the signing account's
// participant record, its products and the codes it issued, holds or is offered, the runtime's
// limits (from its metadata: `Traceability.StringLimit`, `MaxCodesPerCall`), and the pallet's
// calls with their arguments in polkadot-api's shapes — fixed-size byte arrays (GTIN, country,
// GLN, H256) as `0x` hex, bounded byte strings as bytes, `u64` times as bigints, accounts as SS58.
//
// Reads are at the latest finalized block (polkadot-api's default), the block every submission
// here waits for.

import type { PolkadotClient, PolkadotSigner } from "polkadot-api";
import { parseAccount } from "../claim";
import { toHex } from "../gs1";
import { asText, asTime, snake, type Time } from "../model";
import { submitSigned, unsafeApi, type Finalized, type SubmitHandlers } from "../submit";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Decoded = any;

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text);
/** A fixed-size byte array of ASCII text (a GTIN, a country, a GLN), as polkadot-api takes it. */
const asciiHex = (text: string) => toHex(encoder.encode(text));

/** An account's public key as hex, whatever SS58 format names it (the extension's, the chain's). */
export const accountKey = (address: string): string => {
  try {
    return toHex(parseAccount(address));
  } catch {
    return address;
  }
};

/** The runtime's limits that the back office checks before signing, from its metadata. */
export interface Limits {
  /** Longest free text (names, categories, places, reasons), in bytes. */
  stringLimit: number;
  /** Most codes one `issue_codes` call issues. */
  maxCodesPerCall: number;
}

export async function limits(client: PolkadotClient): Promise<Limits> {
  const constants = unsafeApi(client).constants.Traceability;
  const [stringLimit, maxCodesPerCall] = await Promise.all([constants.StringLimit(), constants.MaxCodesPerCall()]);
  return { stringLimit: Number(stringLimit), maxCodesPerCall: Number(maxCodesPerCall) };
}

/** An admitted participant, as the back office shows it. */
export interface Participant {
  name: string;
  suspended: boolean;
}

export async function participant(client: PolkadotClient, account: string): Promise<Participant | undefined> {
  const value = await unsafeApi(client).query.Traceability.Participants.getValue(account);
  return value ? { name: asText(value.name), suspended: value.suspended === true } : undefined;
}

export interface Product {
  gtin: string;
  name: string;
  category: string;
  country: string;
  recalled: boolean;
}

/** The products `merchant` registered. */
export async function productsOf(client: PolkadotClient, merchant: string): Promise<Product[]> {
  const entries = await unsafeApi(client).query.Traceability.Products.getEntries();
  const me = accountKey(merchant);
  return entries
    .filter(({ value }: Decoded) => accountKey(value.merchant) === me)
    .map(({ keyArgs, value }: Decoded) => ({
      gtin: asText(keyArgs[0]),
      name: asText(value.name),
      category: asText(value.category),
      country: asText(value.origin),
      recalled: Boolean(value.recall),
    }))
    .sort((a: Product, b: Product) => a.gtin.localeCompare(b.gtin));
}

/** A code the account has to do with, from its stored record. */
export interface CodeRow {
  /** The code's key (`0x` + 64 hex digits). */
  key: string;
  gtin: string;
  serial: string;
  lot?: string;
  /** As the record names it: `active`, `in_transit`, `sold`… */
  status: string;
  merchant: string;
  /** The record's custodian (of a packed item: at packing time; its container's holds it). */
  custodian: string;
  /** The account a handover is proposed to (by the custodian). */
  pendingTo?: string;
  packed: boolean;
  issuedAt: Time;
}

/**
 * The codes `account` issued, holds, or is offered in a handover, newest first. It reads every
 * code on the chain (the pallet keeps no index by account): fine on a demo or pilot chain; a
 * production back office reads them from an indexer of the chain's events instead.
 */
export async function codesOf(client: PolkadotClient, account: string): Promise<CodeRow[]> {
  const entries = await unsafeApi(client).query.Traceability.Codes.getEntries();
  const me = accountKey(account);
  return entries
    .map(({ keyArgs, value }: Decoded): CodeRow => ({
      key: String(keyArgs[0]),
      gtin: asText(value.gtin),
      serial: asText(value.serial),
      ...(value.lot ? { lot: asText(value.lot) } : {}),
      status: snake(String(value.status?.type ?? "")),
      merchant: value.merchant,
      custodian: value.custodian,
      ...(value.pending ? { pendingTo: value.pending.to } : {}),
      packed: Boolean(value.parent),
      issuedAt: asTime(value.issued_at),
    }))
    .filter((code: CodeRow) => [code.merchant, code.custodian, code.pendingTo].some((who) => who !== undefined && accountKey(who) === me))
    .sort((a: CodeRow, b: CodeRow) => Number(b.issuedAt) - Number(a.issuedAt) || a.serial.localeCompare(b.serial));
}

/**
 * The account's next nonce at the latest finalized block (`AccountNonceApi`), as the CLI reads
 * it for a bulk issuance: its calls then take this one and the next ones.
 */
export async function nextNonce(client: PolkadotClient, account: string): Promise<number> {
  return Number(await unsafeApi(client).apis.AccountNonceApi.account_nonce(account));
}

// ---- the calls ----

/** A location as the pallet's `Location` (at least one part says something: the chain checks). */
export interface Place {
  /** 13 digits. */
  gln?: string;
  /** Micro-degrees. */
  coordinates?: { latitude: number; longitude: number };
  description: string;
}

const location = (place: Place) => ({
  gln: place.gln ? asciiHex(place.gln) : undefined,
  coordinates: place.coordinates,
  description: bytes(place.description),
});

/** One code of an `issue_codes` call (the pallet's `IssueItem`). */
export interface IssueItem {
  serial: string;
  lot?: string;
  /** The claim key's public key. */
  claimKey?: Uint8Array;
}

/** Signs `call` with `signer` and follows it to a finalized block (submit.ts). */
const send = (call: Decoded, signer: PolkadotSigner, handlers: SubmitHandlers, nonce?: number): Promise<Finalized> =>
  submitSigned(call, signer, nonce === undefined ? {} : { nonce }, handlers);

export const calls = (client: PolkadotClient) => {
  const tx = unsafeApi(client).tx.Traceability;
  return {
    registerProduct: (
      args: { gtin: string; name: string; category: string; country: string; sheetDigest: string },
      signer: PolkadotSigner,
      handlers: SubmitHandlers,
    ) =>
      send(
        tx.register_product({
          gtin: asciiHex(args.gtin),
          name: bytes(args.name),
          category: bytes(args.category),
          country: asciiHex(args.country),
          sheet_digest: args.sheetDigest,
        }),
        signer,
        handlers,
      ),

    issueCodes: (
      args: { gtin: string; items: IssueItem[]; place: Place; purchasedAt: number; officerCommitment: Uint8Array },
      signer: PolkadotSigner,
      handlers: SubmitHandlers,
      nonce?: number,
    ) =>
      send(
        tx.issue_codes({
          gtin: asciiHex(args.gtin),
          items: args.items.map((item) => ({
            serial: bytes(item.serial),
            lot: item.lot === undefined ? undefined : bytes(item.lot),
            claim_key: item.claimKey ? toHex(item.claimKey) : undefined,
          })),
          purchase_location: location(args.place),
          purchased_at: BigInt(args.purchasedAt),
          officer_commitment: toHex(args.officerCommitment),
        }),
        signer,
        handlers,
        nonce,
      ),

    proposeHandover: (
      args: { code: string; to: string; place?: Place; declaredAt?: number },
      signer: PolkadotSigner,
      handlers: SubmitHandlers,
    ) =>
      send(
        tx.propose_handover({
          code: args.code,
          to: args.to,
          location: args.place ? location(args.place) : undefined,
          declared_at: args.declaredAt === undefined ? undefined : BigInt(args.declaredAt),
        }),
        signer,
        handlers,
      ),

    acceptHandover: (args: { code: string; place?: Place; declaredAt?: number }, signer: PolkadotSigner, handlers: SubmitHandlers) =>
      send(
        tx.accept_handover({
          code: args.code,
          location: args.place ? location(args.place) : undefined,
          declared_at: args.declaredAt === undefined ? undefined : BigInt(args.declaredAt),
        }),
        signer,
        handlers,
      ),

    rejectHandover: (args: { code: string; reason: string }, signer: PolkadotSigner, handlers: SubmitHandlers) =>
      send(tx.reject_handover({ code: args.code, reason: bytes(args.reason) }), signer, handlers),

    cancelHandover: (args: { code: string }, signer: PolkadotSigner, handlers: SubmitHandlers) =>
      send(tx.cancel_handover({ code: args.code }), signer, handlers),
  };
};

// The procurement officer of an issuance, as the chain keeps it: not the name — personal data
// does not go on chain — but a salted commitment to it, computed as the CLI computes it
// (cli/src/args.rs `officer_commitment`): BLAKE2b-256 of the 19 bytes `trace-chain/officer`, a
// random 16-byte salt and the officer's identity as UTF-8, with no length prefixes. The merchant
// keeps the salt: with it and the name, anyone can later check the commitment.
// test/vectors.test.mjs checks this against test/vectors/issuance.json (the CLI's
// `officer_commitment_with_salt`, cli/src/vectors.rs).

import { blake2b256 } from "@polkadot-labs/hdkd-helpers";
import { contextThen } from "../deadline";

/** The commitment's domain separator (args.rs). */
export const OFFICER_CONTEXT = new TextEncoder().encode("trace-chain/officer");

/** How many bytes of salt the CLI draws. */
export const SALT_LEN = 16;

/** The commitment to `officer` under `salt` (args.rs `officer_commitment_with_salt`). */
export function officerCommitmentWithSalt(officer: string, salt: Uint8Array): Uint8Array {
  if (salt.length !== SALT_LEN) throw new Error(`an officer salt is ${SALT_LEN} bytes, got ${salt.length}`);
  return blake2b256(contextThen(OFFICER_CONTEXT, [salt, new TextEncoder().encode(officer)]));
}

/** A fresh salt and the commitment to `officer` under it (args.rs `officer_commitment`). */
export function officerCommitment(officer: string): { commitment: Uint8Array; salt: Uint8Array } {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_LEN));
  return { commitment: officerCommitmentWithSalt(officer, salt), salt };
}

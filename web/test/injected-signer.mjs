// A test browser extension for the back office's browser tests: it implements the injected API
// every Polkadot wallet implements (`window.injectedWeb3[name].enable()` → `{ accounts: { get,
// subscribe }, signer: { signPayload, signRaw } }`), as the polkadot.js extension does, with dev
// keys (//Alice …) that stay in the test process: the page asks this process to sign, through
// `page.exposeFunction`, as a real extension's page never sees its keys.
//
// `signPayload` gets polkadot.js's `SignerPayloadJSON` (what polkadot-api's pjs-signer makes of
// the transaction) and signs what the polkadot.js extension signs: the call, then each
// transaction extension's explicit part, then each one's implicit part, in the order of
// `signedExtensions` — hashed with BLAKE2b-256 when longer than 256 bytes — and answers with the
// `MultiSignature` (0x01: sr25519) as the extension does. An extension it does not know fails
// the signing, so that a runtime with a new extension shows here first.

import { compact, u32 } from "@polkadot-api/substrate-bindings";
import { blake2b256, ss58Address } from "@polkadot-labs/hdkd-helpers";
import { importSource } from "./ts-load.mjs";

const { claimKeyFromSecret } = await importSource("claim.ts");

const fromHex = (hex) => Uint8Array.from(Buffer.from(hex.replace(/^0x/, ""), "hex"));
const toHex = (bytes) => "0x" + Buffer.from(bytes).toString("hex");
const concat = (parts) => Uint8Array.from(parts.flatMap((part) => [...part]));

/** Extensions that carry no data (neither an explicit nor an implicit part). */
const EMPTY = new Set(["AuthorizeCall", "CheckNonZeroSender", "CheckWeight", "WeightReclaim", "StorageWeightReclaim"]);

/** The bytes the polkadot.js extension signs for `payload` (a `SignerPayloadJSON`). */
export function signingPayload(payload) {
  const explicit = [];
  const implicit = [];
  for (const name of payload.signedExtensions) {
    switch (name) {
      case "CheckSpecVersion":
        implicit.push(u32.enc(Number(payload.specVersion)));
        break;
      case "CheckTxVersion":
        implicit.push(u32.enc(Number(payload.transactionVersion)));
        break;
      case "CheckGenesis":
        implicit.push(fromHex(payload.genesisHash));
        break;
      case "CheckMortality":
      case "CheckEra":
        explicit.push(fromHex(payload.era));
        implicit.push(fromHex(payload.blockHash));
        break;
      case "CheckNonce":
        explicit.push(compact.enc(Number(payload.nonce)));
        break;
      case "ChargeTransactionPayment":
        explicit.push(compact.enc(BigInt(payload.tip)));
        break;
      case "CheckMetadataHash":
        explicit.push(Uint8Array.of(payload.mode ? 1 : 0));
        implicit.push(payload.mode ? concat([[1], fromHex(payload.metadataHash)]) : Uint8Array.of(0));
        break;
      default:
        if (!EMPTY.has(name)) throw new Error(`the test extension does not know the transaction extension ${name}`);
    }
  }
  const bytes = concat([fromHex(payload.method), ...explicit, ...implicit]);
  return bytes.length > 256 ? blake2b256(bytes) : bytes;
}

/**
 * Puts the test extension `name` (default `polkadot-js`) in every page of `context`, offering the
 * accounts of `secrets` (e.g. `{ Alice: "//Alice", Bob: "//Bob" }`). Returns the accounts'
 * addresses by name and the payloads signed so far (for assertions).
 */
export async function injectExtension(context, secrets, name = "polkadot-js") {
  const keys = Object.entries(secrets).map(([label, secret]) => {
    const key = claimKeyFromSecret(secret);
    return { label, key, address: ss58Address(key.publicKey) };
  });
  const byAddress = new Map(keys.map((entry) => [entry.address, entry]));
  const signed = [];
  const keyOf = (address) => {
    const entry = byAddress.get(address);
    if (!entry) throw new Error(`the test extension has no account ${address}`);
    return entry.key;
  };
  await context.exposeFunction("__testExtensionSignPayload", (payload) => {
    signed.push(payload);
    const signature = keyOf(payload.address).sign(signingPayload(payload));
    return toHex(concat([[1], signature]));
  });
  await context.exposeFunction("__testExtensionSignRaw", ({ address, data }) => toHex(keyOf(address).sign(fromHex(data))));
  const accounts = keys.map(({ label, address }) => ({ address, name: label, type: "sr25519" }));
  await context.addInitScript(
    ({ name, accounts }) => {
      let id = 0;
      const extension = {
        accounts: {
          get: async () => accounts,
          subscribe: (listener) => {
            setTimeout(() => listener(accounts), 0);
            return () => {};
          },
        },
        signer: {
          signPayload: async (payload) => ({ id: ++id, signature: await window.__testExtensionSignPayload(payload) }),
          signRaw: async (raw) => ({ id: ++id, signature: await window.__testExtensionSignRaw(raw) }),
        },
      };
      window.injectedWeb3 = { ...(window.injectedWeb3 ?? {}), [name]: { version: "0.0.0-test", enable: async () => extension } };
    },
    { name, accounts },
  );
  return { addresses: Object.fromEntries(keys.map(({ label, address }) => [label, address])), signed };
}

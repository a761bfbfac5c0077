// Signed extrinsics for the governance helpers: connecting with polkadot.js, the dev accounts,
// submitting an extrinsic and waiting for its block to be finalized, reading its events and
// naming its error.
//
// polkadot.js is the one zombienet hands every js-script helper as the global `zombie`
// ({ ApiPromise, WsProvider, Keyring, util }: @polkadot/api as pinned by package-lock.json), so
// nothing is installed for the helpers and none of them `require`s a package (zombienet is
// installed outside this directory, where `require` would not find it). `zombie` is set only while
// a DSL line runs: these functions are called from `run`, never after it returned. Reads that need
// no signature stay in lib.js (JSON-RPC over HTTP, Node.js built-ins only).

/**
 * Transaction extensions of the runtime (runtime/src/lib.rs, `TxExtension`) that polkadot.js does
 * not know by name: `frame_system::AuthorizeCall` and `frame_system::WeightReclaim` carry nothing
 * in the extrinsic and nothing in the signed payload. The others (CheckNonZeroSender …
 * CheckMetadataHash) are polkadot.js built-ins.
 */
const NO_DATA = { extrinsic: {}, payload: {} };
const EXTENSIONS = { AuthorizeCall: NO_DATA, WeightReclaim: NO_DATA };

/** How long an extrinsic may take from submission to a finalized block. */
const FINALIZED_WITHIN_MS = 120000;

function polkadot() {
  if (typeof zombie === "undefined" || !zombie) {
    throw new Error("the global `zombie` (polkadot.js) is only set while zombienet runs a js-script line");
  }
  return zombie;
}

/** An ApiPromise connected to the node at `wsUri`; call `api.disconnect()` when done. */
async function connect(wsUri) {
  const { ApiPromise, WsProvider, util } = polkadot();
  await util.cryptoWaitReady();
  const provider = new WsProvider(wsUri);
  return ApiPromise.create({ provider, signedExtensions: EXTENSIONS, noInitWarn: true, throwOnConnect: true });
}

/** Runs `body(api)` with an API connected to `wsUri`, and disconnects whatever happens. */
async function withApi(wsUri, body) {
  const api = await connect(wsUri);
  try {
    return await body(api);
  } finally {
    await api.disconnect().catch(() => undefined);
  }
}

/**
 * The dev account of `name` ("alice" → //Alice), as a keyring pair that signs. The `local`
 * preset funds every dev account (alice … ferdie).
 */
function account(api, name) {
  const { Keyring } = polkadot();
  const keyring = new Keyring({ type: "sr25519", ss58Format: api.registry.chainSS58 });
  return keyring.addFromUri(`//${name.charAt(0).toUpperCase()}${name.slice(1)}`, { name });
}

/** "pallet.call" of an extrinsic or call, for messages. */
function describe(tx) {
  const method = tx.method || tx;
  return `${method.section}.${method.method}`;
}

/** A dispatch error by name: "consortium.TooEarly" for a pallet's error, else "BadOrigin", "Token", …. */
function errorName(api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}`;
  }
  return dispatchError.type;
}

/** The outcome carried by an event field of type `Result<(), DispatchError>`: "Ok" or the error's name. */
function resultName(api, result) {
  return result.isOk ? "Ok" : errorName(api, result.asErr);
}

/** The first event `section.method` among `events` (decoded `Event`s), or undefined. */
function findEvent(events, section, method) {
  return events.find((e) => e.section === section && e.method === method);
}

/** `section.method` of each event, for messages. */
function eventNames(events) {
  return events.map((e) => `${e.section}.${e.method}`).join(", ");
}

/**
 * Signs `tx` with `signer`, submits it through the node `api` is connected to and waits until the
 * block that includes it is finalized. Resolves with
 *   { blockHash, blockNumber, events, error, submittedAt, finalizedAt }
 * where `events` are the extrinsic's own events (decoded `Event`s, in order) and `error` names
 * its dispatch error ("BadOrigin", "consortium.TooEarly", …) or is undefined if it succeeded.
 * Rejects if the pool refuses it or it is not finalized within `timeoutMs`.
 */
function submit(api, tx, signer, timeoutMs = FINALIZED_WITHIN_MS) {
  const what = `${describe(tx)} signed by ${signer.meta.name || signer.address}`;
  const submittedAt = Date.now();
  return new Promise((resolve, reject) => {
    let unsubscribe;
    let settled = false;
    const settle = (fn, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (unsubscribe) unsubscribe();
      fn(value);
    };
    const timer = setTimeout(
      () => settle(reject, new Error(`${what}: not finalized within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    tx.signAndSend(signer, { nonce: -1 }, (result) => {
      const { status } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped || status.isFinalityTimeout) {
        settle(reject, new Error(`${what}: ${status.type}`));
      } else if (status.isFinalized) {
        const blockHash = status.asFinalized.toHex();
        api.rpc.chain
          .getHeader(blockHash)
          .then((header) =>
            settle(resolve, {
              blockHash,
              blockNumber: header.number.toNumber(),
              events: result.events.map(({ event }) => event),
              error: result.dispatchError ? errorName(api, result.dispatchError) : undefined,
              submittedAt,
              finalizedAt: Date.now(),
            }),
          )
          .catch((error) => settle(reject, error));
      }
    })
      .then((unsub) => {
        unsubscribe = unsub;
        if (settled) unsub();
      })
      .catch((error) => settle(reject, new Error(`${what}: ${error.message}`)));
  });
}

/** Like `submit`, but throws unless the extrinsic succeeded. */
async function submitOk(api, tx, signer, timeoutMs) {
  const out = await submit(api, tx, signer, timeoutMs);
  if (out.error) throw new Error(`${describe(tx)} failed: ${out.error} (events: ${eventNames(out.events)})`);
  return out;
}

module.exports = {
  account,
  connect,
  describe,
  errorName,
  eventNames,
  findEvent,
  resultName,
  submit,
  submitOk,
  withApi,
};

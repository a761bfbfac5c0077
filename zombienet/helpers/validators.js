// The validator set changed by vote on a live network (test 1 of issue 12): a node that is no
// genesis validator registers its session keys, three of four members vote its account into
// `Validators`, and from the session after next it authors blocks and votes in GRANDPA; a genesis
// validator voted out leaves the set at the session after next of its vote and its node goes on
// as a full node. `pallet_session` plans each set one session ahead (runtime/src/configs/
// validators.rs): a change voted in session n is queued at the start of n + 1, active from n + 2.
//
// Accounts and nodes share names: the node `eve` is run by the organisation whose account is
// //Eve. Through the node the DSL line names:
//
//   validators.js with "keys"                   on the new validator's node: fresh session keys
//                                               from the node's own keystore
//                                               (`author_rotateKeysWithOwner`, with the proof
//                                               that signs the account), registered with
//                                               `session.set_keys` signed by the node's account
//                                               (funded by the `local` preset); returns 1
//   validators.js with "vote,add|remove,WHO"    alice proposes `validators.add_member(WHO)` (or
//                                               remove_member) asking for three ayes; alice, bob
//                                               and charlie vote aye; ferdie closes; the call
//                                               executes. Saved for the lines below; returns the
//                                               ayes (3)
//   validators.js with "queued,WHO,TIMEOUT_S"   waits until the next session's keys
//                                               (`session.queuedKeys`) have WHO; returns the
//                                               seconds it waited
//   validators.js with "joined,WHO,TIMEOUT_S"   waits for WHO's first finalized block and its
//                                               node's first GRANDPA prevote; checks that WHO is
//                                               in the session's validators and both authority
//                                               sets; returns the seconds from the vote's close
//                                               to that block (measurements: both delays)
//   validators.js with "left,WHO,TIMEOUT_S,QUIET_S"
//                                               waits for the first finalized block that Aura
//                                               chose from a set without WHO; checks WHO is out
//                                               of the session's validators and both sets; then,
//                                               for QUIET_S seconds, that WHO's node casts no
//                                               GRANDPA prevote and WHO authors no finalized
//                                               block; returns the seconds from the vote's close
//                                               to the first block without WHO
//   validators.js with "follows,REF,MIN_BLOCKS,TIMEOUT_S"
//                                               finality goes on on this node: its finalized head
//                                               advances MIN_BLOCKS and it finalized the same
//                                               block at that height as the node REF; returns the
//                                               blocks it finalized meanwhile

const fs = require("fs");
const path = require("path");
const {
  blockAuthor,
  grandpaAuthorities,
  heights,
  metric,
  record,
  round,
  rpc,
  sleep,
  slotDurationMs,
  tryHeights,
  waitFor,
} = require("./lib");
const { account, eventNames, findEvent, submitOk, withApi } = require("./tx");
const { pass, seats } = require("./motions");

/** Four members: three ayes are more than two thirds (`supermajority_threshold(4)`). */
const SEATS = 4;
const AYES = 3;

/** The Prometheus counter of GRANDPA prevotes a node cast itself (sc-consensus-grandpa). */
const PREVOTES = "substrate_finality_grandpa_prevotes_total";

const POLL_MS = 1000;

const hexOf = (bytes) => "0x" + Buffer.from(bytes).toString("hex");

// ---- votes saved between DSL lines ($tmpDir/validator-votes.json) ----

function votesFile(networkInfo) {
  return path.join(networkInfo.tmpDir, "validator-votes.json");
}

function saveVote(networkInfo, key, vote) {
  const file = votesFile(networkInfo);
  const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  all[key] = vote;
  fs.writeFileSync(file, JSON.stringify(all, null, 2));
}

function loadVote(networkInfo, key) {
  const file = votesFile(networkInfo);
  const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  if (!all[key]) throw new Error(`no vote "${key}" in ${file}: did the vote's line fail?`);
  return all[key];
}

// ---- reads ----

/** WHO's registered session keys ({ aura, grandpa } as hex); throws if WHO has none. */
async function sessionKeys(api, who) {
  const keys = await api.query.session.nextKeys(who.address);
  if (keys.isNone) {
    throw new Error(
      `${who.meta.name} has no session keys: are the genesis keys registered for the validators' own ` +
        "accounts (use_stash_for_validators = false in the network file)?",
    );
  }
  const { aura, grandpa } = keys.unwrap();
  return { aura: aura.toHex(), grandpa: grandpa.toHex() };
}

async function isSessionValidator(api, who, at) {
  const validators = at ? await api.query.session.validators.at(at) : await api.query.session.validators();
  return validators.some((v) => v.eq(who.address));
}

/** `fn()`, tried up to 3 times a second apart: RPC calls may time out on a loaded machine. */
async function retry(fn) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= 3) throw error;
      await sleep(1000);
    }
  }
}

/** The GRANDPA prevotes a node cast, or undefined if its metrics have no such counter. */
async function prevotes(node) {
  try {
    return await retry(() => metric(node.prometheusUri, PREVOTES));
  } catch (error) {
    if (String(error.message).startsWith("no metric")) return undefined;
    throw error;
  }
}

/**
 * Walks the finalized chain from block `from` on, one block at a time as blocks are finalized,
 * calling `visit(block)` (see lib.js `blockAuthor`) and `tick()` between polls, until one of them
 * returns a truthy value (returned) or `timeoutMs` passes (throws, naming `what`). A block whose
 * reads fail is read again at the next poll.
 */
async function walkFinalized(url, from, what, timeoutMs, visit, tick = async () => undefined) {
  const deadline = Date.now() + timeoutMs;
  let next = from;
  let lastError;
  for (;;) {
    const h = await tryHeights(url);
    while (h && next <= h.finalized) {
      let block;
      try {
        block = await blockAuthor(url, next);
      } catch (error) {
        lastError = error;
        break;
      }
      const done = await visit(block);
      next++;
      if (done) return done;
    }
    const done = await tick();
    if (done) return done;
    if (Date.now() > deadline) {
      const detail = lastError ? ` (last read error: ${lastError.message})` : "";
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}, at #${next}${detail}`);
    }
    await sleep(POLL_MS);
  }
}

// ---- modes ----

/** The node's organisation registers fresh session keys of its node. */
async function keys(api, node, me) {
  if (await isSessionValidator(api, me)) throw new Error(`${me.meta.name} is a validator already`);
  const owner = hexOf(me.publicKey);
  const generated = await rpc(node.wsUri, "author_rotateKeysWithOwner", [owner], 30000);
  if (!generated || !generated.keys || !generated.proof) {
    throw new Error(`author_rotateKeysWithOwner returned no keys or no proof: ${JSON.stringify(generated)}`);
  }
  if ((await rpc(node.wsUri, "author_hasSessionKeys", [generated.keys])) !== true) {
    throw new Error(`${node.name}'s keystore lacks the keys it just generated`);
  }
  const out = await submitOk(api, api.tx.session.setKeys(generated.keys, generated.proof), me);
  const next = await api.query.session.nextKeys(me.address);
  if (next.isNone || next.unwrap().toHex() !== generated.keys) {
    throw new Error(
      `session.set_keys finalized in #${out.blockNumber}, but ${me.meta.name}'s keys are ${next.toHex()}`,
    );
  }
  console.log(`  [validators] ${me.meta.name} registered session keys ${generated.keys} in #${out.blockNumber}`);
  return 1;
}

/** Three of four members vote WHO in or out of `Validators`. */
async function vote(api, networkInfo, url, op, who) {
  await seats(api, SEATS);
  const [alice, bob, charlie, ferdie] = ["alice", "bob", "charlie", "ferdie"].map((n) => account(api, n));
  const members = async () => (await api.query.validators.members()).map((m) => m.toString());
  const before = await members();
  if (before.includes(who.address) !== (op === "remove")) {
    throw new Error(`${who.meta.name} is ${op === "add" ? "already" : "not"} in Validators`);
  }
  const tx = op === "add" ? api.tx.validators.addMember(who.address) : api.tx.validators.removeMember(who.address);
  const motion = { proposer: alice, threshold: AYES, voters: [alice, bob, charlie], closer: ferdie };
  const outcome = await pass(api, motion, tx);
  const changed = findEvent(outcome.events, "validators", op === "add" ? "MemberAdded" : "MemberRemoved");
  if (!changed) {
    throw new Error(`the motion executed, but without validators.Member… (events: ${eventNames(outcome.events)})`);
  }
  const after = await members();
  if (after.includes(who.address) !== (op === "add")) throw new Error(`Validators after the vote: ${after.join(", ")}`);

  const [closeBlock, lastAye, session] = await Promise.all([
    retry(() => blockAuthor(url, outcome.block)),
    retry(() => blockAuthor(url, outcome.lastAyeBlock)),
    api.query.session.currentIndex.at(outcome.blockHash),
  ]);
  const saved = {
    who: who.address,
    closeBlock: closeBlock.number,
    closeSlot: closeBlock.slot,
    lastAyeBlock: lastAye.number,
    lastAyeSlot: lastAye.slot,
    closeFinalizedAt: outcome.finalizedAt,
    session: session.toNumber(),
  };
  saveVote(networkInfo, `${op},${who.meta.name}`, saved);
  console.log(
    `  [validators] ${who.meta.name} voted ${op === "add" ? "in" : "out"} by ${outcome.closed.yes} of ${SEATS} ` +
      `in #${saved.closeBlock} (session ${saved.session}): validators ${after.length}`,
  );
  return outcome.closed.yes;
}

/** Waits until WHO is in the next session's keys. */
async function queued(api, who, timeoutS) {
  const start = Date.now();
  const { session } = await waitFor(
    `${who.meta.name} in session.queuedKeys`,
    async () => {
      const queue = await api.query.session.queuedKeys();
      if (!queue.some(([id]) => id.eq(who.address))) return undefined;
      return { session: (await api.query.session.currentIndex()).toNumber() };
    },
    timeoutS * 1000,
    3000,
  );
  const seconds = (Date.now() - start) / 1000;
  console.log(`  [validators] ${who.meta.name} is in the keys queued for session ${session + 1}`);
  return seconds;
}

/** WHO's first finalized block and first GRANDPA prevote after the vote that added it. */
async function joined(api, networkInfo, url, who, timeoutS) {
  const voteIn = loadVote(networkInfo, `add,${who.meta.name}`);
  const keysOf = await sessionKeys(api, who);
  const slotMs = await slotDurationMs(url);
  const whoNode = networkInfo.nodesByName[who.meta.name];
  if (!whoNode) throw new Error(`no node named ${who.meta.name}`);

  let firstInSet;
  let firstPrevoteAt;
  let prevoteMetric = true;
  const checkPrevote = async () => {
    if (firstPrevoteAt || !prevoteMetric) return;
    const value = await prevotes(whoNode).catch(() => null);
    if (value === null) return; // the metrics did not answer: next time
    if (value === undefined) {
      prevoteMetric = false;
      console.log(`  [validators] ${who.meta.name}'s node exports no ${PREVOTES}: its GRANDPA votes are not measured`);
    } else if (value > 0) {
      firstPrevoteAt = Date.now();
    }
  };
  const first = await walkFinalized(
    url,
    voteIn.closeBlock + 1,
    `a finalized block authored by ${who.meta.name}`,
    timeoutS * 1000,
    async (block) => {
      await checkPrevote();
      if (!firstInSet && block.authorities.includes(keysOf.aura)) firstInSet = block;
      return block.author === keysOf.aura ? block : undefined;
    },
    checkPrevote,
  );
  // Its GRANDPA vote may come a few rounds after its first block.
  await waitFor(
    `${who.meta.name}'s first GRANDPA prevote`,
    async () => {
      await checkPrevote();
      return firstPrevoteAt || !prevoteMetric;
    },
    120000,
  );

  if (!(await isSessionValidator(api, who, first.hash))) {
    throw new Error(`${who.meta.name} authored #${first.number} but is no session validator there`);
  }
  const grandpa = await retry(() => grandpaAuthorities(url, first.hash));
  if (!grandpa.includes(keysOf.grandpa)) {
    throw new Error(`${who.meta.name}'s GRANDPA key is not in the set at #${first.number}`);
  }

  const voteAt = voteIn.closeSlot * slotMs;
  const fromClose = ((first.slot - voteIn.closeSlot) * slotMs) / 1000;
  const result = {
    test: "validator voted in",
    validator: who.meta.name,
    voted_in_block: voteIn.closeBlock,
    voted_in_session: voteIn.session,
    in_aura_set_from_block: firstInSet.number,
    first_block: first.number,
    validators: first.authorities.length,
    vote_to_first_block_s: round(fromClose),
    last_aye_to_first_block_s: round(((first.slot - voteIn.lastAyeSlot) * slotMs) / 1000),
    vote_to_first_grandpa_prevote_s: firstPrevoteAt ? round((firstPrevoteAt - voteAt) / 1000) : null,
  };
  record(result);
  return fromClose;
}

/** WHO out of the sets after the vote that removed it, and silent from then on. */
async function left(api, networkInfo, url, who, timeoutS, quietS) {
  const voteOut = loadVote(networkInfo, `remove,${who.meta.name}`);
  const keysOf = await sessionKeys(api, who);
  const slotMs = await slotDurationMs(url);
  const whoNode = networkInfo.nodesByName[who.meta.name];

  const firstWithout = await walkFinalized(
    url,
    voteOut.closeBlock + 1,
    `a finalized block chosen from a set without ${who.meta.name}`,
    timeoutS * 1000,
    async (block) => (block.authorities.includes(keysOf.aura) ? undefined : block),
  );
  if (await isSessionValidator(api, who, firstWithout.hash)) {
    throw new Error(`${who.meta.name} is still a session validator at #${firstWithout.number}`);
  }
  const grandpa = await retry(() => grandpaAuthorities(url, firstWithout.hash));
  if (grandpa.includes(keysOf.grandpa)) {
    throw new Error(`${who.meta.name}'s GRANDPA key is still in the set at #${firstWithout.number}`);
  }

  // GRANDPA's new set takes over once the block that enacts it is finalized; rounds of the old
  // set still under way may conclude. Then WHO's node must stay silent.
  await sleep(12000);
  const before = whoNode ? await prevotes(whoNode) : undefined;
  const quietFrom = (await retry(() => heights(url))).finalized + 1;
  await sleep(quietS * 1000);
  const quietTo = (await retry(() => heights(url))).finalized;
  const after = whoNode ? await prevotes(whoNode) : undefined;
  const authored = [];
  for (let n = firstWithout.number; n <= quietTo; n++) {
    const block = await retry(() => blockAuthor(url, n));
    if (block.author === keysOf.aura) authored.push(n);
  }
  if (authored.length > 0) throw new Error(`${who.meta.name} authored #${authored.join(", #")} after leaving the set`);
  if (quietTo < quietFrom) throw new Error(`nothing was finalized in ${quietS} s without ${who.meta.name}`);
  if (before !== undefined && after !== before) {
    throw new Error(`${who.meta.name}'s node cast ${after - before} GRANDPA prevotes after leaving the set`);
  }

  const fromClose = ((firstWithout.slot - voteOut.closeSlot) * slotMs) / 1000;
  record({
    test: "validator voted out",
    validator: who.meta.name,
    voted_out_block: voteOut.closeBlock,
    voted_out_session: voteOut.session,
    first_block_without: firstWithout.number,
    validators: firstWithout.authorities.length,
    vote_to_first_block_without_s: round(fromClose),
    quiet_window_s: quietS,
    blocks_finalized_in_window: quietTo - quietFrom + 1,
    prevotes_in_window: before === undefined ? null : after - before,
  });
  return fromClose;
}

/** Finality goes on on this node, on the same chain as REF's. */
async function follows(node, reference, minBlocks, timeoutS) {
  const start = await retry(() => heights(node.wsUri));
  const target = start.finalized + minBlocks;
  const deadline = timeoutS * 1000;
  const reached = await waitFor(
    `${node.name}'s finalized head to reach #${target}`,
    async () => {
      const h = await tryHeights(node.wsUri);
      return h && h.finalized >= target ? h : undefined;
    },
    deadline,
  );
  await waitFor(
    `${reference.name}'s finalized head to reach #${target}`,
    async () => {
      const h = await tryHeights(reference.wsUri);
      return h && h.finalized >= target;
    },
    deadline,
  );
  const [ours, theirs] = await Promise.all(
    [node, reference].map((n) => retry(() => rpc(n.wsUri, "chain_getBlockHash", [target]))),
  );
  if (ours !== theirs) throw new Error(`${node.name} finalized ${ours} at #${target}, ${reference.name} ${theirs}`);
  console.log(`  [validators] ${node.name} finalized #${start.finalized} → #${reached.finalized}, as ${reference.name}`);
  return reached.finalized - start.finalized;
}

async function run(nodeName, networkInfo, args) {
  const node = networkInfo.nodesByName[nodeName];
  const [mode, ...rest] = args;
  if (mode === "follows") {
    const reference = networkInfo.nodesByName[rest[0]];
    if (!reference) throw new Error(`validators.js: no node ${rest[0]}`);
    return follows(node, reference, Number(rest[1]), Number(rest[2]));
  }
  return withApi(node.wsUri, async (api) => {
    switch (mode) {
      case "keys":
        return keys(api, node, account(api, nodeName));
      case "vote": {
        const [op, name] = rest;
        if (op !== "add" && op !== "remove") throw new Error(`validators.js: vote,add|remove, not ${op}`);
        return vote(api, networkInfo, node.wsUri, op, account(api, name));
      }
      case "queued":
        return queued(api, account(api, rest[0]), Number(rest[1]));
      case "joined":
        return joined(api, networkInfo, node.wsUri, account(api, rest[0]), Number(rest[1]));
      case "left":
        return left(api, networkInfo, node.wsUri, account(api, rest[0]), Number(rest[1]), Number(rest[2]));
      default:
        throw new Error(`validators.js: unknown mode ${mode}`);
    }
  });
}

module.exports = { run };

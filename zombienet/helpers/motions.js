// The consortium's motions (pallet-collective `Consortium`, runtime/src/configs/governance.rs),
// as the members' organisations would make them: a member proposes a call with a threshold of
// ayes, members vote, anyone closes; a motion with enough ayes dispatches its call with the
// origin `Members(ayes, seats)`, which the runtime's powers accept only with more than two thirds
// of the seats. Root is reached by a motion that whitelists a call and dispatches it with its
// preimage (`root_motion` in governance.rs).
//
// Open motions are kept in $tmpDir/motions.json between DSL lines, under a label.

const fs = require("fs");
const path = require("path");
const { eventNames, findEvent, resultName, submit, submitOk } = require("./tx");

/** The proposal a motion carries: the call, its hash (BlakeTwo256 of its encoding) and length. */
function proposalOf(tx) {
  const call = tx.method;
  return { tx, hash: call.hash.toHex(), length: call.encodedLength };
}

/**
 * The motion that dispatches `tx` as root, as `root_motion` in governance.rs builds it:
 * `utility.batch_all([whitelist.whitelist_call(hash), whitelist.dispatch_whitelisted_call_with_preimage(call)])`.
 */
function rootMotion(api, tx) {
  return api.tx.utility.batchAll([
    api.tx.whitelist.whitelistCall(tx.method.hash),
    api.tx.whitelist.dispatchWhitelistedCallWithPreimage(tx),
  ]);
}

/** The consortium's seats; throws unless there are `expected` (the tests speak of "n of 4"). */
async function seats(api, expected) {
  const members = await api.query.consortium.members();
  if (expected !== undefined && members.length !== expected) {
    throw new Error(`the consortium has ${members.length} members, the test expects ${expected}`);
  }
  return members.length;
}

/**
 * `proposer` proposes `tx` asking for `threshold` ayes. With a threshold of 2 or more the motion
 * is opened: resolves with { hash, index, threshold, length, proposedAt, block }. With a threshold
 * below 2 pallet-collective dispatches the call at once, with one seat: resolves with
 * { hash, executed } where `executed` is the outcome ("Ok" or the error's name).
 */
async function propose(api, proposer, threshold, tx) {
  const proposal = proposalOf(tx);
  const out = await submitOk(api, api.tx.consortium.propose(threshold, tx, proposal.length), proposer);
  if (threshold < 2) {
    const executed = findEvent(out.events, "consortium", "Executed");
    if (!executed) throw new Error(`propose(1): no consortium.Executed event (events: ${eventNames(out.events)})`);
    if (executed.data.proposalHash.toHex() !== proposal.hash) {
      throw new Error(`propose(1) executed ${executed.data.proposalHash.toHex()}, not ${proposal.hash}`);
    }
    return { hash: proposal.hash, executed: resultName(api, executed.data.result) };
  }
  const proposed = findEvent(out.events, "consortium", "Proposed");
  if (!proposed) throw new Error(`propose: no consortium.Proposed event (events: ${eventNames(out.events)})`);
  const hash = proposed.data.proposalHash.toHex();
  if (hash !== proposal.hash) throw new Error(`the motion's hash is ${hash}, the call's ${proposal.hash}`);
  if (proposed.data.threshold.toNumber() !== threshold) {
    throw new Error(`the motion asks for ${proposed.data.threshold} ayes, not ${threshold}`);
  }
  return {
    hash,
    index: proposed.data.proposalIndex.toNumber(),
    threshold,
    length: proposal.length,
    proposedAt: out.finalizedAt,
    block: out.blockNumber,
  };
}

/**
 * Each of `voters` votes aye on `motion`, all at once (one extrinsic each, in the same block or
 * the next). Resolves with the ayes counted after the last vote, and that vote's outcome.
 */
async function voteAye(api, voters, motion) {
  const outs = await Promise.all(
    voters.map((voter) => submitOk(api, api.tx.consortium.vote(motion.hash, motion.index, true), voter)),
  );
  let last;
  for (const out of outs) {
    const voted = findEvent(out.events, "consortium", "Voted");
    if (!voted) throw new Error(`vote: no consortium.Voted event (events: ${eventNames(out.events)})`);
    const ayes = voted.data.yes.toNumber();
    if (!last || ayes > last.ayes) last = { ayes, out };
  }
  return last;
}

/**
 * `closer` (anyone) closes `motion`, whose proposal is `tx`. The weight bound is the call's own
 * weight as the runtime reports it (`TransactionPaymentApi_query_info`, which counts the call's
 * weight and its transaction extensions', so it is at least what `close` checks). Resolves with
 *   { error, closed: { yes, no }, approved, disapproved, executed, events, block, finalizedAt }
 * `error` is the close extrinsic's own failure (e.g. "consortium.TooEarly"); `executed` the
 * outcome of the motion's call ("Ok", "BadOrigin", …) if it was dispatched.
 */
async function close(api, closer, motion, tx) {
  const info = await tx.paymentInfo(closer);
  const weight =
    info.weight.refTime !== undefined
      ? { refTime: info.weight.refTime.toBigInt(), proofSize: info.weight.proofSize.toBigInt() }
      : { refTime: info.weight.toBigInt(), proofSize: 0n };
  const out = await submit(api, api.tx.consortium.close(motion.hash, motion.index, weight, motion.length), closer);
  const closed = findEvent(out.events, "consortium", "Closed");
  const executed = findEvent(out.events, "consortium", "Executed");
  return {
    error: out.error,
    closed: closed && { yes: closed.data.yes.toNumber(), no: closed.data.no.toNumber() },
    approved: Boolean(findEvent(out.events, "consortium", "Approved")),
    disapproved: Boolean(findEvent(out.events, "consortium", "Disapproved")),
    executed: executed && resultName(api, executed.data.result),
    events: out.events,
    block: out.blockNumber,
    blockHash: out.blockHash,
    finalizedAt: out.finalizedAt,
  };
}

/**
 * A motion that `ayes` members pass: `proposer` proposes `tx` with `threshold`, `voters` vote
 * aye, `closer` closes. Throws unless it is approved and its call executed without error.
 * Resolves with close's outcome plus the motion and the last aye's block.
 */
async function pass(api, { proposer, threshold, voters, closer }, tx) {
  const motion = await propose(api, proposer, threshold, tx);
  const lastVote = await voteAye(api, voters, motion);
  const outcome = await close(api, closer, motion, tx);
  if (outcome.error || !outcome.approved || outcome.executed !== "Ok") {
    throw new Error(
      `the motion ${describeOutcome(outcome)} with ${lastVote.ayes} ayes (events: ${eventNames(outcome.events)})`,
    );
  }
  return { ...outcome, motion, lastAyeBlock: lastVote.out.blockNumber, lastAyeBlockHash: lastVote.out.blockHash };
}

/** A close's outcome in words, for messages. */
function describeOutcome(outcome) {
  if (outcome.error) return `could not be closed: ${outcome.error}`;
  if (outcome.disapproved) return "was disapproved";
  if (!outcome.approved) return "was not approved";
  return `was approved, its call executed with ${outcome.executed}`;
}

/** Open motions saved between DSL lines, in $tmpDir/motions.json. */
function motionsFile(networkInfo) {
  return path.join(networkInfo.tmpDir, "motions.json");
}

function saveMotion(networkInfo, label, motion) {
  const file = motionsFile(networkInfo);
  const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  all[label] = motion;
  fs.writeFileSync(file, JSON.stringify(all, null, 2));
}

function loadMotion(networkInfo, label) {
  const file = motionsFile(networkInfo);
  const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  if (!all[label]) throw new Error(`no open motion "${label}" in ${file}: did the line that opens it fail?`);
  return all[label];
}

module.exports = {
  close,
  describeOutcome,
  loadMotion,
  pass,
  propose,
  rootMotion,
  saveMotion,
  seats,
  voteAye,
};

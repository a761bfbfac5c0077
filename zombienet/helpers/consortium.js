// The consortium's powers on a live network (test 2 of issue 12): one member alone cannot use
// them, a motion that two of the four members approve executes without effect, the same motion
// with a third aye does what it says. Through the node the DSL line names.
//
//   consortium.js with "alone,POWER"  bob, a member, tries POWER by himself: signing its call
//                                     (and, for a root power, the root call and the motion
//                                     itself), executing it as a member (`consortium.execute`)
//                                     and proposing it with a threshold of one (dispatched at
//                                     once with one seat). Each attempt must fail with
//                                     BadOrigin and leave no trace; returns how many were refused.
//   consortium.js with "two,POWER"    alice proposes POWER asking for two ayes; alice and bob vote
//                                     aye; ferdie (no member: anyone may close) closes: the motion
//                                     is approved and its call fails with BadOrigin, nothing
//                                     changed. Then alice proposes it asking for three ayes, alice
//                                     and bob vote aye: it cannot be closed (TooEarly), nothing
//                                     changed; it stays open for "three". Returns the ayes (2).
//   consortium.js with "three,POWER"  charlie votes aye on that motion, ferdie closes it: the call
//                                     executes and POWER is used (its storage and its event).
//                                     Returns the ayes (3).
//
// POWER is one of
//   admit    traceability.admit_participant(ferdie, CARRIER, "Ferdie Freight", []) — the
//            traceability pallet's AdminOrigin (ferdie is no participant in the `local` preset)
//   storage  a root motion of system.set_storage([(KEY, VALUE)]) on a key no pallet uses
//   upgrade  a root motion of system.authorize_upgrade(hash of a code that does not exist);
//            "alone" also tries system.set_code
// The seats must be 4, so that two ayes are half and three are more than two thirds
// (`supermajority_threshold(4) == 3` in runtime/src/configs/governance.rs).

const { record, round, rpc } = require("./lib");
const { account, eventNames, findEvent, resultName, submit, submitOk, withApi } = require("./tx");
const { close, describeOutcome, loadMotion, propose, rootMotion, saveMotion, seats, voteAye } = require("./motions");

const SEATS = 4;

/** `Roles::CARRIER` (pallets/traceability/src/types.rs: `1 << 1`). */
const CARRIER = 2;

const hex = (text) => "0x" + Buffer.from(text, "utf8").toString("hex");
/** A storage key no pallet uses, and what the consortium writes there. */
const FOREIGN_KEY = hex("trace-chain/zombienet/0003-consortium-votes");
const FOREIGN_VALUE = hex("rewritten by three of four members");
/** The hash of a runtime code nobody has: authorising it upgrades nothing. */
const NO_CODE_HASH = "0x" + "c0de".repeat(16);

/** What each power is, how to use it, and how to tell whether it was used. */
const POWERS = {
  admit: {
    call: (api, who) =>
      api.tx.traceability.admitParticipant(who.ferdie.address, CARRIER, "Ferdie Freight", []),
    // Root-only calls a member might try to sign instead of the motion.
    direct: () => [],
    used: async (api, who) => (await api.query.traceability.participants(who.ferdie.address)).isSome,
    proof: (api, who, events) => {
      const admitted = findEvent(events, "traceability", "ParticipantAdmitted");
      return admitted && admitted.data.who.eq(who.ferdie.address) && admitted.data.roles.toNumber() === CARRIER;
    },
  },
  storage: {
    call: (api) => rootMotion(api, setStorage(api)),
    direct: (api) => [setStorage(api)],
    used: async (api, _who, url) => (await rpc(url, "state_getStorage", [FOREIGN_KEY])) === FOREIGN_VALUE,
    proof: (api, _who, events) => rootDispatched(api, events, setStorage(api)),
  },
  upgrade: {
    call: (api) => rootMotion(api, authorizeUpgrade(api)),
    direct: (api) => [api.tx.system.setCode("0x" + "00".repeat(64)), authorizeUpgrade(api)],
    used: async (api) => (await api.query.system.authorizedUpgrade()).isSome,
    proof: (api, _who, events) =>
      rootDispatched(api, events, authorizeUpgrade(api)) &&
      Boolean(findEvent(events, "system", "UpgradeAuthorized")),
  },
};

function setStorage(api) {
  return api.tx.system.setStorage([[FOREIGN_KEY, FOREIGN_VALUE]]);
}

function authorizeUpgrade(api) {
  return api.tx.system.authorizeUpgrade(NO_CODE_HASH);
}

/** The whitelist dispatched `inner` as root, successfully. */
function rootDispatched(api, events, inner) {
  const hash = inner.method.hash.toHex();
  const whitelisted = findEvent(events, "whitelist", "CallWhitelisted");
  const dispatched = findEvent(events, "whitelist", "WhitelistedCallDispatched");
  return (
    whitelisted &&
    whitelisted.data.callHash.toHex() === hash &&
    dispatched &&
    dispatched.data.callHash.toHex() === hash &&
    resultName(api, dispatched.data.result) === "Ok"
  );
}

function dev(api) {
  return Object.fromEntries(["alice", "bob", "charlie", "ferdie"].map((name) => [name, account(api, name)]));
}

async function assertUnused(api, who, url, power, name, when) {
  if (await power.used(api, who, url)) throw new Error(`${name} was used ${when}`);
}

/** Bob alone: every attempt refused with BadOrigin. */
async function alone(api, who, url, name, power) {
  await assertUnused(api, who, url, power, name, "before the test");
  const tx = power.call(api, who);
  const attempts = [];

  // Signed by bob: the call itself and any root call behind it.
  for (const direct of [tx, ...power.direct(api)]) {
    const out = await submit(api, direct, who.bob);
    const what = `${direct.method.section}.${direct.method.method} signed by bob`;
    attempts.push({ what, outcome: out.error || "Ok" });
  }
  // As the collective's `Member(bob)` origin.
  {
    const out = await submitOk(api, api.tx.consortium.execute(tx, tx.method.encodedLength), who.bob);
    const executed = findEvent(out.events, "consortium", "MemberExecuted");
    if (!executed) throw new Error(`consortium.execute: no MemberExecuted event (events: ${eventNames(out.events)})`);
    attempts.push({ what: "consortium.execute by bob", outcome: resultName(api, executed.data.result) });
  }
  // A motion asking for one aye, dispatched at once with `Members(1, 4)`.
  {
    const motion = await propose(api, who.bob, 1, tx);
    attempts.push({ what: "consortium.propose(1) by bob", outcome: motion.executed });
  }

  for (const a of attempts) console.log(`  [consortium] ${name}: ${a.what}: ${a.outcome}`);
  const allowed = attempts.filter((a) => a.outcome !== "BadOrigin");
  if (allowed.length > 0) {
    const list = allowed.map((a) => `${a.what} → ${a.outcome}`).join("; ");
    throw new Error(`${name}: not refused with BadOrigin: ${list}`);
  }
  await assertUnused(api, who, url, power, name, "by one member");
  record({ test: "consortium: one member alone", power: name, refused: attempts.length });
  return attempts.length;
}

/** Two of four ayes: approved and without effect (threshold 2), or not closable (threshold 3). */
async function two(api, who, url, name, power, networkInfo) {
  await assertUnused(api, who, url, power, name, "before the test");
  const tx = power.call(api, who);

  const low = await propose(api, who.alice, 2, tx);
  const lowVotes = await voteAye(api, [who.alice, who.bob], low);
  const lowOutcome = await close(api, who.ferdie, low, tx);
  console.log(`  [consortium] ${name}: threshold 2, ${lowVotes.ayes} ayes: ${describeOutcome(lowOutcome)}`);
  if (lowOutcome.error || !lowOutcome.approved || lowOutcome.executed !== "BadOrigin") {
    throw new Error(
      `${name}: a motion approved by two of four should execute with BadOrigin; it ${describeOutcome(lowOutcome)} ` +
        `(events: ${eventNames(lowOutcome.events)})`,
    );
  }
  if (lowOutcome.closed.yes !== 2) throw new Error(`${name}: closed with ${lowOutcome.closed.yes} ayes, not 2`);
  await assertUnused(api, who, url, power, name, "by a motion of two of four");

  const high = await propose(api, who.alice, SEATS - 1, tx);
  const highVotes = await voteAye(api, [who.alice, who.bob], high);
  const highOutcome = await close(api, who.ferdie, high, tx);
  console.log(`  [consortium] ${name}: threshold 3, ${highVotes.ayes} ayes: ${describeOutcome(highOutcome)}`);
  if (highOutcome.error !== "consortium.TooEarly") {
    throw new Error(
      `${name}: a motion asking for 3 ayes with 2 should not close (TooEarly); it ${describeOutcome(highOutcome)}`,
    );
  }
  await assertUnused(api, who, url, power, name, "by a motion asking for three ayes with two");
  saveMotion(networkInfo, name, high);
  record({
    test: "consortium: two of four",
    power: name,
    threshold_2: lowOutcome.executed,
    threshold_3: highOutcome.error,
  });
  return lowVotes.ayes;
}

/** The third aye: the call executes and the power is used. */
async function three(api, who, url, name, power, networkInfo) {
  const motion = loadMotion(networkInfo, name);
  const tx = power.call(api, who);
  if (tx.method.hash.toHex() !== motion.hash) throw new Error(`${name}: the open motion is not this power's call`);
  const votes = await voteAye(api, [who.charlie], motion);
  const outcome = await close(api, who.ferdie, motion, tx);
  console.log(`  [consortium] ${name}: threshold 3, ${votes.ayes} ayes: ${describeOutcome(outcome)}`);
  if (outcome.error || !outcome.approved || outcome.executed !== "Ok") {
    throw new Error(
      `${name}: three of four ayes should pass; the motion ${describeOutcome(outcome)} ` +
        `(events: ${eventNames(outcome.events)})`,
    );
  }
  if (!power.proof(api, who, outcome.events)) {
    throw new Error(`${name}: executed, but not the expected events: ${eventNames(outcome.events)}`);
  }
  if (!(await power.used(api, who, url))) throw new Error(`${name}: executed, but the state did not change`);
  record({
    test: "consortium: three of four",
    power: name,
    ayes: outcome.closed.yes,
    block: outcome.block,
    proposal_to_finalized_execution_s: round((outcome.finalizedAt - motion.proposedAt) / 1000),
  });
  return outcome.closed.yes;
}

async function run(nodeName, networkInfo, args) {
  const node = networkInfo.nodesByName[nodeName];
  const [mode, name] = args;
  const power = POWERS[name];
  if (!power) throw new Error(`consortium.js: unknown power ${name} (one of ${Object.keys(POWERS).join(", ")})`);
  return withApi(node.wsUri, async (api) => {
    await seats(api, SEATS);
    const who = dev(api);
    switch (mode) {
      case "alone":
        return alone(api, who, node.wsUri, name, power);
      case "two":
        return two(api, who, node.wsUri, name, power, networkInfo);
      case "three":
        return three(api, who, node.wsUri, name, power, networkInfo);
      default:
        throw new Error(`consortium.js: unknown mode ${mode}`);
    }
  });
}

module.exports = { run, POWERS };

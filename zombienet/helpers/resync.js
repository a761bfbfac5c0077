// A restarted node catches up: run on it right after `NODE: restart`. Waits until its best and
// finalized blocks reach those the reference node had when this script started, and checks that
// both nodes finalized the same block at that height. Returns the seconds from the node's
// process start (its substrate_process_start_time_seconds metric) to caught up.
//
//   resync.js with "REFERENCE_NODE,TIMEOUT_S"

const { heights, metric, record, round, rpc, tryHeights, waitFor } = require("./lib");

async function run(nodeName, networkInfo, args) {
  const node = networkInfo.nodesByName[nodeName];
  const reference = networkInfo.nodesByName[args[0]];
  const timeoutS = Number(args[1] || 180);

  const startedAt = 1000 * (await waitFor(
    `${nodeName}'s metrics`,
    async () => metric(node.prometheusUri, "substrate_process_start_time_seconds").catch(() => undefined),
    timeoutS * 1000,
  ));
  const target = await heights(reference.wsUri);
  const caughtUp = await waitFor(
    `${nodeName} to reach best #${target.best} and finalized #${target.finalized}`,
    async () => {
      const h = await tryHeights(node.wsUri);
      return h && h.best >= target.best && h.finalized >= target.finalized ? h : undefined;
    },
    timeoutS * 1000,
  );
  const seconds = (Date.now() - startedAt) / 1000;

  const [ours, theirs] = await Promise.all(
    [node, reference].map((n) => rpc(n.wsUri, "chain_getBlockHash", [target.finalized])),
  );
  if (ours !== theirs) {
    throw new Error(`${nodeName} finalized ${ours} at #${target.finalized}, ${args[0]} finalized ${theirs}`);
  }
  record({
    test: "resync after kill -9 and restart",
    node: nodeName,
    target_best: target.best,
    target_finalized: target.finalized,
    best_now: caughtUp.best,
    finalized_now: caughtUp.finalized,
    process_start_to_caught_up_s: round(seconds),
  });
  return seconds;
}

module.exports = { run };

// Finality measurements on one node (the DSL line names it), by polling its RPC every 250 ms.
//
//   measure,LABEL,WINDOW_S,MIN_BLOCKS  For WINDOW_S seconds, note when each new block is first
//                                      seen as best and as finalized; returns the mean seconds
//                                      from import to finality. Fails if fewer than MIN_BLOCKS
//                                      were finalized in the window, or if a block imported in
//                                      the window is still not finalized 60 s after it.
//   stall,SETTLE_S,WINDOW_S            After SETTLE_S seconds (rounds already under way may
//                                      still conclude), watches WINDOW_S seconds: fails if the
//                                      finalized head moved or if fewer than 2 blocks were
//                                      authored; returns the number of blocks authored.
//   recovery,LABEL,TIMEOUT_S           From now (just after the validators came back), the
//                                      seconds until the finalized head reaches the best block
//                                      of now, i.e. the backlog authored during the stall.

const { heights, record, round, sleep, tryHeights, waitFor } = require("./lib");

const POLL_MS = 250;

async function measure(node, label, windowS, minBlocks) {
  const firstBest = new Map();
  const firstFinal = new Map();
  let lastBest;
  let lastFinal;
  const lags = [];
  const observe = (h, now) => {
    for (let n = (lastBest ?? h.best) + 1; n <= h.best; n++) if (!firstBest.has(n)) firstBest.set(n, now);
    for (let n = (lastFinal ?? h.finalized) + 1; n <= h.finalized; n++) if (!firstFinal.has(n)) firstFinal.set(n, now);
    lastBest = Math.max(lastBest ?? h.best, h.best);
    lastFinal = Math.max(lastFinal ?? h.finalized, h.finalized);
    lags.push(h.best - h.finalized);
  };

  const start = await heights(node.wsUri);
  observe(start, Date.now());
  const windowEnd = Date.now() + windowS * 1000;
  while (Date.now() < windowEnd) {
    await sleep(POLL_MS);
    const h = await tryHeights(node.wsUri);
    if (h) observe(h, Date.now());
  }
  const bestAtEnd = lastBest;
  const finalizedAdvance = lastFinal - start.finalized;
  // Let the blocks imported in the window be finalized too, or the slowest would be left out.
  const graceEnd = Date.now() + 60 * 1000;
  while (lastFinal < bestAtEnd && Date.now() < graceEnd) {
    await sleep(POLL_MS);
    const h = await tryHeights(node.wsUri);
    if (h) observe(h, Date.now());
  }

  const delays = [];
  for (let n = start.best + 1; n <= bestAtEnd; n++) {
    if (!firstFinal.has(n)) {
      throw new Error(`${label}: block #${n} was imported in the window but not finalized 60 s later`);
    }
    delays.push((firstFinal.get(n) - firstBest.get(n)) / 1000);
  }
  if (finalizedAdvance < minBlocks || delays.length === 0) {
    throw new Error(
      `${label}: only ${finalizedAdvance} blocks finalized in ${windowS} s (expected at least ${minBlocks})`,
    );
  }
  delays.sort((a, b) => a - b);
  const mean = delays.reduce((a, b) => a + b, 0) / delays.length;
  record({
    test: "finality",
    validators: label,
    node: node.name,
    window_s: windowS,
    blocks_authored: bestAtEnd - start.best,
    blocks_finalized: finalizedAdvance,
    import_to_finality_mean_s: round(mean),
    import_to_finality_median_s: round(delays[Math.floor(delays.length / 2)]),
    import_to_finality_max_s: round(delays[delays.length - 1]),
    finalized_lag_mean_blocks: round(lags.reduce((a, b) => a + b, 0) / lags.length),
  });
  return mean;
}

async function stall(node, settleS, windowS) {
  await sleep(settleS * 1000);
  const before = await heights(node.wsUri);
  await sleep(windowS * 1000);
  const after = await heights(node.wsUri);
  const authored = after.best - before.best;
  record({
    test: "finality stall",
    validators: "2/4",
    node: node.name,
    window_s: windowS,
    blocks_authored: authored,
    finalized_before: before.finalized,
    finalized_after: after.finalized,
  });
  if (after.finalized !== before.finalized) {
    throw new Error(
      `finality advanced from #${before.finalized} to #${after.finalized} with only 2 of 4 validators`,
    );
  }
  if (authored < 2) throw new Error(`only ${authored} blocks authored in ${windowS} s with 2 of 4 validators`);
  return authored;
}

async function recovery(node, label, timeoutS) {
  const start = Date.now();
  const at = await heights(node.wsUri);
  const caughtUp = await waitFor(
    `the finalized head to reach #${at.best}`,
    async () => {
      const h = await tryHeights(node.wsUri);
      return h && h.finalized >= at.best ? h : undefined;
    },
    timeoutS * 1000,
  );
  const seconds = (Date.now() - start) / 1000;
  record({
    test: "finality recovery",
    validators: label,
    node: node.name,
    stalled_at: at.finalized,
    best_when_resumed: at.best,
    finalized_now: caughtUp.finalized,
    best_now: caughtUp.best,
    recovery_s: round(seconds),
  });
  return seconds;
}

async function run(nodeName, networkInfo, args) {
  const node = networkInfo.nodesByName[nodeName];
  const [mode, ...rest] = args;
  switch (mode) {
    case "measure":
      return measure(node, rest[0], Number(rest[1]), Number(rest[2]));
    case "stall":
      return stall(node, Number(rest[0]), Number(rest[1]));
    case "recovery":
      return recovery(node, rest[0], Number(rest[1]));
    default:
      throw new Error(`finality.js: unknown mode ${mode}`);
  }
}

module.exports = { run };

// What zombienet makes of a network file's genesis, without a node: runs zombienet's own
// network-spec generation and chain-spec customisation (@zombienet/orchestrator) on a stand-in
// of `trace-node export-chain-spec --chain local` (the `local_testnet` preset's patch: four
// validators and members alice … dave, all dev accounts funded) and checks that the genesis
// `session.keys` are owned by exactly the members of `Validators`, with the nodes' //Name keys,
// and that nodes with `validator = false` (eve) are in no set.
//
//   cd zombienet && npm ci && node dry-run/chain-spec.js network-5.toml
//
// One network file per process: zombienet numbers node names it has seen before.

const fs = require("fs");
const os = require("os");
const path = require("path");
const { Keyring } = require("@polkadot/keyring");
const { cryptoWaitReady } = require("@polkadot/util-crypto");
const { generateNetworkSpec } = require("@zombienet/orchestrator/dist/configGenerator");
const { customizePlainRelayChain, readAndParseChainSpec } = require("@zombienet/orchestrator/dist/chainSpec");
const { readNetworkConfig } = require("@zombienet/utils");

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("usage: node dry-run/chain-spec.js NETWORK.toml");
  await cryptoWaitReady();
  const sr = new Keyring({ type: "sr25519" });
  const ed = new Keyring({ type: "ed25519" });
  const account = (n) => sr.addFromUri(`//${n}`).address;
  const genesisValidators = ["Alice", "Bob", "Charlie", "Dave"];
  // runtime/src/genesis_config_presets.rs, `local_config_genesis`.
  const patch = {
    balances: { balances: ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"].map((n) => [account(n), 10n ** 18n]) },
    validators: { members: genesisValidators.map(account) },
    session: {
      keys: genesisValidators.map((n) => [account(n), account(n), { aura: account(n), grandpa: ed.addFromUri(`//${n}`).address }]),
    },
    consortiumMembership: { members: genesisValidators.map(account) },
    sudo: { key: null },
    traceability: { participants: [] },
  };
  const spec = { name: "Local Testnet", id: "local_testnet", chainType: "Local", bootNodes: [], properties: {}, genesis: { runtimeGenesis: { code: "0x00", patch } } };
  const specPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "trace-chain-spec-")), "local.json");
  fs.writeFileSync(specPath, JSON.stringify(spec, (_, v) => (typeof v === "bigint" ? v.toString() : v)));

  process.env.TRACE_NODE = process.env.TRACE_NODE || "/bin/true";
  const config = readNetworkConfig(path.resolve(file));
  config.settings.provider = "native";
  const networkSpec = await generateNetworkSpec(config);
  const log = console.log;
  console.log = () => undefined; // zombienet's tables
  await customizePlainRelayChain(specPath, networkSpec);
  console.log = log;

  const out = readAndParseChainSpec(specPath).genesis.runtimeGenesis.patch;
  const nameOf = Object.fromEntries(
    ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"].flatMap((n) => [
      [account(n), `//${n}`],
      [sr.addFromUri(`//${n}//stash`).address, `//${n}//stash`],
      [ed.addFromUri(`//${n}`).address, `//${n} (ed25519)`],
    ]),
  );
  const name = (a) => nameOf[a] || a;
  for (const node of networkSpec.relaychain.nodes) {
    console.log(`node ${node.name}: ${node.validator ? "validator" : "no validator"}; args ${node.args.join(" ")}`);
  }
  console.log("genesis session.keys:");
  for (const [owner, id, keys] of out.session.keys) {
    console.log(`  ${name(owner)} (validator id ${name(id)}): aura ${name(keys.aura)}, grandpa ${name(keys.grandpa)}`);
  }
  console.log(`Validators members: ${out.validators.members.map(name).join(", ")}`);

  const owners = out.session.keys.map(([owner]) => owner).sort();
  const members = [...out.validators.members].sort();
  const problems = [];
  if (JSON.stringify(owners) !== JSON.stringify(members)) {
    problems.push("the session keys' owners are not the members of Validators (use_stash_for_validators = false?)");
  }
  for (const node of networkSpec.relaychain.nodes.filter((n) => !n.validator)) {
    if (out.session.keys.some(([, , keys]) => keys.aura === node.accounts.sr_account.address)) {
      problems.push(`${node.name} is no validator but has genesis keys`);
    }
  }
  console.log(problems.length ? `PROBLEMS:\n  ${problems.join("\n  ")}` : "ok: the genesis validators are the members of Validators");
  process.exit(problems.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

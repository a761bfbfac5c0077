// A mock trace-chain node for the dry run (run.js): the JSON-RPC a polkadot.js provider and
// lib.js's fetch need, over a small simulation of the runtime's rules as the helpers exercise
// them — pallet-collective's propose / vote / close / execute, the supermajority origin (more
// than two thirds of the seats), pallet-whitelist, utility.batch_all, pallet-membership for
// `Validators`, pallet-session's one-session-ahead planning every 100 blocks, Aura's slot
// authors, the traceability pallet's admit_participant — and a GRANDPA prevote counter per
// node. It stands in for the chain only as far as the helpers can tell; it is no test of the
// runtime (runtime/src/tests/governance.rs is).
//
// What it checks of the helpers for real: every extrinsic is decoded from its bytes, its layout
// (v4, MultiAddress::Id, sr25519, then the explicit part of `TxExtension` in the runtime's
// order: era, nonce, tip, metadata-hash mode) and its signature over a payload built here from
// the Rust definition, independently of polkadot.js's encoder; nonces; call and proposal hashes
// (BlakeTwo256 of the call's encoding); length and weight bounds of `close`; event and error
// encodings from the runtime's metadata.
const { TypeRegistry, Metadata, expandMetadata } = require("@polkadot/types");
const { u8aToHex, hexToU8a, u8aConcat, compactToU8a, compactStripLength, u8aEq, bnToU8a } = require("@polkadot/util");
const { blake2AsU8a, blake2AsHex, signatureVerify, xxhashAsU8a, cryptoWaitReady } = require("@polkadot/util-crypto");
const { Keyring } = require("@polkadot/keyring");
const { load } = require("./metadata");

const SPEC = { specName: "trace-chain", implName: "trace-chain-node", authoringVersion: 1, specVersion: 102, implVersion: 1, transactionVersion: 1, stateVersion: 1, systemVersion: 1 };
const SLOT_MS = 6000;
const SESSION = 100;

class MockNode {
  /**
   * `rule`: which collective origins the powers accept: "supermajority" (the runtime's), or, to
   * see the helpers fail on a broken runtime, "half" (two of four suffice) or "member" (one
   * member's `Member` origin suffices).
   */
  constructor({ rule = "supermajority", verbose = false } = {}) {
    this.rule = rule;
    this.verbose = verbose;
  }

  async init() {
    await cryptoWaitReady();
    const { hex, v16 } = load();
    this.metadataHex = hex;
    // The runtime APIs and their versions, as `state_getRuntimeVersion` lists them.
    this.apis = v16.apis.map((a) => [blake2AsHex(a.name.toString(), 64), a.version.toNumber()]);
    this.registry = new TypeRegistry();
    this.metadata = new Metadata(this.registry, hex);
    this.registry.setMetadata(this.metadata, undefined, { AuthorizeCall: { extrinsic: {}, payload: {} }, WeightReclaim: { extrinsic: {}, payload: {} } }, true);
    this.decorated = expandMetadata(this.registry, this.metadata);
    const sr = new Keyring({ type: "sr25519", ss58Format: 42 });
    const ed = new Keyring({ type: "ed25519", ss58Format: 42 });
    this.sr = sr;
    this.named = {};
    for (const n of ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"]) {
      this.named[n.toLowerCase()] = { pair: sr.addFromUri(`//${n}`), aura: u8aToHex(sr.addFromUri(`//${n}`).publicKey), grandpa: u8aToHex(ed.addFromUri(`//${n}`).publicKey) };
    }
    const id = (n) => this.named[n].pair.address;
    this.nonces = {};
    this.members = ["alice", "bob", "charlie", "dave"].map(id).sort();
    this.validators = ["alice", "bob", "charlie", "dave"].map(id).sort();
    this.nextKeys = {};
    for (const n of ["alice", "bob", "charlie", "dave"]) this.nextKeys[id(n)] = { aura: this.named[n].aura, grandpa: this.named[n].grandpa };
    this.sessionValidators = [...this.validators];
    this.queued = [...this.validators];
    this.aura = this.sessionValidators.map((v) => this.nextKeys[v].aura);
    this.grandpa = this.sessionValidators.map((v) => this.nextKeys[v].grandpa);
    this.currentIndex = 0;
    this.proposals = new Map();
    this.proposalCount = 0;
    this.participants = new Set(["alice", "bob", "charlie", "dave", "eve"].map(id));
    this.raw = new Map();
    this.authorizedUpgrade = null;
    this.whitelisted = new Set();
    this.prevotes = {};
    this.slot = 290000000;
    const genesis = { number: 0, parentHash: u8aToHex(new Uint8Array(32)), slot: this.slot, extrinsics: [], events: [], state: this.snapshot() };
    genesis.hash = this.registry.createType("Header", { ...this.header(genesis), digest: { logs: [] } }).hash.toHex();
    this.genesisHash = genesis.hash;
    this.blocks = [genesis];
    this.watchers = new Map();
    this.storageSubs = new Map();
    this.subId = 1;
    this.pending = [];
    this.log = [];
    return this;
  }

  snapshot() {
    return JSON.parse(JSON.stringify({ aura: this.aura, grandpa: this.grandpa, sessionValidators: this.sessionValidators, currentIndex: this.currentIndex, queued: this.queued, events: [] }));
  }

  get head() {
    return this.blocks[this.blocks.length - 1];
  }

  // ---- the runtime, simulated ----

  supermajority(origin) {
    if (origin.kind === "root") return true;
    if (this.rule === "member" && origin.kind === "member") return true;
    if (origin.kind !== "members") return false;
    return this.rule === "half" ? origin.ayes * 2 >= origin.seats : origin.ayes * 3 > origin.seats * 2;
  }

  dispatch(call, origin, events) {
    const { section, method } = call;
    const a = call.args;
    const bad = { err: "BadOrigin" };
    const key = `${section}.${method}`;
    switch (key) {
      case "traceability.admitParticipant":
        if (!this.supermajority(origin)) return bad;
        this.participants.add(a[0].toString());
        events.push(["traceability", "ParticipantAdmitted", { who: a[0].toString(), roles: a[1].toNumber() }]);
        return { ok: true };
      case "system.setStorage":
        if (origin.kind !== "root") return bad;
        for (const [k, v] of a[0]) this.raw.set(k.toHex(), v.toHex());
        return { ok: true };
      case "system.setCode":
        if (origin.kind !== "root") return bad;
        return { err: "system.FailedToExtractRuntimeVersion" };
      case "system.authorizeUpgrade":
        if (origin.kind !== "root") return bad;
        this.authorizedUpgrade = { codeHash: a[0].toHex(), checkVersion: true };
        events.push(["system", "UpgradeAuthorized", { codeHash: a[0].toHex(), checkVersion: true }]);
        return { ok: true };
      case "utility.batchAll": {
        const inner = [];
        for (const c of a[0]) {
          const r = this.dispatch(this.registry.createType("Call", c.toU8a()), origin, inner);
          if (r.err) return r;
          inner.push(["utility", "ItemCompleted", {}]);
        }
        events.push(...inner, ["utility", "BatchCompleted", {}]);
        return { ok: true };
      }
      case "whitelist.whitelistCall":
        if (!this.supermajority(origin) || origin.kind === "root") return bad;
        this.whitelisted.add(a[0].toHex());
        events.push(["whitelist", "CallWhitelisted", { callHash: a[0].toHex() }]);
        return { ok: true };
      case "whitelist.dispatchWhitelistedCallWithPreimage": {
        if (!this.supermajority(origin) || origin.kind === "root") return bad;
        const inner = this.registry.createType("Call", a[0].toU8a());
        const hash = u8aToHex(blake2AsU8a(inner.toU8a()));
        if (!this.whitelisted.has(hash)) return { err: "whitelist.CallIsNotWhitelisted" };
        this.whitelisted.delete(hash);
        const innerEvents = [];
        const r = this.dispatch(inner, { kind: "root" }, innerEvents);
        events.push(...(r.ok ? innerEvents : []), ["whitelist", "WhitelistedCallDispatched", { callHash: hash, result: r.ok ? { Ok: { actualWeight: null, paysFee: "Yes" } } : { Err: { postInfo: { actualWeight: null, paysFee: "Yes" }, error: this.errorValue(r.err) } } }]);
        return { ok: true };
      }
      case "validators.addMember": {
        if (!this.supermajority(origin)) return bad;
        const who = a[0].value.toString();
        if (this.validators.includes(who)) return { err: "validators.AlreadyMember" };
        this.validators = [...this.validators, who].sort();
        events.push(["validators", "MemberAdded", {}]);
        return { ok: true };
      }
      case "validators.removeMember": {
        if (!this.supermajority(origin)) return bad;
        const who = a[0].value.toString();
        if (!this.validators.includes(who)) return { err: "validators.NotMember" };
        this.validators = this.validators.filter((v) => v !== who);
        events.push(["validators", "MemberRemoved", {}]);
        return { ok: true };
      }
      case "session.setKeys": {
        if (origin.kind !== "signed") return bad;
        const keys = call.args[0];
        if (call.args[1].length !== 128) return { err: "session.InvalidProof" };
        this.nextKeys[origin.who] = { aura: keys.aura.toHex(), grandpa: keys.grandpa.toHex() };
        return { ok: true };
      }
      case "consortium.propose": {
        if (origin.kind !== "signed") return bad;
        if (!this.members.includes(origin.who)) return { err: "consortium.NotMember" };
        const [threshold, proposal, lengthBound] = a;
        const len = proposal.encodedLength;
        if (len > lengthBound.toNumber()) return { err: "consortium.WrongProposalLength" };
        const hash = u8aToHex(blake2AsU8a(proposal.toU8a()));
        if (this.proposals.has(hash)) return { err: "consortium.DuplicateProposal" };
        if (threshold.toNumber() < 2) {
          const inner = [];
          const r = this.dispatch(proposal, { kind: "members", ayes: 1, seats: this.members.length }, inner);
          events.push(...(r.ok ? inner : []), ["consortium", "Executed", { proposalHash: hash, result: r.ok ? { Ok: null } : { Err: this.errorValue(r.err) } }]);
          return { ok: true };
        }
        const index = this.proposalCount++;
        this.proposals.set(hash, { index, threshold: threshold.toNumber(), ayes: [], nays: [], proposal });
        events.push(["consortium", "Proposed", { account: origin.who, proposalIndex: index, proposalHash: hash, threshold: threshold.toNumber() }]);
        return { ok: true };
      }
      case "consortium.vote": {
        if (!this.members.includes(origin.who)) return { err: "consortium.NotMember" };
        const p = this.proposals.get(a[0].toHex());
        if (!p) return { err: "consortium.ProposalMissing" };
        if (p.index !== a[1].toNumber()) return { err: "consortium.WrongIndex" };
        if (p.ayes.includes(origin.who)) return { err: "consortium.DuplicateVote" };
        p.ayes.push(origin.who);
        events.push(["consortium", "Voted", { account: origin.who, proposalHash: a[0].toHex(), voted: true, yes: p.ayes.length, no: 0 }]);
        return { ok: true };
      }
      case "consortium.close": {
        const hash = a[0].toHex();
        const p = this.proposals.get(hash);
        if (!p) return { err: "consortium.ProposalMissing" };
        if (p.index !== a[1].toNumber()) return { err: "consortium.WrongIndex" };
        const seats = this.members.length;
        if (p.ayes.length >= p.threshold) {
          const weight = this.callWeight(p.proposal);
          const bound = a[2];
          if (bound.refTime.toBigInt() < weight.refTime || bound.proofSize.toBigInt() < weight.proofSize) return { err: "consortium.WrongProposalWeight" };
          if (a[3].toNumber() < p.proposal.encodedLength) return { err: "consortium.WrongProposalLength" };
          events.push(["consortium", "Closed", { proposalHash: hash, yes: p.ayes.length, no: 0 }]);
          events.push(["consortium", "Approved", { proposalHash: hash }]);
          const inner = [];
          const r = this.dispatch(p.proposal, { kind: "members", ayes: p.ayes.length, seats }, inner);
          events.push(...(r.ok ? inner : []), ["consortium", "Executed", { proposalHash: hash, result: r.ok ? { Ok: null } : { Err: this.errorValue(r.err) } }]);
          this.proposals.delete(hash);
          return { ok: true };
        }
        return { err: "consortium.TooEarly" };
      }
      case "consortium.execute": {
        if (!this.members.includes(origin.who)) return { err: "consortium.NotMember" };
        const proposal = a[0];
        const hash = u8aToHex(blake2AsU8a(proposal.toU8a()));
        const inner = [];
        const r = this.dispatch(proposal, { kind: "member", who: origin.who }, inner);
        events.push(...(r.ok ? inner : []), ["consortium", "MemberExecuted", { proposalHash: hash, result: r.ok ? { Ok: null } : { Err: this.errorValue(r.err) } }]);
        return { ok: true };
      }
      default:
        throw new Error(`mock: no simulation of ${key}`);
    }
  }

  callWeight(call) {
    const n = call.encodedLength;
    return { refTime: 50_000_000n + BigInt(n) * 1000n, proofSize: 4000n + BigInt(n) };
  }

  errorValue(name) {
    if (!name.includes(".")) return name; // BadOrigin, …
    const [section, error] = name.split(".");
    const pallet = this.metadata.asLatest.pallets.find((p) => p.name.toString().toLowerCase() === section.toLowerCase());
    const errorType = this.registry.lookup.getSiType(pallet.errors.unwrap().type);
    const variant = errorType.def.asVariant.variants.find((v) => v.name.toString() === error);
    if (!variant) throw new Error(`mock: no error ${name}`);
    const bytes = new Uint8Array(4);
    bytes[0] = variant.index.toNumber();
    return { Module: { index: pallet.index.toNumber(), error: u8aToHex(bytes) } };
  }

  /** Decodes a signed extrinsic from its bytes, checks its layout and signature; returns its parts. */
  checkExtrinsic(hex) {
    const bytes = hexToU8a(hex);
    const ext = this.registry.createType("Extrinsic", bytes);
    // compact length, version 0x84, MultiAddress::Id, MultiSignature::Sr25519, era, nonce, tip, mode, call
    const lengthMode = bytes[0] & 3;
    let o = lengthMode === 0 ? 1 : lengthMode === 1 ? 2 : 4;
    if (bytes[o] !== 0x84) throw new Error(`extrinsic version byte ${bytes[o]}`);
    o++;
    if (bytes[o] !== 0x00) throw new Error("address is not MultiAddress::Id");
    const signer = bytes.subarray(o + 1, o + 33);
    o += 33;
    if (bytes[o] !== 0x01) throw new Error("signature is not MultiSignature::Sr25519");
    const signature = bytes.subarray(o + 1, o + 65);
    o += 65;
    const extraStart = o;
    // CheckMortality: Era (immortal 0x00 or 2 bytes)
    const mortal = bytes[o] !== 0x00;
    o += mortal ? 2 : 1;
    const readCompact = () => { const m = bytes[o] & 3; const size = m === 0 ? 1 : m === 1 ? 2 : m === 2 ? 4 : 1 + (bytes[o] >> 2) + 4; let v = 0n; for (let i = size - 1; i >= 0; i--) v = v * 256n + BigInt(bytes[o + i]); o += size; return m === 3 ? (v >> 8n) : v >> 2n; };
    const nonce = readCompact();
    const tip = readCompact();
    const mode = bytes[o];
    o++;
    if (mode !== 0) throw new Error(`CheckMetadataHash mode ${mode}`);
    const extra = bytes.subarray(extraStart, o);
    const call = bytes.subarray(o);
    if (!u8aEq(call, ext.method.toU8a())) throw new Error("the call after the extensions is not the extrinsic's call");
    const eraBlock = mortal ? ext.era.asMortalEra.birth(this.head.number) : 0;
    const eraHash = mortal ? this.blocks[eraBlock].hash : this.genesisHash;
    // implicit: CheckSpecVersion u32, CheckTxVersion u32, CheckGenesis hash, CheckMortality hash, CheckMetadataHash Option<[u8;32]> = None
    const implicit = u8aConcat(bnToU8a(SPEC.specVersion, { bitLength: 32 }), bnToU8a(SPEC.transactionVersion, { bitLength: 32 }), hexToU8a(this.genesisHash), hexToU8a(eraHash), new Uint8Array([0]));
    let payload = u8aConcat(call, extra, implicit);
    if (payload.length > 256) payload = blake2AsU8a(payload);
    if (!signatureVerify(payload, signature, signer).isValid) {
      throw new Error("the signature does not verify over the payload built from the runtime's TxExtension");
    }
    const who = this.sr.encodeAddress(signer, 42);
    const expected = this.nonces[who] || 0;
    if (Number(nonce) !== expected) throw new Error(`nonce ${nonce}, expected ${expected} (${who})`);
    return { ext, who, nonce: Number(nonce), tip };
  }

  // ---- blocks ----

  authorAt(slot) {
    return this.aura[slot % this.aura.length];
  }

  produce(items) {
    const parent = this.head;
    const number = parent.number + 1;
    this.slot += 1;
    const slot = this.slot;
    const author = this.authorAt(slot);
    const events = [];
    const extrinsics = [];
    items.forEach(({ hex, ext, who }, index) => {
      extrinsics.push(hex);
      this.nonces[who] = (this.nonces[who] || 0) + 1;
      const evs = [];
      const r = this.dispatch(this.registry.createType("Call", ext.method.toU8a()), { kind: "signed", who }, evs);
      const info = { weight: { refTime: 1, proofSize: 1 }, class: "Normal", paysFee: "Yes" };
      for (const e of r.ok ? evs : []) events.push({ index, e });
      events.push({ index, e: r.ok ? ["system", "ExtrinsicSuccess", { dispatchInfo: info }] : ["system", "ExtrinsicFailed", { dispatchError: this.errorValue(r.err), dispatchInfo: info }] });
      this.log.push(`#${number} ${who.slice(0, 6)} ${ext.method.section}.${ext.method.method} → ${r.ok ? "ok" : r.err} ${evs.map((e) => e[0] + "." + e[1]).join(",")}`);
    });
    // session rotation at multiples of SESSION
    if (number % SESSION === 0) {
      this.currentIndex += 1;
      const changed = JSON.stringify(this.queued) !== JSON.stringify(this.sessionValidators);
      this.sessionValidators = this.queued;
      if (changed) {
        this.aura = this.sessionValidators.map((v) => this.nextKeys[v].aura);
        this.grandpa = this.sessionValidators.map((v) => this.nextKeys[v].grandpa);
      }
      const next = this.validators.filter((v) => this.nextKeys[v]);
      this.queued = next.length ? next : this.sessionValidators;
    }
    // Each node whose account's GRANDPA key is in the set prevotes once a block.
    for (const [name, { pair }] of Object.entries(this.named)) {
      const keys = this.nextKeys[pair.address];
      if (keys && this.grandpa.includes(keys.grandpa)) this.prevotes[name] = (this.prevotes[name] || 0) + 1;
    }
    const block = { number, parentHash: parent.hash, slot, author, extrinsics, events, state: this.snapshot() };
    block.hash = this.registry.createType("Header", this.header(block)).hash.toHex();
    this.blocks.push(block);
    return block;
  }

  tick(n = 1) {
    for (let i = 0; i < n; i++) {
      const items = this.pending.splice(0);
      const block = this.produce(items);
      for (const it of items) this.notify(it.subId, "ready");
      for (const it of items) this.notify(it.subId, { inBlock: block.hash });
      for (const it of items) this.notify(it.subId, { finalized: block.hash });
      for (const [id, keys] of this.storageSubs) this.sendStorage(id, keys);
    }
  }

  notify(subId, status) {
    const w = this.watchers.get(subId);
    if (w) setTimeout(() => w(null, status), 0);
  }

  // ---- storage ----

  storageValue(keyHex, block) {
    const q = this.decorated.query;
    const key = (entry, ...args) => u8aToHex(compactStripLength(entry(...args))[1]);
    const enc = (type, value) => u8aToHex(this.registry.createType(type, value).toU8a());
    const st = block ? block.state : this.snapshot();
    if (keyHex === key(q.system.events)) {
      const records = (block ? block.events : []).map(({ index, e }) =>
        u8aConcat(this.registry.createType("FrameSystemPhase", { ApplyExtrinsic: index }).toU8a(), this.eventBytes(e), new Uint8Array([0])),
      );
      return u8aToHex(u8aConcat(compactToU8a(records.length), ...records));
    }
    if (keyHex === key(q.consortium.members)) return enc("Vec<AccountId32>", this.members);
    if (keyHex === key(q.validators.members)) return enc("Vec<AccountId32>", this.validators);
    if (keyHex === key(q.session.validators)) return enc("Vec<AccountId32>", st.sessionValidators);
    if (keyHex === key(q.session.currentIndex)) return enc("u32", st.currentIndex);
    if (keyHex === key(q.session.queuedKeys)) return enc("Vec<(AccountId32, TraceRuntimeSessionKeys)>", st.queued.map((v) => [v, this.nextKeys[v]]));
    if (keyHex === key(q.system.authorizedUpgrade)) return this.authorizedUpgrade ? enc("FrameSystemCodeUpgradeAuthorization", this.authorizedUpgrade) : null;
    for (const who of Object.values(this.named).map((n) => n.pair.address)) {
      if (keyHex === key(q.traceability.participants, who)) return this.participants.has(who) ? enc("PalletTraceabilityParticipant", { roles: 2, name: "x", companyPrefixes: [], suspended: false, admittedAt: 1 }) : null;
      if (keyHex === key(q.session.nextKeys, who)) return this.nextKeys[who] ? enc("TraceRuntimeSessionKeys", this.nextKeys[who]) : null;
      if (keyHex === key(q.system.account, who)) return enc("FrameSystemAccountInfo", { nonce: this.nonces[who] || 0, data: { free: 10n ** 18n } });
    }
    if (this.raw.has(keyHex)) return this.raw.get(keyHex);
    const pallets = this.metadata.asLatest.pallets.map((p) => u8aToHex(xxhashAsU8a(p.name.toString(), 128)));
    if (pallets.some((prefix) => keyHex.startsWith(prefix))) throw new Error(`mock: unknown storage key ${keyHex}`);
    return null;
    void id;
  }

  eventBytes([section, method, data]) {
    const pallet = this.metadata.asLatest.pallets.find((p) => p.name.toString().toLowerCase() === section.toLowerCase());
    const type = this.registry.lookup.getSiType(pallet.events.unwrap().type);
    const variant = type.def.asVariant.variants.find((v) => v.name.toString() === method);
    if (!variant) throw new Error(`mock: no event ${section}.${method}`);
    const fields = variant.fields.map((f) => {
      const name = f.name.unwrap().toString().replace(/_([a-z])/g, (_, c) => c.toUpperCase());
      if (!(name in data)) throw new Error(`mock: event ${section}.${method} lacks ${name}`);
      return this.registry.createType(this.registry.createLookupType(f.type), data[name]).toU8a();
    });
    return u8aConcat(new Uint8Array([pallet.index.toNumber(), variant.index.toNumber()]), ...fields);
  }

  sendStorage(id, keys) {
    const w = this.watchers.get(id);
    if (!w) return;
    const changes = keys.map((k) => [k, this.storageValue(k)]);
    setTimeout(() => w(null, { block: this.head.hash, changes }), 0);
  }

  header(block) {
    const slotLe = bnToU8a(block.slot, { bitLength: 64, isLe: true });
    const log = u8aToHex(u8aConcat(new Uint8Array([6]), new Uint8Array([0x61, 0x75, 0x72, 0x61]), compactToU8a(8), slotLe));
    return { parentHash: block.parentHash, number: "0x" + block.number.toString(16), stateRoot: u8aToHex(new Uint8Array(32)), extrinsicsRoot: u8aToHex(new Uint8Array(32)), digest: { logs: block.number === 0 ? [] : [log] } };
  }

  blockBy(hash) {
    const b = hash ? this.blocks.find((x) => x.hash === hash) : this.head;
    if (!b) throw new Error(`mock: unknown block ${hash}`);
    return b;
  }

  // ---- JSON-RPC ----

  async send(method, params) {
    if (this.verbose) console.log("rpc", method, JSON.stringify(params).slice(0, 120));
    switch (method) {
      case "rpc_methods":
        return { methods: ["author_submitAndWatchExtrinsic", "author_unwatchExtrinsic", "author_rotateKeysWithOwner", "author_hasSessionKeys", "chain_getBlock", "chain_getBlockHash", "chain_getHeader", "chain_getFinalizedHead", "chain_subscribeNewHeads", "state_call", "state_getStorage", "state_queryStorageAt", "state_subscribeStorage", "state_unsubscribeStorage", "state_getRuntimeVersion", "state_subscribeRuntimeVersion", "state_unsubscribeRuntimeVersion", "state_getMetadata", "system_accountNextIndex", "system_chain", "system_properties", "system_health"] };
      case "chain_getBlockHash": {
        const n = params[0] === undefined ? this.head.number : Number(params[0]);
        return this.blocks[n] ? this.blocks[n].hash : null;
      }
      case "chain_getFinalizedHead":
        return this.head.hash;
      case "chain_getHeader":
        return this.header(this.blockBy(params[0]));
      case "chain_getBlock": {
        const b = this.blockBy(params[0]);
        return { block: { header: this.header(b), extrinsics: b.extrinsics }, justifications: null };
      }
      case "state_getRuntimeVersion":
        return { ...SPEC, apis: this.apis };
      case "system_chain":
        return "Local Testnet";
      case "system_properties":
        return { ss58Format: 42, tokenDecimals: 12, tokenSymbol: "TRACE" };
      case "state_getMetadata":
        return this.metadataHex;
      case "system_accountNextIndex": {
        const pendingOf = this.pending.filter((p) => p.who === params[0]).length;
        return (this.nonces[params[0]] || 0) + pendingOf;
      }
      case "state_getStorage":
        return this.storageValue(params[0], params[1] ? this.blockBy(params[1]) : undefined);
      case "state_queryStorageAt": {
        const b = params[1] ? this.blockBy(params[1]) : undefined;
        return [{ block: (b || this.head).hash, changes: params[0].map((k) => [k, this.storageValue(k, b)]) }];
      }
      case "state_call":
        return this.stateCall(params[0], params[1], params[2]);
      case "author_rotateKeysWithOwner": {
        const owner = params[0];
        if (hexToU8a(owner).length !== 32) throw new Error("owner is not 32 bytes");
        const sr = new Keyring({ type: "sr25519" }).addFromUri("//EveNode//aura");
        const ed = new Keyring({ type: "ed25519" }).addFromUri("//EveNode//gran");
        const keys = u8aToHex(u8aConcat(sr.publicKey, ed.publicKey));
        return { keys, proof: u8aToHex(u8aConcat(sr.sign(owner), ed.sign(owner))) };
      }
      case "author_hasSessionKeys":
        return true;
      case "system_health":
        return { peers: 4, isSyncing: false, shouldHavePeers: true };
      default:
        throw new Error(`mock: no RPC ${method}`);
    }
  }

  stateCall(name, data, at) {
    const b = this.blockBy(at);
    switch (name) {
      case "TransactionPaymentApi_query_info": {
        const bytes = hexToU8a(data);
        const ext = this.registry.createType("Extrinsic", bytes.subarray(0, bytes.length - 4));
        const w = this.callWeight(ext.method);
        return u8aToHex(this.registry.createType("(SpWeightsWeightV2Weight, FrameSupportDispatchDispatchClass, u128)", [{ refTime: w.refTime + 1000n, proofSize: w.proofSize }, "Normal", 1000]).toU8a());
      }
      case "AuraApi_authorities":
        return this.registry.createType("Vec<[u8;32]>", b.state.aura).toHex();
      case "GrandpaApi_grandpa_authorities":
        return this.registry.createType("Vec<([u8;32], u64)>", b.state.grandpa.map((g) => [g, 1])).toHex();
      case "AccountNonceApi_account_nonce": {
        const who = this.sr.encodeAddress(hexToU8a(data), 42);
        return u8aToHex(this.registry.createType("u32", this.nonces[who] || 0).toU8a());
      }
      case "AuraApi_slot_duration":
        return u8aToHex(this.registry.createType("u64", SLOT_MS).toU8a());
      case "Metadata_metadata_versions":
        return u8aToHex(this.registry.createType("Vec<u32>", [14, 15, 16]).toU8a());
      default:
        throw new Error(`mock: no runtime API ${name}`);
    }
  }

  async subscribe(type, method, params, cb) {
    const id = this.subId++;
    this.watchers.set(id, cb);
    if (method === "author_submitAndWatchExtrinsic") {
      const { ext, who } = this.checkExtrinsic(params[0]);
      this.pending.push({ hex: params[0], ext, who, subId: id });
      setTimeout(() => this.tick(), 0);
    } else if (method === "state_subscribeStorage") {
      this.storageSubs.set(id, params[0]);
      this.sendStorage(id, params[0]);
    } else if (method === "state_subscribeRuntimeVersion") {
      setTimeout(() => cb(null, { ...SPEC, apis: this.apis }), 0);
    } else if (method === "chain_subscribeNewHeads" || method === "chain_subscribeFinalizedHeads") {
      setTimeout(() => cb(null, this.header(this.head)), 0);
    } else {
      throw new Error(`mock: no subscription ${method}`);
    }
    return id;
  }

  async unsubscribe(type, method, id) {
    this.watchers.delete(id);
    this.storageSubs.delete(id);
    return true;
  }

  provider() {
    const chain = this;
    const listeners = {};
    return {
      hasSubscriptions: true,
      isClonable: false,
      isConnected: true,
      stats: { active: { requests: 0, subscriptions: 0 }, total: {} },
      clone() { throw new Error("no clone"); },
      async connect() {},
      async disconnect() {},
      on(type, cb) { (listeners[type] = listeners[type] || []).push(cb); if (type === "connected") setTimeout(() => cb(), 0); return () => undefined; },
      send: (m, p) => chain.send(m, p),
      subscribe: (t, m, p, cb) => chain.subscribe(t, m, p, cb),
      unsubscribe: (t, m, id) => chain.unsubscribe(t, m, id),
    };
  }

  fetch() {
    return async (url, options) => {
      if (String(url).includes("/metrics")) {
        const node = new URL(String(url)).hostname;
        const text = `# HELP substrate_finality_grandpa_prevotes_total Total\n# TYPE substrate_finality_grandpa_prevotes_total counter\nsubstrate_finality_grandpa_prevotes_total ${this.prevotes[node] || 0}\n`;
        return { text: async () => text };
      }
      const body = JSON.parse(options.body);
      try {
        const result = await this.send(body.method, body.params);
        return { json: async () => ({ jsonrpc: "2.0", id: body.id, result }) };
      } catch (e) {
        return { json: async () => ({ jsonrpc: "2.0", id: body.id, error: { message: e.message } }) };
      }
    };
  }
}

module.exports = { MockNode };

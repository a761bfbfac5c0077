// The runtime's metadata as the node serves it to polkadot.js: client/metadata/trace.scale (v16,
// written with the runtime) decoded here with polkadot.js's own codecs and rebuilt as v14, which
// is what `state_getMetadata` returns (polkadot.js 14 reads v14 and v15, not v16; the node's
// `Metadata_metadata_versions` lists 16 as the newest, so polkadot.js falls back to
// `state_getMetadata`). The v16 layout is frame-metadata 23's `v16.rs`; decoding fails unless
// every byte is accounted for.
const fs = require("fs");
const path = require("path");
const { TypeRegistry, Metadata } = require("@polkadot/types");
const { u8aConcat, u8aToHex } = require("@polkadot/util");

const V16 = {
  ItemDeprecationInfoV16: { _enum: { NotDeprecated: "Null", DeprecatedWithoutNote: "Null", Deprecated: { note: "Text", since: "Option<Text>" } } },
  VariantDeprecationInfoV16: { _enum: { __Unused0: "Null", DeprecatedWithoutNote: "Null", Deprecated: { note: "Text", since: "Option<Text>" } } },
  EnumDeprecationInfoV16: "BTreeMap<u8, VariantDeprecationInfoV16>",
  StorageEntryMetadataV16: { name: "Text", modifier: "StorageEntryModifierV14", type: "StorageEntryTypeV14", fallback: "Bytes", docs: "Vec<Text>", deprecationInfo: "ItemDeprecationInfoV16" },
  PalletStorageMetadataV16: { prefix: "Text", items: "Vec<StorageEntryMetadataV16>" },
  PalletCallMetadataV16: { type: "SiLookupTypeId", deprecationInfo: "EnumDeprecationInfoV16" },
  PalletEventMetadataV16: { type: "SiLookupTypeId", deprecationInfo: "EnumDeprecationInfoV16" },
  PalletErrorMetadataV16: { type: "SiLookupTypeId", deprecationInfo: "EnumDeprecationInfoV16" },
  PalletConstantMetadataV16: { name: "Text", type: "SiLookupTypeId", value: "Bytes", docs: "Vec<Text>", deprecationInfo: "ItemDeprecationInfoV16" },
  PalletAssociatedTypeMetadataV16: { name: "Text", type: "SiLookupTypeId", docs: "Vec<Text>" },
  FunctionParamMetadataV16: { name: "Text", type: "SiLookupTypeId" },
  PalletViewFunctionMetadataV16: { id: "[u8;32]", name: "Text", inputs: "Vec<FunctionParamMetadataV16>", output: "SiLookupTypeId", docs: "Vec<Text>", deprecationInfo: "ItemDeprecationInfoV16" },
  PalletMetadataV16: {
    name: "Text", storage: "Option<PalletStorageMetadataV16>", calls: "Option<PalletCallMetadataV16>", events: "Option<PalletEventMetadataV16>",
    constants: "Vec<PalletConstantMetadataV16>", errors: "Option<PalletErrorMetadataV16>", associatedTypes: "Vec<PalletAssociatedTypeMetadataV16>",
    viewFunctions: "Vec<PalletViewFunctionMetadataV16>", index: "u8", docs: "Vec<Text>", deprecationInfo: "ItemDeprecationInfoV16",
  },
  TransactionExtensionMetadataV16: { identifier: "Text", type: "SiLookupTypeId", implicit: "SiLookupTypeId" },
  ExtrinsicMetadataV16: { versions: "Vec<u8>", addressType: "SiLookupTypeId", callType: "SiLookupTypeId", signatureType: "SiLookupTypeId", transactionExtensionsByVersion: "BTreeMap<u8, Vec<Compact<u32>>>", transactionExtensions: "Vec<TransactionExtensionMetadataV16>" },
  RuntimeApiMethodMetadataV16: { name: "Text", inputs: "Vec<FunctionParamMetadataV16>", output: "SiLookupTypeId", docs: "Vec<Text>", deprecationInfo: "ItemDeprecationInfoV16" },
  RuntimeApiMetadataV16: { name: "Text", methods: "Vec<RuntimeApiMethodMetadataV16>", docs: "Vec<Text>", version: "Compact<u32>", deprecationInfo: "ItemDeprecationInfoV16" },
  MetadataV16Decoded: { lookup: "PortableRegistry", pallets: "Vec<PalletMetadataV16>", extrinsic: "ExtrinsicMetadataV16", apis: "Vec<RuntimeApiMetadataV16>", outerEnums: "OuterEnums15", custom: "CustomMetadata15" },
};

function load() {
  const bytes = fs.readFileSync(path.join(__dirname, "../../client/metadata/trace.scale"));
  const registry = new TypeRegistry();
  registry.register(V16);
  const v16 = registry.createType("MetadataV16Decoded", bytes.subarray(5));
  if (v16.encodedLength !== bytes.length - 5) throw new Error(`v16 decoded ${v16.encodedLength} of ${bytes.length - 5} bytes`);
  const lookup = v16.lookup;
  const byPath = (p) => lookup.types.find((t) => t.type.path.map(String).join("::") === p);
  const extrinsicType = byPath("sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic").id.toNumber();
  const v14 = registry.createType("MetadataV14", {
    lookup,
    pallets: v16.pallets.map((p) => ({
      name: p.name,
      storage: p.storage.isSome ? { prefix: p.storage.unwrap().prefix, items: p.storage.unwrap().items.map((i) => ({ name: i.name, modifier: i.modifier, type: i.type, fallback: i.fallback, docs: i.docs })) } : null,
      calls: p.calls.isSome ? { type: p.calls.unwrap().type } : null,
      events: p.events.isSome ? { type: p.events.unwrap().type } : null,
      constants: p.constants.map((c) => ({ name: c.name, type: c.type, value: c.value, docs: c.docs })),
      errors: p.errors.isSome ? { type: p.errors.unwrap().type } : null,
      index: p.index,
    })),
    extrinsic: {
      type: extrinsicType,
      version: 4,
      signedExtensions: v16.extrinsic.transactionExtensions.map((e) => ({ identifier: e.identifier, type: e.type, additionalSigned: e.implicit })),
    },
    type: byPath("trace_runtime::Runtime") ? byPath("trace_runtime::Runtime").id : 0,
  });
  const hex = u8aToHex(u8aConcat(new Uint8Array([0x6d, 0x65, 0x74, 0x61, 14]), v14.toU8a()));
  return { hex, v16, lookup, byPath };
}

module.exports = { load };

// node dry-run/metadata.js: what the metadata holds.
if (require.main === module) {
  const { hex, v16 } = load();
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, hex);
  registry.setMetadata(metadata);
  console.log("v14 bytes", hex.length / 2 - 1, "pallets", v16.pallets.map((p) => `${p.name}(${p.index})`).join(" "));
  console.log("extensions", v16.extrinsic.transactionExtensions.map((e) => e.identifier.toString()).join(", "), "versions", v16.extrinsic.versions.toJSON(), JSON.stringify(v16.extrinsic.transactionExtensionsByVersion.toJSON()));
  console.log("apis", v16.apis.map((a) => `${a.name}@${a.version}`).join(" "));
}

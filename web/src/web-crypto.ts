// What libhalo (loaded when a chip is tapped, chip.ts) imports as node's `crypto`: in the
// browser, Web Crypto (`getRandomValues`), which is all it uses of it for HaLo's commands over
// Web NFC. vite.config.ts points `crypto` here.
export default globalThis.crypto;

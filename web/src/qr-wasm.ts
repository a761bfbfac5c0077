// The QR decoder for browsers without a `BarcodeDetector` that reads QR codes (most desktop
// browsers, Firefox, Safari before 17): zxing-wasm's reader entry (zxing-cpp compiled to
// WebAssembly). This module is imported only when a scan starts (scanner.ts), so the page's first
// load carries none of it; its WebAssembly (~950 kB, ~410 kB gzip) is one of the page's own assets —
// never zxing-wasm's default CDN.

import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import wasmUrl from "zxing-wasm/reader/zxing_reader.wasm?url";
import type { QrDecoder } from "./scanner";

/** The longest side a frame is read at: enough for a label's QR code, quick to decode. */
const MAX_SIDE = 720;

/** zxing-wasm's reader, its WebAssembly loaded and compiled (the first call only). */
export async function zxingDecoder(): Promise<QrDecoder> {
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? wasmUrl : prefix + path) },
    fireImmediately: true,
  });
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) throw new Error("no 2D canvas");
  return {
    async detect(video) {
      const width = video.videoWidth;
      const height = video.videoHeight;
      if (!width || !height) return [];
      const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      const results = await readBarcodes(frame, { formats: ["QRCode"], tryHarder: true, maxNumberOfSymbols: 4 });
      return results.filter((result) => result.isValid).map((result) => result.text);
    },
  };
}

// Reading the next QR code with the camera ("Scan another", scan-card.ts): the camera
// (`getUserMedia`, the back camera where there is one), a QR decoder — the browser's
// `BarcodeDetector` where it reads QR codes, else zxing-wasm's reader (qr-wasm.ts, a chunk of
// its own loaded on the first scan) — and what a scanned text means: a GS1 Digital Link of this
// resolver is a path to open (gs1.ts parses it: the page states no GS1 rule of its own), anything
// else is said to be no trace code, and why.
//
// Tests put a camera and a decoder of their own in `window.__traceScanner`.

import { LinkError, linkPath, parsePath, type LinkPart } from "./gs1";
import { LocalizedError, msg, type Message, type MessageKey } from "./i18n";

/** Reads the QR codes in a video frame: their texts. */
export interface QrDecoder {
  detect(video: HTMLVideoElement): Promise<string[]>;
}

/** What tests put in place of the camera and the decoder (each optional). */
export interface ScannerHooks {
  /** In place of `navigator.mediaDevices.getUserMedia`: a stream, or a `DOMException` as it throws. */
  getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  /** In place of `BarcodeDetector` or zxing-wasm. */
  decoder?: QrDecoder;
}

declare global {
  interface Window {
    /** A camera and a QR decoder injected by the render tests. */
    __traceScanner?: ScannerHooks;
  }
}

const hooks = (): ScannerHooks => (typeof window !== "undefined" && window.__traceScanner) || {};

/** The camera's constraints: the back camera where there is one, a modest resolution. */
export const CAMERA: MediaStreamConstraints = {
  audio: false,
  video: { facingMode: { ideal: "environment" }, width: { ideal: 1280 }, height: { ideal: 720 } },
};

/** What `getUserMedia`'s failures mean to the person scanning (the `DOMException`'s name). */
export function cameraError(error: unknown): Message {
  const name = (error as { name?: unknown })?.name;
  switch (name) {
    case "NotAllowedError":
    case "SecurityError":
    case "PermissionDeniedError":
      return msg("scan.denied");
    case "NotFoundError":
    case "DevicesNotFoundError":
    case "OverconstrainedError":
      return msg("scan.noCamera");
    default:
      return msg("scan.cameraFailed", { error: String((error as Error)?.message ?? error) });
  }
}

/** Opens the camera. Fails with a {@link LocalizedError} that says why it cannot. */
export async function openCamera(): Promise<MediaStream> {
  const injected = hooks().getUserMedia;
  const getUserMedia =
    injected ??
    (typeof navigator !== "undefined" && navigator.mediaDevices?.getUserMedia
      ? navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
      : undefined);
  // No mediaDevices: an old browser, or a page not served over https://.
  if (!getUserMedia) throw new LocalizedError(msg("scan.unsupported"));
  try {
    return await getUserMedia(CAMERA);
  } catch (error) {
    throw new LocalizedError(cameraError(error));
  }
}

/** Stops every track of `stream`: the camera's light goes off. */
export function stopStream(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** The browser's `BarcodeDetector` (not in TypeScript's DOM types yet). */
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): { detect(source: CanvasImageSource): Promise<Array<{ rawValue: string }>> };
  getSupportedFormats?(): Promise<string[]>;
}

/** The browser's `BarcodeDetector` when it reads QR codes, else none. */
async function nativeDecoder(): Promise<QrDecoder | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return undefined;
  try {
    const formats = (await Detector.getSupportedFormats?.()) ?? ["qr_code"];
    if (!formats.includes("qr_code")) return undefined;
    const detector = new Detector({ formats: ["qr_code"] });
    return { detect: async (video) => (await detector.detect(video)).map((code) => code.rawValue) };
  } catch {
    return undefined;
  }
}

/**
 * A QR decoder: the injected one, else the browser's `BarcodeDetector`, else zxing-wasm's reader
 * (loaded now: ~12 kB of script and ~410 kB of WebAssembly, gzip). Fails with a
 * {@link LocalizedError} when none can be had.
 */
export async function qrDecoder(): Promise<QrDecoder> {
  const injected = hooks().decoder;
  if (injected) return injected;
  const native = await nativeDecoder();
  if (native) return native;
  try {
    const { zxingDecoder } = await import("./qr-wasm");
    return await zxingDecoder();
  } catch (error) {
    throw new LocalizedError(msg("scan.decoderFailed", { error: String((error as Error)?.message ?? error) }));
  }
}

/** The words for each part of a link that can be wrong (as the malformed-link card names them). */
const PART_NAMES: Record<LinkPart, MessageKey> = {
  gtin: "malformed.part.gtin",
  serial: "malformed.part.serial",
  lot: "malformed.part.lot",
  path: "malformed.part.path",
};

/** What a scanned QR code is: a trace code's path to open, or why it is none. */
export type Scanned = { path: string } | { error: Message; part?: LinkPart };

/**
 * Reads the text of a QR code: a GS1 Digital Link (`https://<resolver>/01/…/21/…`) at one of
 * `origins` (the page's own, the configured resolver's) is the canonical path of the item
 * (`linkPath`, with its lot), to be opened on this page; any other text is no trace code, with a
 * message that says why — no link, a link to another site, or which part of the link is wrong
 * (gs1.ts's own message).
 */
export function readScanned(text: string, origins: readonly string[]): Scanned {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { error: msg("scan.notALink") };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { error: msg("scan.notALink") };
  if (!origins.includes(url.origin)) return { error: msg("scan.otherSite", { host: url.host }) };
  try {
    return { path: linkPath(parsePath(url.pathname)) };
  } catch (error) {
    if (!(error instanceof LinkError)) throw error;
    return { error: msg("scan.wrongPart", { part: msg(PART_NAMES[error.part]), message: error.text }), part: error.part };
  }
}

/** The origins whose Digital Links this page opens: its own, and the resolver's (config.json). */
export function resolverOrigins(pageOrigin: string, resolver?: string): string[] {
  const origins = [pageOrigin];
  try {
    if (resolver) origins.push(new URL(resolver).origin);
  } catch {
    // A resolver that is no URL: only the page's own origin.
  }
  return [...new Set(origins)];
}

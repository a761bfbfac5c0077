// "Scan another": for shop staff checking a shelf, a button under every view of the page that
// opens the camera and reads the next QR code (scanner.ts). A trace code of this resolver is
// opened on this page (`onPath`, which keeps the light client that is running); any other QR code
// is said to be none, and why, while the camera keeps looking; a camera that is not allowed or
// not there is said so. "Close the camera" (or Escape) stops the stream: every track.
//
// The card is made once and kept across the page's views (main.ts puts it after them), so that a
// change of view or of language does not close the camera; `relabel` says its words again.
// What it says is announced: `#scan-status` is a polite live region from the card's first drawing.

import { h } from "./dom";
import { errorText, msg, say, t, type MessageKey, type Text } from "./i18n";
import { openCamera, qrDecoder, readScanned, stopStream, type QrDecoder } from "./scanner";

export interface ScanDeps {
  /** The origins whose Digital Links are this page's (scanner.ts `resolverOrigins`). */
  origins: () => readonly string[];
  /** Opens the item at `path` (a canonical Digital Link path) on this page. */
  onPath: (path: string) => void;
  /** When the camera opens: the page may start its light client meanwhile. */
  onOpen?: () => void;
  /** The card's id, and the prefix of its parts' ids (default `scan`: `scan-button`, `scan-status`…). */
  id?: string;
  /** Its heading and its button (default: "Next item", "Scan another"). */
  labels?: { heading: MessageKey; button: MessageKey };
}

/** How often a frame is read (ms). */
const FRAME_MS = 150;

export interface ScanCard {
  readonly element: HTMLElement;
  /** Says the card's words again, in the page's language now. */
  relabel(): void;
  /** Closes the camera, if open. */
  close(): void;
}

export function scanCard(deps: ScanDeps): ScanCard {
  const id = deps.id ?? "scan";
  const labels = deps.labels ?? { heading: "scan.heading", button: "scan.button" };
  let stream: MediaStream | undefined;
  let decoder: QrDecoder | undefined;
  /** Bumped on each open and close: a frame read for an older opening is dropped. */
  let session = 0;
  let said: Text | undefined;

  const heading = h("h2", { id: `${id}-heading` });
  const button = h("button", {
    id: `${id}-button`,
    type: "button",
    class: "secondary",
    "aria-controls": `${id}-panel`,
    "aria-expanded": "false",
    onclick: () => {
      open().catch(() => {});
    },
  }) as HTMLButtonElement;
  const video = h("video", { id: `${id}-video`, muted: true, playsinline: true, autoplay: true }) as HTMLVideoElement;
  video.muted = true;
  const closeButton = h("button", { id: `${id}-close`, type: "button", onclick: () => close(true) }) as HTMLButtonElement;
  const panel = h("div", { id: `${id}-panel`, class: "scan-panel", hidden: true }, video, closeButton);
  const status = h("p", { id: `${id}-status`, class: "scan-status", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  const element = h(
    "section",
    { id, class: "card scan", "aria-labelledby": `${id}-heading`, "data-persist": "true" },
    heading,
    button,
    panel,
    status,
  );
  element.addEventListener("keydown", (event) => {
    if ((event as KeyboardEvent).key === "Escape" && stream) {
      event.preventDefault();
      close(true);
    }
  });

  const tell = (text: Text | undefined, how: "" | "error" | "ok" = "") => {
    said = text;
    status.textContent = text ? say(text) : "";
    status.className = `scan-status${how ? ` ${how}` : ""}`;
    // "error": the camera could not be opened; a QR code that is none leaves it "open".
    element.dataset.scanState = stream ? "open" : how === "error" ? "error" : "closed";
  };

  const relabel = () => {
    heading.textContent = t(labels.heading);
    button.textContent = t(labels.button);
    closeButton.textContent = t("scan.close");
    video.setAttribute("aria-label", t("scan.video"));
    status.textContent = said ? say(said) : "";
  };

  function close(announce = false) {
    session++;
    const had = Boolean(stream);
    stopStream(stream);
    stream = undefined;
    video.pause();
    video.srcObject = null;
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
    button.disabled = false;
    element.dataset.scanState = "closed";
    if (announce && had) {
      tell(msg("scan.closed"));
      button.focus();
    }
  }

  async function open() {
    if (stream) return;
    const mine = ++session;
    button.disabled = true;
    button.setAttribute("aria-expanded", "true");
    tell(msg("scan.starting"));
    deps.onOpen?.();
    try {
      const [camera, reader] = await Promise.all([openCamera(), decoder ? Promise.resolve(decoder) : qrDecoder()]);
      decoder = reader;
      if (mine !== session) {
        stopStream(camera);
        return;
      }
      stream = camera;
      video.srcObject = camera;
      panel.hidden = false;
      await video.play().catch(() => {});
      panel.scrollIntoView({ block: "nearest" });
      closeButton.focus({ preventScroll: true });
      tell(msg("scan.looking"));
      element.dataset.scanState = "open";
      void look(mine);
    } catch (error) {
      if (mine !== session) return;
      close();
      tell(errorText(error), "error");
    }
  }

  /** Reads frames until a trace code is found or the camera is closed. */
  async function look(mine: number) {
    let last = "";
    while (mine === session && stream && decoder) {
      let texts: string[] = [];
      try {
        texts = video.readyState >= 2 ? await decoder.detect(video) : [];
      } catch {
        texts = []; // A frame that does not decode is no QR code.
      }
      if (mine !== session) return;
      for (const text of texts) {
        const scanned = readScanned(text, deps.origins());
        if ("path" in scanned) {
          close();
          tell(msg("scan.found", { path: scanned.path }), "ok");
          deps.onPath(scanned.path);
          return;
        }
        // The same wrong QR code in front of the camera is said once, not at every frame.
        if (text !== last) {
          last = text;
          tell(scanned.error, "error");
          if (scanned.part) element.dataset.scanPart = scanned.part;
          else delete element.dataset.scanPart;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, FRAME_MS));
    }
  }

  relabel();
  element.dataset.scanState = "closed";
  // Leaving the page (or putting it in the back/forward cache) stops the camera.
  addEventListener("pagehide", () => close());
  return { element, relabel, close: () => close() };
}

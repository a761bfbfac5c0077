// A location, as the CLI takes one (`--place`, `--gln`, `--lat`/`--lon`, cli/src/args.rs): free
// text, a GS1 Global Location Number (13 digits with its check digit, gs1.ts's rule) and decimal
// degrees, any of them; the chain takes coordinates in micro-degrees and refuses a location that
// says nothing (`InvalidLocation`). And a time, as `--at` / `--purchased-at`: a date and time in
// the merchant's time zone (the browser's), or none.

import { h } from "../dom";
import { checkDigit } from "../gs1";
import { LocalizedError, msg } from "../i18n";
import type { Place } from "./ledger";
import { bind, checkText, field, input } from "./ui";

export interface PlaceFields {
  readonly element: HTMLElement;
  /** The location given, checked; undefined when nothing is given and none is `required`. */
  read(stringLimit: number, required: boolean): Place | undefined;
}

/** Decimal degrees as micro-degrees, within ±`limit` (args.rs `micro_degrees`). */
function microDegrees(text: string, limit: number, what: "latitude" | "longitude"): number {
  const value = Number(text.replace(",", "."));
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    throw new LocalizedError(msg(what === "latitude" ? "office.place.badLatitude" : "office.place.badLongitude", { value: text, limit }));
  }
  return Math.round(value * 1_000_000);
}

/** A GLN: 13 digits whose last is the GS1 check digit of the others. */
function gln(text: string): string {
  if (!/^[0-9]{13}$/.test(text) || checkDigit(text.slice(0, 12)) !== text[12]) {
    throw new LocalizedError(msg("office.place.badGln", { value: text }));
  }
  return text;
}

/** The place, GLN and coordinates fields of a form, their ids starting with `prefix`. */
export function placeFields(prefix: string, legend: "purchase" | "handover"): PlaceFields {
  const place = input(`${prefix}-place`);
  const glnInput = input(`${prefix}-gln`, { inputmode: "numeric" });
  const lat = input(`${prefix}-lat`, { inputmode: "decimal" });
  const lon = input(`${prefix}-lon`, { inputmode: "decimal" });
  const element = h(
    "fieldset",
    { class: "stack" },
    bind(h("legend", {}), msg(legend === "purchase" ? "office.place.purchaseLegend" : "office.place.handoverLegend")),
    field(place, msg("office.place.place"), msg("office.place.placeHint")),
    field(glnInput, msg("office.place.gln")),
    h("div", { class: "row" }, field(lat, msg("office.place.lat")), field(lon, msg("office.place.lon"))),
  );
  return {
    element,
    read(stringLimit, required) {
      const description = checkText(place.value.trim(), msg("office.place.place"), stringLimit);
      const glnText = glnInput.value.trim();
      const [latText, lonText] = [lat.value.trim(), lon.value.trim()];
      if (Boolean(latText) !== Boolean(lonText)) throw new LocalizedError(msg("office.place.bothCoordinates"));
      const coordinates = latText
        ? { latitude: microDegrees(latText, 90, "latitude"), longitude: microDegrees(lonText, 180, "longitude") }
        : undefined;
      if (!description && !glnText && !coordinates) {
        if (required) throw new LocalizedError(msg("office.place.required"));
        return undefined;
      }
      return { description, ...(glnText ? { gln: gln(glnText) } : {}), ...(coordinates ? { coordinates } : {}) };
    },
  };
}

/** A date-and-time field (the browser's time zone); empty is none. */
export function timeField(id: string): { input: HTMLInputElement; read(): number | undefined } {
  const control = h("input", { id, name: id, type: "datetime-local", step: "1" }) as HTMLInputElement;
  return {
    input: control,
    read() {
      if (!control.value) return undefined;
      const ms = new Date(control.value).getTime();
      if (!Number.isFinite(ms)) throw new LocalizedError(msg("office.error.badTime", { value: control.value }));
      return ms;
    },
  };
}

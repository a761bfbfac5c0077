// Issuing trace codes (the pallet's `issue_codes`), as `trace code issue` and `trace code
// issue-bulk` do: one code typed in, or the rows of a CSV file with the CLI's columns (bulk.ts),
// for one of the merchant's products; with the procurement details every code of the issuance
// carries — where and when the goods were bought, and the procurement officer as a salted
// commitment (officer.ts: the salt is shown, to keep) — and a claim key per code if wanted: given
// (its public key), or generated here (a 12-word secret, as the CLI's `generate`).
//
// As the CLI does, the secrets of generated claim keys are written to a file (offered for
// download, the CLI's `--claim-secrets` columns) before anything is signed, and the codes go out
// in calls of at most the runtime's `MaxCodesPerCall` (read from its metadata), consecutive
// nonces, submitted together; the progress counts the codes in finalized blocks, and each call
// that fails says which rows and why.

import { generateMnemonic } from "@polkadot-labs/hdkd-helpers";
import { claimKeyFromSecret } from "../claim";
import { h } from "../dom";
import { linkPath, parseGtin, toHex, validateLot, validateSerial } from "../gs1";
import { errorText, LocalizedError, msg, type Text } from "../i18n";
import { neutralise } from "../view";
import { batches, parseClaimKey, parseIssueCsv, type ClaimKeySpec, type IssueRow } from "./bulk";
import { calls, nextNonce } from "./ledger";
import { officerCommitment } from "./officer";
import type { Office } from "./office";
import { placeFields, timeField } from "./place-fields";
import { bind, download, field, input, relabel, statusLine } from "./ui";
import { refusals } from "./errors";

/** A row's claim key, resolved: the public key that goes on chain, and the secret of a generated one. */
interface ClaimKey {
  public?: Uint8Array;
  secret?: string;
}

/** A fresh claim key, as the CLI's `keys::generate_claim_key`: a 12-word phrase and its sr25519 key. */
function generateClaimKey(): ClaimKey {
  const secret = generateMnemonic(128);
  return { public: claimKeyFromSecret(secret).publicKey, secret };
}

const claimKeyOf = (spec: ClaimKeySpec): ClaimKey =>
  spec.type === "none" ? {} : spec.type === "public" ? { public: spec.key } : generateClaimKey();

/** One CSV field as the CLI's `csv::Writer` writes it: quoted when it holds `,`, `"` or a line end. */
const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The claim secrets file of `rows` (codes/codes.rs `write_secrets`): one line per generated key,
 * `gtin,serial,lot,digital_link,claim_secret,claim_public`, the Digital Link on `resolver`.
 */
export function secretsCsv(rows: ReadonlyArray<{ row: IssueRow; key: ClaimKey }>, resolver: string): string {
  const lines = [["gtin", "serial", "lot", "digital_link", "claim_secret", "claim_public"]];
  const base = resolver.replace(/\/$/, "");
  const encoder = new TextEncoder();
  for (const { row, key } of rows) {
    if (!key.secret) continue;
    const link = { gtin: row.gtin, serial: encoder.encode(row.serial), ...(row.lot ? { lot: encoder.encode(row.lot) } : {}) };
    lines.push([row.gtin, row.serial, row.lot ?? "", `${base}${linkPath(link)}`, key.secret, key.public ? toHex(key.public) : ""]);
  }
  return lines.map((line) => line.map(csvField).join(",")).join("\n") + "\n";
}

export function issueCard(office: Office): HTMLElement {
  const product = h("select", { id: "issue-product", name: "issue-product" }) as HTMLSelectElement;
  const purchase = placeFields("issue", "purchase");
  const when = timeField("issue-when");
  const officer = input("issue-officer", { autocomplete: "name" });

  const modeOne = h("input", { type: "radio", id: "issue-mode-one", name: "issue-mode", value: "one", checked: true }) as HTMLInputElement;
  const modeCsv = h("input", { type: "radio", id: "issue-mode-csv", name: "issue-mode", value: "csv" }) as HTMLInputElement;
  const serial = input("issue-serial");
  const lot = input("issue-lot");
  const claim = h(
    "select",
    { id: "issue-claim", name: "issue-claim" },
    bind(h("option", { value: "generate" }), msg("office.issue.claimGenerate")),
    bind(h("option", { value: "none" }), msg("office.issue.claimNone")),
    bind(h("option", { value: "key" }), msg("office.issue.claimGiven")),
  ) as HTMLSelectElement;
  const claimPublic = input("issue-claim-public");
  const file = h("input", { id: "issue-file", name: "issue-file", type: "file", accept: ".csv,text/csv" }) as HTMLInputElement;
  const generate = h("input", { id: "issue-generate", name: "issue-generate", type: "checkbox" }) as HTMLInputElement;
  const preview = statusLine("issue-preview");

  const one = h(
    "div",
    { id: "issue-one", class: "stack" },
    field(serial, msg("office.issue.serial"), msg("office.issue.serialHint")),
    field(lot, msg("office.issue.lot")),
    field(claim, msg("office.issue.claim"), msg("office.issue.claimHint")),
    field(claimPublic, msg("office.issue.claimPublic")),
  );
  // The public key's field only when a key is to be given.
  const claimPublicField = claimPublic.parentElement!;
  const showClaimPublic = () => (claimPublicField.hidden = claim.value !== "key");
  claim.addEventListener("change", showClaimPublic);
  showClaimPublic();
  const bulk = h(
    "div",
    { id: "issue-csv", class: "stack", hidden: true },
    field(file, msg("office.issue.file"), msg("office.issue.fileHint")),
    h("div", { class: "check" }, generate, bind(h("label", { for: "issue-generate" }), msg("office.issue.generate"))),
    preview.element,
  );
  const showMode = () => {
    one.hidden = !modeOne.checked;
    bulk.hidden = !modeCsv.checked;
  };
  modeOne.addEventListener("change", showMode);
  modeCsv.addEventListener("change", showMode);

  const button = bind(h("button", { type: "submit", id: "issue-submit" }), msg("office.issue.submit")) as HTMLButtonElement;
  const progress = h("progress", { id: "issue-progress", max: "1", value: "0", hidden: true, "aria-labelledby": "issue-status" }) as HTMLProgressElement;
  const status = statusLine("issue-status");
  const results = h("ul", { id: "issue-results", class: "plain-list" });
  const record = h("div", { id: "issue-record" });

  /** The rows the form gives (checked), for the product chosen. */
  async function rows(): Promise<IssueRow[]> {
    const gtin = product.value ? parseGtin(product.value) : undefined;
    if (modeCsv.checked) {
      const chosen = file.files?.[0];
      if (!chosen) throw new LocalizedError(msg("office.issue.noFile"));
      const parsed = parseIssueCsv(new Uint8Array(await chosen.arrayBuffer()), gtin);
      return generate.checked ? parsed.map((row) => (row.claimKey.type === "none" ? { ...row, claimKey: { type: "generate" } } : row)) : parsed;
    }
    if (!gtin) throw new LocalizedError(msg("office.issue.noProduct"));
    const serialText = serial.value.trim();
    validateSerial(new TextEncoder().encode(serialText));
    const lotText = lot.value.trim();
    if (lotText) validateLot(new TextEncoder().encode(lotText));
    const claimKey: ClaimKeySpec =
      claim.value === "generate" ? { type: "generate" } : claim.value === "none" ? { type: "none" } : parseClaimKey(claimPublic.value.trim());
    return [{ row: 1, line: 0, gtin, serial: serialText, ...(lotText ? { lot: lotText } : {}), claimKey }];
  }

  // What the chosen file holds, before anything is signed.
  const describeFile = async () => {
    if (!file.files?.[0]) return preview.set(undefined);
    try {
      const parsed = await rows();
      const { maxCodesPerCall } = office.chain().limits;
      preview.set(msg("office.issue.preview", { codes: parsed.length, calls: batches(parsed, maxCodesPerCall).length, max: maxCodesPerCall }), "ok");
    } catch (error) {
      preview.set(errorText(error), "error");
    }
  };
  file.addEventListener("change", () => void describeFile());
  product.addEventListener("change", () => void describeFile());

  const form = h(
    "form",
    {
      class: "stack",
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        void issue();
      },
    },
    field(product, msg("office.issue.product")),
    purchase.element,
    field(when.input, msg("office.issue.when"), msg("office.issue.whenHint")),
    field(officer, msg("office.issue.officer"), msg("office.issue.officerHint")),
    h(
      "fieldset",
      { class: "stack" },
      bind(h("legend", {}), msg("office.issue.codes")),
      h("div", { class: "check" }, modeOne, bind(h("label", { for: "issue-mode-one" }), msg("office.issue.modeOne"))),
      h("div", { class: "check" }, modeCsv, bind(h("label", { for: "issue-mode-csv" }), msg("office.issue.modeCsv"))),
      one,
      bulk,
    ),
    button,
    progress,
    status.element,
    record,
    results,
  );

  async function issue() {
    if (button.disabled) return;
    button.disabled = true;
    results.replaceChildren();
    record.replaceChildren();
    progress.hidden = true;
    status.set(msg("office.issue.checking"));
    try {
      const { client, limits } = office.chain();
      const { address, signer } = office.signer();
      const place = purchase.read(limits.stringLimit, true)!;
      const purchasedAt = when.read() ?? Date.now();
      if (purchasedAt > Date.now()) throw new LocalizedError(msg("office.issue.future"));
      const issued = await rows();
      const keyed = issued.map((row) => ({ row, key: claimKeyOf(row.claimKey) }));
      // As the CLI: the generated secrets are kept before anything is signed.
      if (keyed.some(({ key }) => key.secret)) offerSecrets(secretsCsv(keyed, office.resolver), issued[0].gtin);
      const { commitment, salt } = officerCommitment(officer.value.trim());
      if (officer.value.trim()) {
        record.append(
          bind(h("p", { id: "issue-officer-record", class: "note mono" }), msg("office.issue.officerRecord", { commitment: toHex(commitment), salt: toHex(salt) })),
        );
      }
      const groups = batches(keyed.map(({ row, key }) => ({ ...row, key })), limits.maxCodesPerCall);
      const firstNonce = await nextNonce(client, address);
      progress.max = issued.length;
      progress.value = 0;
      progress.hidden = false;
      let done = 0;
      const failed: Text[] = [];
      const tell = () =>
        status.set(msg("office.issue.progress", { done, total: issued.length, calls: groups.length }), failed.length ? "error" : done === issued.length ? "ok" : "");
      tell();
      const say = (text: Text, kind: "ok" | "error") => results.append(bind(h("li", { class: kind }), text));
      await Promise.all(
        groups.map(async (group, index) => {
          const [first, last] = [group[0].row, group.at(-1)!.row];
          try {
            const finalized = await calls(client).issueCodes(
              {
                gtin: group[0].gtin,
                items: group.map((row) => ({ serial: row.serial, lot: row.lot, claimKey: row.key.public })),
                place,
                purchasedAt,
                officerCommitment: commitment,
              },
              signer,
              { ...refusals, progress: () => {} },
              firstNonce + index,
            );
            done += group.length;
            progress.value = done;
            say(msg("office.issue.callDone", { first, last, number: finalized.block }), "ok");
          } catch (error) {
            failed.push(errorText(error));
            say(msg("office.issue.callFailed", { first, last, reason: errorText(error) }), "error");
          }
          tell();
        }),
      );
      await office.refresh();
      if (failed.length) status.set(msg("office.issue.someFailed", { done, total: issued.length }), "error");
      else status.set(msg("office.issue.done", { done }), "ok");
    } catch (error) {
      console.warn(error);
      status.set(errorText(error), "error");
    } finally {
      button.disabled = false;
    }
  }

  function offerSecrets(text: string, gtin: string) {
    const name = `claim-secrets-${gtin}-${new Date().toISOString().replace(/[:.]/g, "-")}.csv`;
    const link = bind(download(name, text), msg("office.issue.secretsLink", { name }));
    link.id = "issue-secrets";
    record.append(bind(h("p", { class: "note warn" }), msg("office.issue.secretsNote")), h("p", {}, link));
    link.click();
  }

  const card = h(
    "section",
    { id: "issue", class: "card", "aria-labelledby": "issue-heading" },
    bind(h("h2", { id: "issue-heading" }), msg("office.issue.heading")),
    bind(h("p", {}), msg("office.issue.intro")),
    form,
  );

  const drawProducts = () => {
    const chosen = product.value;
    product.replaceChildren(
      ...(office.products.length
        ? office.products.map((item) => h("option", { value: item.gtin, selected: item.gtin === chosen }, `${item.gtin} · ${neutralise(item.name)}`))
        : [bind(h("option", { value: "" }), msg("office.issue.noProducts"))]),
    );
    relabel(product);
  };
  office.onChange(drawProducts);
  drawProducts();
  return card;
}

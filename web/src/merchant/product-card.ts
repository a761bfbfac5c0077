// Registering a product (the pallet's `register_product`, as `trace product register`): its GTIN
// (checked by gs1.ts before signing; the chain checks it is within one of the merchant's company
// prefixes), name, category, country of origin (ISO 3166-1 alpha-2: the chain checks the code),
// and the BLAKE2b-256 digest of its product sheet — a file chosen here, hashed in the page, which
// never leaves it — or the digest itself. The merchant's products are listed under the form.

import { blake2b256 } from "@polkadot-labs/hdkd-helpers";
import { h } from "../dom";
import { parseGtin, toHex } from "../gs1";
import { countryName, LocalizedError, msg } from "../i18n";
import { chainText } from "../view";
import { calls } from "./ledger";
import type { Office } from "./office";
import { bind, checkText, field, input, relabel, statusLine, submitting } from "./ui";

/** The BLAKE2b-256 of a file, as the CLI's `--document` computes it. */
export async function fileDigest(file: File): Promise<string> {
  return toHex(blake2b256(new Uint8Array(await file.arrayBuffer())));
}

export function productCard(office: Office): HTMLElement {
  const gtin = input("product-gtin", { inputmode: "numeric", required: true });
  const name = input("product-name", { required: true });
  const category = input("product-category", { required: true });
  const country = input("product-country", { required: true, maxlength: "2", autocapitalize: "characters" });
  const sheet = h("input", { id: "product-sheet", name: "product-sheet", type: "file" }) as HTMLInputElement;
  const digest = input("product-digest");
  const button = bind(h("button", { type: "submit", id: "product-submit" }), msg("office.product.submit")) as HTMLButtonElement;
  const status = statusLine("product-status");
  const list = h("ul", { id: "product-list", class: "plain-list" });

  const form = h(
    "form",
    {
      class: "stack",
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        void submitting(button, status, async (handlers) => {
          const { client, limits } = office.chain();
          const { signer } = office.signer();
          const args = {
            gtin: parseGtin(gtin.value.trim()),
            name: checkText(name.value.trim(), msg("office.product.name"), limits.stringLimit),
            category: checkText(category.value.trim(), msg("office.product.category"), limits.stringLimit),
            country: country.value.trim().toUpperCase(),
            sheetDigest: await sheetDigest(),
          };
          if (!/^[A-Z]{2}$/.test(args.country)) throw new LocalizedError(msg("office.product.badCountry", { value: country.value }));
          const done = await calls(client).registerProduct(args, signer, handlers);
          await office.refresh();
          return msg("office.product.done", { gtin: args.gtin, number: done.block });
        });
      },
    },
    field(gtin, msg("office.product.gtin"), msg("office.product.gtinHint")),
    field(name, msg("office.product.name")),
    field(category, msg("office.product.category"), msg("office.product.categoryHint")),
    field(country, msg("office.product.country"), msg("office.product.countryHint")),
    field(sheet, msg("office.product.sheet"), msg("office.product.sheetHint")),
    field(digest, msg("office.product.digest"), msg("office.product.digestHint")),
    button,
    status.element,
  );

  async function sheetDigest(): Promise<string> {
    const file = sheet.files?.[0];
    if (file) return fileDigest(file);
    const given = digest.value.trim();
    if (/^0x[0-9a-fA-F]{64}$/.test(given)) return given.toLowerCase();
    throw new LocalizedError(given ? msg("office.product.badDigest", { value: given }) : msg("office.product.noSheet"));
  }

  const card = h(
    "section",
    { id: "product", class: "card", "aria-labelledby": "product-heading" },
    bind(h("h2", { id: "product-heading" }), msg("office.product.heading")),
    bind(h("p", {}), msg("office.product.intro")),
    form,
    bind(h("h3", { id: "product-list-heading" }), msg("office.product.yours")),
    list,
  );

  const draw = () => {
    list.setAttribute("aria-labelledby", "product-list-heading");
    if (!office.products.length) {
      list.replaceChildren(bind(h("li", { class: "note" }), msg(office.account ? "office.product.none" : "office.product.noAccount")));
      return;
    }
    list.replaceChildren(
      ...office.products.map((product) =>
        h(
          "li",
          { "data-gtin": product.gtin },
          h("span", { class: "mono" }, product.gtin),
          " ",
          chainText(product.name),
          " · ",
          chainText(product.category),
          " · ",
          bind(h("span", {}), () => countryName(product.country)),
          product.recalled ? bind(h("strong", { class: "badge bad" }), msg("office.product.recalled")) : null,
        ),
      ),
    );
  };
  office.onChange(() => {
    draw();
    relabel(list);
  });
  draw();
  return card;
}

// The merchant's keys stay in a browser extension — polkadot.js, Talisman, SubWallet: every
// Polkadot wallet injects the same API, `window.injectedWeb3[name].enable()`, which gives the
// accounts it lets this page see and a signer that shows the transaction to the merchant and
// signs it. polkadot-api's pjs-signer (`getInjectedExtensions`, `connectInjectedExtension`) turns
// each account into a `PolkadotSigner` for submit.ts. The page never sees a secret.

import { connectInjectedExtension, getInjectedExtensions, type InjectedExtension, type InjectedPolkadotAccount } from "polkadot-api/pjs-signer";
import { LocalizedError, msg } from "../i18n";

export type { InjectedExtension, InjectedPolkadotAccount };

/** The name this page gives itself when it asks an extension for its accounts. */
export const DAPP_NAME = "trace-chain";

/** Where the account the merchant picked is kept, for the next visit. */
const ACCOUNT_KEY = "trace-office-account";

/**
 * The extensions in this browser (their names, e.g. `polkadot-js`, `talisman`). Extensions
 * inject themselves as the page loads, so this waits up to `waitMs` for a first one.
 */
export async function findExtensions(waitMs = 1_500): Promise<string[]> {
  const until = performance.now() + waitMs;
  for (;;) {
    const names = getInjectedExtensions();
    if (names.length || performance.now() >= until) return names;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Asks extension `name` for its accounts (the extension may ask the merchant first). */
export async function connect(name: string): Promise<InjectedExtension> {
  try {
    return await connectInjectedExtension(name, DAPP_NAME);
  } catch (error) {
    throw new LocalizedError(msg("office.wallet.refused", { name, reason: String((error as Error)?.message ?? error) }));
  }
}

/** The account picked last time, if the extension still offers it. */
export function rememberedAccount(accounts: readonly InjectedPolkadotAccount[]): InjectedPolkadotAccount | undefined {
  let address: string | null = null;
  try {
    address = localStorage.getItem(ACCOUNT_KEY);
  } catch {
    address = null;
  }
  return accounts.find((account) => account.address === address) ?? accounts[0];
}

export function rememberAccount(address: string): void {
  try {
    localStorage.setItem(ACCOUNT_KEY, address);
  } catch {
    // Storage disabled: the choice lasts as long as the page.
  }
}

// What the back office says when the chain refuses a call, in the page's language: the
// pallet's error when the chain ran the call (a dispatch error: `Traceability::SerialAlreadyIssued`
// and what it means), or why the signer or the node's pool refused it before. submit.ts decodes
// the failure; this file only has words for it. Every error of the pallet's `Error` enum
// (pallets/traceability/src/lib.rs) has its message in both catalogues (office-en.ts,
// office-zh-CN.ts): test/i18n.test.mjs reads the enum and checks.

import { msg, type MessageKey, type Text } from "../i18n";
import { errorOf, refusal, type DispatchFailure } from "../submit";

/** The pallet whose errors have words here. */
const PALLET = "Traceability";

/** Each error of the pallet (its variant's name) and its message. */
const PALLET_ERRORS: Record<string, MessageKey> = {
  NotAdmitted: "pallet.NotAdmitted",
  AlreadyAdmitted: "pallet.AlreadyAdmitted",
  Suspended: "pallet.Suspended",
  AlreadySuspended: "pallet.AlreadySuspended",
  NotSuspended: "pallet.NotSuspended",
  InvalidRoles: "pallet.InvalidRoles",
  MissingRole: "pallet.MissingRole",
  InvalidCompanyPrefix: "pallet.InvalidCompanyPrefix",
  PrefixTaken: "pallet.PrefixTaken",
  InvalidGtin: "pallet.InvalidGtin",
  GtinNotInCompanyPrefix: "pallet.GtinNotInCompanyPrefix",
  InvalidCountry: "pallet.InvalidCountry",
  AlreadyExists: "pallet.AlreadyExists",
  ProductNotFound: "pallet.ProductNotFound",
  NotIssuer: "pallet.NotIssuer",
  ProductRecalled: "pallet.ProductRecalled",
  LotRecalled: "pallet.LotRecalled",
  EmptyBatch: "pallet.EmptyBatch",
  InvalidSerial: "pallet.InvalidSerial",
  InvalidLot: "pallet.InvalidLot",
  SerialAlreadyIssued: "pallet.SerialAlreadyIssued",
  DuplicateSerial: "pallet.DuplicateSerial",
  InvalidLocation: "pallet.InvalidLocation",
  PurchaseTimeInFuture: "pallet.PurchaseTimeInFuture",
  DeclaredTimeInFuture: "pallet.DeclaredTimeInFuture",
  CodeNotFound: "pallet.CodeNotFound",
  NotCustodian: "pallet.NotCustodian",
  NotRecipient: "pallet.NotRecipient",
  RecipientNotAdmitted: "pallet.RecipientNotAdmitted",
  RecipientSuspended: "pallet.RecipientSuspended",
  RecipientMissingRole: "pallet.RecipientMissingRole",
  SelfHandover: "pallet.SelfHandover",
  HandoverPending: "pallet.HandoverPending",
  NoPendingHandover: "pallet.NoPendingHandover",
  CodeDestroyed: "pallet.CodeDestroyed",
  CodeDecommissioned: "pallet.CodeDecommissioned",
  CodeSold: "pallet.CodeSold",
  CodeClaimed: "pallet.CodeClaimed",
  CodePacked: "pallet.CodePacked",
  AlreadyPacked: "pallet.AlreadyPacked",
  NotInContainer: "pallet.NotInContainer",
  DuplicateItem: "pallet.DuplicateItem",
  WouldCreateCycle: "pallet.WouldCreateCycle",
  TooDeep: "pallet.TooDeep",
  ContainerFull: "pallet.ContainerFull",
  ContainerNotEmpty: "pallet.ContainerNotEmpty",
  HistoryFull: "pallet.HistoryFull",
  ClaimKeyMissing: "pallet.ClaimKeyMissing",
  BadClaimSignature: "pallet.BadClaimSignature",
  TooManyCertifications: "pallet.TooManyCertifications",
  CertificationNotFound: "pallet.CertificationNotFound",
  AlreadyRevoked: "pallet.AlreadyRevoked",
  ExpiryInPast: "pallet.ExpiryInPast",
  AlreadyRecalled: "pallet.AlreadyRecalled",
  PrefixOverlaps: "pallet.PrefixOverlaps",
  NotOwner: "pallet.NotOwner",
  ExpiryTooFar: "pallet.ExpiryTooFar",
  NotRecalled: "pallet.NotRecalled",
  TooManyLiftedRecalls: "pallet.TooManyLiftedRecalls",
  NotSold: "pallet.NotSold",
  NotClaimed: "pallet.NotClaimed",
  OwnershipOfferPending: "pallet.OwnershipOfferPending",
  NoOwnershipOffer: "pallet.NoOwnershipOffer",
  SelfTransfer: "pallet.SelfTransfer",
  BadOwnershipSignature: "pallet.BadOwnershipSignature",
  ClaimKeyUnchanged: "pallet.ClaimKeyUnchanged",
  ChipNotRegistered: "pallet.ChipNotRegistered",
  ChipAlreadyRegistered: "pallet.ChipAlreadyRegistered",
  InvalidChipKey: "pallet.InvalidChipKey",
  StaleChipChallenge: "pallet.StaleChipChallenge",
  UnknownChipChallenge: "pallet.UnknownChipChallenge",
  ChipScanTooSoon: "pallet.ChipScanTooSoon",
  BadChipSignature: "pallet.BadChipSignature",
};

const own = (name: string | undefined): MessageKey | undefined =>
  name !== undefined && Object.prototype.hasOwnProperty.call(PALLET_ERRORS, name) ? PALLET_ERRORS[name] : undefined;

/**
 * A dispatch error in words: the pallet's error named as the CLI names it (`Traceability::…`)
 * with what it means in the page's language; another pallet's, or one this page has no words
 * for (a newer runtime's), by its name alone.
 */
export function dispatchText(failure: DispatchFailure): Text {
  const key = failure.pallet === PALLET ? own(failure.name) : undefined;
  const name = failure.pallet && failure.name ? `${failure.pallet}::${failure.name}` : failure.kind;
  if (key) return msg("office.tx.palletError", { error: name, meaning: msg(key) });
  return msg("office.tx.otherError", { error: name, details: failure.pallet && failure.name ? "" : failure.details });
}

/**
 * Why a signed call went nowhere before the chain ran it: the signer (the extension) refused to
 * sign, or the node's pool refused the transaction (a bad signature, a stale nonce, no money for
 * the fee); anything else as it says itself.
 */
export function signedRefusalText(error: unknown): Text {
  const text = error instanceof Error ? error.message : String(error);
  const kind = refusal(error);
  if (kind === "BadProof") return msg("office.tx.badProof");
  if (kind === "Stale") return msg("office.tx.stale");
  if (/\bPayment\b/.test(text) || (error as { error?: { value?: { type?: string } } })?.error?.value?.type === "Payment") {
    return msg("office.tx.payment");
  }
  if (/cancel|reject|denied/i.test(text)) return msg("office.tx.cancelled", { reason: text });
  return errorOf(error);
}

/** How every signed call of the back office puts its failures in words (submit.ts `SubmitHandlers`). */
export const refusals = { explain: signedRefusalText, explainDispatch: dispatchText };

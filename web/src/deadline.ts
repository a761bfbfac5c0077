/**
 * Small helpers the page's modules share: a promise with a deadline, and the byte layout of the
 * messages the pallet has signed (a domain separator, then fixed-size parts).
 */

/** `promise`, or a rejection with `timedOut()` after `ms`; the timer is cleared either way. */
export const withDeadline = <T>(promise: Promise<T>, ms: number, timedOut: () => Error): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(timedOut()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

/**
 * `context` then each of `parts`, with no length prefixes: the SCALE encoding of a tuple of a
 * byte string constant and fixed-size arrays, as the pallet's `claim_payload` and
 * `chip_challenge` build it. The callers check the parts' sizes first.
 */
export const contextThen = (context: Uint8Array, parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(context.length + parts.reduce((sum, part) => sum + part.length, 0));
  out.set(context, 0);
  let offset = context.length;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

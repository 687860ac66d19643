/** First retry after about 5 s, doubling up to 15 minutes. */
export const BACKOFF = { firstMs: 5_000, maxMs: 15 * 60_000 } as const;

/**
 * The wait before retry number `attempts` (1 = the first retry): exponential, capped, and spread
 * by `random` in [0, 1) between half and the whole of it, so a room of headsets coming back
 * online together does not hit the server in one burst.
 */
export function retryDelayMs(attempts: number, random: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 20));
  const full = Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** exponent);
  return Math.round(full * (0.5 + 0.5 * random));
}

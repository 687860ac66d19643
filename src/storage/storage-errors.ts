/**
 * True for a full disk or an exhausted origin quota. IndexedDB reports it as a
 * `QuotaExceededError`, sometimes only as the cause of a transaction abort (wrappers such as
 * Dexie put the original error in `inner` or `cause`), so the chain of causes is searched.
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { name, code } = current as { name?: unknown; code?: unknown };
    // 22 is the legacy DOMException code of QuotaExceededError.
    if (name === 'QuotaExceededError' || code === 22) return true;
    const next = current as { inner?: unknown; cause?: unknown };
    current = next.inner ?? next.cause;
  }
  return false;
}

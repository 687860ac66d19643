/**
 * What to do with a statement after an attempt to send it, and when to try again. Pure, so the
 * outbox's behaviour can be tested without a network or a clock.
 */
export type Verdict = 'delivered' | 'retry' | 'rejected';

/**
 * 2xx: stored (204 for a PUT; 200 too). 409 on a PUT of an id the LRS already holds with other
 * content, 400 a statement it will never accept, 403 a statement it refuses (a cmi5 LMS after
 * "terminated"): retrying cannot help, so it is kept aside as rejected. Everything else — the
 * network gone (status 0), 401 with credentials someone can fix (the organisation's), 408, 429,
 * 5xx — is tried again.
 */
export function verdictOf(status: number, credentials: 'editable' | 'fixed' = 'editable'): Verdict {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 400 || status === 403 || status === 409 || status === 413) return 'rejected';
  // A cmi5 launch's token is fixed and ends with the launch: once refused it never works again.
  if (status === 401 && credentials === 'fixed') return 'rejected';
  return 'retry';
}

export const BACKOFF = { firstMs: 1000, factor: 2, maxMs: 5 * 60 * 1000 } as const;

/** Wait before attempt `attempt + 1` after `attempt` failures: 1 s, 2 s, 4 s … at most 5 minutes. */
export function backoffMs(
  attempt: number,
  policy: { firstMs: number; factor: number; maxMs: number } = BACKOFF,
): number {
  if (attempt <= 0) return 0;
  return Math.min(policy.maxMs, policy.firstMs * policy.factor ** (attempt - 1));
}

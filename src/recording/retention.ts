import type { SessionRepository } from '../storage/session-repository';

/**
 * How long sessions are kept: a number of days, or null for "until deleted by hand". One
 * device-wide setting, so localStorage (synchronous, read at start-up) is enough; the sessions
 * themselves are in IndexedDB.
 */
export type RetentionDays = number | null;

export const RETENTION_KEY = 'counterpart.retentionDays';
export const RETENTION_CHOICES = [7, 30, 90, 365] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The stored setting; anything unreadable means "keep". */
export function readRetention(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): RetentionDays {
  try {
    const raw = storage?.getItem(RETENTION_KEY);
    const days = raw ? Number(raw) : Number.NaN;
    return Number.isInteger(days) && days >= 1 && days <= 36_500 ? days : null;
  } catch {
    // Storage disabled (private mode, policy): nothing is deleted automatically.
    return null;
  }
}

export function writeRetention(
  days: RetentionDays,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage,
): void {
  try {
    if (days === null) storage?.removeItem(RETENTION_KEY);
    else storage?.setItem(RETENTION_KEY, String(days));
  } catch (error) {
    console.warn('Counterpart: could not store the retention setting', error);
  }
}

/** The cut-off instant: sessions that started before it are older than `days`. */
export function retentionCutOff(days: number, nowMs: number): string {
  return new Date(nowMs - days * DAY_MS).toISOString();
}

/** Deletes the sessions older than the setting; resolves to how many went (0 for "keep"). */
export async function applyRetention(
  repository: SessionRepository,
  days: RetentionDays,
  nowMs: number,
): Promise<number> {
  if (days === null) return 0;
  return repository.deleteOlderThan(retentionCutOff(days, nowMs));
}

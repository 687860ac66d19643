import type { Recording } from '../core/recording/schema';
import type { Localized } from '../core/scenario/schema';

/**
 * What the session list shows without loading a whole recording: one row per finished (or
 * abandoned) session. Kept beside the recording so listing hundreds of sessions stays cheap.
 */
export interface SessionSummary {
  /** The recording's id. */
  id: string;
  pseudonym: string;
  scenarioId: string;
  scenarioTitle: Localized;
  /** ISO 8601, when the conversation started. */
  startedAt: string;
  durationMs: number;
  /** 0–100 each; `protocol` once the trainee has written the conversation protocol. */
  scores: { overall: number; tone: number; structure: number; escalation: number; protocol?: number };
  /** The ending's outcome kind (e.g. `resolved`, `follow_up_agreed`), or null when left unfinished. */
  outcome: string | null;
  endingId: string | null;
  noteCount: number;
  /** Whether the trainee named the customer type when asked after the conversation; absent when not asked or not answered. */
  typeRecognised?: boolean;
  /** The level (easy / medium / hard); absent in summaries stored before levels existed (= medium). */
  difficulty?: 'easy' | 'medium' | 'hard';
  /** The trainee ended the conversation early; absent when it ran to its end (or was cut off by closing the page). */
  abandoned?: true;
}

/**
 * The finished sessions on this device (IndexedDB through idb in the app, memory in unit
 * tests). Every write is one transaction: a failed write (QuotaExceededError, see
 * storage-errors.ts) leaves what was stored before untouched and rejects with the original error.
 */
export interface SessionRepository {
  list(): Promise<SessionSummary[]>;
  get(id: string): Promise<Recording | undefined>;
  /** Stores a session (insert or replace) with its summary. */
  put(recording: Recording, summary: SessionSummary): Promise<void>;
  /** Replaces the stored recording (notes, protocol added) and updates the summary's derived fields. */
  update(
    id: string,
    change: (recording: Recording, summary: SessionSummary) => { recording: Recording; summary: SessionSummary },
  ): Promise<void>;
  delete(id: string): Promise<void>;
  /** Deletes every session of one pseudonym; resolves to how many were deleted. */
  deleteTrainee(pseudonym: string): Promise<number>;
  /** Deletes sessions that started before `beforeIso`; resolves to how many were deleted. */
  deleteOlderThan(beforeIso: string): Promise<number>;
  clear(): Promise<void>;
}

/** Started before the cut-off? Compares instants, so recordings with any time-zone offset sort right. */
export function startedBefore(summary: Pick<SessionSummary, 'startedAt'>, beforeIso: string): boolean {
  const started = Date.parse(summary.startedAt);
  const cutOff = Date.parse(beforeIso);
  if (Number.isNaN(cutOff)) throw new RangeError(`not a date-time: "${beforeIso}"`);
  return !Number.isNaN(started) && started < cutOff;
}

/** Newest first: the order every list of sessions shows. */
export function byNewest(a: SessionSummary, b: SessionSummary): number {
  return Date.parse(b.startedAt) - Date.parse(a.startedAt);
}

/** A session id that is not stored (update of a deleted session). */
export class MissingSessionError extends Error {
  constructor(readonly id: string) {
    super(`no stored session "${id}"`);
  }
}

/**
 * The repository in memory, for unit tests and browsers without IndexedDB. Data is
 * structured-cloned in and out like IndexedDB does, so a caller never holds a stored object.
 * `fail` makes every following write throw that error before anything changes — the way a
 * failed IndexedDB transaction leaves the store as it was.
 */
export function memorySessionRepository(): SessionRepository & { fail: Error | null } {
  const rows = new Map<string, { recording: Recording; summary: SessionSummary }>();
  const write = () => {
    if (repo.fail) throw repo.fail;
  };
  const removeWhere = (keep: (summary: SessionSummary) => boolean): number => {
    let count = 0;
    for (const [id, row] of rows) {
      if (keep(row.summary)) continue;
      rows.delete(id);
      count++;
    }
    return count;
  };
  const repo = {
    fail: null as Error | null,
    list: async () => [...rows.values()].map((r) => structuredClone(r.summary)).sort(byNewest),
    get: async (id: string) => {
      const row = rows.get(id);
      return row ? structuredClone(row.recording) : undefined;
    },
    put: async (recording: Recording, summary: SessionSummary) => {
      write();
      rows.set(recording.id, { recording: structuredClone(recording), summary: structuredClone(summary) });
    },
    update: async (id: string, change: Parameters<SessionRepository['update']>[1]) => {
      write();
      const row = rows.get(id);
      if (!row) throw new MissingSessionError(id);
      const next = change(structuredClone(row.recording), structuredClone(row.summary));
      rows.set(id, { recording: structuredClone(next.recording), summary: structuredClone(next.summary) });
    },
    delete: async (id: string) => {
      write();
      rows.delete(id);
    },
    deleteTrainee: async (pseudonym: string) => {
      write();
      return removeWhere((s) => s.pseudonym !== pseudonym);
    },
    deleteOlderThan: async (beforeIso: string) => {
      write();
      return removeWhere((s) => !startedBefore(s, beforeIso));
    },
    clear: async () => {
      write();
      rows.clear();
    },
  };
  return repo;
}

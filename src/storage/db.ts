import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { CompanyProfile } from '../core/profile/schema';
import type { Recording } from '../core/recording/schema';
import type { ScenarioSummary } from '../core/scenario/catalogue';
import type { Scenario } from '../core/scenario/schema';
import type { SessionSummary } from './session-repository';

/** A row of the checkpoints store: one named slot holding the saved record. */
export interface CheckpointRow {
  slot: string;
  data: unknown;
}

/** A row of the recordings store: the whole recording, apart from its summary (lists stay cheap). */
export interface RecordingRow {
  id: string;
  recording: Recording;
}

/**
 * A row of the scenarios store: a trainer's own scenario, checked when it was saved. It keeps the
 * YAML as written (for the editor and the export) and the checked result, so the start menu and a
 * deep link start it without the YAML parser and the schema.
 */
export interface OwnScenarioRow {
  id: string;
  /** The file name it was loaded or saved as. */
  file: string;
  source: string;
  scenario: Scenario;
  summary: ScenarioSummary;
  /** ISO time of the last save. */
  savedAt: string;
}

/**
 * The one row of the profiles store: the organisation's own company profile (src/core/profile),
 * checked when it was saved. It keeps the YAML as written (for the editor and the export) and the
 * checked result, so the start menu applies it without the YAML parser.
 */
export interface OwnProfileRow {
  /** Always "own": one profile per device. */
  id: string;
  file: string;
  source: string;
  profile: CompanyProfile;
  /** ISO time of the last save. */
  savedAt: string;
}

export interface CounterpartSchema extends DBSchema {
  checkpoints: { key: string; value: CheckpointRow };
  sessions: {
    key: string;
    value: SessionSummary;
    indexes: { pseudonym: string; scenarioId: string; startedAt: string };
  };
  recordings: { key: string; value: RecordingRow };
  scenarios: { key: string; value: OwnScenarioRow };
  profiles: { key: string; value: OwnProfileRow };
}

export type CounterpartDb = IDBPDatabase<CounterpartSchema>;
export type Store = StoreNames<CounterpartSchema>;

export const DB_NAME = 'counterpart';

/**
 * IndexedDB versions of the database. Version 10 holds the checkpoint of the conversation in
 * progress; version 20 adds the finished sessions: `sessions` one small summary per session
 * (indexed for the lists), `recordings` the recording itself under the same id. Version 30 adds
 * `scenarios`, the trainer's own scenarios (src/storage/own-scenarios.ts); version 40 adds
 * `profiles`, the organisation's own company profile (src/storage/own-profile.ts). (Dexie, which the
 * app used first, numbered them 1 and 2 and stored them as 10 and 20; databases it created open
 * here unchanged.) A later feature adds its stores under a new version and leaves these alone.
 */
const VERSION = 40;

/**
 * The app's one IndexedDB database, through `idb` (a thin promise wrapper, ≈ 1 KB gzip; Dexie
 * cost 30 KB of the conversation's JavaScript budget). A newer tab that needs to upgrade the
 * database gets it: this connection closes instead of blocking it.
 */
export async function openCounterpartDb(name: string = DB_NAME): Promise<CounterpartDb> {
  let opened: CounterpartDb | null = null;
  opened = await openDB<CounterpartSchema>(name, VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 10) db.createObjectStore('checkpoints', { keyPath: 'slot' });
      if (oldVersion < 20) {
        const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
        for (const field of ['pseudonym', 'scenarioId', 'startedAt'] as const) sessions.createIndex(field, field);
        db.createObjectStore('recordings', { keyPath: 'id' });
      }
      if (oldVersion < 30) db.createObjectStore('scenarios', { keyPath: 'id' });
      if (oldVersion < 40) db.createObjectStore('profiles', { keyPath: 'id' });
    },
    blocking() {
      opened?.close();
    },
  });
  return opened;
}

/**
 * Runs `work` in one transaction over `stores` and resolves once it has committed. Whatever
 * `work` throws (a QuotaExceededError, a missing row) aborts the transaction, so a write lands
 * whole or not at all, and the promise rejects with that error. `work` may only await requests of
 * this transaction (anything else lets IndexedDB commit early).
 */
export async function inTransaction<S extends Store[], T>(
  db: CounterpartDb,
  stores: S,
  work: (tx: IDBPTransaction<CounterpartSchema, S, 'readwrite'>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already committed or aborted by the failed request.
    }
    throw error;
  }
}

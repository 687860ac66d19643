import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Recording } from '../core/recording/schema';
import type { SessionSummary } from './session-repository';

/** A row of the checkpoints table: one named slot holding the saved record. */
export interface CheckpointRow {
  slot: string;
  data: unknown;
}

/** A row of the recordings table: the whole recording, apart from its summary (lists stay cheap). */
export interface RecordingRow {
  id: string;
  recording: Recording;
}

export type CounterpartDb = Dexie & {
  checkpoints: EntityTable<CheckpointRow, 'slot'>;
  sessions: EntityTable<SessionSummary, 'id'>;
  recordings: EntityTable<RecordingRow, 'id'>;
};

export const DB_NAME = 'counterpart';

/**
 * The app's one IndexedDB database. Version 1 holds the checkpoint of the conversation in
 * progress; version 2 adds the finished sessions: `sessions` holds one small summary per session
 * (indexed for the lists), `recordings` the recording itself under the same id. A later feature
 * adds its tables with a new version and leaves the lines before it untouched; Dexie then
 * upgrades existing databases in place.
 */
export function openCounterpartDb(name: string = DB_NAME, options?: DexieOptions): CounterpartDb {
  // `options` lets unit tests hand in fake-indexeddb's factory.
  const db = new Dexie(name, options) as CounterpartDb;
  db.version(1).stores({ checkpoints: 'slot' });
  db.version(2).stores({ sessions: 'id, pseudonym, scenarioId, startedAt', recordings: 'id' });
  return db;
}

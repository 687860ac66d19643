import Dexie, { type EntityTable } from 'dexie';

/** A row of the checkpoints table: one named slot holding the saved record. */
export interface CheckpointRow {
  slot: string;
  data: unknown;
}

export type CounterpartDb = Dexie & { checkpoints: EntityTable<CheckpointRow, 'slot'> };

export const DB_NAME = 'counterpart';

/**
 * The app's one IndexedDB database. Version 1 holds the checkpoint of the conversation in
 * progress. A later feature adds its tables with a new version and leaves the lines before it
 * untouched, e.g. `db.version(2).stores({ sessions: '++id, scenarioId, finishedAt' })` (issue 5);
 * Dexie then upgrades existing databases in place.
 */
export function openCounterpartDb(name: string = DB_NAME): CounterpartDb {
  const db = new Dexie(name) as CounterpartDb;
  db.version(1).stores({ checkpoints: 'slot' });
  return db;
}

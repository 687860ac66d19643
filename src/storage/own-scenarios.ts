import { type CounterpartDb, type OwnScenarioRow, openCounterpartDb } from './db';

export type { OwnScenarioRow };

/** The trainer's own scenarios on this device (store "scenarios" of the app's database). */
export interface OwnScenarioRepository {
  /** All of them, ordered by id. */
  list(): Promise<OwnScenarioRow[]>;
  get(id: string): Promise<OwnScenarioRow | undefined>;
  /** Stores a scenario, replacing one with the same id (the page asks the trainer first). */
  put(row: OwnScenarioRow): Promise<void>;
  delete(id: string): Promise<void>;
}

/**
 * Own scenarios in IndexedDB. Each call is one request on a connection of its own (closed after
 * it, so a newer tab's upgrade is never blocked); a failed write (a full disk) leaves what was
 * stored as it was, and the promise rejects with the browser's error.
 */
export function indexedOwnScenarios(
  open: () => Promise<CounterpartDb> = () => openCounterpartDb(),
): OwnScenarioRepository {
  const withDb = async <T>(work: (db: CounterpartDb) => Promise<T>): Promise<T> => {
    const db = await open();
    try {
      return await work(db);
    } finally {
      db.close();
    }
  };
  return {
    list: () => withDb(async (db) => (await db.getAll('scenarios')).sort((a, b) => a.id.localeCompare(b.id))),
    get: (id) => withDb((db) => db.get('scenarios', id)),
    put: (row) =>
      withDb(async (db) => {
        await db.put('scenarios', row);
      }),
    delete: (id) => withDb((db) => db.delete('scenarios', id)),
  };
}

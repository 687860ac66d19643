import { type CounterpartDb, type OwnProfileRow, openCounterpartDb } from './db';

export type { OwnProfileRow };

/** The key of the one own profile a device keeps. */
export const OWN_PROFILE_ID = 'own';

/** The organisation's own company profile on this device (store "profiles" of the app's database). */
export interface OwnProfileRepository {
  get(): Promise<OwnProfileRow | undefined>;
  put(row: Omit<OwnProfileRow, 'id'>): Promise<void>;
  /** Back to the bundled profile. */
  delete(): Promise<void>;
}

/** Like the own scenarios: one request per call on a connection of its own (src/storage/own-scenarios.ts). */
export function indexedOwnProfile(
  open: () => Promise<CounterpartDb> = () => openCounterpartDb(),
): OwnProfileRepository {
  const withDb = async <T>(work: (db: CounterpartDb) => Promise<T>): Promise<T> => {
    const db = await open();
    try {
      return await work(db);
    } finally {
      db.close();
    }
  };
  return {
    get: () => withDb((db) => db.get('profiles', OWN_PROFILE_ID)),
    put: (row) =>
      withDb(async (db) => {
        await db.put('profiles', { ...row, id: OWN_PROFILE_ID });
      }),
    delete: () => withDb((db) => db.delete('profiles', OWN_PROFILE_ID)),
  };
}

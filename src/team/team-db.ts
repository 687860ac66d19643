import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Pairing } from './device-api';
import type { SyncRecord, SyncStore } from './sync-state';

interface TeamSchema extends DBSchema {
  pairing: { key: string; value: Pairing & { slot: string } };
  sync: { key: string; value: SyncRecord };
  erasures: { key: string; value: { pseudonym: string } };
}

/**
 * The device's team link in its own IndexedDB database ("counterpart-team"), apart from the
 * sessions database, so pairing and the upload queue never need a migration of the sessions'
 * stores and survive a reload, an app update and going offline.
 */
export const TEAM_DB_NAME = 'counterpart-team';

export function openTeamDb(name: string = TEAM_DB_NAME): Promise<IDBPDatabase<TeamSchema>> {
  return openDB<TeamSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('pairing', { keyPath: 'slot' });
      db.createObjectStore('sync', { keyPath: 'id' });
      db.createObjectStore('erasures', { keyPath: 'pseudonym' });
    },
  });
}

export function indexedSyncStore(db: Promise<IDBPDatabase<TeamSchema>>): SyncStore {
  return {
    records: async () => (await db).getAll('sync'),
    put: async (record) => {
      await (await db).put('sync', record);
    },
    remove: async (id) => {
      await (await db).delete('sync', id);
    },
    erasures: async () => (await (await db).getAll('erasures')).map((e) => e.pseudonym),
    addErasure: async (pseudonym) => {
      await (await db).put('erasures', { pseudonym });
    },
    removeErasure: async (pseudonym) => {
      await (await db).delete('erasures', pseudonym);
    },
  };
}

export async function loadPairing(db: Promise<IDBPDatabase<TeamSchema>>): Promise<Pairing | null> {
  const row = await (await db).get('pairing', 'current');
  if (!row) return null;
  const { slot: _slot, ...pairing } = row;
  return pairing;
}

export async function savePairing(db: Promise<IDBPDatabase<TeamSchema>>, pairing: Pairing | null): Promise<void> {
  const d = await db;
  if (pairing) await d.put('pairing', { ...pairing, slot: 'current' });
  else await d.delete('pairing', 'current');
}

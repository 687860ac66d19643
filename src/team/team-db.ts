import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Pairing } from './device-api';
import type { PendingDeletion, SyncRecord, SyncStore } from './sync-state';
import type { ScenarioCache } from './team-scenario-fetch';

interface TeamSchema extends DBSchema {
  pairing: { key: string; value: Pairing & { slot: string } };
  sync: { key: string; value: SyncRecord };
  erasures: { key: string; value: { pseudonym: string } };
  deletions: { key: string; value: PendingDeletion };
  /** The team's scenarios as last fetched (YAML), so they still start offline. */
  scenarios: { key: string; value: CachedScenario };
}

/**
 * The device's team link in its own IndexedDB database ("counterpart-team"), apart from the
 * sessions database, so pairing and the upload queue never need a migration of the sessions'
 * stores and survive a reload, an app update and going offline.
 */
/** A team scenario's YAML as the server last served it, with the team it belongs to. */
export interface CachedScenario {
  id: string;
  /** The pairing's server and team: another pairing never sees this team's scenarios. */
  server: string;
  team: string;
  source: string;
}

export const TEAM_DB_NAME = 'counterpart-team';

export function openTeamDb(name: string = TEAM_DB_NAME): Promise<IDBPDatabase<TeamSchema>> {
  return openDB<TeamSchema>(name, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('pairing', { keyPath: 'slot' });
        db.createObjectStore('sync', { keyPath: 'id' });
        db.createObjectStore('erasures', { keyPath: 'pseudonym' });
      }
      if (oldVersion < 2) {
        db.createObjectStore('deletions', { keyPath: 'id' });
        db.createObjectStore('scenarios', { keyPath: 'id' });
      }
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
    deletions: async () => (await db).getAll('deletions'),
    putDeletion: async (deletion) => {
      await (await db).put('deletions', deletion);
    },
    removeDeletion: async (id) => {
      await (await db).delete('deletions', id);
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

/** The team scenario cache in IndexedDB: one team's scenarios at a time (a device has one pairing). */
export function indexedScenarioCache(db: Promise<IDBPDatabase<TeamSchema>>): ScenarioCache {
  return {
    read: async ({ server, team }) =>
      (await (await db).getAll('scenarios'))
        .filter((s) => s.server === server && s.team === team)
        .map(({ id, source }) => ({ id, source })),
    replace: async ({ server, team }, scenarios) => {
      const tx = (await db).transaction('scenarios', 'readwrite');
      await tx.store.clear();
      for (const { id, source } of scenarios) await tx.store.put({ id, server, team, source });
      await tx.done;
    },
  };
}

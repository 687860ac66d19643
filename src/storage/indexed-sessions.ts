import type { IDBPTransaction } from 'idb';
import { type CounterpartDb, type CounterpartSchema, inTransaction, openCounterpartDb } from './db';
import { byNewest, MissingSessionError, type SessionRepository, startedBefore } from './session-repository';

const BOTH: ['sessions', 'recordings'] = ['sessions', 'recordings'];
type Both = IDBPTransaction<CounterpartSchema, typeof BOTH, 'readwrite'>;

async function removeIds(tx: Both, ids: string[]): Promise<number> {
  const sessions = tx.objectStore('sessions');
  const recordings = tx.objectStore('recordings');
  await Promise.all(ids.flatMap((id) => [sessions.delete(id), recordings.delete(id)]));
  return ids.length;
}

/**
 * The finished sessions in IndexedDB (database "counterpart", stores "sessions" and
 * "recordings"). Each write is one read-write transaction over both stores, so a summary never
 * exists without its recording, and a failed write (a QuotaExceededError aborts the
 * transaction) leaves both as they were; the promise rejects with the original error.
 */
export function indexedSessionRepository(db: Promise<CounterpartDb> = openCounterpartDb()): SessionRepository {
  const write = async <T>(work: (tx: Both) => Promise<T>) => inTransaction(await db, BOTH, work);
  return {
    list: async () => (await (await db).getAll('sessions')).sort(byNewest),
    get: async (id) => (await (await db).get('recordings', id))?.recording,
    put: (recording, summary) =>
      write(async (tx) => {
        await tx.objectStore('recordings').put({ id: recording.id, recording });
        await tx.objectStore('sessions').put({ ...summary, id: recording.id });
      }),
    update: (id, change) =>
      write(async (tx) => {
        const [row, summary] = await Promise.all([
          tx.objectStore('recordings').get(id),
          tx.objectStore('sessions').get(id),
        ]);
        if (!row || !summary) throw new MissingSessionError(id);
        const next = change(row.recording, summary);
        await tx.objectStore('recordings').put({ id, recording: next.recording });
        await tx.objectStore('sessions').put({ ...next.summary, id });
      }),
    delete: (id) =>
      write(async (tx) => {
        await removeIds(tx, [id]);
      }),
    deleteTrainee: (pseudonym) =>
      write(async (tx) => removeIds(tx, await tx.objectStore('sessions').index('pseudonym').getAllKeys(pseudonym))),
    deleteOlderThan: (beforeIso) =>
      write(async (tx) => {
        // Compared as instants, not as index strings: imported recordings may carry any offset.
        const old = (await tx.objectStore('sessions').getAll()).filter((s) => startedBefore(s, beforeIso));
        return removeIds(
          tx,
          old.map((s) => s.id),
        );
      }),
    clear: () =>
      write(async (tx) => {
        await Promise.all([tx.objectStore('sessions').clear(), tx.objectStore('recordings').clear()]);
      }),
  };
}

import { type CounterpartDb, openCounterpartDb } from './db';
import { byNewest, MissingSessionError, type SessionRepository, startedBefore } from './session-repository';

/**
 * The finished sessions in IndexedDB (database "counterpart", tables "sessions" and
 * "recordings"). Each write is one read-write transaction over both tables, so a summary never
 * exists without its recording, and a failed write (a QuotaExceededError aborts the
 * transaction) leaves both as they were; the promise rejects with Dexie's error, whose `inner`
 * is the original one (see storage-errors.ts).
 */
export function dexieSessionRepository(db: CounterpartDb = openCounterpartDb()): SessionRepository {
  const both = [db.sessions, db.recordings];
  const removeIds = async (ids: string[]) => {
    await db.sessions.bulkDelete(ids);
    await db.recordings.bulkDelete(ids);
    return ids.length;
  };
  return {
    list: async () => (await db.sessions.toArray()).sort(byNewest),
    get: async (id) => (await db.recordings.get(id))?.recording,
    put: (recording, summary) =>
      db.transaction('rw', both, async () => {
        await db.recordings.put({ id: recording.id, recording });
        await db.sessions.put({ ...summary, id: recording.id });
      }),
    update: (id, change) =>
      db.transaction('rw', both, async () => {
        const [row, summary] = await Promise.all([db.recordings.get(id), db.sessions.get(id)]);
        if (!row || !summary) throw new MissingSessionError(id);
        const next = change(row.recording, summary);
        await db.recordings.put({ id, recording: next.recording });
        await db.sessions.put({ ...next.summary, id });
      }),
    delete: (id) =>
      db.transaction('rw', both, async () => {
        await removeIds([id]);
      }),
    deleteTrainee: (pseudonym) =>
      db.transaction('rw', both, async () => removeIds((await db.sessions.where('pseudonym').equals(pseudonym).primaryKeys()) as string[])),
    deleteOlderThan: (beforeIso) =>
      db.transaction('rw', both, async () => {
        // Compared as instants, not as index strings: imported recordings may carry any offset.
        const old = (await db.sessions.toArray()).filter((s) => startedBefore(s, beforeIso));
        return removeIds(old.map((s) => s.id));
      }),
    clear: () =>
      db.transaction('rw', both, async () => {
        await db.sessions.clear();
        await db.recordings.clear();
      }),
  };
}

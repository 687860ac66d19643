// IndexedDB and its classes as globals (idb checks requests with instanceof).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { type CounterpartDb, openCounterpartDb } from '../../../src/storage/db';
import { indexedCheckpointRepository } from '../../../src/storage/indexed-checkpoints';
import { indexedSessionRepository } from '../../../src/storage/indexed-sessions';
import {
  MissingSessionError,
  memorySessionRepository,
  type SessionRepository,
} from '../../../src/storage/session-repository';
import { storedSession } from './fixtures';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

let databases = 0;
/** A database of its own on the fake IndexedDB, so every test starts empty. */
function freshDb(): Promise<CounterpartDb> {
  return openCounterpartDb(`counterpart-test-${++databases}`).then((db) => {
    opened.push(db);
    return db;
  });
}
const indexedRepo = (): SessionRepository => indexedSessionRepository(freshDb());

const implementations: [string, () => SessionRepository][] = [
  ['memory', memorySessionRepository],
  ['idb (fake-indexeddb)', indexedRepo],
];

describe.each(implementations)('session repository: %s', (_name, make) => {
  it('puts, lists newest first, gets the recording back unchanged', async () => {
    const repo = make();
    const a = storedSession(1);
    const b = storedSession(2);
    await repo.put(a.recording, a.summary);
    await repo.put(b.recording, b.summary);
    expect((await repo.list()).map((s) => s.id)).toEqual([b.recording.id, a.recording.id]);
    expect(await repo.get(a.recording.id)).toEqual(a.recording);
    expect(await repo.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('put replaces a session with the same id', async () => {
    const repo = make();
    const a = storedSession(1);
    await repo.put(a.recording, a.summary);
    await repo.put(a.recording, { ...a.summary, noteCount: 3 });
    expect(await repo.list()).toHaveLength(1);
    expect((await repo.list())[0]?.noteCount).toBe(3);
  });

  it('update changes recording and summary together; an unknown id rejects', async () => {
    const repo = make();
    const a = storedSession(1);
    await repo.put(a.recording, a.summary);
    const note = {
      atMs: 100,
      text: '<b>Gut</b> nachgefragt',
      author: 'trainer-1',
      createdAt: '2026-01-12T10:00:00.000Z',
    };
    await repo.update(a.recording.id, (recording, summary) => ({
      recording: { ...recording, notes: [note] },
      summary: { ...summary, noteCount: 1 },
    }));
    expect((await repo.get(a.recording.id))?.notes).toEqual([note]);
    expect((await repo.list())[0]?.noteCount).toBe(1);
    await expect(repo.update('nope', (r, s) => ({ recording: r, summary: s }))).rejects.toBeInstanceOf(
      MissingSessionError,
    );
  });

  it('deletes one session, all of a pseudonym, sessions older than a date, everything', async () => {
    const repo = make();
    const sessions = [
      storedSession(1, { pseudonym: 'blau-7', startedAt: '2026-01-01T08:00:00.000Z' }),
      storedSession(2, { pseudonym: 'blau-7', startedAt: '2026-02-01T08:00:00.000+01:00' }),
      storedSession(3, { pseudonym: 'gruen-3', startedAt: '2026-03-01T08:00:00.000Z' }),
      storedSession(4, { pseudonym: 'gruen-3', startedAt: '2026-04-01T08:00:00.000Z' }),
      storedSession(5, { pseudonym: 'rot-1', startedAt: '2026-05-01T08:00:00.000Z' }),
    ];
    for (const s of sessions) await repo.put(s.recording, s.summary);
    const ids = async () => (await repo.list()).map((s) => s.id.slice(-1)).sort();

    await repo.delete(sessions[4]?.recording.id ?? '');
    expect(await ids()).toEqual(['1', '2', '3', '4']);
    expect(await repo.get(sessions[4]?.recording.id ?? '')).toBeUndefined();

    // 07:30 UTC on Feb 1st: session 2 started at 07:00 UTC (08:00+01:00), so it is older.
    expect(await repo.deleteOlderThan('2026-02-01T07:30:00.000Z')).toBe(2);
    expect(await ids()).toEqual(['3', '4']);

    expect(await repo.deleteTrainee('gruen-3')).toBe(2);
    expect(await repo.deleteTrainee('gruen-3')).toBe(0);
    expect(await ids()).toEqual([]);

    await repo.put(
      sessions[0]?.recording ?? storedSession(9).recording,
      sessions[0]?.summary ?? storedSession(9).summary,
    );
    await repo.clear();
    expect(await repo.list()).toEqual([]);
    expect(await repo.get(sessions[0]?.recording.id ?? '')).toBeUndefined();
  });

  it('hands out copies: changing a returned object changes nothing stored', async () => {
    const repo = make();
    const a = storedSession(1);
    await repo.put(a.recording, a.summary);
    const got = await repo.get(a.recording.id);
    if (got) got.pseudonym = 'changed';
    const listed = await repo.list();
    if (listed[0]) listed[0].scores.overall = -1;
    expect((await repo.get(a.recording.id))?.pseudonym).toBe('blau-7');
    expect((await repo.list())[0]?.scores.overall).toBe(a.summary.scores.overall);
  });
});

describe('IndexedDB session repository', () => {
  it('writes summary and recording in one transaction: a failing write leaves both as they were', async () => {
    const repo = indexedRepo();
    const a = storedSession(1);
    await repo.put(a.recording, a.summary);
    const b = storedSession(2);
    // A function cannot be stored (DataCloneError): the summary write fails after the recording's.
    const broken = { ...b.summary, scores: { ...b.summary.scores, overall: (() => 1) as unknown as number } };
    await expect(repo.put(b.recording, broken)).rejects.toThrow();
    expect(await repo.get(b.recording.id)).toBeUndefined();
    expect((await repo.list()).map((s) => s.id)).toEqual([a.recording.id]);
  });

  it('opens a database the app made with Dexie (checkpoints only, IndexedDB version 10) in place: the saved checkpoint stays', async () => {
    const name = `counterpart-upgrade-${++databases}`;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onupgradeneeded = () => request.result.createObjectStore('checkpoints', { keyPath: 'slot' });
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction('checkpoints', 'readwrite');
        tx.objectStore('checkpoints').put({ slot: 'current', data: { kept: true } });
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
      };
    });
    const db = openCounterpartDb(name);
    opened.push(await db);
    expect(await indexedCheckpointRepository(db).load()).toEqual({ kept: true });
    expect(await indexedSessionRepository(db).list()).toEqual([]);
    expect([...(await db).objectStoreNames].sort()).toEqual([
      'checkpoints',
      'profiles',
      'recordings',
      'scenarios',
      'sessions',
    ]);
  });

  it('a checkpoint saves, loads and clears', async () => {
    const repo = indexedCheckpointRepository(freshDb());
    expect(await repo.load()).toBeUndefined();
    await repo.save({ turn: 3 });
    expect(await repo.load()).toEqual({ turn: 3 });
    await repo.clear();
    expect(await repo.load()).toBeUndefined();
  });
});

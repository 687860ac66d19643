import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addTrainerNote } from '../../../src/core/recording/create';
import type { Recording } from '../../../src/core/recording/schema';
import { memorySessionRepository } from '../../../src/storage/session-repository';
import { BACKOFF, retryDelayMs } from '../../../src/team/backoff';
import type { DeviceApi, Outcome } from '../../../src/team/device-api';
import { syncOnce } from '../../../src/team/sync';
import { memorySyncStore } from '../../../src/team/sync-state';
import { indexedSyncStore, loadPairing, openTeamDb, savePairing } from '../../../src/team/team-db';
import { storedSession } from '../storage/fixtures';

/** A server stand-in: answers uploads from a script of outcomes (then "done"), remembers what it received. */
function fakeApi(script: Outcome['kind'][] = [], deleteScript: Outcome['kind'][] = []) {
  const received: Recording[] = [];
  const erased: string[] = [];
  const deleted: string[] = [];
  const api: DeviceApi & { received: Recording[]; erased: string[]; deleted: string[] } = {
    received,
    erased,
    deleted,
    upload: async (recording) => {
      const kind = script.shift() ?? 'done';
      if (kind === 'done') received.push(recording);
      if (kind === 'refused') return { kind, status: 400, message: 'invalid recording: startedAt' };
      if (kind === 'retry') return { kind, reason: 'HTTP 503' };
      if (kind === 'unpaired') return { kind };
      return { kind: 'done', value: undefined };
    },
    notes: async () => ({ kind: 'done', value: [] }),
    eraseTrainee: async (pseudonym) => {
      erased.push(pseudonym);
      return { kind: 'done', value: undefined };
    },
    deleteSession: async (id) => {
      const kind = deleteScript.shift() ?? 'done';
      if (kind === 'retry') return { kind, reason: 'offline' };
      if (kind === 'unpaired') return { kind };
      deleted.push(id);
      if (kind === 'refused') return { kind, status: 404, message: 'no such session' };
      return { kind: 'done', value: undefined };
    },
  };
  return api;
}

async function setup(count: number) {
  const repository = memorySessionRepository();
  for (let i = 1; i <= count; i++) {
    const { recording, summary } = storedSession(i);
    await repository.put(recording, summary);
  }
  let clock = 1_000_000;
  return {
    repository,
    store: memorySyncStore(),
    now: () => clock,
    advance: (ms: number) => (clock += ms),
    random: () => 0.5,
  };
}

describe('upload queue', () => {
  it('uploads every session once, oldest first; a second round sends nothing', async () => {
    const s = await setup(3);
    const api = fakeApi();
    const first = await syncOnce({ ...s, api });
    expect(first.status).toBe('ok');
    expect(api.received.map((r) => r.startedAt)).toEqual([...api.received.map((r) => r.startedAt)].sort());
    expect(first.uploaded).toHaveLength(3);
    const again = await syncOnce({ ...s, api });
    expect(again.uploaded).toEqual([]);
    expect(api.received).toHaveLength(3);
  });

  it('when the server is down it stops, keeps the sessions waiting and retries after the back-off', async () => {
    const s = await setup(2);
    const api = fakeApi(['retry']);
    const down = await syncOnce({ ...s, api });
    expect(down.status).toBe('offline');
    expect(down.waiting).toHaveLength(2);
    expect(down.nextAt).toBe(s.now() + retryDelayMs(1, 0.5));
    // Before the retry time nothing is sent for the failed session.
    expect((await syncOnce({ ...s, api })).uploaded).toHaveLength(1);
    s.advance(BACKOFF.firstMs);
    const later = await syncOnce({ ...s, api });
    expect(later.status).toBe('ok');
    expect(api.received).toHaveLength(2);
  });

  it('a refused session is not retried until it changes; a new note sends it again', async () => {
    const s = await setup(1);
    const api = fakeApi(['refused']);
    expect((await syncOnce({ ...s, api })).refused).toHaveLength(1);
    expect((await syncOnce({ ...s, api })).uploaded).toEqual([]);
    const [summary] = await s.repository.list();
    if (!summary) throw new Error('no session');
    await s.repository.update(summary.id, (recording, sum) => ({
      recording: addTrainerNote(recording, {
        atMs: 10,
        text: 'Notiz',
        author: 'trainer-ana',
        createdAt: '2026-02-01T10:00:00Z',
      }),
      summary: { ...sum, noteCount: sum.noteCount + 1 },
    }));
    expect((await syncOnce({ ...s, api })).uploaded).toEqual([summary.id]);
    expect(api.received[0]?.notes).toHaveLength(1);
  });

  it('a revoked device stops the round and uploads nothing', async () => {
    const s = await setup(2);
    const api = fakeApi(['unpaired']);
    const report = await syncOnce({ ...s, api });
    expect(report.status).toBe('unpaired');
    expect(api.received).toEqual([]);
  });

  it('a pending erasure goes to the server before any upload', async () => {
    const s = await setup(1);
    await s.store.addErasure('blau-7');
    const api = fakeApi();
    await syncOnce({ ...s, api });
    expect(api.erased).toEqual(['blau-7']);
    expect(await s.store.erasures()).toEqual([]);
  });
});

describe('deleting a session on the device', () => {
  it('deletes it on the server once; a session the server never had (404) counts as deleted', async () => {
    const s = await setup(2);
    const api = fakeApi([], ['done', 'refused']);
    await syncOnce({ ...s, api });
    const [gone] = await s.repository.list();
    if (!gone) throw new Error('no session');
    await s.repository.delete(gone.id);
    await s.store.putDeletion({ id: gone.id, attempts: 0, nextAt: 0 });
    await s.store.putDeletion({ id: 'never-uploaded', attempts: 0, nextAt: 0 });
    const report = await syncOnce({ ...s, api });
    expect(report.status).toBe('ok');
    expect(api.deleted.sort()).toEqual([gone.id, 'never-uploaded'].sort());
    expect(await s.store.deletions()).toEqual([]);
    await syncOnce({ ...s, api });
    expect(api.deleted).toHaveLength(2);
    // The remaining session was not uploaded again.
    expect(api.received).toHaveLength(2);
  });

  it('a failed delete waits with back-off, then is retried and leaves the queue', async () => {
    const s = await setup(1);
    const api = fakeApi([], ['retry', 'retry']);
    await s.store.putDeletion({ id: 'gone', attempts: 0, nextAt: 0 });
    const down = await syncOnce({ ...s, api });
    expect(down.status).toBe('offline');
    expect(down.nextAt).toBe(s.now() + retryDelayMs(1, 0.5));
    expect(await s.store.deletions()).toEqual([{ id: 'gone', attempts: 1, nextAt: down.nextAt }]);
    // Before its time the delete is not tried again, and uploads go on meanwhile.
    const waiting = await syncOnce({ ...s, api });
    expect(api.deleted).toEqual([]);
    expect(waiting.uploaded).toHaveLength(1);
    expect(waiting.nextAt).toBe(down.nextAt);
    s.advance(retryDelayMs(1, 0.5));
    const second = await syncOnce({ ...s, api });
    expect(second.nextAt).toBe(s.now() + retryDelayMs(2, 0.5));
    s.advance(retryDelayMs(2, 0.5));
    expect((await syncOnce({ ...s, api })).status).toBe('ok');
    expect(api.deleted).toEqual(['gone']);
    expect(await s.store.deletions()).toEqual([]);
  });

  it('a revoked device keeps the delete queued', async () => {
    const s = await setup(0);
    const api = fakeApi([], ['unpaired']);
    await s.store.putDeletion({ id: 'gone', attempts: 0, nextAt: 0 });
    expect((await syncOnce({ ...s, api })).status).toBe('unpaired');
    expect(await s.store.deletions()).toHaveLength(1);
  });
});

describe('back-off', () => {
  it('doubles from about 5 s, is capped at 15 minutes and spread by the random factor', () => {
    expect(retryDelayMs(1, 1)).toBe(BACKOFF.firstMs);
    expect(retryDelayMs(2, 1)).toBe(2 * BACKOFF.firstMs);
    expect(retryDelayMs(30, 1)).toBe(BACKOFF.maxMs);
    expect(retryDelayMs(3, 0)).toBe(2 * BACKOFF.firstMs);
  });
});

describe('the IndexedDB queue', () => {
  it('keeps records, erasures, deletions and the pairing across a reopen', async () => {
    const name = `team-test-${Math.random()}`;
    const first = openTeamDb(name);
    const store = indexedSyncStore(first);
    await store.put({ id: 'a', uploaded: 'notes:0|protocol:0', refused: null, attempts: 0, nextAt: 0 });
    await store.addErasure('blau-7');
    await store.putDeletion({ id: 'b', attempts: 2, nextAt: 99 });
    const pairing = {
      server: 'https://team.example',
      token: 't'.repeat(43),
      team: 'Nord',
      deviceId: 'd',
      pairedAt: '2026-01-01T00:00:00.000Z',
    };
    await savePairing(first, pairing);
    (await first).close();
    const again = openTeamDb(name);
    expect(await indexedSyncStore(again).records()).toEqual([
      { id: 'a', uploaded: 'notes:0|protocol:0', refused: null, attempts: 0, nextAt: 0 },
    ]);
    expect(await indexedSyncStore(again).erasures()).toEqual(['blau-7']);
    expect(await indexedSyncStore(again).deletions()).toEqual([{ id: 'b', attempts: 2, nextAt: 99 }]);
    expect(await loadPairing(again)).toEqual(pairing);
    await savePairing(again, null);
    expect(await loadPairing(again)).toBeNull();
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recordsStore, retryUnsaved, saveSession, settled, write } from '../../../src/recording/records-store';
import { memorySessionRepository } from '../../../src/storage/session-repository';
import { storedSession } from './fixtures';

const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
/** How a wrapper such as Dexie reports it: an AbortError whose `inner` is the QuotaExceededError. */
const wrappedAbort = () => Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quotaError() });

let repo = memorySessionRepository();
beforeEach(() => {
  // The failures below are expected; their warnings are not news.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  repo = memorySessionRepository();
  recordsStore.setState({ repository: repo, lastSaved: null, problem: null, unsaved: null, revision: 0 });
});

describe('records store', () => {
  it('saves a session and remembers it as the last saved', async () => {
    const a = storedSession(1);
    expect(await saveSession(a.recording, a.summary)).toBe(true);
    expect(recordsStore.getState().lastSaved).toEqual({ id: a.recording.id });
    expect(recordsStore.getState().revision).toBe(1);
    expect(await repo.get(a.recording.id)).toEqual(a.recording);
  });

  it('a full storage: a clear problem, the session kept in memory, everything stored before untouched', async () => {
    const a = storedSession(1);
    await saveSession(a.recording, a.summary);
    const before = { list: await repo.list(), recording: await repo.get(a.recording.id) };

    repo.fail = wrappedAbort();
    const b = storedSession(2);
    expect(await saveSession(b.recording, b.summary)).toBe(false);
    expect(recordsStore.getState().problem).toEqual({ kind: 'quota', action: 'save' });
    expect(recordsStore.getState().unsaved?.recording).toEqual(b.recording);
    expect(recordsStore.getState().lastSaved).toEqual({ id: a.recording.id });
    expect(await repo.list()).toEqual(before.list);
    expect(await repo.get(a.recording.id)).toEqual(before.recording);

    // Deleting or importing fails the same way and changes nothing.
    expect(await write('delete', (r) => r.clear())).toBeNull();
    expect(await repo.list()).toEqual(before.list);

    // Space freed: "try again" stores the kept session and the problem goes.
    repo.fail = null;
    expect(await retryUnsaved()).toBe(true);
    expect(recordsStore.getState().unsaved).toBeNull();
    expect(recordsStore.getState().lastSaved).toEqual({ id: b.recording.id });
    expect((await repo.list()).map((s) => s.id)).toEqual([b.recording.id, a.recording.id]);
  });

  it('any other failure is reported as such', async () => {
    repo.fail = new Error('disk on fire');
    const a = storedSession(1);
    await saveSession(a.recording, a.summary);
    expect(recordsStore.getState().problem).toEqual({ kind: 'failed', action: 'save' });
  });

  it('runs writes in order: a delete never overtakes the save before it', async () => {
    const a = storedSession(1);
    void saveSession(a.recording, a.summary);
    void write('delete', (r) => r.delete(a.recording.id));
    await settled();
    expect(await repo.list()).toEqual([]);
  });
});

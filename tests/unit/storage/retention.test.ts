import { describe, expect, it } from 'vitest';
import {
  applyRetention,
  RETENTION_KEY,
  readRetention,
  retentionCutOff,
  writeRetention,
} from '../../../src/recording/retention';
import { memorySessionRepository } from '../../../src/storage/session-repository';
import { storedSession } from './fixtures';

function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    items,
  };
}

describe('retention', () => {
  it('reads a whole number of days; anything else means keep', () => {
    expect(readRetention(fakeStorage({ [RETENTION_KEY]: '30' }))).toBe(30);
    for (const bad of ['0', '-3', '2.5', 'abc', '', '99999999'])
      expect(readRetention(fakeStorage({ [RETENTION_KEY]: bad }))).toBeNull();
    expect(readRetention(fakeStorage())).toBeNull();
    expect(readRetention(undefined)).toBeNull();
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(readRetention(throwing)).toBeNull();
  });

  it('writes and clears the setting', () => {
    const storage = fakeStorage();
    writeRetention(90, storage);
    expect(storage.items.get(RETENTION_KEY)).toBe('90');
    writeRetention(null, storage);
    expect(storage.items.has(RETENTION_KEY)).toBe(false);
  });

  it('deletes exactly the sessions older than N days', async () => {
    const now = Date.parse('2026-03-31T12:00:00.000Z');
    expect(retentionCutOff(30, now)).toBe('2026-03-01T12:00:00.000Z');
    const repo = memorySessionRepository();
    const old = storedSession(1, { startedAt: '2026-03-01T11:59:59.000Z' });
    const recent = storedSession(2, { startedAt: '2026-03-01T12:00:00.000Z' });
    await repo.put(old.recording, old.summary);
    await repo.put(recent.recording, recent.summary);
    expect(await applyRetention(repo, null, now)).toBe(0);
    expect(await repo.list()).toHaveLength(2);
    expect(await applyRetention(repo, 30, now)).toBe(1);
    expect((await repo.list()).map((s) => s.id)).toEqual([recent.recording.id]);
  });
});

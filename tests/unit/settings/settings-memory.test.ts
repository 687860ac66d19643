import { describe, expect, it, vi } from 'vitest';
import { createSessionStore } from '../../../src/state/session-store';
import {
  type KeyValueStore,
  readRememberedSettings,
  rememberSettings,
  SETTINGS_KEY,
} from '../../../src/storage/settings-memory';

function memoryStorage(initial?: string): KeyValueStore & { value(): string | null } {
  let stored: string | null = initial ?? null;
  return {
    getItem: (key) => (key === SETTINGS_KEY ? stored : null),
    setItem: (key, value) => {
      if (key === SETTINGS_KEY) stored = value;
    },
    value: () => stored,
  };
}

const newStore = () => createSessionStore({ clock: () => 0, newSeed: () => 'seed' });

describe('settings remembered on the device', () => {
  it('survive a reload: what one page chose, the next page starts with', () => {
    const storage = memoryStorage();
    const first = newStore();
    rememberSettings(first, storage);
    first.getState().setSettings({ locale: 'en', mode: 'assessment', pseudonym: 'blau-7', difficulty: 'hard' });
    const reloaded = newStore();
    expect(reloaded.getState().settings).toMatchObject({ locale: 'de', mode: 'practice', pseudonym: '' });
    rememberSettings(reloaded, storage);
    expect(reloaded.getState().settings).toEqual({
      locale: 'en',
      mode: 'assessment',
      pseudonym: 'blau-7',
      difficulty: 'hard',
    });
  });

  it('a deep link applied afterwards still wins', () => {
    const storage = memoryStorage(JSON.stringify({ locale: 'en', mode: 'assessment', pseudonym: 'blau-7' }));
    const store = newStore();
    rememberSettings(store, storage);
    store.getState().setSettings({ locale: 'de' });
    expect(store.getState().settings).toMatchObject({ locale: 'de', mode: 'assessment', pseudonym: 'blau-7' });
  });

  it('keeps only known values of a damaged or hand-edited entry', () => {
    expect(readRememberedSettings(memoryStorage('{not json'))).toEqual({});
    expect(readRememberedSettings(memoryStorage('"de"'))).toEqual({});
    expect(
      readRememberedSettings(
        memoryStorage(JSON.stringify({ locale: 'fr', mode: 'exam', pseudonym: 7, difficulty: 'extreme' })),
      ),
    ).toEqual({});
    expect(
      readRememberedSettings(memoryStorage(JSON.stringify({ locale: 'en', mode: 'exam', pseudonym: 'x'.repeat(65) }))),
    ).toEqual({
      locale: 'en',
    });
    expect(readRememberedSettings(null)).toEqual({});
  });

  it('storage that throws costs nothing but the memory', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = newStore();
    rememberSettings(store, broken);
    store.getState().setSettings({ pseudonym: 'blau-7' });
    expect(store.getState().settings.pseudonym).toBe('blau-7');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

import { DIFFICULTIES, type Difficulty, LOCALES, type Locale } from '../core/scenario/vocabulary';
import type { SessionStore, Settings } from '../state/session-store';

/** Where the menu's choices are kept on this device (localStorage in the app). */
export const SETTINGS_KEY = 'counterpart.settings';

/** The part of the Web Storage API this needs; a fake in unit tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const MAX_PSEUDONYM_CHARS = 64;

/**
 * The settings remembered on this device: language, mode, pseudonym and level, each only when
 * it is a value the app knows (a hand-edited or older entry loses just the unknown field).
 * Nothing stored, unreadable storage (private mode, blocked cookies) or broken JSON: none.
 */
export function readRememberedSettings(storage: KeyValueStore | null): Partial<Settings> {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(SETTINGS_KEY) ?? null;
  } catch {
    return {};
  }
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const { locale, mode, pseudonym, difficulty } = parsed as Record<string, unknown>;
  const settings: Partial<Settings> = {};
  if (LOCALES.includes(locale as Locale)) settings.locale = locale as Locale;
  if (mode === 'practice' || mode === 'assessment') settings.mode = mode;
  if (typeof pseudonym === 'string' && pseudonym.length <= MAX_PSEUDONYM_CHARS) settings.pseudonym = pseudonym;
  if (DIFFICULTIES.includes(difficulty as Difficulty)) settings.difficulty = difficulty as Difficulty;
  return settings;
}

/**
 * Loads the remembered settings into the store and keeps them from then on, so language, mode,
 * pseudonym and level survive a reload. Call it before the deep link is applied: a link's
 * `lang`/`mode`/`difficulty` still win (and are then remembered like any other choice). A write
 * that fails (storage full or blocked) is ignored — the settings are a convenience. Returns the
 * unsubscribe function.
 */
export function rememberSettings(store: SessionStore, storage: KeyValueStore | null): () => void {
  const remembered = readRememberedSettings(storage);
  if (Object.keys(remembered).length > 0) store.getState().setSettings(remembered);
  return store.subscribe((state, prev) => {
    if (state.settings === prev.settings || !storage) return;
    const { locale, mode, pseudonym, difficulty } = state.settings;
    try {
      storage.setItem(SETTINGS_KEY, JSON.stringify({ locale, mode, pseudonym, difficulty }));
    } catch (error) {
      console.warn('Counterpart: the settings could not be remembered', error);
    }
  });
}

/** The browser's localStorage, or null where reading it throws (some privacy modes). */
export function deviceStorage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

import { useStore } from 'zustand';
import { setLocale } from '../i18n/locale';
import { createSessionStore, type SessionStoreState } from './session-store';

/** Fresh entropy for each session's seed; the seed is recorded, so a replay repeats it exactly. */
function newSeed(): string {
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36)).join('-');
}

/** The app's one conversation store, on the browser's monotonic clock. */
export const sessionStore = createSessionStore({ clock: () => performance.now(), newSeed });

// Texts follow the trainee's language (i18n/locale.ts); subscribed before any component, so the
// language is current by the time React re-renders.
setLocale(sessionStore.getState().settings.locale);
sessionStore.subscribe((s) => setLocale(s.settings.locale));

export function useSession<T>(selector: (s: SessionStoreState) => T): T {
  return useStore(sessionStore, selector);
}

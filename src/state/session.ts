import { useStore } from 'zustand';
import { pinnedSeed } from './pinned-seed';
import { createSessionStore, type SessionStoreState } from './session-store';

const pinned = typeof window === 'undefined' ? null : pinnedSeed(window.location.search);

/** Fresh entropy for each session's seed; the seed is recorded, so a replay repeats it exactly. */
function newSeed(): string {
  if (pinned) return pinned;
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36)).join('-');
}

/** A fresh id for each run (see SessionStoreState.runId): 128 random bits. */
function newRunId(): string {
  const bytes = new Uint32Array(4);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(8, '0')).join('');
}

/** The app's one conversation store, on the browser's monotonic clock. */
export const sessionStore = createSessionStore({ clock: () => performance.now(), newSeed, newRunId });

export function useSession<T>(selector: (s: SessionStoreState) => T): T {
  return useStore(sessionStore, selector);
}

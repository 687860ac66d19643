import type { PoseTrack } from '../core/recording/pose-track';
import type { SessionStore, SessionStoreState } from '../state/session-store';
import type { FinishedSession } from './session-saver';

export interface EndWatchDeps {
  /** The poses recorded during the conversation (PoseCapture's, see pose-source.ts). */
  poses(): PoseTrack;
  clockNow(): number;
  wallNow(): number;
  newId(): string;
  random(): number;
  /** Stores the session (session-saver.ts, loaded on demand in the app). */
  save(finished: FinishedSession): void;
}

/** The store just switched to the debrief of a conversation (finished live, or resumed and finished). */
export function isConversationEnd(state: SessionStoreState, prev: SessionStoreState): boolean {
  return (
    state.screen === 'debrief' &&
    prev.screen !== 'debrief' &&
    state.report !== null &&
    state.run !== null &&
    state.scenario !== null
  );
}

/**
 * Watches the session store from outside (the store knows nothing of storage) and hands every
 * finished conversation to `save`, with the poses and clocks read at that very moment — before a
 * retry could start the next run. Returns the unsubscribe function.
 */
export function watchFinishedSessions(store: SessionStore, deps: EndWatchDeps): () => void {
  return store.subscribe((state, prev) => {
    if (!isConversationEnd(state, prev)) return;
    deps.save({
      state,
      poses: deps.poses(),
      clockNow: deps.clockNow(),
      wallNow: deps.wallNow(),
      id: deps.newId(),
      random: deps.random(),
    });
  });
}

import { currentPoseTrack } from '../state/pose-source';
import type { SessionStore } from '../state/session-store';
import { indexedSessionRepository } from '../storage/indexed-sessions';
import { requestPersistentStorage } from '../storage/persistence';
import { memorySessionRepository } from '../storage/session-repository';
import { recordsStore, write } from './records-store';
import { applyRetention, readRetention } from './retention';
import { watchFinishedSessions } from './session-end-watch';
import { newUuid } from './uuid';

/**
 * Connects finished conversations to storage, in this order: the IndexedDB repository (memory
 * where a browser has none — sessions then last until the page closes), the end-of-session save,
 * then the retention rule on what is stored. Persistent storage is asked for once a session has
 * been stored, the moment there is something worth keeping.
 */
export function startRecords(sessionStore: SessionStore): void {
  if (typeof indexedDB === 'undefined') {
    console.warn('Counterpart: this browser has no IndexedDB; finished sessions are kept only until the page closes');
    recordsStore.setState({ repository: memorySessionRepository() });
  } else {
    recordsStore.setState({ repository: indexedSessionRepository() });
  }
  watchFinishedSessions(sessionStore, {
    poses: currentPoseTrack,
    newId: newUuid,
    random: Math.random,
    clockNow: () => performance.now(),
    wallNow: () => Date.now(),
    // Loaded at the first debrief: the recording schema brings the full zod, which a conversation does without.
    save: (finished) =>
      void import('./session-saver')
        .then((m) => m.saveFinishedSession(sessionStore, finished))
        .catch((error: unknown) => {
          console.warn('Counterpart: the finished session could not be saved', error);
          recordsStore.setState({ problem: { kind: 'failed', action: 'save' } });
        }),
  });
  recordsStore.subscribe((state, prev) => {
    if (state.lastSaved && state.lastSaved !== prev.lastSaved) void requestPersistentStorage();
  });
  void write('retention', (repository) => applyRetention(repository, readRetention(), Date.now()));
}

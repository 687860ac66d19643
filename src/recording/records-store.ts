import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Recording } from '../core/recording/schema';
import { memorySessionRepository, type SessionRepository, type SessionSummary } from '../storage/session-repository';
import { isQuotaError } from '../storage/storage-errors';

/** What a failed write was doing, so the message can say what was (not) stored. */
export type RecordsAction = 'save' | 'import' | 'delete' | 'retention';

/** A write that failed: the storage is full (`quota`) or failed otherwise. Nothing stored before is lost either way. */
export interface RecordsProblem {
  kind: 'quota' | 'failed';
  action: RecordsAction;
}

export interface RecordsState {
  /** The finished sessions on this device; boot.ts swaps in the IndexedDB one. */
  repository: SessionRepository;
  /** The session saved last (helper features attach notes and the protocol to it). */
  lastSaved: { id: string } | null;
  problem: RecordsProblem | null;
  /** A finished session that could not be stored, kept in memory so it can be saved again or downloaded. */
  unsaved: { recording: Recording; summary: SessionSummary } | null;
  /** Counts changes to the stored sessions; lists reload when it moves. */
  revision: number;
}

export const recordsStore = createStore<RecordsState>()(() => ({
  repository: memorySessionRepository(),
  lastSaved: null,
  problem: null,
  unsaved: null,
  revision: 0,
}));

export function useRecords<T>(selector: (s: RecordsState) => T): T {
  return useStore(recordsStore, selector);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs writes one after another (a delete never overtakes the save before it) and turns a
 * failure into `problem` instead of an exception: the app goes on, stored data stays as it was
 * (every repository write is one transaction). Resolves to the write's result, or null if it failed.
 */
export function write<T>(action: RecordsAction, run: (repository: SessionRepository) => Promise<T>): Promise<T | null> {
  const next = queue.then(async () => {
    try {
      const result = await run(recordsStore.getState().repository);
      recordsStore.setState((s) => ({
        revision: s.revision + 1,
        problem: s.problem?.action === action ? null : s.problem,
      }));
      return result;
    } catch (error) {
      console.warn(`Counterpart: the sessions could not be changed (${action})`, error);
      recordsStore.setState({ problem: { kind: isQuotaError(error) ? 'quota' : 'failed', action } });
      return null;
    }
  });
  queue = next;
  return next;
}

/** Resolves once every write started so far has finished (or failed). */
export function settled(): Promise<void> {
  return queue.then(() => undefined);
}

/**
 * Stores a finished session with its summary. When that fails the session stays in `unsaved`,
 * so the trainee can free space and try again, or download it as a file; nothing is dropped.
 */
export async function saveSession(recording: Recording, summary: SessionSummary): Promise<boolean> {
  const stored = await write('save', async (repository) => {
    await repository.put(recording, summary);
    return true;
  });
  if (stored) recordsStore.setState({ lastSaved: { id: recording.id }, unsaved: null });
  else recordsStore.setState({ unsaved: { recording, summary } });
  return stored === true;
}

/** Tries the kept unsaved session again. */
export async function retryUnsaved(): Promise<boolean> {
  const { unsaved } = recordsStore.getState();
  return unsaved ? saveSession(unsaved.recording, unsaved.summary) : true;
}

export function dismissProblem(): void {
  recordsStore.setState({ problem: null });
}

import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Resumable, StorageProblem } from './checkpoint-keeper';

/** What the app knows about saved conversations: one to offer in the menu, and whether saving works. */
export interface CheckpointStoreState {
  /** A saved, unfinished conversation the start menu offers to continue. */
  offer: Resumable | null;
  problem: StorageProblem | null;
}

export const checkpointStore = createStore<CheckpointStoreState>()(() => ({ offer: null, problem: null }));

export function useCheckpoints<T>(selector: (s: CheckpointStoreState) => T): T {
  return useStore(checkpointStore, selector);
}

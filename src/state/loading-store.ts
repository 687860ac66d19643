import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export interface LoadingState {
  /** The 3D scene's code (a chunk of its own): still loading, there, or failed to load. */
  scene: 'loading' | 'ready' | 'failed';
  /**
   * The live customer's avatar: not on stage ('none'), its file still loading, or on stage (the
   * model, or the placeholder when the file could not be loaded).
   */
  customer: 'none' | 'loading' | 'ready';
  /** Whether three's loading manager is loading assets (room, fonts, avatar), and how far. */
  active: boolean;
  progress: number;
  loaded: number;
  total: number;
}

/**
 * Loading progress without three: the start menu and the loading screen read it, the scene
 * (src/scene/LoadingReporter.tsx) writes three's progress into it once its chunk is in.
 */
export const loadingStore = createStore<LoadingState>()(() => ({
  scene: 'loading',
  customer: 'none',
  active: false,
  progress: 0,
  loaded: 0,
  total: 0,
}));

export function useLoading<T>(selector: (state: LoadingState) => T): T {
  return useStore(loadingStore, selector);
}

/**
 * Resolves once the scene's code is in (or has failed to load). A conversation starts only then,
 * so the customer does not begin to speak behind the loading screen; the trainee meanwhile reads
 * the start menu, which never waits for it.
 */
export function sceneCodeSettled(): Promise<void> {
  if (loadingStore.getState().scene !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const stop = loadingStore.subscribe((state) => {
      if (state.scene === 'loading') return;
      stop();
      resolve();
    });
  });
}

/**
 * Whether the stage is set for the customer to speak: the scene's code is in and the customer's
 * avatar is not still loading. Fails open: without a scene (it failed to load) or an avatar that
 * never mounts, the conversation goes on in text.
 */
export function stageReady(state: Pick<LoadingState, 'scene' | 'customer'> = loadingStore.getState()): boolean {
  return state.scene !== 'loading' && state.customer !== 'loading';
}

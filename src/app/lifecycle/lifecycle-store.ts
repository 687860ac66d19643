import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * 'lost' while the WebGL context is gone, 'stuck' when it has not come back after a while,
 * 'restored-xr' when it came back after ending a VR session (the trainee re-enters VR).
 */
export type GraphicsStatus = 'ok' | 'lost' | 'stuck' | 'restored-xr';

export interface LifecycleStoreState {
  graphics: GraphicsStatus;
  /** The context was lost during an immersive session, which was ended for it. */
  graphicsLostInXr: boolean;
}

export const lifecycleStore = createStore<LifecycleStoreState>()(() => ({ graphics: 'ok', graphicsLostInXr: false }));

export function useLifecycle<T>(selector: (s: LifecycleStoreState) => T): T {
  return useStore(lifecycleStore, selector);
}

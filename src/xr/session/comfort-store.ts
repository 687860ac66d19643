import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { type OriginPose, type Posture, TRAINEE_ORIGIN } from './origin-pose';

export interface ComfortState {
  posture: Posture;
  /** Where the XR origin stands; applied by TraineeOrigin. */
  origin: OriginPose;
  /** Bumped to ask for recentering; TraineeOrigin does it on the next XR frame with a head pose. */
  recenterRequest: number;
  setPosture(posture: Posture): void;
  requestRecenter(): void;
  placeOrigin(origin: OriginPose): void;
}

/**
 * VR comfort settings and the origin's pose: serialisable data only. Changing posture recenters
 * at once, because the lift is measured from where the head is at that moment.
 */
export const comfortStore = createStore<ComfortState>()((set, get) => ({
  posture: 'standing',
  origin: TRAINEE_ORIGIN,
  recenterRequest: 0,
  setPosture: (posture) => set({ posture, recenterRequest: get().recenterRequest + 1 }),
  requestRecenter: () => set({ recenterRequest: get().recenterRequest + 1 }),
  placeOrigin: (origin) => set({ origin }),
}));

export function useComfort<T>(selector: (s: ComfortState) => T): T {
  return useStore(comfortStore, selector);
}

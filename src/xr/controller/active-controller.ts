import { useXR } from '@react-three/xr';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export type ControllerHand = 'left' | 'right';

/**
 * Which controller shows the ray, as the Quest's own menus do: one at a time, the right one first;
 * pulling the other controller's trigger moves the ray there (that pull only moves it, it clicks
 * nothing). Two rays crossing the panels distract a trainee who holds one controller idle, and
 * each ray with its cursor costs two draw calls per eye.
 */
export const activeControllerStore = createStore<{ hand: ControllerHand }>()(() => ({ hand: 'right' }));

/** The hand whose trigger was pulled becomes the active one; hands, gaze and unhanded controllers change nothing. */
export function activeHandAfter(current: ControllerHand, source: Pick<XRInputSource, 'handedness' | 'hand'>) {
  if (source.hand) return current;
  return source.handedness === 'left' || source.handedness === 'right' ? source.handedness : current;
}

/** Whether a controller of this handedness shows its ray now (one without handedness always does). */
export function useShowsRay(handedness: XRHandedness): boolean {
  return useStore(activeControllerStore, (s) => handedness === 'none' || s.hand === handedness);
}

/** Follows trigger pulls for the session (mounted once, inside <XR>). */
export function useActiveControllerSwitch(): void {
  const session = useXR((s) => s.session);
  useEffect(() => {
    if (!session) return;
    const onSelectStart = (event: XRInputSourceEvent) => {
      const hand = activeHandAfter(activeControllerStore.getState().hand, event.inputSource);
      if (hand !== activeControllerStore.getState().hand) activeControllerStore.setState({ hand });
    };
    session.addEventListener('selectstart', onSelectStart);
    return () => session.removeEventListener('selectstart', onSelectStart);
  }, [session]);
}

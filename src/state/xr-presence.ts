import type { XRStore } from '@react-three/xr';
import type { ComponentType, ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** What the lazily loaded XR layer (./xr-layer.tsx) hands to the rest of the app. */
export interface XrLayerModule {
  /** The app's one XR store (xr/session/xr-store.ts). */
  store: XRStore;
  /** Wraps the scene in <XR> and adds the trainee's origin and the VR-only controls. */
  Layer: ComponentType<{ children: ReactNode }>;
}

export interface XrPresence {
  /** The XR layer, once loaded: only in browsers that can open an immersive-vr session. */
  layer: XrLayerModule | null;
  /** The running immersive session, mirrored from the XR store; null without one. */
  session: XRSession | null;
  /** The session's visibility ('none' without a session). */
  visibility: XRVisibilityState | 'none';
}

/**
 * What the app knows about VR without loading the XR stack. @react-three/xr and its pointer
 * events (≈ 25 KB gzip) load only where `navigator.xr` offers immersive-vr (xr/session/vr-support.ts), so a
 * desktop trainee never downloads them; menu buttons, lifecycle and recording read this store.
 */
export const xrPresence = createStore<XrPresence>()(() => ({ layer: null, session: null, visibility: 'none' }));

export function useXrPresence<T>(selector: (state: XrPresence) => T): T {
  return useStore(xrPresence, selector);
}

/** True while an immersive session runs. */
export const isPresenting = (): boolean => xrPresence.getState().session != null;

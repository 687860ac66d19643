import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { xrRuntimeReady } from './emulation';

export interface VrSupportState {
  /** Whether this browser can open an immersive-vr session now; false until known. */
  supported: boolean;
}

/** Whether "Enter VR" is offered: a store of one flag, so DOM buttons can subscribe to it. */
export const vrSupportStore = createStore<VrSupportState>()(() => ({ supported: false }));

async function check(): Promise<void> {
  const xr = typeof navigator === 'undefined' ? undefined : navigator.xr;
  let supported = false;
  try {
    supported = (await xr?.isSessionSupported('immersive-vr')) ?? false;
  } catch {
    // A browser that blocks WebXR (permissions policy, insecure context) throws: no VR there.
  }
  vrSupportStore.setState({ supported });
}

/**
 * Asks once the runtime is final (iwer in tests), then again whenever a headset is plugged in or
 * out (`devicechange`, e.g. a PC browser with a Link cable).
 */
if (typeof navigator !== 'undefined') {
  void xrRuntimeReady.then(() => {
    navigator.xr?.addEventListener('devicechange', () => void check());
    return check();
  });
}

export function useVrSupported(): boolean {
  return useStore(vrSupportStore, (s) => s.supported);
}

import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { xrRuntimeReady } from './emulation';
import { loadXrLayer } from './xr-layer-loader';

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
  if (supported) {
    // "Enter VR" must call requestSession within the click's user activation, so the XR layer is
    // loaded before the button is offered, not in the click.
    try {
      await loadXrLayer();
    } catch (error) {
      console.warn('Counterpart: the VR layer could not be loaded', error);
      supported = false;
    }
  }
  vrSupportStore.setState({ supported });
}

/**
 * Asks once the runtime is final (iwer in tests), then again whenever a headset is plugged in or
 * out (`devicechange`, e.g. a PC browser with a Link cable).
 */
/** Settles once the first answer is in (and, where VR is offered, the XR layer has loaded). */
export const vrSupportKnown: Promise<void> =
  typeof navigator === 'undefined'
    ? Promise.resolve()
    : xrRuntimeReady.then(() => {
        navigator.xr?.addEventListener('devicechange', () => void check());
        return check();
      });

export function useVrSupported(): boolean {
  return useStore(vrSupportStore, (s) => s.supported);
}

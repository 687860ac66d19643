import type { XRDevice } from 'iwer';
import { isPresenting } from '../../state/xr-presence';
import { activeControllerStore, type ControllerHand } from '../controller/active-controller';
import { comfortStore } from './comfort-store';
import { pauseListening } from './controller-pause-probe';
import { EMULATED_HEADSET } from './emulation-flag';
import type { OriginPose, Posture } from './origin-pose';

declare global {
  interface Window {
    /** The emulated headset and what tests read about VR; present only with `?xr=iwer`. */
    __counterpartXR?: {
      device: XRDevice;
      /** Whether an immersive session is presenting. */
      presenting(): boolean;
      /** Where the trainee's XR origin stands in the room (reference space → world). */
      origin(): OriginPose;
      posture(): Posture;
      /** Whether the pause button of each controller is listened to (controller-pause-probe.ts). */
      pauseListening(): { right: boolean; left: boolean };
      /** The controller that shows the ray (../controller/active-controller.ts). */
      activeController(): ControllerHand;
    };
  }
}

/**
 * Installs iwer's emulated Meta Quest 3 as `navigator.xr` for browser tests, then resolves.
 * Headless Chromium has a native `navigator.xr` that supports no immersive-vr, and iwer leaves a
 * native runtime alone unless forced. The import is dynamic, so iwer is a chunk of its own that a
 * trainee's browser never downloads. Everything that asks about XR support awaits this first.
 */
async function installEmulatedHeadset(): Promise<void> {
  if (!EMULATED_HEADSET) return;
  const { XRDevice, metaQuest3 } = await import('iwer');
  // Stereo like the real headset, so tests measure both eyes' draw calls.
  const device = new XRDevice(metaQuest3, { stereoEnabled: true });
  device.installRuntime({ forceInstall: true });
  window.__counterpartXR = {
    device,
    presenting: isPresenting,
    origin: () => comfortStore.getState().origin,
    posture: () => comfortStore.getState().posture,
    pauseListening: () => ({ ...pauseListening }),
    activeController: () => activeControllerStore.getState().hand,
  };
}

/** Settles once `navigator.xr` is final: at once in production, after iwer's install in tests. */
export const xrRuntimeReady: Promise<void> = installEmulatedHeadset().catch((error: unknown) => {
  console.warn('Counterpart: the emulated headset could not be installed', error);
});

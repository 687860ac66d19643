import type { AutoPause } from './auto-pause';
import { watchXrVisibility } from './xr-session-watch';

/**
 * Holds the conversation while the headset shows its system menu over the scene
 * (`visible-blurred`) or shows nothing of it (`hidden`: headset idle or taken off, another app),
 * and releases it when the session is visible again or has ended.
 */
export function watchXrPause(autoPause: AutoPause): () => void {
  return watchXrVisibility((visibility) => {
    if (visibility === 'visible-blurred' || visibility === 'hidden') autoPause.hold('xr-hidden');
    else autoPause.release('xr-hidden');
  });
}

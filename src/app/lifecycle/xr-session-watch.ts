import { isPresenting, xrPresence } from '../../state/xr-presence';

/** Calls `onChange` with the session's visibility now and on every change ('none' without a session). */
export function watchXrVisibility(onChange: (visibility: XRVisibilityState | 'none') => void): () => void {
  let last = xrPresence.getState().visibility;
  onChange(last);
  return xrPresence.subscribe(({ visibility }) => {
    if (visibility === last) return;
    last = visibility;
    onChange(visibility);
  });
}

/** True while an immersive session runs. */
export const isInXr = isPresenting;

/**
 * Ends the immersive session (after a context loss the headset cannot show the scene until it is
 * rebuilt; the trainee enters VR again afterwards).
 */
export function endXrSession(): void {
  const { session } = xrPresence.getState();
  session?.end().catch((error: unknown) => console.warn('Counterpart: the VR session did not end cleanly', error));
}

import type { XRStore } from '@react-three/xr';
import { type XrLayerModule, xrPresence } from '../../state/xr-presence';

// Beside the XR layer it loads: the presence store (state/) knows nothing of the XR code, so the
// scene and the menu can read it without pulling the XR stack in.
let loading: Promise<XrLayerModule> | null = null;

/** Loads the XR layer once and connects its store to this one. */
export function loadXrLayer(): Promise<XrLayerModule> {
  loading ??= import('./xr-layer').then(({ xrLayer }) => {
    const mirror = (state: ReturnType<XRStore['getState']>) => {
      const session = state.session ?? null;
      const visibility = session ? (state.visibilityState ?? 'visible') : 'none';
      const current = xrPresence.getState();
      if (current.session !== session || current.visibility !== visibility)
        xrPresence.setState({ session, visibility });
    };
    mirror(xrLayer.store.getState());
    xrLayer.store.subscribe(mirror);
    xrPresence.setState({ layer: xrLayer });
    return xrLayer;
  });
  return loading;
}

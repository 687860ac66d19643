/**
 * The XR session as the app's XR store (@react-three/xr's `createXRStore`, in
 * src/xr/session/xr-store.ts) knows it. Looked up defensively: the store module is found by a
 * build-time glob and recognised by its shape (a zustand store whose state has `session` and
 * `visibilityState`), so this file builds and runs whether or not that module exists, and
 * whatever its export is called.
 */
export interface XrStateLike {
  session?: XRSession | null;
  visibilityState?: XRVisibilityState;
}

interface XrStoreLike {
  getState(): XrStateLike;
  subscribe(listener: (state: XrStateLike) => void): () => void;
}

const modules = import.meta.glob<Record<string, unknown>>('../../xr/session/xr-store.ts', { eager: true });

function looksLikeXrStore(value: unknown): value is XrStoreLike {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<XrStoreLike>;
  if (typeof candidate.getState !== 'function' || typeof candidate.subscribe !== 'function') return false;
  const state: unknown = candidate.getState();
  return typeof state === 'object' && state !== null && 'session' in state && 'visibilityState' in state;
}

/** The app's XR store, or undefined while there is none. */
export function findXrStore(): XrStoreLike | undefined {
  for (const module of Object.values(modules)) {
    for (const value of Object.values(module)) if (looksLikeXrStore(value)) return value;
  }
  return undefined;
}

/** Calls `onChange` with the session's visibility now and on every change ('none' without a session). */
export function watchXrVisibility(onChange: (visibility: XRVisibilityState | 'none') => void): () => void {
  const store = findXrStore();
  if (!store) return () => {};
  const read = (state: XrStateLike): XRVisibilityState | 'none' => (state.session ? (state.visibilityState ?? 'visible') : 'none');
  let last = read(store.getState());
  onChange(last);
  return store.subscribe((state) => {
    const next = read(state);
    if (next === last) return;
    last = next;
    onChange(next);
  });
}

/** True while an immersive session runs. */
export function isInXr(): boolean {
  return Boolean(findXrStore()?.getState().session);
}

/**
 * Ends the immersive session (after a context loss the headset cannot show the scene until it is
 * rebuilt; the trainee enters VR again afterwards).
 */
export function endXrSession(): void {
  const session = findXrStore()?.getState().session;
  session?.end().catch((error: unknown) => console.warn('Counterpart: the VR session did not end cleanly', error));
}

import type { AutoPause } from './auto-pause';
import { lifecycleStore } from './lifecycle-store';
import { endXrSession, isInXr } from './xr-session-watch';

/** How long to wait for the browser to restore the context before suggesting a reload (ms). */
const RESTORE_WAIT_MS = 8000;

/**
 * Watches the canvas's WebGL context. When it is lost (a GPU reset, a driver update, the tab's
 * GPU memory reclaimed) three.js prevents the default so the browser may restore it; until then
 * the conversation is paused, a message says what happened, and an immersive session is ended
 * (the headset cannot show a scene without a context). On `webglcontextrestored` three.js
 * re-initialises its state and re-uploads geometries and textures from their CPU copies at the
 * next frame; the conversation resumes (after a loss in VR it waits until the trainee resumes). The context events do not bubble, so they are caught
 * on the way down (capture) rather than on the canvas R3F owns.
 */
export function watchGraphicsReset(autoPause: AutoPause, doc: Document = document): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const lost = (event: Event) => {
    if (!(event.target instanceof HTMLCanvasElement)) return;
    const inXr = isInXr();
    autoPause.hold('graphics-lost');
    if (inXr) endXrSession();
    lifecycleStore.setState({ graphics: 'lost', graphicsLostInXr: inXr });
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => lifecycleStore.setState({ graphics: 'stuck' }), RESTORE_WAIT_MS);
  };
  const restored = (event: Event) => {
    if (!(event.target instanceof HTMLCanvasElement)) return;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    // After a loss in VR the trainee is not in the scene yet: the conversation waits for them.
    const inXr = lifecycleStore.getState().graphicsLostInXr;
    lifecycleStore.setState({ graphics: inXr ? 'restored-xr' : 'ok' });
    autoPause.release('graphics-lost', !inXr);
  };
  doc.addEventListener('webglcontextlost', lost, true);
  doc.addEventListener('webglcontextrestored', restored, true);
  return () => {
    if (timer !== null) clearTimeout(timer);
    doc.removeEventListener('webglcontextlost', lost, true);
    doc.removeEventListener('webglcontextrestored', restored, true);
  };
}

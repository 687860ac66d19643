import { parseRoute, showsApp } from '../../nav/route';
import type { AutoPause } from './auto-pause';

/** The part of `window` this needs: the hash and its change event. */
export interface HashSource extends EventTarget {
  location: { hash: string };
}

/**
 * Holds the conversation while another page of the app (history, data, review) is open over it
 * — through a link, the browser's back button or a typed address — and leaves it paused on the
 * way back: the trainee has been reading something else and resumes when ready.
 */
export function watchRouteAway(autoPause: AutoPause, source: HashSource = window): () => void {
  const update = () => {
    if (showsApp(parseRoute(source.location.hash))) autoPause.release('other-page', false);
    else autoPause.hold('other-page');
  };
  update();
  source.addEventListener('hashchange', update);
  return () => source.removeEventListener('hashchange', update);
}

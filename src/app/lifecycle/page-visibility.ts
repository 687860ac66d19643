import type { AutoPause } from './auto-pause';

/**
 * Holds the conversation while the page is hidden (another tab, a minimised window, a phone's
 * lock screen, some headsets taken off) and releases it when the page is visible again.
 */
export function watchPageVisibility(autoPause: AutoPause, doc: Document = document): () => void {
  const update = () => {
    if (doc.visibilityState === 'hidden') autoPause.hold('page-hidden');
    else autoPause.release('page-hidden');
  };
  update();
  doc.addEventListener('visibilitychange', update);
  return () => doc.removeEventListener('visibilitychange', update);
}

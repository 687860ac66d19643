import { useSyncExternalStore } from 'react';

/**
 * The print page of a stored session lives at `#/print/<sessionId>`: a hash route like the app's
 * other pages (route.ts), so it can be opened from the debrief, the review or a bookmark, and
 * the browser's back button returns to where the trainee was.
 */
const PATTERN = /^#\/print\/([^/?#]+)/;

export const printHref = (sessionId: string): string => `#/print/${encodeURIComponent(sessionId)}`;

/** The session id a hash names, or null when it is not a print link. */
export function printIdOf(hash: string): string | null {
  const match = PATTERN.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1] as string);
  } catch {
    return null;
  }
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The session id of the current print link; re-renders when the hash changes. */
export function usePrintId(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => printIdOf(window.location.hash),
    () => null,
  );
}

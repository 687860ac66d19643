import { useMemo, useSyncExternalStore } from 'react';

/**
 * The app's pages besides the training itself, addressed by the URL hash so they can be
 * bookmarked and survive a reload: `#/review` (trainer review; `#/review?session=ID` opens one
 * session), `#/data` (my data), `#/history` (the trainee's progress) and `#/print/<sessionId>` (the
 * printable protocol of a stored session, laid over the app). Anything else is the app: menu,
 * conversation, debrief, which the session store switches between. A hash route keeps the static
 * build serverless. This file is the only place that reads or writes the hash's shape.
 */
export type Route =
  | { page: 'app' }
  | { page: 'review'; session?: string }
  | { page: 'data' }
  | { page: 'history' }
  | { page: 'print'; session: string };

export type Page = Route['page'];

const PRINT = /^#\/print\/([^/?#]+)/;

/** The route a hash names; unknown hashes (and a print link that does not decode) are the app. */
export function parseRoute(hash: string): Route {
  const print = PRINT.exec(hash);
  if (print) {
    try {
      return { page: 'print', session: decodeURIComponent(print[1] as string) };
    } catch {
      return { page: 'app' };
    }
  }
  const name = hash.replace(/^#\/?/, '').split(/[?/]/)[0] ?? '';
  if (name === 'data' || name === 'history') return { page: name };
  if (name !== 'review') return { page: 'app' };
  const query = hash.split('?')[1];
  const session = query ? new URLSearchParams(query).get('session') : null;
  return session ? { page: 'review', session } : { page: 'review' };
}

/** The hash of a route, for links: `hrefOf({ page: 'data' })` is `#/data`, the app is `#/`. */
export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'app':
      return '#/';
    case 'print':
      return `#/print/${encodeURIComponent(route.session)}`;
    case 'review':
      return route.session ? `#/review?session=${encodeURIComponent(route.session)}` : '#/review';
    default:
      return `#/${route.page}`;
  }
}

/** Whether the app (menu, conversation, debrief) is what the route shows: the print page lies over it. */
export const showsApp = (route: Route): boolean => route.page === 'app' || route.page === 'print';

/** Switches to a route from code (a link with `hrefOf` does the same without script). */
export function goTo(route: Route): void {
  window.location.hash = hrefOf(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const currentHash = () => window.location.hash;

/** The current route; re-renders when the hash changes (back button, links, `goTo`). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return useMemo(() => parseRoute(hash), [hash]);
}

import { useSyncExternalStore } from 'react';

/**
 * The app's pages besides the training itself, addressed by the URL hash so they can be
 * bookmarked and survive a reload: `#/review` (trainer review), `#/data` (my data),
 * `#/history` (the trainee's progress). Anything else is the app: menu, conversation, debrief,
 * which the session store switches between. A hash route keeps the static build serverless.
 */
export const ROUTES = ['app', 'review', 'data', 'history'] as const;
export type Route = (typeof ROUTES)[number];

/** The route a hash names (`#/data`, `#/review?session=…`); unknown hashes are the app. */
export function routeOf(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[?/]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) && name !== 'app' ? (name as Route) : 'app';
}

/** The hash of a route, for links: `hrefOf('data')` is `#/data`, the app is `#/`. */
export function hrefOf(route: Route): string {
  return route === 'app' ? '#/' : `#/${route}`;
}

/** Switches to a route from code (a link with `hrefOf` does the same without script). */
export function goTo(route: Route): void {
  window.location.hash = hrefOf(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const current = () => routeOf(window.location.hash);

/** The current route; re-renders when the hash changes (back button, links, `goTo`). */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, current, () => 'app' as const);
}

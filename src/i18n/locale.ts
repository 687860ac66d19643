import { useSyncExternalStore } from 'react';
import type { Locale } from '../core/scenario/vocabulary';

/**
 * The language the app shows now. The trainee's settings live in the session store (state/),
 * which sits above this folder, so the store reports its language here (state/session.ts) and
 * texts follow it without i18n importing the store.
 */
let current: Locale = 'de';
const listeners = new Set<() => void>();

export const currentLocale = (): Locale => current;

export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  for (const listener of listeners) listener();
}

const subscribe = (onChange: () => void) => {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
};

/** The current language; re-renders when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, currentLocale, currentLocale);
}

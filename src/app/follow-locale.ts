import { setLocale } from '../i18n/locale';
import { sessionStore } from '../state/session';

/**
 * Texts follow the trainee's language. The language lives in the session store (state/) and the
 * texts in i18n/, a lower layer that must not import the store, and the store must not import
 * i18n either (state builds on core alone), so the app shell connects the two: once, before the
 * first render, so the language is current by the time React renders. Returns the unsubscribe.
 */
export function followSessionLocale(): () => void {
  setLocale(sessionStore.getState().settings.locale);
  return sessionStore.subscribe((s) => setLocale(s.settings.locale));
}

import type { Locale } from '../core/scenario/vocabulary';
import { sessionStore } from '../state/session';
import type { Mode } from '../state/session-store';
import { findScenario } from './scenario-catalogue';

/**
 * `?scenario=ID&lang=de|en&mode=practice|assessment` goes straight into a scenario. Unknown values
 * fall back to the defaults; an unknown scenario id leaves the trainee in the menu.
 */
export function applyDeepLink(search: string): void {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const mode = params.get('mode');
  const patch: { locale?: Locale; mode?: Mode } = {};
  if (lang === 'de' || lang === 'en') patch.locale = lang;
  if (mode === 'practice' || mode === 'assessment') patch.mode = mode;
  const store = sessionStore.getState();
  store.setSettings(patch);
  const id = params.get('scenario');
  const scenario = id ? findScenario(id) : undefined;
  if (scenario) store.start(scenario);
}

import type { Locale } from '../core/scenario/vocabulary';
import { sessionStore } from '../state/session';
import type { Mode } from '../state/session-store';
import { sceneCodeSettled } from '../ui/loading-store';
import { prepareVoiceMode } from '../voice/voice-mode';
import { loadBundledScenario } from './bundled-scenarios';

/** The scenario id a link names (`?scenario=ID`), or null. */
export function deepLinkedScenarioId(search: string): string | null {
  return new URLSearchParams(search).get('scenario');
}

/** The settings a link sets (`lang=de|en`, `mode=practice|assessment`); unknown values are ignored. */
export function deepLinkSettings(search: string): { locale?: Locale; mode?: Mode } {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const mode = params.get('mode');
  const patch: { locale?: Locale; mode?: Mode } = {};
  if (lang === 'de' || lang === 'en') patch.locale = lang;
  if (mode === 'practice' || mode === 'assessment') patch.mode = mode;
  return patch;
}

/**
 * `?scenario=ID&lang=de|en&mode=practice|assessment` goes straight into a scenario. Unknown values
 * fall back to the defaults; an unknown scenario id leaves the trainee in the menu.
 */
export async function applyDeepLink(search: string): Promise<void> {
  sessionStore.getState().setSettings(deepLinkSettings(search));
  const id = deepLinkedScenarioId(search);
  const [scenario] = id ? await Promise.all([loadBundledScenario(id), sceneCodeSettled()]) : [undefined];
  if (scenario) {
    await prepareVoiceMode();
    sessionStore.getState().start(scenario);
  }
}

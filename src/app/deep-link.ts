import { deepLinkedScenarioId, deepLinkSettings } from '../nav/deep-link';
import { sceneCodeSettled } from '../state/loading-store';
import { sessionStore } from '../state/session';
import { prepareVoiceMode } from '../voice/voice-mode';
import { loadAnyScenario } from './scenario-catalogue';

/**
 * `?scenario=ID&lang=de|en&mode=practice|assessment` goes straight into a scenario (with `voice=1`
 * after the microphone and the calibration sentence, docs/voice.md). Unknown values
 * fall back to the defaults; an unknown scenario id leaves the trainee in the menu.
 */
export async function applyDeepLink(search: string): Promise<void> {
  sessionStore.getState().setSettings(deepLinkSettings(search));
  const id = deepLinkedScenarioId(search);
  const [scenario] = id ? await Promise.all([loadAnyScenario(id), sceneCodeSettled()]) : [undefined];
  if (scenario) {
    await prepareVoiceMode();
    sessionStore.getState().start(scenario);
  }
}

import { deepLinkedScenarioId, deepLinkSettings } from '../nav/deep-link';
import { avatarUrl } from '../scene/avatar-url';
import { sceneCodeSettled } from '../state/loading-store';
import { sessionStore } from '../state/session';
import { expectCustomer, linkStarted } from '../state/upcoming-customer';
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
  if (!id) return;
  // The scene prepares this customer while its code and the voice set-up load.
  const named = loadAnyScenario(id).then((scenario) => {
    if (scenario) expectCustomer(avatarUrl(scenario.customer.avatar), 'link');
    return scenario;
  });
  try {
    const [scenario] = await Promise.all([named, sceneCodeSettled()]);
    if (scenario) {
      await prepareVoiceMode();
      sessionStore.getState().start(scenario);
    }
  } finally {
    linkStarted();
  }
}

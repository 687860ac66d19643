import { looksLikeCmi5Launch } from '../../core/cmi5/launch-params';
import { needsDelivery } from '../../lrs/needs-delivery';
import { provideScenarios } from '../../lrs/scenario-source';
import { deepLinkedScenarioId, deepLinkSettings } from '../../nav/deep-link';
import { sessionStore } from '../../state/session';
import type { Resumable, ResumeSaved } from '../../storage/checkpoint-keeper';
import type { CheckpointRepository } from '../../storage/checkpoint-repository';
import { checkpointStore } from '../../storage/checkpoint-store';
import { catalogue, loadBundledScenario } from '../bundled-scenarios';
import { applyDeepLink } from '../deep-link';
import { createAutoPause } from './auto-pause';
import { watchGraphicsReset } from './graphics-reset';
import { watchPageVisibility } from './page-visibility';
import { watchRouteAway } from './route-away';
import { watchXrPause } from './xr-visibility';

let repository: CheckpointRepository | null = null;
/** Continues a saved conversation; comes with the storage chunk, as there is nothing to continue without it. */
let resume: ResumeSaved | null = null;

const idle = () => {
  const s = sessionStore.getState();
  return s.screen === 'menu' && s.run === null;
};

/**
 * Starts what keeps a conversation alive around the page's life, in this order: the automatic
 * pauses (page hidden, headset menu, graphics reset) so nothing runs unattended; checkpointing,
 * so every intent from now on is saved (./storage-boot.ts, loaded as its own chunk so the start
 * menu does not wait for IndexedDB); then the saved conversation is looked up — continued at
 * once when the link names its scenario, otherwise offered in the start menu — and only then is
 * the deep link applied, so a link to another scenario simply starts that one.
 */
export async function startLifecycle(search: string): Promise<void> {
  // The link's language shows at once, not after the storage has been read.
  sessionStore.getState().setSettings(deepLinkSettings(search));
  const autoPause = createAutoPause(sessionStore);
  watchPageVisibility(autoPause);
  watchXrPause(autoPause);
  watchGraphicsReset(autoPause);
  watchRouteAway(autoPause);
  let found: Resumable | null = null;
  try {
    const { startStorage } = await import('./storage-boot');
    const started = await startStorage();
    repository = started.repo;
    resume = started.resume;
    found = started.found;
  } catch (error) {
    // Without its storage chunk (a dropped connection) the app still runs; nothing is saved.
    console.warn('Counterpart: storage could not be started', error);
    checkpointStore.setState({ problem: 'failed' });
  }
  // Starting any conversation replaces the saved one, so the offer goes.
  sessionStore.subscribe((s) => {
    if (s.screen !== 'menu' && checkpointStore.getState().offer) checkpointStore.setState({ offer: null });
  });
  // Learning records (src/lrs): the outbox loads only for an organisation LRS or statements left waiting.
  const cmi5 = looksLikeCmi5Launch(search);
  provideScenarios({
    ids: () => catalogue.flatMap((e) => (e.summary ? [e.summary.id] : [])),
    load: loadBundledScenario,
  });
  if (needsDelivery()) {
    void import('../../lrs/lrs-boot')
      .then((m) => m.startOrganisationDelivery())
      .catch((error: unknown) => console.warn('Counterpart: learning-record delivery could not start', error));
  }
  if (!cmi5 && found && resume && idle() && deepLinkedScenarioId(search) === found.checkpoint.scenarioId) {
    resume(sessionStore, found);
    return;
  }
  // An LMS launch as a cmi5 AU (src/lrs/cmi5-launch.ts) starts the scenario it names.
  if (cmi5) await import('../../lrs/cmi5-launch').then((m) => m.launchCmi5(search, applyDeepLink));
  else await applyDeepLink(search);
  if (found && idle()) checkpointStore.setState({ offer: found });
}

/** The menu's "Resume conversation". */
export function resumeOffered(): void {
  const { offer } = checkpointStore.getState();
  if (!offer || !resume) return;
  checkpointStore.setState({ offer: null });
  resume(sessionStore, offer);
}

/** The menu's "Discard": forget the saved conversation. */
export function discardOffered(): void {
  checkpointStore.setState({ offer: null });
  repository
    ?.clear()
    .catch((error: unknown) => console.warn('Counterpart: could not remove the saved conversation', error));
}

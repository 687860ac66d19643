import { startRecords } from '../../recording/records-boot';
import { findResumable, keepCheckpoints, resume } from '../../state/checkpoint-keeper';
import { checkpointStore } from '../../state/checkpoint-store';
import { sessionStore } from '../../state/session';
import { type CheckpointRepository, memoryCheckpointRepository } from '../../storage/checkpoint-repository';
import { dexieCheckpointRepository } from '../../storage/dexie-checkpoints';
import { requestPersistentStorage } from '../../storage/persistence';
import { loadBundledScenario } from '../bundled-scenarios';
import { applyDeepLink, deepLinkedScenarioId, deepLinkSettings } from '../deep-link';
import { createAutoPause } from './auto-pause';
import { watchGraphicsReset } from './graphics-reset';
import { watchPageVisibility } from './page-visibility';
import { watchXrPause } from './xr-visibility';

let repository: CheckpointRepository | null = null;

function openRepository(): CheckpointRepository {
  if (typeof indexedDB === 'undefined') {
    console.warn('Counterpart: this browser has no IndexedDB; a reload will not continue the conversation');
    return memoryCheckpointRepository();
  }
  return dexieCheckpointRepository();
}

const idle = () => {
  const s = sessionStore.getState();
  return s.screen === 'menu' && s.run === null;
};

/**
 * Starts what keeps a conversation alive around the page's life, in this order: the automatic
 * pauses (page hidden, headset menu, graphics reset) so nothing runs unattended; checkpointing,
 * so every intent from now on is saved; then the saved conversation is looked up — continued at
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
  const repo = openRepository();
  repository = repo;
  keepCheckpoints(sessionStore, repo, {
    now: () => Date.now(),
    onProblem: (problem) => checkpointStore.setState({ problem }),
    onFirstSave: () => void requestPersistentStorage(),
  });
  // Finished conversations are stored as recordings (src/recording/records-boot.ts).
  startRecords(sessionStore);
  // Starting any conversation replaces the saved one, so the offer goes.
  sessionStore.subscribe((s) => {
    if (s.screen !== 'menu' && checkpointStore.getState().offer) checkpointStore.setState({ offer: null });
  });
  const found = await findResumable(repo, loadBundledScenario);
  if (found && idle() && deepLinkedScenarioId(search) === found.checkpoint.scenarioId) {
    resume(sessionStore, found);
    return;
  }
  await applyDeepLink(search);
  if (found && idle()) checkpointStore.setState({ offer: found });
}

/** The menu's "Resume conversation". */
export function resumeOffered(): void {
  const { offer } = checkpointStore.getState();
  if (!offer) return;
  checkpointStore.setState({ offer: null });
  resume(sessionStore, offer);
}

/** The menu's "Discard": forget the saved conversation. */
export function discardOffered(): void {
  checkpointStore.setState({ offer: null });
  repository?.clear().catch((error: unknown) => console.warn('Counterpart: could not remove the saved conversation', error));
}

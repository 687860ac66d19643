import { startRecords } from '../../recording/records-boot';
import { continuePoses, posesOf } from '../../state/pose-source';
import { sessionStore } from '../../state/session';
import {
  findResumable,
  keepCheckpoints,
  type Resumable,
  type ResumeSaved,
  resume,
} from '../../storage/checkpoint-keeper';
import { type CheckpointRepository, memoryCheckpointRepository } from '../../storage/checkpoint-repository';
import { checkpointStore } from '../../storage/checkpoint-store';
import { indexedCheckpointRepository } from '../../storage/indexed-checkpoints';
import { requestPersistentStorage } from '../../storage/persistence';
import { loadAnyScenario } from '../scenario-catalogue';

function openRepository(): CheckpointRepository {
  if (typeof indexedDB === 'undefined') {
    console.warn('Counterpart: this browser has no IndexedDB; a reload will not continue the conversation');
    return memoryCheckpointRepository();
  }
  return indexedCheckpointRepository();
}

/**
 * The storage half of the start (a chunk of its own, loaded right after the start
 * menu is up): checkpoints after every intent — the first save after this loads writes the whole
 * run so far — and finished conversations stored as recordings. Returns the repository, the
 * saved conversation, if there is one to continue, and how to continue it (with its poses, so the
 * pose encoder stays out of the start menu's code).
 */
export async function startStorage(): Promise<{
  repo: CheckpointRepository;
  found: Resumable | null;
  resume: ResumeSaved;
}> {
  const repo = openRepository();
  keepCheckpoints(sessionStore, repo, {
    now: () => Date.now(),
    onProblem: (problem) => checkpointStore.setState({ problem }),
    onFirstSave: () => void requestPersistentStorage(),
    poses: posesOf,
  });
  // Finished conversations are stored as recordings (src/recording/records-boot.ts).
  startRecords(sessionStore);
  // The team server link (upload queue, notes from trainers); loaded apart, a conversation does without it.
  void import('../../team/sync-runner')
    .then((m) => m.startTeamSync())
    .catch((error: unknown) => console.warn('Counterpart: the team server link could not start', error));
  return {
    repo,
    found: await findResumable(repo, loadAnyScenario),
    resume: (store, found) => resume(store, found, continuePoses),
  };
}

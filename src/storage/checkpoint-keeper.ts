import type { PoseTrack } from '../core/recording/pose-track';
import type { Scenario } from '../core/scenario/schema';
import type { Run } from '../core/session/log';
import type { SessionStore } from '../state/session-store';
import { type Checkpoint, readCheckpoint, resumeRun, toCheckpoint } from './checkpoint';
import type { CheckpointRepository } from './checkpoint-repository';
import { isQuotaError } from './storage-errors';

/** Why the conversation could not be saved: the storage is full, or it failed otherwise. */
export type StorageProblem = 'quota' | 'failed';

export interface KeeperOptions {
  /** Wall clock for `savedAt` (ms since 1970). */
  now(): number;
  /** A save or clear failed (with the kind), or worked again (null). The conversation goes on either way. */
  onProblem(problem: StorageProblem | null): void;
  /** After the first successful save: the moment to ask for persistent storage. */
  onFirstSave?(): void;
  /**
   * The poses recorded so far in the run with this id (its `runId`), or null. Called at
   * every save, so it must be cheap: the app passes pose-source's recorder, which encodes
   * incrementally. Without it checkpoints carry no poses.
   */
  poses?(runId: string): PoseTrack | null;
}

export interface CheckpointKeeper {
  /** Resolves when every queued write has been attempted. */
  flush(): Promise<void>;
  stop(): void;
}

type Job = { kind: 'save'; checkpoint: Checkpoint } | { kind: 'clear' };

/**
 * Saves a checkpoint after every accepted intent (each one makes a new `run`), from the start of
 * a conversation until it is finished or left, and clears it then. Writes go one at a time and
 * only the newest waiting one is written: a burst of intents costs one write, and a clear is
 * never overtaken by an older save. Nothing is written on unload — the page going hidden is the
 * last reliable moment, and by then the last intent has been saved.
 */
export function keepCheckpoints(
  store: SessionStore,
  repo: CheckpointRepository,
  options: KeeperOptions,
): CheckpointKeeper {
  let waiting: Job | null = null;
  let running: Promise<void> | null = null;
  let problem: StorageProblem | null = null;
  let saved = false;
  const poses = options.poses ?? (() => null);
  const report = (next: StorageProblem | null) => {
    if (next === problem) return;
    problem = next;
    options.onProblem(next);
  };
  const pump = async () => {
    while (waiting) {
      const job: Job = waiting;
      waiting = null;
      try {
        if (job.kind === 'save') await repo.save(job.checkpoint);
        else await repo.clear();
        report(null);
        if (job.kind === 'save' && !saved) {
          saved = true;
          options.onFirstSave?.();
        }
      } catch (error) {
        console.warn(`Counterpart: the conversation could not be ${job.kind === 'save' ? 'saved' : 'cleared'}`, error);
        report(isQuotaError(error) ? 'quota' : 'failed');
      }
    }
    running = null;
  };
  const enqueue = (job: Job) => {
    waiting = job;
    if (!running) running = pump();
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.screen === 'conversation' && state.run !== prev.run) {
      const checkpoint = state.run
        ? toCheckpoint(state, options.now(), poses(state.runId ?? state.run.log.seed))
        : null;
      if (checkpoint) enqueue({ kind: 'save', checkpoint });
    } else if (prev.screen === 'conversation' && state.screen !== 'conversation') {
      enqueue({ kind: 'clear' });
    }
  });
  return {
    flush: async () => {
      while (running) await running;
    },
    stop: unsubscribe,
  };
}

/** A saved conversation that can be continued. */
export interface Resumable {
  checkpoint: Checkpoint;
  scenario: Scenario;
  run: Run;
}

/**
 * Reads the saved conversation, if any, and checks it against the scenario as it is now. A
 * damaged, outdated or unreadable record is discarded with a warning — never an error.
 */
export async function findResumable(
  repo: CheckpointRepository,
  loadScenario: (id: string) => Promise<Scenario | undefined>,
): Promise<Resumable | null> {
  const discard = async (reason: string): Promise<null> => {
    console.warn(`Counterpart: discarded the saved conversation: ${reason}`);
    try {
      await repo.clear();
    } catch (error) {
      console.warn('Counterpart: could not remove the saved conversation', error);
    }
    return null;
  };
  let raw: unknown;
  try {
    raw = await repo.load();
  } catch (error) {
    console.warn('Counterpart: could not read the saved conversation', error);
    return null;
  }
  if (raw === undefined || raw === null) return null;
  const reading = readCheckpoint(raw);
  if (!reading.ok) return discard(reading.reason);
  const checkpoint = reading.value;
  let scenario: Scenario | undefined;
  try {
    scenario = await loadScenario(checkpoint.scenarioId);
  } catch (error) {
    return discard(`scenario "${checkpoint.scenarioId}" could not be loaded (${String(error)})`);
  }
  const resumed = resumeRun(checkpoint, scenario);
  if (!resumed.ok || !scenario) return discard(resumed.ok ? 'no scenario' : resumed.reason);
  return { checkpoint, scenario, run: resumed.value };
}

/** Continues a saved conversation in the store (`resume` with the app's pose recorder bound in). */
export type ResumeSaved = (store: SessionStore, found: Resumable) => void;

/**
 * Continues a saved conversation in the store, paused for the trainee to resume. One saved during
 * the customer's closing lines plays them and goes on to the debrief (it was not finished yet).
 * The poses go first: the store's switch saves a checkpoint at once, and it must hold them. The
 * store's session clock then goes on from the last intent, after the last saved sample.
 */
export function resume(
  store: SessionStore,
  { checkpoint, scenario, run }: Resumable,
  /** Hands the saved poses to the recorder (the app's: pose-source's `continuePoses`). */
  poses: (runId: string, track: PoseTrack | null) => void,
): void {
  poses(checkpoint.runId, checkpoint.poses ?? null);
  store
    .getState()
    .restore(run, scenario, { settings: checkpoint.settings, sensing: checkpoint.sensing, runId: checkpoint.runId });
}

// zod/mini: the same checks as zod's chained API at a fraction of the bundle (this runs on every page load).
import * as z from 'zod/mini';
import type { Intent } from '../core/dialogue/types';
import { intentSchema } from '../core/recording/intent-schema';
import { decodePoseTrack, POSE_COLUMNS, type PoseTrack, PoseTrackError } from '../core/recording/pose-track';
import { POSITION_SCALE, ROTATION_SCALE } from '../core/recording/quantise';
import { sensingTotalsSchema } from '../core/recording/sensing-schema';
import type { Scenario } from '../core/scenario/schema';
import { DIFFICULTIES, LOCALES } from '../core/scenario/vocabulary';
import type { SensingTotals } from '../core/sensing/totals';
import { fingerprint, scenarioFingerprint } from '../core/session/fingerprint';
import { LOG_FORMAT, ReplayError, type Run, replay, type SessionLog } from '../core/session/log';
import type { SessionStoreState, Settings } from '../state/session-store';

/**
 * Still version 1 with poses and the run's id added: `poses` and `runId` are optional, so a checkpoint saved before it existed
 * resumes (without poses), and an app of before ignores it (zod drops unknown keys).
 */
export const CHECKPOINT_FORMAT = 'counterpart-checkpoint/1';

/**
 * A conversation in progress as it is saved after every accepted intent: enough to continue it
 * after a reload. The log is the truth; the state is kept to detect a damaged record (it must be
 * what the log replays to). The poses recorded so far ride along, so a reload loses at most the
 * poses of the current turn.
 */
export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  scenarioId: string;
  scenarioFingerprint: string;
  /** The run's id (SessionStoreState.runId); a checkpoint saved before it existed reads as its seed. */
  runId: string;
  run: Run;
  settings: Settings;
  sensing: SensingTotals | null;
  /** Wall-clock time of the save (ms since 1970), shown in the resume offer. */
  savedAt: number;
  /**
   * The trainee's head and hands up to the save, on the session clock (absent in checkpoints of
   * earlier versions, before the first sample, and when the stored ones were damaged).
   */
  poses?: PoseTrack;
}

/** The checkpoint of the store's running conversation, or null when there is none. */
export function toCheckpoint(
  state: Pick<SessionStoreState, 'scenario' | 'run' | 'runId' | 'settings' | 'sensing'>,
  savedAt: number,
  poses: PoseTrack | null = null,
): Checkpoint | null {
  const { scenario, run, settings, sensing } = state;
  if (!scenario || !run) return null;
  const checkpoint: Checkpoint = {
    format: CHECKPOINT_FORMAT,
    scenarioId: scenario.id,
    scenarioFingerprint: scenarioFingerprint(scenario),
    runId: state.runId ?? run.log.seed,
    run,
    settings,
    sensing,
    savedAt,
  };
  if (poses) checkpoint.poses = poses;
  return checkpoint;
}

const logSchema = z.object({
  format: z.literal(LOG_FORMAT),
  scenarioId: z.string(),
  scenarioFingerprint: z.string(),
  locale: z.enum(LOCALES),
  seed: z.string().check(z.maxLength(200)),
  placeholders: z.record(z.string(), z.string()),
  rules: z.optional(z.int().check(z.minimum(1), z.maximum(99))),
  difficulty: z.optional(z.enum(DIFFICULTIES)),
  intents: z.array(intentSchema).check(z.maxLength(20_000)),
});
const checkpointSchema = z.object({
  format: z.literal(CHECKPOINT_FORMAT),
  scenarioId: z.string(),
  scenarioFingerprint: z.string(),
  // Absent in checkpoints saved before runs had an id: then the log's seed names the run.
  runId: z.optional(z.string().check(z.maxLength(200))),
  // The state is checked against the log's replay in `resumeRun`, not by shape.
  run: z.object({ log: logSchema, state: z.record(z.string(), z.unknown()) }),
  settings: z.object({
    locale: z.enum(LOCALES),
    mode: z.enum(['practice', 'assessment']),
    pseudonym: z.string().check(z.maxLength(40)),
    // The level chosen in the menu, so a resumed session keeps it for the next start too.
    difficulty: z.optional(z.enum(DIFFICULTIES)),
  }),
  sensing: z.nullable(sensingTotalsSchema),
  savedAt: z.number(),
  // Checked on its own (readPoses): damaged poses are dropped, the conversation is kept.
  poses: z.optional(z.unknown()),
});

/** Samples per part: 20 Hz for three hours (the recording format's limit). */
const MAX_SAMPLES = 20 * 60 * 60 * 3;
const encodedStreamSchema = z.object({
  count: z.int().check(z.minimum(0), z.maximum(MAX_SAMPLES)),
  // At most 8 bytes a value, 4 characters for every 3 bytes.
  ...(Object.fromEntries(
    POSE_COLUMNS.map((c) => [c, z.string().check(z.maxLength(Math.ceil((MAX_SAMPLES * 8 * 4) / 3)))]),
  ) as Record<(typeof POSE_COLUMNS)[number], z.ZodMiniString>),
});
const poseTrackSchema = z.object({
  rateHz: z.number().check(z.positive(), z.maximum(120)),
  positionScale: z.literal(POSITION_SCALE),
  rotationScale: z.literal(ROTATION_SCALE),
  head: encodedStreamSchema,
  left: encodedStreamSchema,
  right: encodedStreamSchema,
});

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Checks the shape of a stored record; anything else (another version, damage) is refused with a reason. */
export function readCheckpoint(raw: unknown): Checked<Checkpoint> {
  const parsed = checkpointSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `not a checkpoint (${issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid'})`,
    };
  }
  const { poses: storedPoses, ...data } = parsed.data;
  // zod builds fresh objects, so nothing of the stored record (e.g. a __proto__ key) leaks into the app.
  const log: SessionLog = { ...data.run.log, intents: data.run.log.intents as Intent[] };
  const checkpoint: Checkpoint = {
    ...data,
    runId: data.runId ?? log.seed,
    run: { log, state: data.run.state as unknown as Run['state'] },
  };
  if (storedPoses !== undefined) {
    const poses = readPoses(storedPoses, log);
    if (poses.ok) checkpoint.poses = poses.value;
    else
      console.warn(
        `Counterpart: dropped the damaged poses of the saved conversation, the conversation is kept: ${poses.reason}`,
      );
  }
  return { ok: true, value: checkpoint };
}

/**
 * How far a stored sample may lie after the last intent. The poses are saved with that intent, so
 * none can be later (both are rounded readings of one clock); the margin is for safety, not use.
 */
const POSE_LEAD_MS = 1000;

/**
 * Checks a stored pose track all the way — it must decode, which costs ≈ 40–150 ms for 30 minutes
 * on a desktop — and against its log: a sample far after the last intent would hold the resumed
 * recording back until the session clock caught up with it.
 */
function readPoses(raw: unknown, log: SessionLog): Checked<PoseTrack> {
  const parsed = poseTrackSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `poses${issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const track: PoseTrack = parsed.data;
  let decoded: ReturnType<typeof decodePoseTrack>;
  try {
    decoded = decodePoseTrack(track);
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof PoseTrackError ? `poses.${error.message}` : `poses: ${String(error)}`,
    };
  }
  const lastIntent = log.intents[log.intents.length - 1]?.at ?? 0;
  for (const part of ['head', 'left', 'right'] as const) {
    const last = decoded[part].t[decoded[part].count - 1];
    if (last !== undefined && last > lastIntent + POSE_LEAD_MS)
      return { ok: false, reason: `poses.${part}.t: a sample lies after the last intent (${last} > ${lastIntent} ms)` };
  }
  return { ok: true, value: track };
}

/**
 * The run a checkpoint continues, re-derived from its log on the scenario as it is now. Refused
 * when the scenario is gone or has changed since the save, or when the log and state disagree.
 */
export function resumeRun(checkpoint: Checkpoint, scenario: Scenario | undefined): Checked<Run> {
  if (!scenario || scenario.id !== checkpoint.scenarioId)
    return { ok: false, reason: `scenario "${checkpoint.scenarioId}" is not available` };
  const current = scenarioFingerprint(scenario);
  if (checkpoint.scenarioFingerprint !== current || checkpoint.run.log.scenarioFingerprint !== current) {
    return { ok: false, reason: `scenario "${scenario.id}" has changed since the conversation was saved` };
  }
  let state: Run['state'];
  try {
    state = replay(scenario, checkpoint.run.log);
  } catch (error) {
    // A ReplayError says which intent does not fit; anything else is damage all the same.
    return {
      ok: false,
      reason: error instanceof ReplayError ? error.message : `the log cannot be replayed (${String(error)})`,
    };
  }
  if (fingerprint(state) !== fingerprint(checkpoint.run.state))
    return { ok: false, reason: 'the saved state does not match its log' };
  return { ok: true, value: { log: checkpoint.run.log, state } };
}

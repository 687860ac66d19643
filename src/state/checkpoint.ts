// zod/mini: the same checks as zod's chained API at a fraction of the bundle (this runs on every page load).
import * as z from 'zod/mini';
import type { Intent } from '../core/dialogue/types';
import type { Scenario } from '../core/scenario/schema';
import { intentSchema } from '../core/recording/intent-schema';
import { sensingTotalsSchema } from '../core/recording/sensing-schema';
import { LOCALES } from '../core/scenario/vocabulary';
import type { SensingTotals } from '../core/sensing/totals';
import { fingerprint, scenarioFingerprint } from '../core/session/fingerprint';
import { LOG_FORMAT, ReplayError, type Run, replay, type SessionLog } from '../core/session/log';
import type { SessionStoreState, Settings } from './session-store';

export const CHECKPOINT_FORMAT = 'counterpart-checkpoint/1';

/**
 * A conversation in progress as it is saved after every accepted intent: enough to continue it
 * after a reload. The log is the truth; the state is kept to detect a damaged record (it must be
 * what the log replays to).
 */
export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  scenarioId: string;
  scenarioFingerprint: string;
  run: Run;
  settings: Settings;
  sensing: SensingTotals | null;
  /** Wall-clock time of the save (ms since 1970), shown in the resume offer. */
  savedAt: number;
}

/** The checkpoint of the store's running conversation, or null when there is none. */
export function toCheckpoint(state: Pick<SessionStoreState, 'scenario' | 'run' | 'settings' | 'sensing'>, savedAt: number): Checkpoint | null {
  const { scenario, run, settings, sensing } = state;
  if (!scenario || !run) return null;
  return {
    format: CHECKPOINT_FORMAT,
    scenarioId: scenario.id,
    scenarioFingerprint: scenarioFingerprint(scenario),
    run,
    settings,
    sensing,
    savedAt,
  };
}

const logSchema = z.object({
  format: z.literal(LOG_FORMAT),
  scenarioId: z.string(),
  scenarioFingerprint: z.string(),
  locale: z.enum(LOCALES),
  seed: z.string().check(z.maxLength(200)),
  placeholders: z.record(z.string(), z.string()),
  intents: z.array(intentSchema).check(z.maxLength(20_000)),
});
const checkpointSchema = z.object({
  format: z.literal(CHECKPOINT_FORMAT),
  scenarioId: z.string(),
  scenarioFingerprint: z.string(),
  // The state is checked against the log's replay in `resumeRun`, not by shape.
  run: z.object({ log: logSchema, state: z.record(z.string(), z.unknown()) }),
  settings: z.object({ locale: z.enum(LOCALES), mode: z.enum(['practice', 'assessment']), pseudonym: z.string().check(z.maxLength(40)) }),
  sensing: z.nullable(sensingTotalsSchema),
  savedAt: z.number(),
});

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Checks the shape of a stored record; anything else (another version, damage) is refused with a reason. */
export function readCheckpoint(raw: unknown): Checked<Checkpoint> {
  const parsed = checkpointSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `not a checkpoint (${issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid'})` };
  }
  const data = parsed.data;
  // zod builds fresh objects, so nothing of the stored record (e.g. a __proto__ key) leaks into the app.
  const log: SessionLog = { ...data.run.log, intents: data.run.log.intents as Intent[] };
  return { ok: true, value: { ...data, run: { log, state: data.run.state as unknown as Run['state'] } } };
}

/**
 * The run a checkpoint continues, re-derived from its log on the scenario as it is now. Refused
 * when the scenario is gone or has changed since the save, or when the log and state disagree.
 */
export function resumeRun(checkpoint: Checkpoint, scenario: Scenario | undefined): Checked<Run> {
  if (!scenario || scenario.id !== checkpoint.scenarioId) return { ok: false, reason: `scenario "${checkpoint.scenarioId}" is not available` };
  const current = scenarioFingerprint(scenario);
  if (checkpoint.scenarioFingerprint !== current || checkpoint.run.log.scenarioFingerprint !== current) {
    return { ok: false, reason: `scenario "${scenario.id}" has changed since the conversation was saved` };
  }
  let state: Run['state'];
  try {
    state = replay(scenario, checkpoint.run.log);
  } catch (error) {
    // A ReplayError says which intent does not fit; anything else is damage all the same.
    return { ok: false, reason: error instanceof ReplayError ? error.message : `the log cannot be replayed (${String(error)})` };
  }
  if (fingerprint(state) !== fingerprint(checkpoint.run.state)) return { ok: false, reason: 'the saved state does not match its log' };
  return { ok: true, value: { log: checkpoint.run.log, state } };
}

import type { Intent } from '../../../src/core/dialogue/types';
import { createRecording } from '../../../src/core/recording/create';
import { PoseRecorder } from '../../../src/core/recording/pose-recorder';
import type { Recording } from '../../../src/core/recording/schema';
import type { Scenario } from '../../../src/core/scenario/schema';
import { advance, beginRun, type Run, type SessionLog } from '../../../src/core/session/log';
import { goldenMoves } from '../../support/golden-paths';
import { playScript } from '../../support/play';
import { syntheticMotion } from '../recording/synthetic';

/** The angry customer's best path (from its golden transcript), which the long sessions stretch. */
export const BEST_ANGRY = goldenMoves('angry-repair-returned', 'best');

/**
 * A long session for seek tests and the benchmark: a scripted path stretched to `totalMs`, with
 * `pauses` pause/resume pairs spread over it (a trainee who paused often, and the intents a long
 * session piles up). Every intent goes through the engine, so the log is valid.
 */
export function longSession(scenario: Scenario, moves: readonly string[], totalMs: number, pauses: number): SessionLog {
  const short = playScript(scenario, moves, { locale: 'de', seed: 'long' });
  const original = short.log.intents;
  const lastAt = original[original.length - 1]?.at ?? 1;
  const scale = (totalMs * 0.98) / lastAt;
  const perGap = Math.ceil(pauses / Math.max(1, original.length));
  let run: Run = beginRun(scenario, { locale: 'de', seed: 'long' });
  let previous = 0;
  const apply = (intent: Intent) => {
    const next = advance(scenario, run, intent);
    if (!next.accepted) throw new Error(`${intent.type} at ${intent.at} rejected: ${next.reason}`);
    run = next;
  };
  for (const intent of original) {
    const at = Math.round(intent.at * scale);
    const gap = at - previous;
    for (let p = 0; p < perGap && gap > 4 * perGap; p++) {
      const pauseAt = previous + Math.round(((p + 0.25) * gap) / perGap);
      apply({ type: 'pause', at: pauseAt });
      apply({ type: 'resume', at: pauseAt + Math.round(gap / perGap / 3) });
    }
    apply({ ...intent, at });
    previous = at;
  }
  return run.log;
}

/**
 * A recorded session of `minutes` with head and both hands moving throughout (sampled by the
 * PoseRecorder at its 20 Hz from a 30 Hz motion), for seek tests and `npm run bench`.
 */
export function longRecording(scenario: Scenario, minutes: number, pauses: number): Recording {
  const log = longSession(scenario, BEST_ANGRY, minutes * 60_000, pauses);
  const recorder = new PoseRecorder();
  syntheticMotion(recorder, minutes * 60_000, 30);
  return createRecording({
    id: '6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    pseudonym: 'bench',
    startedAt: '2026-01-01T10:00:00Z',
    log,
    endMs: minutes * 60_000,
    poses: recorder.encode(),
    sensing: null,
  });
}

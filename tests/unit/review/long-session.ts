import type { Intent } from '../../../src/core/dialogue/types';
import { advance, beginRun, type Run, type SessionLog } from '../../../src/core/session/log';
import type { Scenario } from '../../../src/core/scenario/schema';
import { playScript } from '../../support/play';

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

import { nextRandom, seedState } from '../../src/core/dialogue/random';
import type { Intent } from '../../src/core/dialogue/types';
import { createRecording } from '../../src/core/recording/create';
import { PoseRecorder } from '../../src/core/recording/pose-recorder';
import type { Recording } from '../../src/core/recording/schema';
import type { Scenario } from '../../src/core/scenario/schema';
import { emptyTotals } from '../../src/core/sensing/totals';
import { advance, beginRun, type Run } from '../../src/core/session/log';
import { syntheticMotion } from '../unit/recording/synthetic';

/** A fresh UUID v4 from the seeded source (tests may not use Math.random for reproducible files). */
function seededUuid(draw: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(draw() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(draw() * 4)] as string;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * A random but reproducible trainee: picks any response, interrupts, lets decisions time out,
 * pauses and resumes, and sometimes walks away before the end. Every intent is one the engine
 * accepts, so the result is a session the app could have recorded.
 */
export function randomRecording(scenario: Scenario, seed: string): Recording {
  let rng = seedState(seed);
  const draw = () => {
    const [v, next] = nextRandom(rng);
    rng = next;
    return v;
  };
  const locale = draw() < 0.5 ? 'de' : 'en';
  let run: Run = beginRun(scenario, { locale, seed: `${seed}/engine` });
  let t = 0;
  const tryIntent = (intent: Intent): boolean => {
    const r = advance(scenario, run, intent);
    if (r.accepted) run = r;
    return r.accepted;
  };
  const abandonAt = draw() < 0.25 ? Math.floor(draw() * 12) : Number.POSITIVE_INFINITY;
  for (let steps = 0; run.state.phase !== 'ended' && steps < 400 && steps < abandonAt * 3; steps++) {
    t += 300 + Math.floor(draw() * 6000);
    const roll = draw();
    if (roll < 0.06) {
      tryIntent({ type: 'pause', at: t });
      t += 1000 + Math.floor(draw() * 120_000);
      tryIntent({ type: 'resume', at: t });
    } else if (run.state.phase === 'speaking') {
      if (run.state.interruptible && roll < 0.15) tryIntent({ type: 'interrupt', at: t });
      else tryIntent({ type: 'spoken', at: t });
    } else if (run.state.deadline !== null && roll < 0.15) {
      t = Math.max(t, run.state.deadline);
      tryIntent({ type: 'timeout', at: t });
    } else {
      const responses = scenario.nodes[run.state.beat.node]?.responses ?? [];
      const response = responses[Math.floor(draw() * responses.length)];
      if (response) tryIntent({ type: 'choose', at: t, response: response.id });
    }
  }
  const endMs = t + Math.floor(draw() * 5000);
  const recorder = new PoseRecorder();
  syntheticMotion(recorder, endMs, 10, `${seed}/motion`);
  const sensing = draw() < 0.3 ? null : emptyTotals();
  return createRecording({
    id: seededUuid(draw),
    pseudonym: `trainee-${Math.floor(draw() * 1000)}`,
    startedAt: '2025-06-02T08:15:00.000Z',
    log: run.log,
    endMs,
    poses: recorder.encode(),
    sensing,
  });
}

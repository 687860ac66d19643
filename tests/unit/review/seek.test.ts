import { describe, expect, it } from 'vitest';
import { nextRandom, seedState } from '../../../src/core/dialogue/random';
import type { Scenario } from '../../../src/core/scenario/schema';
import { replay, type SessionLog } from '../../../src/core/session/log';
import { intentCountAt, KEYFRAME_INTERVAL, ReplaySeeker } from '../../../src/review/replay-seeker';
import { goldenMoves } from '../../support/golden-paths';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';
import { longSession } from './long-session';

const angry = scenarioFrom('scenes/angry-repair-returned.yaml');
const BEST = goldenMoves('angry-repair-returned', 'best');

/**
 * Seek times: the moment of every `stride`-th intent, just before and after it, and seeded random
 * ones, shuffled.
 */
function seekTimes(log: SessionLog, randomCount: number, stride = 1): number[] {
  const end = (log.intents[log.intents.length - 1]?.at ?? 0) + 2000;
  const times = [-5, 0, end];
  log.intents.forEach((intent, i) => {
    if (i % stride === 0) times.push(intent.at - 1, intent.at, intent.at + 1);
  });
  let rng = seedState('seek');
  const next = () => {
    const [v, state] = nextRandom(rng);
    rng = state;
    return v;
  };
  for (let i = 0; i < randomCount; i++) times.push(Math.floor(next() * end));
  // Shuffle, so seeks go backwards and forwards, far and near.
  for (let i = times.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [times[i], times[j]] = [times[j] as number, times[i] as number];
  }
  return times;
}

function expectSameAsReplay(scenario: Scenario, log: SessionLog, times: readonly number[]): void {
  const seeker = new ReplaySeeker(scenario, log);
  for (const t of times) expect(seeker.stateAt(t), `at ${t} ms`).toEqual(replay(scenario, log, t));
}

describe('keyframe seek', () => {
  it('counts the intents a replay up to a time applies', () => {
    const intents = [
      { type: 'spoken', at: 100 },
      { type: 'pause', at: 200 },
      { type: 'resume', at: 200 },
      { type: 'spoken', at: 300 },
    ] as const;
    expect([0, 99, 100, 199, 200, 299, 300, 1e9].map((t) => intentCountAt(intents, t))).toEqual([
      0, 0, 1, 1, 3, 3, 4, 4,
    ]);
  });

  for (const path of [BEST, ['not_responsible', 'threaten_to_end']]) {
    it(`equals replay from the start at every intent and random times (${path.length} moves)`, () => {
      const run = playScript(angry, path, { locale: 'en' });
      expectSameAsReplay(angry, run.log, seekTimes(run.log, 200));
    });
  }

  it('equals replay from the start in a 30-minute session with many intents', () => {
    const log = longSession(angry, BEST, 30 * 60_000, 600);
    expect(log.intents.length).toBeGreaterThan(10 * KEYFRAME_INTERVAL);
    expect(log.intents[log.intents.length - 1]?.at).toBeGreaterThan(29 * 60_000);
    // Replaying from the start for each of them is the slow reference: a few hundred times suffice.
    expectSameAsReplay(angry, log, seekTimes(log, 100, Math.ceil(log.intents.length / 60)));
  }, 60_000);

  it('keeps the same answers whatever the keyframe interval', () => {
    const run = playScript(angry, BEST);
    const every = new ReplaySeeker(angry, run.log, 1);
    const sparse = new ReplaySeeker(angry, run.log, 1000);
    for (const t of seekTimes(run.log, 50)) expect(every.stateAt(t)).toEqual(sparse.stateAt(t));
  });
});

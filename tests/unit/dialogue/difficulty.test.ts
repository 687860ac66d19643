import { describe, expect, it } from 'vitest';
import {
  DIFFICULTY_RULES,
  MOOD_BAND,
  practiceCueSpeaks,
  scaledTimeLimit,
  scaleEffects,
} from '../../../src/core/dialogue/difficulty';
import { startSession, step } from '../../../src/core/dialogue/engine';
import { ENGINE_RULES, type SessionState } from '../../../src/core/dialogue/types';
import type { Difficulty } from '../../../src/core/scenario/vocabulary';
import { buildReport } from '../../../src/core/scoring/report';
import { replay } from '../../../src/core/session/log';
import { playScript } from '../../support/play';
import { minimalScenario } from '../../support/scenarios';

const scenario = minimalScenario();
const written = scenario.customer.mood;

function choosing(difficulty: Difficulty, seed = 'd'): SessionState {
  const { state } = startSession(scenario, { locale: 'de', seed, rules: ENGINE_RULES, difficulty });
  const r = step(scenario, state, { type: 'spoken', at: 1000 });
  if (!r.accepted) throw new Error(r.reason);
  return r.state;
}

describe('starting mood band', () => {
  it('varies within ±MOOD_BAND per value from the seed, and repeats for the same seed', () => {
    const moods = Array.from(
      { length: 40 },
      (_, i) => startSession(scenario, { locale: 'de', seed: `m${i}`, rules: ENGINE_RULES }).state.mood,
    );
    for (const mood of moods) {
      for (const key of ['anger', 'trust', 'patience'] as const)
        expect(Math.abs(mood[key] - written[key])).toBeLessThanOrEqual(MOOD_BAND);
    }
    expect(new Set(moods.map((m) => m.anger)).size).toBeGreaterThan(5);
    expect(startSession(scenario, { locale: 'de', seed: 'm3', rules: ENGINE_RULES }).state.mood).toEqual(moods[3]);
  });

  it('the debrief starts its mood chart at the run’s own starting mood', () => {
    const run = playScript(scenario, ['empathise', 'offer'], { rules: ENGINE_RULES, seed: 'chart' });
    expect(buildReport(scenario, run.log).moodTimeline[0]?.mood).toEqual(
      startSession(scenario, { locale: 'de', seed: 'chart', rules: ENGINE_RULES }).state.mood,
    );
  });
});

describe('difficulty', () => {
  it('medium is the scenario as written: effects and time limits unchanged', () => {
    const effects = { anger: 20, trust: -10 };
    expect(scaleEffects(effects, 'medium')).toBe(effects);
    expect(scaledTimeLimit(20, 'medium')).toBe(20);
    const legacy = startSession(scenario, { locale: 'de', seed: 'x' }).state;
    expect(legacy.mood).toEqual(written);
    expect(legacy.difficulty).toBe('medium');
  });

  it('hard makes bad effects stronger and good ones weaker; easy the reverse', () => {
    expect(scaleEffects({ anger: 20, trust: 10 }, 'hard')).toEqual({ anger: 26, trust: 8 });
    expect(scaleEffects({ anger: 20, trust: 10 }, 'easy')).toEqual({ anger: 14, trust: 13 });
    expect(scaleEffects({ anger: -20, patience: -10 }, 'hard')).toEqual({ anger: -16, patience: -13 });
  });

  it('shifts the starting mood and the time limit in the engine', () => {
    const easy = choosing('easy');
    const hard = choosing('hard');
    expect(hard.mood.anger - easy.mood.anger).toBe(
      DIFFICULTY_RULES.hard.moodOffset.anger - DIFFICULTY_RULES.easy.moodOffset.anger,
    );
    // The minimal scenario's opening has a 20 s limit.
    expect((easy.deadline as number) - 1000).toBe(30_000);
    expect((hard.deadline as number) - 1000).toBe(14_000);
  });

  it('scales how strongly the customer reacts to an answer', () => {
    // Trust, not anger: the angry opening would clamp anger at 100 on hard.
    const trustLost = (difficulty: Difficulty) => {
      const state = choosing(difficulty);
      const r = step(scenario, state, { type: 'choose', at: 2000, response: 'blame' });
      if (!r.accepted) throw new Error(r.reason);
      return state.mood.trust - r.state.mood.trust;
    };
    expect(trustLost('easy')).toBe(7);
    expect(trustLost('medium')).toBe(10);
    expect(trustLost('hard')).toBe(13);
  });

  it('is recorded in the log, replays exactly and is named in the report', () => {
    const run = playScript(scenario, ['empathise', 'offer'], { rules: ENGINE_RULES, difficulty: 'hard', seed: 'h' });
    expect(run.log.difficulty).toBe('hard');
    expect(replay(scenario, run.log)).toEqual(run.state);
    expect(buildReport(scenario, run.log).difficulty).toBe('hard');
    expect(buildReport(scenario, playScript(scenario, ['empathise', 'offer']).log).difficulty).toBe('medium');
  });

  it('thins out the practice cue on hard only', () => {
    expect(practiceCueSpeaks('easy', 'good')).toBe(true);
    expect(practiceCueSpeaks('medium', 'mixed')).toBe(true);
    expect(practiceCueSpeaks('hard', 'good')).toBe(false);
    expect(practiceCueSpeaks('hard', 'poor')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkNaiveBudgets,
  NAIVE_MEAN_MARGIN,
  NAIVE_RUN_LIMIT,
  naiveFigures,
  playNaive,
  type ScenarioNaiveFigures,
} from '../../../scripts/bench/naive-players';
import { minimalScenario } from '../../support/scenarios';

const scenario = minimalScenario();

describe('naive players', () => {
  it('play a scenario to its end, the same way for the same seed', () => {
    for (const player of ['longest', 'shortest', 'first', 'last', 'file-first', 'file-last', 'random'] as const) {
      const a = playNaive(scenario, player, 's1');
      expect(a.ended).toBe(true);
      expect(playNaive(scenario, player, 's1')).toEqual(a);
    }
  });

  it('the longest-answer player exploits the minimal fixture, whose best answers are the longest', () => {
    // In the fixture the longest answer is the best at both decisions: resolved, high score.
    expect(playNaive(scenario, 'longest', 'x').overall).toBeGreaterThanOrEqual(NAIVE_RUN_LIMIT);
    // The shortest answer at the opening makes the customer leave angry: the critical band.
    expect(playNaive(scenario, 'shortest', 'x').overall).toBeLessThanOrEqual(35);
    const figures = naiveFigures(scenario, 20);
    const result = checkNaiveBudgets([figures]);
    expect(result.pass).toBe(false);
    expect(result.worstMargin.where).toBe('longest in minimal');
  });

  it('shuffling makes the position players behave like chance', () => {
    const figures = naiveFigures(scenario, 40);
    const first = figures.players.find((p) => p.player === 'first');
    const longest = figures.players.find((p) => p.player === 'longest');
    // Over 40 runs "always press 1" sometimes hits the bad answer; "always the longest" never does.
    expect(first?.mean).toBeLessThan(longest?.mean as number);
    expect(first?.max).toBeGreaterThan(35);
  });
});

describe('naive budgets', () => {
  const cell = (player: string, mean: number, max: number) =>
    ({ player, runs: 10, mean, max, unfinished: 0 }) as ScenarioNaiveFigures['players'][number];
  const figures = (longestMean: number, longestMax: number): ScenarioNaiveFigures => ({
    scenario: 'tiny',
    players: [
      cell('longest', longestMean, longestMax),
      cell('shortest', 30, 40),
      cell('first', 40, 60),
      cell('last', 41, 65),
      cell('file-first', 35, 50),
      cell('file-last', 35, 50),
      cell('random', 40, 90),
    ],
  });

  it('pass when every naive mean is within the margin and no naive run reaches the limit', () => {
    const r = checkNaiveBudgets([figures(40 + NAIVE_MEAN_MARGIN, NAIVE_RUN_LIMIT - 1)]);
    expect(r.pass).toBe(true);
    // The random player's own best run does not count.
    expect(r.worstRun.value).toBe(NAIVE_RUN_LIMIT - 1);
  });

  it('fail on a mean just over the margin, or one naive run at the limit', () => {
    expect(checkNaiveBudgets([figures(40 + NAIVE_MEAN_MARGIN + 0.5, 50)]).pass).toBe(false);
    const r = checkNaiveBudgets([figures(45, NAIVE_RUN_LIMIT)]);
    expect(r.pass).toBe(false);
    expect(r.worstRun.where).toBe('longest in tiny');
  });

  it('hold a lucky run of a shown-position player (a random guess once shuffled) only to the mean budget', () => {
    const lucky = figures(40, 50);
    lucky.players = lucky.players.map((p) => (p.player === 'first' ? { ...p, max: 95 } : p));
    expect(checkNaiveBudgets([lucky]).pass).toBe(true);
    const fileOrder = figures(40, 50);
    fileOrder.players = fileOrder.players.map((p) => (p.player === 'file-first' ? { ...p, max: NAIVE_RUN_LIMIT } : p));
    const r = checkNaiveBudgets([fileOrder]);
    expect(r.pass).toBe(false);
    expect(r.worstRun.where).toBe('file-first in tiny');
  });
});

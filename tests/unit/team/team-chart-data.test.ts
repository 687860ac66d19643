import { describe, expect, it } from 'vitest';
import {
  completionBars,
  missedMomentBars,
  scenarioTimeline,
  shortLabel,
  traineeTimeline,
} from '../../../src/team/team-chart-data';
import type { TeamAnalytics } from '../../../src/team/trainer-api';

const figures: TeamAnalytics = {
  scoresByScenario: [
    { scenarioId: 'b', week: '2026-11-09', sessions: 2, overall: 70 },
    { scenarioId: 'a', week: '2026-11-02', sessions: 3, overall: 50 },
    { scenarioId: 'a', week: '2026-11-16', sessions: 1, overall: 80 },
  ],
  scoresByTrainee: [
    { pseudonym: 'igel-1', week: '2026-11-02', sessions: 1, overall: 40 },
    { pseudonym: 'luchs-2', week: '2026-11-02', sessions: 4, overall: 60 },
    { pseudonym: 'dachs-3', week: '2026-11-09', sessions: 2, overall: 90 },
  ],
  completion: [
    { scenarioId: 'a', title: { de: 'Alpha', en: 'Alpha EN' }, sessions: 4, finished: 3, rate: 0.75 },
    { scenarioId: 'b', title: null, sessions: 6, finished: 2, rate: 1 / 3 },
  ],
  missedMoments: [
    { scenarioId: 'a', node: 'opening', misses: 5 },
    { scenarioId: 'b', node: 'climax', misses: 2 },
  ],
  missedTechniques: [],
};
const titleOf = (id: string) => (id === 'a' ? 'Alpha' : id);

describe('team chart data', () => {
  it('pivots weekly scores into one row per week, oldest first, a column per scenario', () => {
    const t = scenarioTimeline(figures, titleOf, 8);
    expect(t.rows).toEqual([
      { week: '2026-11-02', a: 50 },
      { week: '2026-11-09', b: 70 },
      { week: '2026-11-16', a: 80 },
    ]);
    expect(t.series.map((s) => [s.key, s.label, s.sessions, s.first.overall, s.last.overall])).toEqual([
      ['a', 'Alpha', 4, 50, 80],
      ['b', 'b', 2, 70, 70],
    ]);
    expect(t.total).toBe(2);
  });

  it('draws only the trainees with the most sessions and says how many there are', () => {
    const t = traineeTimeline(figures, 2);
    expect(t.series.map((s) => s.key)).toEqual(['luchs-2', 'dachs-3']);
    expect(t.total).toBe(3);
    expect(t.rows.flatMap((r) => Object.keys(r))).not.toContain('igel-1');
  });

  it('completion bars split finished from unfinished, most sessions first', () => {
    expect(completionBars(figures, titleOf)).toEqual([
      { key: 'b', label: 'b', finished: 2, unfinished: 4, percent: 33 },
      { key: 'a', label: 'Alpha', finished: 3, unfinished: 1, percent: 75 },
    ]);
  });

  it('missed decisions are labelled decision first, and long labels are cut with an ellipsis', () => {
    expect(missedMomentBars(figures, titleOf, 1)).toEqual([{ key: 'a/opening', label: 'opening · Alpha', misses: 5 }]);
    expect(shortLabel('kurz', 10)).toBe('kurz');
    expect(shortLabel('Schon wieder kaputt – direkt nach der Reparatur', 20)).toBe('Schon wieder kaputt…');
  });
});

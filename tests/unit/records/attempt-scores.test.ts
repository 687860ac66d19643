import { describe, expect, it } from 'vitest';
import { attemptScores } from '../../../src/recording/attempt-scores';

const finished = (overall: number) => ({ scores: { overall } });
const abandoned = (overall: number) => ({ scores: { overall }, abandoned: true as const });

describe('attemptScores', () => {
  it('ignores an abandoned attempt even when its partial score is the highest', () => {
    expect(attemptScores([finished(61), abandoned(98), finished(74)])).toEqual({ best: 74, latest: 74 });
  });

  it('takes the latest finished attempt, not a later abandoned one', () => {
    expect(attemptScores([finished(80), finished(55), abandoned(90)])).toEqual({ best: 80, latest: 55 });
  });

  it('has no best or latest when every attempt was abandoned', () => {
    expect(attemptScores([abandoned(40), abandoned(97)])).toEqual({ best: null, latest: null });
  });
});

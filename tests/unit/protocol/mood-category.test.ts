import { describe, expect, it } from 'vitest';
import { fittingMoods, moodCategory, moodDistance } from '../../../src/core/protocol/mood-category';

const mood = (anger: number, trust: number) => ({ anger, trust, patience: 50 });

describe('mood category', () => {
  it.each([
    [mood(5, 95), 'calm'],
    [mood(10, 30), 'neutral'],
    [mood(30, 80), 'neutral'],
    [mood(40, 65), 'upset'],
    [mood(60, 0), 'upset'],
    [mood(70, 50), 'angry'],
    [mood(100, 0), 'angry'],
  ] as const)('%j is %s', (m, expected) => {
    expect(moodCategory(m)).toBe(expected);
  });

  it('lets both words near a boundary count, but not further ones', () => {
    expect([...fittingMoods(mood(65, 40))].sort()).toEqual(['angry', 'upset']);
    expect([...fittingMoods(mood(15, 55))].sort()).toEqual(['calm', 'neutral']);
    expect([...fittingMoods(mood(100, 0))]).toEqual(['angry']);
  });

  it('measures steps on the scale', () => {
    expect(moodDistance('calm', 'angry')).toBe(3);
    expect(moodDistance('upset', 'neutral')).toBe(1);
  });
});

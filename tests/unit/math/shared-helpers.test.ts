import { describe, expect, it } from 'vitest';
import { nextRandom } from '../../../src/core/dialogue/random';
import { lastAtOrBefore } from '../../../src/core/math/binary-search';
import { SeededRandom, seedState } from '../../../src/core/math/seeded-random';

const at = (item: { at: number }) => item.at;

describe('lastAtOrBefore', () => {
  it('finds the last item at or before a value, as a linear scan does', () => {
    const items = [0, 10, 10, 25, 40, 40, 40, 90].map((t) => ({ at: t }));
    for (let value = -5; value <= 100; value++) {
      let expected = -1;
      items.forEach((item, i) => {
        if (item.at <= value) expected = i;
      });
      expect(lastAtOrBefore(items, value, at)).toBe(expected);
    }
  });

  it('looks only at the first `count` items and handles an empty list', () => {
    const times = Int32Array.from([5, 10, 15, 20]);
    expect(lastAtOrBefore(times, 100, (t) => t, 2)).toBe(1);
    expect(lastAtOrBefore([], 3, at)).toBe(-1);
  });
});

describe('one seeded generator', () => {
  it('draws the same numbers in place (avatar) as step by step (engine)', () => {
    const random = new SeededRandom('run-42');
    let state = seedState('run-42');
    for (let i = 0; i < 50; i++) {
      const [value, next] = nextRandom(state);
      state = next;
      expect(random.next()).toBe(value);
    }
  });

  it('gives other numbers for another seed', () => {
    expect(new SeededRandom('a').next()).not.toBe(new SeededRandom('b').next());
  });
});

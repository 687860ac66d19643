import { describe, expect, it } from 'vitest';
import { nextRandom, seedState } from '../../../src/core/dialogue/random';
import { ColumnError, decodeDeltaColumn, encodeDeltaColumn } from '../../../src/core/recording/delta-column';

function randomInts(count: number, spread: number, seed: string): number[] {
  let rng = seedState(seed);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const [v, next] = nextRandom(rng);
    rng = next;
    out.push(Math.round((v - 0.5) * 2 * spread));
  }
  return out;
}

describe('delta column', () => {
  it.each([
    ['empty', []],
    ['one zero', [0]],
    ['small walk', [1650, 1651, 1649, 1650, 1652]],
    ['int32 extremes', [2147483647, -2147483648, 0, 2147483647]],
    ['random', randomInts(2000, 100_000, 'col')],
  ])('round-trips %s', (_name, values) => {
    const text = encodeDeltaColumn(values);
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(Array.from(decodeDeltaColumn(text, values.length))).toEqual(values);
  });

  it('spends one byte per small change: 1200 jittering samples take about 1600 characters', () => {
    let v = 1650;
    const walk = randomInts(1200, 30, 'walk').map((d) => {
      v += d;
      return v;
    });
    const text = encodeDeltaColumn(walk);
    // First value 2 bytes, then one byte each (|delta| < 64); base64 is 4 characters per 3 bytes.
    expect(text.length).toBeLessThanOrEqual(Math.ceil(((1200 + 1) * 4) / 3));
  });

  it('encodes only the first `count` values', () => {
    expect(Array.from(decodeDeltaColumn(encodeDeltaColumn([5, 6, 7, 8], 2), 2))).toEqual([5, 6]);
  });

  it.each([
    ['a character outside base64url', 'AB+C', 1, /unexpected character "\+"/],
    ['fewer values than the count', encodeDeltaColumn([1, 2]), 3, /ends after 2 of 3/],
    ['more values than the count', encodeDeltaColumn([1, 2, 3]), 2, /more than 2 values/],
    ['a varint that never ends', encodeDeltaColumn([2 ** 40]).slice(0, 4), 1, /ends after 0 of 1/],
    ['an impossible base64 length', 'ABCDE', 1, /impossible length/],
    ['a value beyond 32 bits', encodeDeltaColumn([2 ** 40]), 1, /out of range/],
  ])('refuses %s', (_name, text, count, message) => {
    expect(() => decodeDeltaColumn(text, count)).toThrow(ColumnError);
    expect(() => decodeDeltaColumn(text, count)).toThrow(message);
  });

  it('says why in German too', () => {
    try {
      decodeDeltaColumn('AB+C', 1);
    } catch (error) {
      expect((error as ColumnError).reason).toEqual({
        de: 'unerwartetes Zeichen „+“ an Position 2',
        en: 'unexpected character "+" at position 2',
      });
    }
    expect.assertions(1);
  });
});

import { describe, expect, it } from 'vitest';
import { nextRandom, seedState } from '../../../src/core/dialogue/random';
import {
  addMilliseconds,
  formatIsoDateTime,
  ISO_DURATION,
  isoDuration,
  parseIsoDateTime,
} from '../../../src/core/xapi/iso-time';

describe('ISO date-times without Date in the core', () => {
  it('agrees with Date on thousands of instants between 1900 and 2200', () => {
    let rng = seedState('iso');
    for (let i = 0; i < 5000; i++) {
      const [v, next] = nextRandom(rng);
      rng = next;
      const ms = Math.round(-2_208_988_800_000 + v * 9_467_280_000_000);
      const iso = new Date(ms).toISOString();
      expect(formatIsoDateTime(ms)).toBe(iso);
      expect(parseIsoDateTime(iso)).toBe(ms);
    }
  });

  it.each([
    ['2025-03-14T09:30:00+01:00', '2025-03-14T08:30:00.000Z'],
    ['2025-03-14T09:30:00.5-02:30', '2025-03-14T12:00:00.500Z'],
    ['2024-02-29T23:59:59.999999Z', '2024-02-29T23:59:59.999Z'],
    ['2025-12-31T23:30:00-01:00', '2026-01-01T00:30:00.000Z'],
  ])('reads offsets and fractions: %s', (text, utc) => {
    expect(formatIsoDateTime(parseIsoDateTime(text))).toBe(utc);
    expect(parseIsoDateTime(text)).toBe(Date.parse(text));
  });

  it.each(['', '2025-03-14', '2025-03-14 09:30:00Z', '2025-13-01T00:00:00Z', '2025-03-14T24:00:00Z', 'yesterday'])(
    'refuses %j',
    (text) => {
      expect(parseIsoDateTime(text)).toBeNaN();
    },
  );

  it('adds session offsets across midnight and the year', () => {
    expect(addMilliseconds('2025-12-31T23:59:58.000+00:00', 3500)).toBe('2026-01-01T00:00:01.500Z');
    expect(() => addMilliseconds('not a date', 1)).toThrow(RangeError);
  });
});

describe('ISO 8601 durations', () => {
  it.each([
    [0, 'PT0S'],
    [4, 'PT0S'],
    [10, 'PT0.01S'],
    [1500, 'PT1.5S'],
    [59_999, 'PT1M'],
    [61_230, 'PT1M1.23S'],
    [3_600_000, 'PT1H'],
    [5_025_070, 'PT1H23M45.07S'],
    [-5, 'PT0S'],
  ])('%i ms → %s', (ms, text) => {
    expect(isoDuration(ms)).toBe(text);
    expect(text).toMatch(ISO_DURATION);
  });

  it('the pattern refuses what is not a duration', () => {
    for (const bad of ['P', 'PT', '1M', 'PT1.S', 'PT-1S', 'P1H']) expect(bad).not.toMatch(ISO_DURATION);
    for (const ok of ['P1D', 'PT36H', 'P1Y2M3DT4H5M6.7S', 'P2W']) expect(ok).toMatch(ISO_DURATION);
  });
});

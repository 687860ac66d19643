import { describe, expect, it } from 'vitest';
import {
  addDistance,
  addListening,
  bodyLanguageFromTotals,
  copyTotals,
  distanceChange,
  emptySourceTotals,
  emptyTotals,
  SENSING,
} from '../../../src/core/sensing/totals';

/** `seconds` of listening at 90 Hz, looking at the customer when `looking(t)` says so, at `distance(t)`. */
function listen(
  t: ReturnType<typeof emptySourceTotals>,
  seconds: number,
  looking: (s: number) => boolean,
  distance?: (s: number) => number,
) {
  const dt = 1000 / 90;
  for (let ms = 0; ms < seconds * 1000; ms += dt) {
    addListening(t, dt, looking(ms / 1000));
    if (distance) addDistance(t, dt, distance(ms / 1000));
  }
}

describe('distance statistics', () => {
  it('splits a frame at the end of the baseline stretch', () => {
    const t = emptySourceTotals();
    addDistance(t, 1500, 1.2);
    addDistance(t, 1000, 1.0); // 500 ms baseline, 500 ms later
    expect(t.baselineMs).toBe(2000);
    expect(t.laterMs).toBe(500);
    expect(t.baselineSum / t.baselineMs).toBeCloseTo((1500 * 1.2 + 500 * 1.0) / 2000, 9);
  });

  it('needs some listening after the baseline before it reports a change', () => {
    const t = emptySourceTotals();
    addDistance(t, SENSING.baselineMs, 1.2);
    addDistance(t, SENSING.minLaterMs - 1, 1.0);
    expect(distanceChange(t)).toBeUndefined();
    addDistance(t, 1, 1.0);
    expect(distanceChange(t)).toBeCloseTo(-0.2, 9);
  });

  it.each([
    ['steady', () => 1.22, 0],
    ['leaning in by 30 cm after the first seconds', (s: number) => (s < 3 ? 1.22 : 0.92), -0.3 * (7 / 8)],
    ['stepping back by 40 cm', (s: number) => (s < 2 ? 1.22 : 1.62), 0.4],
  ])('%s', (_name, distance, expected) => {
    const t = emptySourceTotals();
    listen(t, 10, () => true, distance);
    expect(distanceChange(t)).toBeCloseTo(expected, 2);
  });

  it('ignores frames without time or without a finite distance', () => {
    const t = emptySourceTotals();
    addDistance(t, 0, 1);
    addDistance(t, -5, 1);
    addDistance(t, 10, Number.NaN);
    addListening(t, 0, true);
    expect(t).toEqual(emptySourceTotals());
  });
});

describe('body-language figures from the totals', () => {
  it('gives nothing for too little speaking time', () => {
    const totals = emptyTotals();
    listen(totals.headset, 2, () => true);
    listen(totals.desktop, 2, () => true);
    expect(bodyLanguageFromTotals(totals)).toBeUndefined();
    expect(bodyLanguageFromTotals(null)).toBeUndefined();
  });

  it('on a desktop gives eye contact only, never distance or nodding', () => {
    const totals = emptyTotals();
    listen(totals.desktop, 10, (s) => s < 7.5);
    const input = bodyLanguageFromTotals(totals);
    expect(input).toEqual({ source: 'desktop', eyeContact: expect.closeTo(0.75, 2) });
    expect(input).not.toHaveProperty('distanceChange');
    expect(input).not.toHaveProperty('nodsPerMinute');
  });

  it('with a headset gives eye contact, distance and nods per minute of customer speech', () => {
    const totals = emptyTotals();
    listen(
      totals.headset,
      30,
      (s) => s % 10 < 6,
      (s) => (s < 2 ? 1.2 : 1.0),
    );
    totals.headset.nods = 3;
    expect(bodyLanguageFromTotals(totals)).toEqual({
      source: 'headset',
      eyeContact: expect.closeTo(0.6, 2),
      distanceChange: expect.closeTo(-0.2, 3),
      nodsPerMinute: 6,
    });
  });

  it('prefers the headset when a run had both, and leaves out a distance it could not compare', () => {
    const totals = emptyTotals();
    listen(totals.desktop, 60, () => false);
    listen(
      totals.headset,
      3.5,
      () => true,
      () => 1.2,
    );
    expect(bodyLanguageFromTotals(totals)).toEqual({ source: 'headset', eyeContact: 1, nodsPerMinute: 0 });
  });

  it('copies totals without sharing objects', () => {
    const totals = emptyTotals();
    listen(totals.headset, 1, () => true);
    const copy = copyTotals(totals, emptyTotals());
    expect(copy).toEqual(totals);
    copy.headset.listenMs = 0;
    expect(totals.headset.listenMs).toBeGreaterThan(0);
    expect(copyTotals(null, copy)).toEqual(emptyTotals());
  });
});

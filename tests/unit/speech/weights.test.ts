import { describe, expect, it } from 'vitest';
import {
  COARTICULATION_SECONDS,
  createMouthWeights,
  cueIndexAt,
  MOUTH_SHAPES,
  type MouthWeights,
  textToVisemes,
  timelineDuration,
  type VisemeCue,
  visemeWeightsAt,
} from '../../../src/core/speech';

const LINE = textToVisemes('„Mama, ich will sofort Ihren Chef sprechen!“ – Das ist doch unglaublich…', 'de');
const END = timelineDuration(LINE);
const middleOf = (cue: VisemeCue) => cue.start + cue.duration / 2;
const snapshot = (weights: MouthWeights) => MOUTH_SHAPES.map((shape) => weights[shape]);

describe('cueIndexAt', () => {
  it('finds every cue at its start and its middle, -1 before the line and length after it', () => {
    LINE.forEach((cue, index) => {
      expect(cueIndexAt(LINE, cue.start)).toBe(index);
      expect(cueIndexAt(LINE, middleOf(cue))).toBe(index);
    });
    expect(cueIndexAt(LINE, -0.001)).toBe(-1);
    expect(cueIndexAt(LINE, END)).toBe(LINE.length);
    expect(cueIndexAt([], 1)).toBe(-1);
  });
});

describe('visemeWeightsAt', () => {
  const mama = textToVisemes('Mama', 'de'); // m A: m A:

  it('holds a long vowel fully in its middle, and nothing else', () => {
    const vowel = mama[1] as VisemeCue;
    expect(vowel.duration).toBeGreaterThan(2 * COARTICULATION_SECONDS);
    expect(visemeWeightsAt(mama, middleOf(vowel), createMouthWeights())).toEqual({ aa: 1, ih: 0, ou: 0, ee: 0, oh: 0 });
  });

  it('closes the mouth in the middle of an m', () => {
    expect(visemeWeightsAt(mama, middleOf(mama[2] as VisemeCue), createMouthWeights())).toEqual(createMouthWeights());
  });

  it('weighs two neighbours half each at their boundary (co-articulation)', () => {
    const between = textToVisemes('Schuh', 'de'); // S (ou 0.5) then U: (ou 1)
    const boundary = between[1]?.start ?? Number.NaN;
    expect(visemeWeightsAt(between, boundary, createMouthWeights()).ou).toBeCloseTo(0.5 * 0.5 + 0.5 * 1, 12);
    expect(visemeWeightsAt(mama, mama[1]?.start ?? Number.NaN, createMouthWeights()).aa).toBeCloseTo(0.5, 12);
  });

  it('opens from and closes to zero around the line instead of snapping', () => {
    const out = createMouthWeights();
    expect(visemeWeightsAt(mama, -COARTICULATION_SECONDS, out)).toEqual(createMouthWeights());
    const abend = textToVisemes('Abend', 'de');
    expect(visemeWeightsAt(abend, 0, out).aa).toBeCloseTo(0.5, 12);
    expect(visemeWeightsAt(abend, -0.01, out).aa).toBeGreaterThan(0);
    expect(visemeWeightsAt(abend, timelineDuration(abend) + COARTICULATION_SECONDS, out)).toEqual(createMouthWeights());
  });

  it('changes smoothly: no shape jumps more than 0.05 between samples 0.5 ms apart', () => {
    const out = createMouthWeights();
    let previous = snapshot(visemeWeightsAt(LINE, -0.1, out));
    let largest = 0;
    for (let t = -0.1; t < END + 0.1; t += 0.0005) {
      const current = snapshot(visemeWeightsAt(LINE, t, out));
      current.forEach((value, shape) => {
        largest = Math.max(largest, Math.abs(value - (previous[shape] ?? 0)));
      });
      previous = current;
    }
    expect(largest).toBeGreaterThan(0.005); // the mouth does move
    expect(largest).toBeLessThan(0.05);
  });

  it('stays within 0..1 and writes into the same object, 10 000 times', () => {
    const out = createMouthWeights();
    let always = true;
    let lowest = Number.POSITIVE_INFINITY;
    let highest = Number.NEGATIVE_INFINITY;
    for (let frame = 0; frame < 10_000; frame += 1) {
      const t = -0.2 + ((END + 0.4) * frame) / 10_000;
      always &&= visemeWeightsAt(LINE, t, out) === out;
      for (const shape of MOUTH_SHAPES) {
        lowest = Math.min(lowest, out[shape]);
        highest = Math.max(highest, out[shape]);
      }
    }
    expect(always).toBe(true);
    expect(lowest).toBe(0);
    expect(highest).toBeLessThanOrEqual(1);
    expect(highest).toBeGreaterThan(0.9);
    expect(Object.keys(out).sort()).toEqual([...MOUTH_SHAPES].sort());
  });

  it('overwrites stale values and survives empty timelines and NaN times', () => {
    const out: MouthWeights = { aa: 0.9, ih: 0.9, ou: 0.9, ee: 0.9, oh: 0.9 };
    expect(visemeWeightsAt([], 1, out)).toEqual(createMouthWeights());
    Object.assign(out, { aa: 0.9, ih: 0.9 });
    expect(visemeWeightsAt(LINE, Number.NaN, out)).toEqual(createMouthWeights());
  });

  it("shows exactly each cue's own shape and weight in its middle, where no fade reaches", () => {
    const out = createMouthWeights();
    for (const cue of LINE) {
      const expected = createMouthWeights();
      if (cue.viseme !== 'closed') expected[cue.viseme] = cue.weight;
      expect(visemeWeightsAt(LINE, middleOf(cue), out), `${cue.phone} at ${cue.start}`).toEqual(expected);
    }
  });
});

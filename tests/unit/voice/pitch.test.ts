import { PitchDetector } from 'pitchy';
import { describe, expect, it } from 'vitest';
import { McLeodPitch, pitchyEstimator } from '../../../src/voice/pitchy-estimator';
import { add, concat, noise, RATE, silence, voiceTone } from './signals';

/** 46 ms at 44.1 kHz: the analyzer's pitch window. */
const WINDOW = 2048;

/** Windows every 512 samples through a signal, as the analyzer takes them. */
function* windows(signal: Float32Array): Generator<Float32Array> {
  for (let at = 0; at + WINDOW <= signal.length; at += 512) yield signal.subarray(at, at + WINDOW);
}

describe('allocation-free McLeod pitch', () => {
  const signal = concat(
    silence(0.1),
    voiceTone(0.4, 110, 0.3, 4),
    add(voiceTone(0.4, 220, 0.2, 0, 300), noise(0.4, 0.02, 3)),
    noise(0.3, 0.1, 7),
    voiceTone(0.3, 480, 0.1),
  );

  it('gives the same pitch and clarity as pitchy’s PitchDetector, window by window', () => {
    const ours = new McLeodPitch(WINDOW);
    const reference = PitchDetector.forFloat32Array(WINDOW);
    let pitched = 0;
    let compared = 0;
    for (const window of windows(signal)) {
      const [hz, clarity] = reference.findPitch(window, RATE);
      const found = ours.find(window, RATE);
      compared++;
      if (clarity === 0) {
        expect(ours.clarity).toBe(0);
        continue;
      }
      if (clarity > 0.65) pitched++;
      expect(found).toBeCloseTo(hz, 6);
      expect(ours.clarity).toBeCloseTo(clarity, 6);
    }
    expect(compared).toBeGreaterThan(100);
    // The comparison covers real estimates, not only silence.
    expect(pitched).toBeGreaterThan(40);
  });

  it('keeps its result in the estimator’s voice band and clarity limits', () => {
    const estimator = pitchyEstimator();
    const tone = voiceTone(0.1, 150, 0.3);
    expect(estimator.estimate(tone.subarray(0, WINDOW), RATE)).toBeCloseTo(150, 0);
    expect(estimator.estimate(silence(0.05).subarray(0, WINDOW), RATE)).toBe(0);
    expect(estimator.estimate(voiceTone(0.1, 900, 0.3).subarray(0, WINDOW), RATE)).toBe(0);
  });
});

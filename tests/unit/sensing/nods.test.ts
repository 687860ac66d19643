import { describe, expect, it } from 'vitest';
import { DEG } from '../../../src/core/sensing/gaze';
import { countNods, createNodDetector, feedPitch, NOD, resetNodDetector } from '../../../src/core/sensing/nods';
import { NOD_SIGNALS, type NodSignal } from './fixtures/nod-signals';

/** Samples a fixture signal at a frame rate: [ms, pitch in radians] pairs. */
function sample(signal: NodSignal, fps: number): [number, number][] {
  const points: [number, number][] = [];
  const step = 1000 / fps;
  let t = 0;
  let pitch = signal.start ?? 0;
  // Deterministic jitter (a small LCG), so every run sees the same noise.
  let seed = 12345;
  const jitter = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return ((seed / 2147483648) * 2 - 1) * (signal.noise ?? 0);
  };
  const emit = (end: number, at: (u: number) => number) => {
    const start = t;
    for (; t < end; t += step) points.push([t, (at((t - start) / (end - start)) + jitter()) * DEG]);
  };
  for (const part of signal.parts) {
    const base = pitch;
    if ('still' in part) emit(t + part.still, () => base);
    else if ('ramp' in part) {
      emit(t + part.ms, (u) => base + (part.ramp - base) * u);
      pitch = part.ramp;
    } else {
      for (let i = 0; i < (part.times ?? 1); i++) emit(t + part.ms, (u) => base - part.nod * Math.sin(Math.PI * u));
    }
  }
  return points;
}

// The detector must not depend on the headset's refresh rate (Quest 2: 72/90/120 Hz; emulation: ~6 Hz is not a goal).
const RATES = [30, 72, 90, 120];

describe('nod detection on synthetic pitch signals', () => {
  for (const signal of NOD_SIGNALS) {
    it.each(RATES)(`${signal.name}: ${signal.nods} at %i Hz`, (fps) => {
      expect(countNods(sample(signal, fps))).toBe(signal.nods);
    });
  }

  it('reports a nod once, at the sample where the head is back up', () => {
    const d = createNodDetector();
    const hits: number[] = [];
    for (const [at, pitch] of sample(
      { name: 'one', parts: [{ still: 200 }, { nod: 10, ms: 600 }, { still: 400 }], nods: 1 },
      90,
    )) {
      if (feedPitch(d, at, pitch)) hits.push(at);
    }
    expect(hits).toHaveLength(1);
    // After the low (at 500 ms) and before the nod has fully ended (800 ms).
    expect(hits[0]).toBeGreaterThan(500);
    expect(hits[0]).toBeLessThanOrEqual(800);
  });

  it('ignores a one-frame tracking spike', () => {
    const samples: [number, number][] = [];
    for (let i = 0; i < 90; i++) samples.push([i * 11.1, i === 40 ? -12 * DEG : 0]);
    expect(countNods(samples)).toBe(0);
  });

  it('starts afresh after a reset (a gap in tracking)', () => {
    const d = createNodDetector();
    feedPitch(d, 0, 0);
    feedPitch(d, 100, -10 * DEG); // half a nod, then the signal is lost
    resetNodDetector(d);
    expect(feedPitch(d, 5000, 0)).toBe(false);
    expect(feedPitch(d, 5300, 0)).toBe(false);
  });

  it('takes its limits from the rules it is given', () => {
    const signal: NodSignal = { name: 'deep', parts: [{ still: 200 }, { nod: 40, ms: 800 }, { still: 300 }], nods: 0 };
    expect(countNods(sample(signal, 90))).toBe(0);
    expect(countNods(sample(signal, 90), { ...NOD, maxDepth: 50 * DEG })).toBe(1);
  });
});

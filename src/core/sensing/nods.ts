import { DEG } from './gaze';

/**
 * What counts as a nod in a head-pitch signal. A listening nod dips the head by roughly 5–20°
 * and brings it back within about a second; a deeper or slower dip is looking down (at the
 * counter, at the answers), and anything below the reversal threshold is tracking jitter or
 * breathing.
 */
export const NOD = {
  /** A change of direction only counts once the pitch has moved back this far (radians). */
  reversal: 1.5 * DEG,
  /** The dip from the last high to the low (radians). */
  minDepth: 5 * DEG,
  maxDepth: 30 * DEG,
  /** Share of the dip the head must come back up for the nod to be complete. */
  recovery: 0.6,
  /** From the high before the dip to the moment the head is back up (ms). */
  minMs: 150,
  maxMs: 1500,
} as const;

export type NodRules = { readonly [K in keyof typeof NOD]: number };

/**
 * A streaming nod detector: turning points by hysteresis (a zig-zag over the pitch), and a nod
 * is a high → low → back-up sequence within the depth and time limits. Plain numbers, updated in
 * place by `feedPitch`, so a frame loop can run it without allocating.
 */
export interface NodDetector {
  started: boolean;
  /** +1 while the pitch rises (tracking a high), −1 while it falls (tracking a low). */
  trend: 1 | -1;
  extreme: number;
  extremeAt: number;
  high: number;
  highAt: number;
  hasHigh: boolean;
  low: number;
  hasLow: boolean;
  /** The current up-swing has been judged (a nod, or not one). */
  judged: boolean;
}

export function createNodDetector(): NodDetector {
  return {
    started: false,
    trend: 1,
    extreme: 0,
    extremeAt: 0,
    high: 0,
    highAt: 0,
    hasHigh: false,
    low: 0,
    hasLow: false,
    judged: false,
  };
}

/** Forgets the signal so far (the next sample starts afresh), e.g. after a gap in tracking. */
export function resetNodDetector(d: NodDetector): void {
  d.started = false;
  d.hasHigh = false;
  d.hasLow = false;
  d.judged = false;
}

/**
 * Feeds one pitch sample (radians, + up) taken at `at` ms; returns true exactly once per nod, at
 * the sample where the head has come back up. Samples must come in time order; any rate works.
 */
export function feedPitch(d: NodDetector, at: number, pitch: number, rules: NodRules = NOD): boolean {
  if (!d.started) {
    d.started = true;
    d.trend = 1;
    d.extreme = pitch;
    d.extremeAt = at;
    return false;
  }
  if (d.trend === 1) {
    if (pitch >= d.extreme) {
      d.extreme = pitch;
      d.extremeAt = at;
    } else if (d.extreme - pitch >= rules.reversal) {
      // The rise ended at the extreme: that was a high, and the head now dips.
      d.high = d.extreme;
      d.highAt = d.extremeAt;
      d.hasHigh = true;
      d.hasLow = false;
      d.trend = -1;
      d.extreme = pitch;
      d.extremeAt = at;
    }
  } else if (pitch <= d.extreme) {
    d.extreme = pitch;
    d.extremeAt = at;
  } else if (pitch - d.extreme >= rules.reversal) {
    // The dip bottomed out: a low. Whether it was a nod shows as the head comes back up.
    d.low = d.extreme;
    d.hasLow = true;
    d.judged = false;
    d.trend = 1;
    d.extreme = pitch;
    d.extremeAt = at;
  }
  if (d.trend !== 1 || !d.hasHigh || !d.hasLow || d.judged) return false;
  const depth = d.high - d.low;
  const elapsed = at - d.highAt;
  if (pitch - d.low >= rules.recovery * depth) {
    // Judged once, when the head is back up: a one-frame tracking spike is too quick to be a nod.
    d.judged = true;
    return depth >= rules.minDepth && depth <= rules.maxDepth && elapsed >= rules.minMs && elapsed <= rules.maxMs;
  }
  if (elapsed > rules.maxMs) d.judged = true;
  return false;
}

/** Counts the nods in a whole recorded signal (tests, replays): `samples` are [ms, pitch] pairs. */
export function countNods(samples: readonly (readonly [number, number])[], rules: NodRules = NOD): number {
  const d = createNodDetector();
  let nods = 0;
  for (const [at, pitch] of samples) if (feedPitch(d, at, pitch, rules)) nods += 1;
  return nods;
}

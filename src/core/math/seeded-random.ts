/**
 * The app's one seeded random generator (mulberry32). Its whole state is one 32-bit number, so it
 * lives in the plain, serialisable session state (the engine's `nextRandom`), and the avatar's
 * idle life keeps it in place in a `SeededRandom` so per-frame draws allocate nothing.
 */

/** Hashes a seed text to a 32-bit start state (FNV-1a). */
export function seedState(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The state after `state` (mulberry32's step). */
export function advanceState(state: number): number {
  return (state + 0x6d2b79f5) >>> 0;
}

/** The number in [0, 1) a state stands for (mulberry32's output mix). */
export function valueOfState(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * The generator with its state kept in place, for the avatar's blinks, glances and weight shifts,
 * so two runs of a scenario move alike and a screenshot test sees the same frame.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: string) {
    this.state = seedState(seed);
  }

  /** The next number in [0, 1). */
  next(): number {
    this.state = advanceState(this.state);
    return valueOfState(this.state);
  }

  /** A number in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** −1 or +1. */
  sign(): number {
    return this.next() < 0.5 ? -1 : 1;
  }
}

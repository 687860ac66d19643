import { seedState } from '../../core/dialogue/random';

/**
 * A tiny seeded random source for the avatar's idle life (blinks, glances, weight shifts), so
 * two runs of a scenario move alike and a screenshot test sees the same frame. Mulberry32 with
 * its state kept in place, so per-frame calls allocate nothing (core's `nextRandom` returns tuples).
 */
export class SeededRandom {
  private state: number;

  constructor(seed: string) {
    this.state = seedState(seed);
  }

  /** The next number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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

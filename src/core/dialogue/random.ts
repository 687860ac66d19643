/**
 * A seeded random source whose whole state is one 32-bit number, so it lives in the plain,
 * serialisable session state (inkjs saves its seed with the story state for the same reason).
 * Algorithm: mulberry32, from core/math/seeded-random.ts (the avatar's idle life uses the same).
 */
import { advanceState, seedState, valueOfState } from '../math/seeded-random';

export { seedState };

/** The next number in [0, 1) and the state after it. */
export function nextRandom(state: number): [value: number, next: number] {
  const next = advanceState(state);
  return [valueOfState(next), next];
}

/** A whole number in [0, count) and the state after it. */
export function pickIndex(state: number, count: number): [index: number, next: number] {
  const [value, next] = nextRandom(state);
  return [Math.min(count - 1, Math.floor(value * count)), next];
}

/**
 * A seeded random source whose whole state is one 32-bit number, so it lives in the plain,
 * serialisable session state (inkjs saves its seed with the story state for the same reason).
 * Algorithm: mulberry32.
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

/** The next number in [0, 1) and the state after it. */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** A whole number in [0, count) and the state after it. */
export function pickIndex(state: number, count: number): [index: number, next: number] {
  const [value, next] = nextRandom(state);
  return [Math.min(count - 1, Math.floor(value * count)), next];
}

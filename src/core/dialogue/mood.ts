import type { Effects } from '../scenario/schema';
import { MOOD_KEYS, type Mood } from '../scenario/vocabulary';

const clamp = (v: number): number => Math.min(100, Math.max(0, v));

/** The mood after an effect, each value clamped to 0–100. */
export function applyEffects(mood: Mood, effects: Effects | undefined): Mood {
  if (!effects) return mood;
  const out = { ...mood };
  for (const key of MOOD_KEYS) out[key] = clamp(mood[key] + (effects[key] ?? 0));
  return out;
}

export function moodEquals(a: Mood, b: Mood): boolean {
  return MOOD_KEYS.every((k) => a[k] === b[k]);
}

import type { Mood } from '../scenario/vocabulary';
import { PROTOCOL_MOODS, type ProtocolMood } from './schema';

/**
 * The engine's mood (anger, trust, patience 0–100) in the four words a protocol uses. Anger
 * decides, like the scenarios' own conditions ("anger > 70") and scoring's HEATED_ANGER (60):
 * calm also needs some trust, otherwise a customer without anger is merely neutral.
 */
export const MOOD_THRESHOLDS = {
  angry: 70,
  upset: 40,
  calmBelow: 20,
  calmTrust: 50,
  /** Engine values this close to a boundary make both neighbouring words right. */
  tolerance: 10,
} as const;

export function moodCategory(mood: Mood): ProtocolMood {
  if (mood.anger >= MOOD_THRESHOLDS.angry) return 'angry';
  if (mood.anger >= MOOD_THRESHOLDS.upset) return 'upset';
  if (mood.anger < MOOD_THRESHOLDS.calmBelow && mood.trust >= MOOD_THRESHOLDS.calmTrust) return 'calm';
  return 'neutral';
}

/** Every word that fits the mood within the tolerance (the exact one included). */
export function fittingMoods(mood: Mood): Set<ProtocolMood> {
  const t = MOOD_THRESHOLDS.tolerance;
  const out = new Set<ProtocolMood>();
  for (const da of [-t, 0, t]) for (const dt of [-t, 0, t]) out.add(moodCategory({ ...mood, anger: mood.anger + da, trust: mood.trust + dt }));
  return out;
}

/** Steps between two words on the scale calm – neutral – upset – angry. */
export function moodDistance(a: ProtocolMood, b: ProtocolMood): number {
  return Math.abs(PROTOCOL_MOODS.indexOf(a) - PROTOCOL_MOODS.indexOf(b));
}

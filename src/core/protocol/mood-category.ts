import type { Mood, Outcome } from '../scenario/vocabulary';
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
  for (const da of [-t, 0, t])
    for (const dt of [-t, 0, t]) out.add(moodCategory({ ...mood, anger: mood.anger + da, trust: mood.trust + dt }));
  return out;
}

/** Steps between two words on the scale calm – neutral – upset – angry. */
export function moodDistance(a: ProtocolMood, b: ProtocolMood): number {
  return Math.abs(PROTOCOL_MOODS.indexOf(a) - PROTOCOL_MOODS.indexOf(b));
}

/**
 * The final mood as the whole debrief states it. The ending's outcome is what the trainee saw and
 * what the debrief's chip says („Kunde verärgert gegangen“ / "Customer left angry"), so it wins
 * over the engine's numbers: a customer who leaves angry is at least upset, even when an author's
 * ending fires at moderate anger (a customer who walks out annoyed at anger 25). Other outcomes say
 * nothing about the mood; there the numbers decide.
 */
export function finalMoodCategory(mood: Mood, outcome: Outcome | null): ProtocolMood {
  const category = moodCategory(mood);
  return outcome === 'customer_left_angry' && moodDistance(category, 'angry') > 1 ? 'upset' : category;
}

/** The words a protocol may use for the final mood: after leaving angry exactly „verärgert“ and „wütend“. */
export function fittingFinalMoods(mood: Mood, outcome: Outcome | null): Set<ProtocolMood> {
  return outcome === 'customer_left_angry' ? new Set<ProtocolMood>(['upset', 'angry']) : fittingMoods(mood);
}

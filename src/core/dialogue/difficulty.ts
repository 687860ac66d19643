import type { Effects } from '../scenario/schema';
import { type Difficulty, MOOD_KEYS, type Mood } from '../scenario/vocabulary';

/**
 * What the level (Leicht / Mittel / Schwer) changes in a conversation. `medium` is the scenario
 * exactly as written; the other levels shift the starting mood, scale how strongly the customer
 * reacts, stretch or shorten time limits and thin out the practice cue. Pure data and functions,
 * so the engine, the debrief and the UI read the same numbers.
 */
export interface DifficultyRules {
  /** Added to the starting mood (before the seeded band), then clamped. */
  moodOffset: Mood;
  /** Factor on effects that make things worse (more anger, less trust or patience). */
  worse: number;
  /** Factor on effects that make things better. */
  better: number;
  /** Factor on every decision's time limit. */
  timeLimit: number;
}

export const DIFFICULTY_RULES: Record<Difficulty, DifficultyRules> = {
  easy: { moodOffset: { anger: -10, trust: 10, patience: 15 }, worse: 0.7, better: 1.25, timeLimit: 1.5 },
  medium: { moodOffset: { anger: 0, trust: 0, patience: 0 }, worse: 1, better: 1, timeLimit: 1 },
  hard: { moodOffset: { anger: 10, trust: -10, patience: -15 }, worse: 1.3, better: 0.8, timeLimit: 0.7 },
};

export const DIFFICULTY_LABELS: Record<Difficulty, { de: string; en: string }> = {
  easy: { de: 'Leicht', en: 'Easy' },
  medium: { de: 'Mittel', en: 'Medium' },
  hard: { de: 'Schwer', en: 'Hard' },
};

/** The starting mood of each value varies by up to ± this much (seeded) on every run. */
export const MOOD_BAND = 8;

/** Whether a change of this mood value helps the conversation (less anger, more trust/patience). */
function helps(key: (typeof MOOD_KEYS)[number], delta: number): boolean {
  return key === 'anger' ? delta < 0 : delta > 0;
}

/** Effects scaled for the level, rounded to whole points; medium returns them unchanged. */
export function scaleEffects(effects: Effects | undefined, difficulty: Difficulty): Effects | undefined {
  if (!effects || difficulty === 'medium') return effects;
  const rules = DIFFICULTY_RULES[difficulty];
  const out: Effects = {};
  for (const key of MOOD_KEYS) {
    const delta = effects[key];
    if (delta === undefined) continue;
    out[key] = Math.round(delta * (helps(key, delta) ? rules.better : rules.worse));
  }
  return out;
}

/** A decision's time limit in seconds at this level. */
export function scaledTimeLimit(seconds: number, difficulty: Difficulty): number {
  return seconds * DIFFICULTY_RULES[difficulty].timeLimit;
}

/**
 * Whether practice mode shows its cue after this answer: on easy and medium after every answer
 * (as before levels existed); on hard only after a poor answer, so the trainee has to judge the
 * customer's reaction alone.
 */
export function practiceCueSpeaks(difficulty: Difficulty, cue: 'good' | 'mixed' | 'poor'): boolean {
  return difficulty !== 'hard' || cue === 'poor';
}

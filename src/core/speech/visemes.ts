/**
 * The mouth vocabulary of the speech module. The avatar is a VRM: it has five mouth
 * expressions (three-vrm's `aa ih ou ee oh` presets) and a closed mouth is simply none of
 * them, so `closed` is a viseme of the timeline but not a shape with a weight of its own.
 */
import type { Phone } from './phones';

/** Every viseme a cue can carry: the five VRM mouth shapes plus `closed` (m/b/p and pauses). */
export const VISEMES = ['aa', 'ih', 'ou', 'ee', 'oh', 'closed'] as const;
export type Viseme = (typeof VISEMES)[number];

/** The visemes that are VRM expressions; `closed` is their absence. */
export const MOUTH_SHAPES = ['aa', 'ih', 'ou', 'ee', 'oh'] as const;
export type MouthShape = (typeof MOUTH_SHAPES)[number];

/** Per-frame expression weights, 0..1, written in place by `visemeWeightsAt`. */
export type MouthWeights = Record<MouthShape, number>;

/** A fresh all-zero weights object; allocate it once per avatar, not per frame. */
export function createMouthWeights(): MouthWeights {
  return { aa: 0, ih: 0, ou: 0, ee: 0, oh: 0 };
}

/**
 * One sound of a spoken line. Cues of a timeline are contiguous (each starts where the
 * previous one ends), so a timeline is a partition of `[0, duration]`.
 */
export interface VisemeCue {
  readonly viseme: Viseme;
  /** How far the mouth goes into the shape, 0..1 (consonants only hint at a shape). */
  readonly weight: number;
  /** Seconds from the start of the line. */
  readonly start: number;
  readonly duration: number;
  /** The phone this cue voices (`_` for a pause), kept for debugging and tests. */
  readonly phone: Phone;
  /** Index in the source text of the word (or punctuation) the cue comes from. */
  readonly charIndex: number;
  /** End (exclusive) of that word in the source text. */
  readonly charEnd: number;
}

/** A whole line, cues in time order. */
export type VisemeTimeline = readonly VisemeCue[];

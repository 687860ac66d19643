import * as z from 'zod/mini';
import type { UtteranceMeasures } from './measures';

/**
 * Voice measures as stored in a recording (format version 2): numbers only. Audio is never kept.
 * `status` says why there are no numbers when there are none.
 */

export const VOICE_STATUSES = ['measured', 'refused', 'no-microphone', 'unsupported'] as const;
export type VoiceStatus = (typeof VOICE_STATUSES)[number];

const seconds = z.number().check(z.minimum(0), z.maximum(24 * 3600));
const nullableSeconds = z.nullable(seconds);

export const utteranceMeasuresSchema = z.strictObject({
  latencyS: nullableSeconds,
  durationS: seconds,
  speechS: seconds,
  syllables: z.int().check(z.minimum(0), z.maximum(1_000_000)),
  rate: z.nullable(z.number().check(z.minimum(0), z.maximum(30))),
  loudnessDbfs: z.nullable(z.number().check(z.minimum(-120), z.maximum(10))),
  pitchMedianHz: z.nullable(z.number().check(z.minimum(20), z.maximum(2000))),
  pitchRangeSt: z.nullable(z.number().check(z.minimum(0), z.maximum(96))),
  pauses: z.int().check(z.minimum(0), z.maximum(100_000)),
  pauseS: seconds,
  overlapS: seconds,
});

export const voiceAnswerSchema = z.strictObject({
  /** Session clock (ms) when the answer's turn began: the customer's line had ended. */
  atMs: z.number().check(z.minimum(0), z.maximum(24 * 3600 * 1000)),
  measures: utteranceMeasuresSchema,
  /** Syllables of the chosen answer's wording (textSyllables): the cross-check for the counted ones. */
  wordingSyllables: z.optional(z.int().check(z.minimum(0), z.maximum(100_000))),
});

export const voiceRecordSchema = z.strictObject({
  status: z.enum(VOICE_STATUSES),
  /** The calibration sentence: the trainee's own normal voice. */
  baseline: z.nullable(utteranceMeasuresSchema),
  answers: z.array(voiceAnswerSchema).check(z.maxLength(5000)),
});

export type VoiceAnswer = z.output<typeof voiceAnswerSchema>;
export type VoiceRecord = z.output<typeof voiceRecordSchema>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const measuresMatch: Same<z.output<typeof utteranceMeasuresSchema>, UtteranceMeasures> = true;
void measuresMatch;

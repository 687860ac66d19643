import { z } from 'zod';
import { storedProtocolSchema } from '../protocol/schema';
import { LOCALES } from '../scenario/vocabulary';
import { intentSchema, MAX_SESSION_MS, sessionTimeSchema } from './intent-schema';
import { POSE_COLUMNS } from './pose-track';
import { sensingTotalsSchema } from './sensing-schema';

/**
 * The stored form of one training session: the engine log (scenario, seed, intents) that replays
 * it, plus what the scene sensed (poses, body-language totals), timings, trainer notes and the
 * trainee's protocol. Versioned as a whole; a reader refuses versions it does not know.
 */

export const RECORDING_FORMAT = 'counterpart-recording';
export const RECORDING_VERSION = 1;

/** Caps that keep a hostile or broken file from costing memory or time; far above real sessions. */
export const RECORDING_LIMITS = {
  maxIntents: 20_000,
  maxNotes: 500,
  maxNoteChars: 4000,
  maxPlaceholders: 50,
  maxPlaceholderChars: 500,
  maxSeedChars: 200,
  /** Samples per part: 20 Hz for three hours. */
  maxSamples: 20 * 60 * 60 * 3,
  /** A column holds at most 8 bytes per sample, base64 makes 4 characters of 3 bytes. */
  maxColumnChars: Math.ceil((20 * 60 * 60 * 3 * 8 * 4) / 3),
  maxSessionMs: MAX_SESSION_MS,
} as const;

const PSEUDONYM_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;

/** A trainee pseudonym: letters, digits, "." "-" "_", no spaces — a handle, not a full name. */
export const pseudonymSchema = z.string().refine((value) => PSEUDONYM_PATTERN.test(value), {
  message: 'a pseudonym is 1–64 letters, digits, ".", "-" or "_" without spaces',
  params: {
    de: 'ein Pseudonym besteht aus 1–64 Buchstaben, Ziffern, „.“, „-“ oder „_“ ohne Leerzeichen',
    en: 'a pseudonym is 1–64 letters, digits, ".", "-" or "_" without spaces',
  },
});

const isoDateTime = z.iso.datetime({ offset: true });

const encodedStreamSchema = z.strictObject({
  count: z.number().int().min(0).max(RECORDING_LIMITS.maxSamples),
  ...(Object.fromEntries(POSE_COLUMNS.map((c) => [c, z.string().max(RECORDING_LIMITS.maxColumnChars)])) as Record<
    (typeof POSE_COLUMNS)[number],
    z.ZodString
  >),
});

export const poseTrackSchema = z.strictObject({
  rateHz: z.number().positive().max(120),
  positionScale: z.number().int().min(1).max(100_000),
  rotationScale: z.number().int().min(1).max(32_767),
  head: encodedStreamSchema,
  left: encodedStreamSchema,
  right: encodedStreamSchema,
});

export const trainerNoteSchema = z.strictObject({
  /** The replay moment the note is pinned to (session ms). */
  atMs: sessionTimeSchema,
  /** Plain text; shown as text, never as HTML. */
  text: z.string().min(1).max(RECORDING_LIMITS.maxNoteChars),
  author: pseudonymSchema,
  createdAt: isoDateTime,
});

export const timingsSchema = z.strictObject({
  /** Session clock at the end (ms). */
  durationMs: sessionTimeSchema,
  /** Of that, paused (ms). */
  pausedMs: sessionTimeSchema,
});

export const recordingSchema = z.strictObject({
  format: z.literal(RECORDING_FORMAT),
  version: z.literal(RECORDING_VERSION),
  id: z.uuid(),
  pseudonym: pseudonymSchema,
  scenarioId: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/),
  scenarioFingerprint: z.string().regex(/^[0-9a-f]{8}$/),
  locale: z.enum(LOCALES),
  seed: z.string().max(RECORDING_LIMITS.maxSeedChars),
  placeholders: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.string().max(RECORDING_LIMITS.maxPlaceholderChars))
    .refine((r) => Object.keys(r).length <= RECORDING_LIMITS.maxPlaceholders, {
      message: `at most ${RECORDING_LIMITS.maxPlaceholders} placeholders`,
      params: { de: `höchstens ${RECORDING_LIMITS.maxPlaceholders} Platzhalter`, en: `at most ${RECORDING_LIMITS.maxPlaceholders} placeholders` },
    }),
  startedAt: isoDateTime,
  intents: z.array(intentSchema).max(RECORDING_LIMITS.maxIntents),
  timings: timingsSchema,
  poses: poseTrackSchema,
  sensing: sensingTotalsSchema.nullable(),
  notes: z.array(trainerNoteSchema).max(RECORDING_LIMITS.maxNotes),
  protocol: storedProtocolSchema.optional(),
});

export type Recording = z.output<typeof recordingSchema>;
export type TrainerNote = z.output<typeof trainerNoteSchema>;
export type Timings = z.output<typeof timingsSchema>;

import * as z from 'zod/mini';
import { storedProtocolSchema } from '../protocol/schema';
import { CUSTOMER_TYPES, DIFFICULTIES, LOCALES } from '../scenario/vocabulary';
import { voiceRecordSchema } from '../voice/schema';
import { intentSchema, MAX_SESSION_MS, sessionTimeSchema } from './intent-schema';
import { POSE_COLUMNS } from './pose-track';
import { sensingTotalsSchema } from './sensing-schema';

/**
 * The stored form of one training session: the engine log (scenario, seed, intents) that replays
 * it, plus what the scene sensed (poses, body-language totals), timings, trainer notes and the
 * trainee's protocol. Versioned as a whole; a reader refuses versions it does not know.
 */

export const RECORDING_FORMAT = 'counterpart-recording';
/** 2 added `voice` (measures of voice mode); version 1 files are still read. */
export const RECORDING_VERSION = 2;
/** Every version this reader opens. */
export const READABLE_VERSIONS = [1, 2] as const;

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
export const pseudonymSchema = z.string().check(
  z.refine((value) => PSEUDONYM_PATTERN.test(value), {
    message: 'a pseudonym is 1–64 letters, digits, ".", "-" or "_" without spaces',
    params: {
      de: 'ein Pseudonym besteht aus 1–64 Buchstaben, Ziffern, „.“, „-“ oder „_“ ohne Leerzeichen',
      en: 'a pseudonym is 1–64 letters, digits, ".", "-" or "_" without spaces',
    },
  }),
);

const isoDateTime = z.iso.datetime({ offset: true });

const encodedStreamSchema = z.strictObject({
  count: z.int().check(z.minimum(0), z.maximum(RECORDING_LIMITS.maxSamples)),
  ...(Object.fromEntries(
    POSE_COLUMNS.map((c) => [c, z.string().check(z.maxLength(RECORDING_LIMITS.maxColumnChars))]),
  ) as Record<(typeof POSE_COLUMNS)[number], z.ZodMiniString>),
});

export const poseTrackSchema = z.strictObject({
  rateHz: z.number().check(z.positive(), z.maximum(120)),
  positionScale: z.int().check(z.minimum(1), z.maximum(100_000)),
  rotationScale: z.int().check(z.minimum(1), z.maximum(32_767)),
  head: encodedStreamSchema,
  left: encodedStreamSchema,
  right: encodedStreamSchema,
});

export const trainerNoteSchema = z.strictObject({
  /** The replay moment the note is pinned to (session ms). */
  atMs: sessionTimeSchema,
  /** Plain text; shown as text, never as HTML. */
  text: z.string().check(z.minLength(1), z.maxLength(RECORDING_LIMITS.maxNoteChars)),
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
  version: z.union([z.literal(1), z.literal(2)]),
  id: z.uuid(),
  pseudonym: pseudonymSchema,
  scenarioId: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)),
  scenarioFingerprint: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
  locale: z.enum(LOCALES),
  seed: z.string().check(z.maxLength(RECORDING_LIMITS.maxSeedChars)),
  /** The run's id in the app (its checkpoint's); absent in recordings made before, where the seed names the run. */
  runId: z.optional(z.string().check(z.maxLength(RECORDING_LIMITS.maxSeedChars))),
  placeholders: z
    .record(
      z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]*$/)),
      z.string().check(z.maxLength(RECORDING_LIMITS.maxPlaceholderChars)),
    )
    .check(
      z.refine((r) => Object.keys(r).length <= RECORDING_LIMITS.maxPlaceholders, {
        message: `at most ${RECORDING_LIMITS.maxPlaceholders} placeholders`,
        params: {
          de: `höchstens ${RECORDING_LIMITS.maxPlaceholders} Platzhalter`,
          en: `at most ${RECORDING_LIMITS.maxPlaceholders} placeholders`,
        },
      }),
    ),
  /** Engine rules version (shuffled answers etc.); absent in recordings made before, which replay in file order. */
  rules: z.optional(z.int().check(z.minimum(1), z.maximum(99))),
  /** The level the session ran at; absent means medium. */
  difficulty: z.optional(z.enum(DIFFICULTIES)),
  startedAt: isoDateTime,
  intents: z.array(intentSchema).check(z.maxLength(RECORDING_LIMITS.maxIntents)),
  timings: timingsSchema,
  poses: poseTrackSchema,
  sensing: z.nullable(sensingTotalsSchema),
  notes: z.array(trainerNoteSchema).check(z.maxLength(RECORDING_LIMITS.maxNotes)),
  protocol: z.optional(storedProtocolSchema),
  /** The trainee's answer to „Welcher Kundentyp war das?“ after the conversation; absent when not asked or not answered. */
  typeAnswer: z.optional(z.enum(CUSTOMER_TYPES)),
  /** The trainee ended the conversation before it reached an ending (absent: it ran to its end, or was cut off). */
  abandoned: z.optional(z.literal(true)),
  /** Voice mode's measures (numbers only, never audio); absent when voice mode was off. */
  voice: z.optional(voiceRecordSchema),
});

export type Recording = z.output<typeof recordingSchema>;
export type TrainerNote = z.output<typeof trainerNoteSchema>;
export type Timings = z.output<typeof timingsSchema>;

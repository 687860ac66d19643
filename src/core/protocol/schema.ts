import * as z from 'zod/mini';

/**
 * The conversation protocol a trainee writes after a session (article: „Gesprächsprotokoll“ —
 * concern, solution or agreement, follow-up, and the customer's reaction at the end).
 */

/** How the customer left, in the words a protocol uses; mood-category.ts maps the engine's mood onto it. */
export const PROTOCOL_MOODS = ['calm', 'neutral', 'upset', 'angry'] as const;
export type ProtocolMood = (typeof PROTOCOL_MOODS)[number];

export const PROTOCOL_LIMITS = {
  /** Characters per text field: a protocol is a few sentences, not an essay. */
  maxTextChars: 4000,
} as const;

/** A calendar date `YYYY-MM-DD` that exists (no 30 February). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

const protocolText = z.string().check(z.maxLength(PROTOCOL_LIMITS.maxTextChars));

export const conversationProtocolSchema = z.strictObject({
  /** What the customer came with. */
  concern: protocolText,
  /** The solution offered or the agreement made (or that none was reached). */
  agreement: protocolText,
  /** The agreed follow-up date, or null when none was noted. */
  followUp: z.nullable(
    z.string().check(
      z.refine(isIsoDate, {
        message: 'not a calendar date (YYYY-MM-DD)',
        params: { de: 'kein Kalenderdatum (JJJJ-MM-TT)', en: 'not a calendar date (YYYY-MM-DD)' },
      }),
    ),
  ),
  mood: z.enum(PROTOCOL_MOODS),
});

export type ConversationProtocol = z.output<typeof conversationProtocolSchema>;

/** A protocol as stored with a recording: when it was written (ISO date-time, from the injected clock). */
export const storedProtocolSchema = z.extend(conversationProtocolSchema, {
  writtenAt: z.iso.datetime({ offset: true }),
});
export type StoredProtocol = z.output<typeof storedProtocolSchema>;

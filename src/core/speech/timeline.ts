/**
 * Text → viseme timeline. The duration model: every phone has a relative length (vowels
 * longer, plosives shortest, see `phones.ts`); one unit lasts SECONDS_PER_UNIT at rate 1,
 * which lands ordinary German and English at about 13–15 phones a second. Punctuation adds
 * a closed-mouth pause (PAUSE_SECONDS). Everything divides by the speech rate, like the
 * Web Speech API's `rate`.
 */
import type { Locale } from '../scenario/vocabulary';
import { PHONES, type Phone } from './phones';
import { spokenWords, takesPeriod } from './spoken-words';
import { type PauseToken, tokenize } from './tokens';
import type { VisemeCue, VisemeTimeline } from './visemes';
import { wordToPhones } from './word-phones';

/** Seconds of one duration unit at rate 1. */
export const SECONDS_PER_UNIT = 0.088;
/** The rate range the Web Speech API accepts; rates outside are clamped to it. */
export const MIN_RATE = 0.1;
export const MAX_RATE = 10;

/** Clamps a speech rate to [MIN_RATE, MAX_RATE]; anything not a positive number means 1. */
export function normalizeRate(rate: number): number {
  if (!Number.isFinite(rate) || rate <= 0) return 1;
  return Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Appends cues to a timeline, keeping it contiguous: each cue starts where the last ended. */
class CueWriter {
  readonly cues: VisemeCue[] = [];
  private time = 0;

  add(phone: Phone, seconds: number, source: Span): void {
    const info = PHONES[phone];
    this.cues.push({
      viseme: info.viseme,
      weight: info.weight,
      start: this.time,
      duration: seconds,
      phone,
      charIndex: source.start,
      charEnd: source.end,
    });
    this.time += seconds;
  }
}

/** The cue timeline for one line of text, in seconds from the start of the line. */
export function textToVisemes(text: string, locale: Locale, rate = 1): VisemeCue[] {
  const slowness = 1 / normalizeRate(rate);
  const tokens = tokenize(text);
  const writer = new CueWriter();
  // A pause is only written once the next word arrives, so that a line neither starts nor
  // ends with silence and a run of marks (", –") pauses once, for the longest of them.
  let pending: PauseToken | undefined;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    if (token.kind === 'pause') {
      if (writer.cues.length > 0 && (pending === undefined || token.seconds > pending.seconds)) pending = token;
      continue;
    }
    // "z.B." and "am 3. Mai": the period is part of the word, and no sentence ends there.
    const next = tokens[index + 1];
    const ownsPeriod =
      next?.kind === 'pause' &&
      next.start === token.end &&
      /^\.(?!\.\.)/.test(next.text) &&
      takesPeriod(token.text, locale, text.slice(next.start + 1));
    const said = spokenWords(ownsPeriod ? `${token.text}.` : token.text, locale);
    if (ownsPeriod && next.text === '.') index += 1; // a mark after it (".)") still pauses
    const phones = said.flatMap((word) => wordToPhones(word, locale));
    if (phones.length === 0) continue;
    if (pending !== undefined) {
      writer.add('_', pending.seconds * slowness, pending);
      pending = undefined;
    }
    for (const phone of phones) writer.add(phone, PHONES[phone].units * SECONDS_PER_UNIT * slowness, token);
  }
  return writer.cues;
}

/** When the timeline ends, in seconds (0 for an empty one). */
export function timelineDuration(timeline: VisemeTimeline): number {
  const last = timeline[timeline.length - 1];
  return last === undefined ? 0 : last.start + last.duration;
}

/** How long a line takes to say, for timing subtitles and lip-sync when there is no voice. */
export function estimateDuration(text: string, locale: Locale, rate = 1): number {
  return timelineDuration(textToVisemes(text, locale, rate));
}

/**
 * Splits a line into words and pauses, keeping each one's position in the original text:
 * the browser's word-boundary events report positions in that text, and subtitles and
 * lip-sync must agree with them. Quotes („“”‘’«») and other marks are neither and vanish.
 */

/** Pause lengths in seconds at rate 1 (a comma is a short breath, a sentence end a longer one). */
export const PAUSE_SECONDS = {
  ',': 0.2,
  ';': 0.3,
  ':': 0.3,
  '.': 0.4,
  '!': 0.4,
  '?': 0.4,
  '…': 0.5,
  '...': 0.5,
  '–': 0.2,
  '—': 0.25,
  '-': 0.2,
  '(': 0.15,
  ')': 0.15,
} as const;

export interface WordToken {
  readonly kind: 'word';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface PauseToken {
  readonly kind: 'pause';
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The longest pause among the run of marks ("?!" pauses like "?", not like both). */
  readonly seconds: number;
}

export type Token = WordToken | PauseToken;

// A word: letters/digits/marks, joined by apostrophes or hyphens, by . , : between digits
// (1.000,50 and 14:30) and by a dot between letters (z.B). A symbol said as a word. A run
// of pause marks; a hyphen only counts as a dash when it stands free.
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:(?:['’\-‐]|(?<=\p{Nd})[.,:](?=\p{Nd})|(?<=\p{L})\.(?=\p{L}))[\p{L}\p{M}\p{N}]+)*`;
const SYMBOL = '[€$£%&+§@]';
const PAUSE = String.raw`(?:\.\.\.|[.!?…,;:–—()]|(?<=\s|^)-(?=\s|$))+`;
const TOKEN = new RegExp(`(${WORD})|(${SYMBOL})|(${PAUSE})`, 'gu');
const PAUSE_MARK = /\.\.\.|[\s\S]/gu;

function pauseSeconds(marks: string): number {
  let longest = 0;
  for (const [mark] of marks.matchAll(PAUSE_MARK)) {
    longest = Math.max(longest, PAUSE_SECONDS[mark as keyof typeof PAUSE_SECONDS] ?? 0);
  }
  return longest;
}

/** Words (including spoken symbols such as €) and pause marks, in text order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [whole, word, symbol] = match;
    const start = match.index;
    const end = start + whole.length;
    if (word !== undefined || symbol !== undefined) tokens.push({ kind: 'word', text: whole, start, end });
    else tokens.push({ kind: 'pause', text: whole, start, end, seconds: pauseSeconds(whole) });
  }
  return tokens;
}

/** The char index where each spoken word starts, as the browser's boundary events count them. */
export function wordStarts(text: string): number[] {
  return tokenize(text)
    .filter((token) => token.kind === 'word')
    .map((token) => token.start);
}

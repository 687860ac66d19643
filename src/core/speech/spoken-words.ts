/**
 * A written token → the words actually said: abbreviations, symbols, numbers and acronyms
 * are spelled out here so that the letter rules only ever see ordinary words. The token
 * keeps its place in the text; only what is said about it changes.
 */
import type { Locale } from '../scenario/vocabulary';
import { ABBREVIATIONS, LETTER_NAMES, SYMBOL_WORDS } from './abbreviations';
import { numberWords } from './numbers';

const VOWEL_LETTER = /[aeiouäöüy]/i;

function spell(letters: string, locale: Locale): string[] {
  return [...letters.toLowerCase()].flatMap((letter) => (LETTER_NAMES[locale][letter] ?? letter).split(' '));
}

/** PDF, LKW, BMW: capitals without a vowel cannot be read as a word, so they are spelt. */
function isSpeltAcronym(part: string): boolean {
  return part.length >= 2 && part === part.toUpperCase() && /^\p{Lu}+$/u.test(part) && !VOWEL_LETTER.test(part);
}

function splitDigitsFromLetters(piece: string): string[] {
  return piece.split(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u);
}

/** One hyphen- and dot-free part: a number, an acronym, a lone letter, or a word. */
function partWords(part: string, locale: Locale): string[] {
  const number = numberWords(part, locale);
  if (number !== undefined) return number;
  if (isSpeltAcronym(part)) return spell(part, locale);
  const lower = part.toLowerCase();
  const abbreviation = ABBREVIATIONS[locale][lower];
  if (abbreviation !== undefined) return abbreviation.split(' ');
  // A lone letter is said by its name (the E of E-Mail), except the English words "a" and "I".
  if ([...lower].length === 1 && !(locale === 'en' && (lower === 'a' || lower === 'i'))) return spell(lower, locale);
  return [lower];
}

/** The words said for one token of the text (a word, number, abbreviation or symbol). */
export function spokenWords(token: string, locale: Locale): string[] {
  const normalized = token.normalize('NFC').replaceAll('’', "'");
  const whole = ABBREVIATIONS[locale][normalized.toLowerCase()] ?? SYMBOL_WORDS[locale][normalized];
  if (whole !== undefined) return whole.split(' ');
  const number = numberWords(normalized, locale);
  if (number !== undefined) return number;
  // Hyphens and inner dots separate parts (E-Mail, z.B); digits and letters too (A4, 2er).
  return normalized
    .split(/[-‐]+/)
    .flatMap((piece) =>
      numberWords(piece, locale) !== undefined ? [piece] : piece.split('.').flatMap(splitDigitsFromLetters),
    )
    .filter((part) => part !== '')
    .flatMap((part) => partWords(part, locale));
}

/**
 * Whether a period right after `word` belongs to it rather than ending a sentence: a known
 * abbreviation (z.B., Dr.), or in German an ordinal number followed by more words ("am 3. Mai").
 */
export function takesPeriod(word: string, locale: Locale, textAfterPeriod: string): boolean {
  if (ABBREVIATIONS[locale][`${word.toLowerCase()}.`] !== undefined) return true;
  return locale === 'de' && /^\d+$/.test(word) && /^\s+\p{L}/u.test(textAfterPeriod);
}

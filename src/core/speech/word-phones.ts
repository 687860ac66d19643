/**
 * One spoken word → phones: the lexicon first, then the locale's letter rules on the word
 * folded to the letters those rules know (café → cafe; an English text's Müller → muller).
 */
import type { Locale } from '../scenario/vocabulary';
import { germanLettersToPhones } from './letters-de';
import { englishLettersToPhones } from './letters-en';
import { LEXICON } from './lexicon';
import type { Phone } from './phones';

const KNOWN_LETTER: Record<Locale, RegExp> = { de: /[a-zäöüß]/, en: /[a-z]/ };
const LETTER_RULES: Record<Locale, (word: string) => Phone[]> = {
  de: germanLettersToPhones,
  en: englishLettersToPhones,
};
/** Letters that no accent-stripping turns into a-z. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l' };

function foldLetter(letter: string, locale: Locale): string {
  if (KNOWN_LETTER[locale].test(letter)) return letter;
  const special = SPECIAL_LETTERS[letter];
  if (special !== undefined) return special;
  // NFD splits é into e + a combining accent; dropping the marks leaves the base letter.
  return letter
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '');
}

/** Folds a word to the letters its locale's rules know; everything else (digits, ', -) goes. */
export function foldWord(word: string, locale: Locale): string {
  let folded = '';
  for (const letter of word.toLowerCase().normalize('NFC')) folded += foldLetter(letter, locale);
  return folded;
}

/** The phones of one spoken word (no digits: numbers are spelled out before this). */
export function wordToPhones(word: string, locale: Locale): readonly Phone[] {
  const key = word.toLowerCase().normalize('NFC').replaceAll('’', "'");
  const known = LEXICON[locale].get(key);
  if (known !== undefined) return known;
  return LETTER_RULES[locale](foldWord(key, locale));
}

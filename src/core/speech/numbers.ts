/**
 * Digits → words for both locales: integers, grouped thousands, decimals, clock times,
 * years and ordinals. German groups with "." and decimals with ","; English the other way.
 */
import type { Locale } from '../scenario/vocabulary';
import { germanCardinal, germanOrdinal, germanYear } from './numbers-de';
import { englishCardinal, englishOrdinal, englishYear } from './numbers-en';

interface NumberWords {
  readonly cardinal: (n: number) => string[];
  readonly ordinal: (n: number) => string[];
  readonly year: (n: number) => string[];
  readonly grouped: RegExp;
  readonly ordinalPattern: RegExp;
  readonly decimalWord: string;
  readonly time: (hours: number, minutes: number) => string[];
}

const LANGUAGES: Record<Locale, NumberWords> = {
  de: {
    cardinal: germanCardinal,
    ordinal: germanOrdinal,
    year: germanYear,
    grouped: /^\d{1,3}(?:\.\d{3})+$/,
    ordinalPattern: /^(\d+)\.$/,
    decimalWord: 'komma',
    time: (h, m) => [...germanCardinal(h), 'uhr', ...(m === 0 ? [] : germanCardinal(m))],
  },
  en: {
    cardinal: englishCardinal,
    ordinal: englishOrdinal,
    year: englishYear,
    grouped: /^\d{1,3}(?:,\d{3})+$/,
    ordinalPattern: /^(\d+)(?:st|nd|rd|th)$/,
    decimalWord: 'point',
    time: (h, m) => [
      ...englishCardinal(h),
      ...(m === 0 ? ["o'clock"] : m < 10 ? ['oh', ...englishCardinal(m)] : englishCardinal(m)),
    ],
  },
};

/** Codes and phone numbers are read digit by digit, as people do. */
function digitByDigit(digits: string, words: NumberWords): string[] {
  return [...digits].flatMap((digit) => words.cardinal(Number(digit)));
}

function integerWords(digits: string, words: NumberWords): string[] {
  const n = Number(digits);
  if ((digits.length > 1 && digits.startsWith('0')) || digits.length > 12) return digitByDigit(digits, words);
  if (digits.length === 4 && n >= 1100 && n < 2000) return words.year(n);
  return words.cardinal(n);
}

/** Spoken words for a numeric token ("21", "1.000", "3,5", "14:30", "3.", "1st"), or undefined. */
export function numberWords(token: string, locale: Locale): string[] | undefined {
  const words = LANGUAGES[locale];
  const ordinal = words.ordinalPattern.exec(token);
  if (ordinal?.[1] !== undefined && ordinal[1].length <= 12) return words.ordinal(Number(ordinal[1]));
  const clock = /^(\d{1,2}):(\d{2})$/.exec(token);
  if (clock?.[1] !== undefined && clock[2] !== undefined) return words.time(Number(clock[1]), Number(clock[2]));
  if (words.grouped.test(token)) return integerWords(token.replace(/\D/g, ''), words);
  const decimal = /^(\d+)[.,](\d+)$/.exec(token);
  if (decimal?.[1] !== undefined && decimal[2] !== undefined) {
    return [...integerWords(decimal[1], words), words.decimalWord, ...digitByDigit(decimal[2], words)];
  }
  if (/^\d+$/.test(token)) return integerWords(token, words);
  return undefined;
}

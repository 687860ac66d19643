/**
 * The phone inventory both locales' letter rules write into, with the viseme each one shows.
 * Symbols are ASCII stand-ins for IPA (X-SAMPA-like: `@` schwa, `6` vocalic r, `S` sh).
 *
 * Why consonants carry shapes at all: with only five mouth shapes, dropping every consonant
 * to "closed" makes the jaw flap shut between vowels. A consonant instead hints at the
 * nearest shape with a low weight (sh rounds the lips, s spreads them); only the bilabials
 * close the mouth. `units` is the relative length that the timing model scales to seconds.
 */
import type { Viseme } from './visemes';

interface PhoneInfo {
  readonly kind: 'vowel' | 'consonant' | 'pause';
  readonly viseme: Viseme;
  readonly weight: number;
  readonly units: number;
}

const vowel = (viseme: Viseme, weight: number, units: number): PhoneInfo => ({ kind: 'vowel', viseme, weight, units });
const consonant = (viseme: Viseme, weight: number, units: number): PhoneInfo => ({
  kind: 'consonant',
  viseme,
  weight,
  units,
});

/** Every phone the letter rules may produce. */
export const PHONES = {
  A: vowel('aa', 1, 1.1), // short a (Mann)
  'A:': vowel('aa', 1, 1.6), // long a (Vater, car)
  AE: vowel('aa', 0.9, 1.2), // English "cat"
  V: vowel('aa', 0.8, 1), // English "cup"
  '6': vowel('aa', 0.55, 0.9), // vocalic r (Vater, der): a lax half-open mouth
  E: vowel('ee', 0.9, 1), // short e / ä (Bett, Mädchen)
  'E:': vowel('ee', 1, 1.5), // long e (See, mehr)
  '@': vowel('ee', 0.5, 0.7), // schwa (bitte): barely spread, short
  '3:': vowel('ee', 0.6, 1.4), // English "bird"
  I: vowel('ih', 0.9, 0.9), // short i (bitte, sit)
  'I:': vowel('ih', 1, 1.4), // long i (Liebe, meet)
  O: vowel('oh', 1, 1), // short o (Sonne, hot)
  'O:': vowel('oh', 1, 1.5), // long o (Boot, law)
  OE: vowel('oh', 0.85, 1.2), // ö: rounded like o, tongue forward (invisible)
  U: vowel('ou', 0.9, 0.9), // short u (Mutter, book)
  'U:': vowel('ou', 1, 1.4), // long u (Schuh, food)
  Y: vowel('ou', 0.9, 1.2), // ü: the lips round like u; the front tongue is invisible
  // The second half of a diphthong (ei, au, eu; my, now, boy) is a brief glide.
  'I^': vowel('ih', 0.8, 0.6),
  'U^': vowel('ou', 0.8, 0.6),
  p: consonant('closed', 1, 0.65),
  b: consonant('closed', 1, 0.6),
  m: consonant('closed', 1, 0.75),
  f: consonant('ih', 0.2, 0.8), // lower lip to teeth: nearly closed
  v: consonant('ih', 0.2, 0.7),
  w: consonant('ou', 0.5, 0.6), // English w rounds the lips
  t: consonant('ih', 0.35, 0.6),
  d: consonant('ih', 0.35, 0.55),
  n: consonant('ih', 0.35, 0.7),
  l: consonant('ih', 0.35, 0.7),
  s: consonant('ih', 0.3, 0.85),
  z: consonant('ih', 0.3, 0.8),
  ts: consonant('ih', 0.3, 0.95),
  T: consonant('ih', 0.3, 0.75), // th of thin: tongue between the teeth
  D: consonant('ih', 0.3, 0.6), // th of the
  S: consonant('ou', 0.5, 0.9), // sh: protruded lips
  Z: consonant('ou', 0.5, 0.85),
  tS: consonant('ou', 0.5, 0.95),
  dZ: consonant('ou', 0.5, 0.9),
  C: consonant('ih', 0.3, 0.8), // ich-Laut
  x: consonant('aa', 0.3, 0.85), // ach-Laut
  j: consonant('ih', 0.4, 0.6),
  k: consonant('aa', 0.3, 0.65),
  g: consonant('aa', 0.3, 0.6),
  N: consonant('aa', 0.3, 0.7), // ng
  h: consonant('aa', 0.4, 0.5),
  r: consonant('oh', 0.3, 0.6),
  _: { kind: 'pause', viseme: 'closed', weight: 1, units: 0 },
} as const satisfies Record<string, PhoneInfo>;

export type Phone = keyof typeof PHONES;

/** Whether a symbol names a phone (used to validate rule tables when they load). */
export function isPhone(symbol: string): symbol is Phone {
  return Object.hasOwn(PHONES, symbol);
}

/** Parses a space-separated phone list such as `"S U:"`; throws on a typo in a rule table. */
export function parsePhones(list: string): Phone[] {
  const phones: Phone[] = [];
  for (const symbol of list.split(' ')) {
    if (symbol === '') continue;
    if (!isPhone(symbol)) throw new Error(`Unknown phone "${symbol}" in "${list}"`);
    phones.push(symbol);
  }
  return phones;
}

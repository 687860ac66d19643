/**
 * German spelling → phones. German spelling is regular enough that context rules get close;
 * vowel length only changes a cue's duration, never its viseme, so its heuristic is allowed
 * to be rough (a vowel is long before h, ß, a final r, a single consonant plus vowel, or at
 * the end of a word).
 */
import { compileLetterRules, rule } from './letter-rules';
import type { Phone } from './phones';

const LONG = /^(?:h|ß|[^aeiouäöüy][aeiouäöüy]|r$|$)/;
const HAS_VOWEL = /[aeiouäöüy]/;
/** ch after a, o, u (but not the u of "eu") is the back ach-sound; elsewhere the ich-sound. */
const AFTER_BACK_VOWEL = /(?:^|[^e])[aou]$/;
/** sp/st are said "schp"/"scht" at the start of a word stem: word start or after a prefix. */
const STEM_START = /^(?:|ver|be|ge|ent|zer|vor|an|auf|aus|ab|un|ein|mit|bei|zu|nach|über|unter|weg|her|hin)$/;
/** The e of the prefixes ge-/be- is a schwa when a syllable follows (gemacht, bestellt, not Geld). */
const PREFIX_SCHWA = /^(?!(.)\1)[^aeiouäöüyh][^aeiouäöüy]*[aeiouäöüy]/;
/** Unstressed endings -e, -en, -el, -em, -es, -et, -end are said with a schwa. */
const SCHWA_ENDING = /^(?:[nlmst]|nd|ns)?$/;

const GERMAN_RULES = [
  rule('au', 'A U^'),
  rule('ai', 'A I^'),
  rule('ay', 'A I^'),
  rule('aa', 'A:'),
  rule('ah', 'A:'),
  rule('a', 'A:', LONG),
  rule('a', 'A'),
  rule('äu', 'O I^'),
  rule('äh', 'E:'),
  rule('ä', 'E:', LONG),
  rule('ä', 'E'),
  rule('chs', 'k s'),
  rule('ch', 'k', /^r/, /^$/), // Christ, Chronik
  rule('ch', 'S', undefined, /^$/), // Chef, Chance
  rule('ch', 'x', undefined, AFTER_BACK_VOWEL),
  rule('ch', 'C'),
  rule('ck', 'k'),
  rule('c', 'ts', /^[eiy]/),
  rule('c', 'k'),
  rule('dt', 't'),
  rule('eau', 'O:'),
  rule('ei', 'A I^'),
  rule('ey', 'A I^'),
  rule('eu', 'O I^'),
  rule('ee', 'E:'),
  rule('eh', 'E:'),
  rule('er', '6', /^(?:n|s|t|st)?$/, HAS_VOWEL), // Vater, ändern: the -er ending is vocalic
  rule('e', '@', SCHWA_ENDING, HAS_VOWEL),
  rule('e', '@', PREFIX_SCHWA, /^[bg]$/),
  rule('e', 'E:', LONG),
  rule('e', 'E'),
  rule('h', '', undefined, /[aeiouäöüy]$/), // the "Dehnungs-h" only lengthens the vowel
  rule('h', 'h'),
  rule('ie', 'I:'),
  rule('ih', 'I:'),
  rule('ig', 'I C', /^(?:s|t|st|te|ten)?$/), // wichtig, beschädigt: final -ig is "ich"
  rule('i', 'I:', LONG),
  rule('i', 'I'),
  rule('nk', 'N k'),
  rule('ng', 'N'),
  rule('oo', 'O:'),
  rule('oh', 'O:'),
  rule('ou', 'U:'),
  rule('o', 'O:', LONG),
  rule('o', 'O'),
  rule('öh', 'OE'),
  rule('ö', 'OE'),
  rule('pf', 'p f'),
  rule('ph', 'f'),
  rule('qu', 'k v'),
  rule('q', 'k'),
  rule('r', '6', /^$/, /[aeiouäöüy]h?$/), // der, mehr, Uhr: a final r after a vowel is vocalic
  rule('sch', 'S'),
  rule('sp', 'S p', undefined, STEM_START),
  rule('st', 'S t', undefined, STEM_START),
  rule('ß', 's'),
  rule('tsch', 'tS'),
  rule('tion', 'ts j O: n'),
  rule('tz', 'ts'),
  rule('th', 't'),
  rule('uh', 'U:'),
  rule('u', 'U:', LONG),
  rule('u', 'U'),
  rule('üh', 'Y'),
  rule('ü', 'Y'),
  rule('v', 'f'),
  rule('w', 'v'),
  rule('x', 'k s'),
  rule('y', 'j', /^[aeiouäöü]/, /^$/),
  rule('y', 'Y'),
  rule('z', 'ts'),
  // Letters that, when no rule above applies, are simply their own sound.
  ...[...'bdfgjklmnprst'].map((letter) => rule(letter, letter)),
];

/** Reads a lower-case German word (letters a–z, ä, ö, ü, ß only) as phones. */
export const germanLettersToPhones: (word: string) => Phone[] = compileLetterRules(GERMAN_RULES, /[bcdfgklmnprstvz]/);

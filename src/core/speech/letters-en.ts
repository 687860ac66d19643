/**
 * English spelling → phones. English spelling is not regular, so this is a lip-sync rule set,
 * not a pronouncing dictionary: the common digraphs, silent final e, the "magic e" that
 * lengthens a vowel, r-coloured vowels, and a lexicon (`lexicon-en.ts`) for frequent words
 * the rules get wrong. Where two readings share a viseme (food/good, s/z) no rule separates them.
 */
import { compileLetterRules, rule } from './letter-rules';
import type { Phone } from './phones';

/** Vowel + one consonant (+ l) + final e (make, time, table): the vowel says its name. */
const MAGIC_E = /^[^aeiouwxy]l?e(?:s|d|ly|ment|ness|ful)?$/;
const HAS_VOWEL = /[aeiouy]/;
const FINAL_E_SUFFIX = /^(?:s|d)?$/;
const BEFORE_CONSONANT_OR_END = /^(?:[^aeiouy]|$)/;

const ENGLISH_RULES = [
  rule('augh', 'O:'),
  rule('au', 'O:'),
  rule('aw', 'O:'),
  rule('ai', 'E I^'),
  rule('ay', 'E I^'),
  rule('are', 'E: r', FINAL_E_SUFFIX),
  rule('ar', 'A: r', BEFORE_CONSONANT_OR_END),
  rule('alk', 'O: k'),
  rule('all', 'O: l', BEFORE_CONSONANT_OR_END),
  rule('al', 'O: l', /^(?:s|t|w)/),
  rule('a', 'E I^', MAGIC_E),
  rule('a', '@', /^$/, HAS_VOWEL),
  rule('a', 'AE'),
  rule('ch', 'k', /^r/),
  rule('ch', 'tS'),
  rule('ck', 'k'),
  rule('cc', 'k s', /^[eiy]/),
  rule('cc', 'k'),
  rule('cial', 'S @ l'), // special, social
  rule('ci', 'S', /^[aou]/, HAS_VOWEL), // delicious
  rule('c', 's', /^[eiy]/),
  rule('c', 'k'),
  rule('dg', 'dZ'),
  rule('eau', 'O U^'),
  rule('eigh', 'E I^'),
  rule('ei', 'I:', undefined, /c$/), // receive, ceiling
  rule('ei', 'E I^'),
  rule('ey', 'I:', /^$/, HAS_VOWEL), // money
  rule('ey', 'E I^'),
  rule('ee', 'I:'),
  rule('ear', '3: r', /^(?:l|n|ch|th|d)/), // learn, search, earth
  rule('ea', 'I:'),
  rule('ew', 'U:', undefined, /(?:r|l|ch|j)$/),
  rule('ew', 'j U:'),
  rule('ere', 'I: r', FINAL_E_SUFFIX),
  rule('er', '@ r', /^(?:s|ed|ing|ly)?$/, HAS_VOWEL), // customer, order
  rule('er', '3: r', BEFORE_CONSONANT_OR_END), // her, person
  rule('e', '@', /^s$/, /(?:s|x|z|ch|sh|c|g)$/), // places, boxes
  rule('e', '@', /^d$/, /[aeiouy].*[td]$/), // wanted, needed
  rule('e', '', FINAL_E_SUFFIX, /[aeiouy][^aeiouy]*$/), // silent final e, -es, -ed
  rule('e', 'I:', /^$/), // he, me, she
  rule('e', 'I:', MAGIC_E),
  rule('e', 'E'),
  rule('gh', 'g', undefined, /^$/),
  rule('gh', ''),
  rule('gn', 'n', /^(?:s|ed|ing|er)?$/),
  rule('gn', 'n', undefined, /^$/),
  rule('g', 'g', /^(?:et|ive|iv|ir|ift|ear|in)/), // get, together, girl, begin
  rule('g', 'dZ', /^[eiy]/),
  rule('g', 'g'),
  rule('h', '', BEFORE_CONSONANT_OR_END, HAS_VOWEL), // oh, yeah
  rule('h', 'h'),
  rule('igh', 'A I^'),
  rule('ie', 'A I^', FINAL_E_SUFFIX, /^[^aeiouy]+$/), // die, tried
  rule('ie', 'I:'),
  rule('ire', 'A I^ @ r', FINAL_E_SUFFIX),
  rule('ir', '3: r', BEFORE_CONSONANT_OR_END),
  rule('ind', 'A I^ n d', /^$/),
  rule('ild', 'A I^ l d', /^$/),
  rule('i', 'A I^', MAGIC_E),
  rule('i', 'I:', /^$/),
  rule('i', 'I'),
  rule('j', 'dZ'),
  rule('kn', 'n', undefined, /^$/),
  rule('le', '@ l', FINAL_E_SUFFIX, /[^aeiouy]$/), // table, simple
  rule('mb', 'm', /^(?:s|ed|ing|er)?$/), // climb, thumb
  rule('nk', 'N k'),
  rule('ng', 'N'),
  rule('ough', 'V f', /^$/),
  rule('ought', 'O: t'),
  rule('ough', 'O U^'),
  rule('ould', 'U d'),
  rule('oor', 'O: r'),
  rule('oo', 'U', /^k/),
  rule('oo', 'U:'),
  rule('oar', 'O: r'),
  rule('oa', 'O U^'),
  rule('oi', 'O I^'),
  rule('oy', 'O I^'),
  rule('our', 'O: r', undefined, /^(?:f|y|p|c|s|t)$/), // four, your, course
  rule('our', 'A U^ @ r'),
  rule('ou', 'V', /^(?:ch|ng|ble|ntry|ple|sin|rage)/), // touch, young, country
  rule('oup', 'U: p'),
  rule('ou', 'A U^'),
  rule('own', 'O U^ n', /^(?:s|ed|er)?$/, /(?:^|sh|kn|gr|bl|fl|thr)$/),
  rule('ow', 'O U^', /^(?:s|ed|ing|n|er)?$/, /(?:l|gr|thr|sh|kn|sn)$/), // low, grow, know
  rule('ow', 'A U^'),
  rule('ore', 'O: r', FINAL_E_SUFFIX),
  rule('or', '3: r', /^(?:d|k|l|s|th)/, /w$/), // word, work, world
  rule('or', 'O: r', BEFORE_CONSONANT_OR_END),
  rule('o', 'V', /^(?:ther|th$|nth|ney|ve)/), // other, month, love
  rule('o', 'O U^', /^ld/),
  rule('o', 'O U^', MAGIC_E),
  rule('o', 'O U^', /^$/),
  rule('o', 'O'),
  rule('ph', 'f'),
  rule('qu', 'k w'),
  rule('q', 'k'),
  rule('rh', 'r'),
  rule('sh', 'S'),
  rule('ssion', 'S @ n'),
  rule('sion', 'Z @ n'),
  rule('sure', 'S @ r'),
  rule('sch', 's k'),
  rule('tch', 'tS'),
  rule('tion', 'S @ n'),
  rule('tial', 'S @ l'), // potential
  rule('th', 'T'),
  rule('ture', 'tS @ r', FINAL_E_SUFFIX), // picture, nature
  rule('tual', 'tS U @ l'), // actual
  rule('ue', 'U:', FINAL_E_SUFFIX),
  rule('ui', 'U:', /^[^aeiouy]/),
  rule('ure', 'U @ r', FINAL_E_SUFFIX),
  rule('ual', 'U @ l'), // actual, usual
  rule('ur', '3: r', BEFORE_CONSONANT_OR_END),
  rule('u', 'U:', MAGIC_E, /(?:r|l|j|ch)$/), // rude, rule
  rule('u', 'j U:', MAGIC_E), // use, huge
  rule('u', 'U', /^(?:ll|sh)/, /(?:p|b|f)$/), // full, push
  rule('u', 'V'),
  rule('wh', 'w'),
  rule('wr', 'r', undefined, /^$/),
  rule('war', 'w O: r'),
  rule('wa', 'w O', /^(?:s|t|n|sh|tch|ll)/), // want, watch
  rule('w', 'w'),
  rule('x', 'z', undefined, /^$/),
  rule('x', 'k s'),
  rule('y', 'j', /^[aeiou]/, /^$/),
  rule('y', 'A I^', /^$/, /^[^aeiouy]+$/), // my, why
  rule('y', 'A I^', MAGIC_E),
  rule('y', 'I:', /^$/),
  rule('y', 'I'),
  // Letters that, when no rule above applies, are simply their own sound.
  ...[...'bdfklmnprstvz'].map((letter) => rule(letter, letter)),
];

/** Reads a lower-case English word (letters a–z only) as phones. */
export const englishLettersToPhones: (word: string) => Phone[] = compileLetterRules(ENGLISH_RULES, /[bcdfgklmnprstvz]/);

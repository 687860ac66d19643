/**
 * Text folding for keyword matching: case, accents and German umlaut spellings (ä = ae, ß = ss)
 * are made equal, and word endings are trimmed, so "Austauschgeräte" mentions "Austauschgerät"
 * and "vereinbart" mentions "Vereinbarung". Both sides are folded the same way.
 */

/** Lower case, umlauts and their two-letter spellings to the plain vowel, ß to ss, punctuation to spaces. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokensOf(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/** German and English inflection endings, longest first; ä/ae are already folded away. */
const SUFFIXES = ['ungen', 'ments', 'ung', 'ment', 'ing', 'ern', 'em', 'en', 'er', 'es', 'ed', 'e', 'n', 's'];
const MIN_STEM = 4;

/** A folded word without its inflection ending (never shorter than four letters). */
export function stem(token: string): string {
  if (/\d/.test(token)) return token;
  let out = token;
  for (const suffix of SUFFIXES) {
    if (out.length - suffix.length >= MIN_STEM && out.endsWith(suffix)) {
      out = out.slice(0, -suffix.length);
      break;
    }
  }
  // "replace" → "replac", so "replacing" matches too.
  if (out.length > MIN_STEM && out.endsWith('e')) out = out.slice(0, -1);
  return out;
}

/**
 * Words that start a new clause for negation scope: a contrast or a new step ends what a
 * negation before them covers („kein Geld zurück, sondern ein Austauschgerät“).
 */
const CLAUSE_WORDS = new Set(
  [
    'aber',
    'sondern',
    'jedoch',
    'stattdessen',
    'dafür',
    'deshalb',
    'daher',
    'also',
    'dann',
    'danach',
    'und',
    'but',
    'however',
    'instead',
    'so',
    'therefore',
    'then',
    'and',
  ].map(foldText),
);

/**
 * Punctuation that ends a clause: sentence marks, brackets, line breaks and a dash between spaces;
 * `.` `,` `:` only when not between two digits ("18:00", "9,50", "1.5" are one number).
 */
const CLAUSE_MARKS = /[!?…;()[\]{}\n\r]|(?<!\d)[.,:]|[.,:](?!\d)|\s[-–—→]+\s|^[-–—→]+\s/gu;

/** Folded words and, for each, the number of the clause it stands in (only equality matters). */
export interface ClausedText {
  words: string[];
  clauses: number[];
}

/**
 * The same words as `tokensOf`, each with its clause. Matching still runs over the whole word
 * list (a phrase may span a comma as before); only negation stops at a clause boundary.
 */
export function clausedTokensOf(text: string): ClausedText {
  const words: string[] = [];
  const clauses: number[] = [];
  let clause = 0;
  for (const segment of text.split(CLAUSE_MARKS)) {
    clause++;
    for (const word of tokensOf(segment)) {
      if (CLAUSE_WORDS.has(word)) clause++;
      words.push(word);
      clauses.push(clause);
    }
  }
  return { words, clauses };
}

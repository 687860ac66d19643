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

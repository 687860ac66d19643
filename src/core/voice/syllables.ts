import type { Locale } from '../scenario/vocabulary';
import { PHONES } from '../speech/phones';
import { textToVisemes } from '../speech/timeline';

/**
 * Syllables in an answer's wording, from the lip-sync phonemiser: one per vowel, where a
 * diphthong's glide or a vocalic r after a vowel joins the vowel before it (ei, au, „der“). The trainee speaks in their own words, so this
 * is a cross-check for the counted nuclei, not a target.
 */
const JOINING: ReadonlySet<string> = new Set(['I^', 'U^', '6']);

export function textSyllables(text: string, locale: Locale): number {
  let count = 0;
  let inVowel = false;
  for (const cue of textToVisemes(text, locale)) {
    const vowel = PHONES[cue.phone].kind === 'vowel';
    const joins = inVowel && JOINING.has(cue.phone);
    if (vowel && !joins) count++;
    inVowel = vowel;
  }
  return count;
}

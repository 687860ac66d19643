/**
 * A tiny grapheme-to-phone rule engine in the style of TalkingHead's lipsync modules (and
 * the NRL rules before them): at each letter, the first rule whose letters match and whose
 * context holds wins, emits its phones and consumes its letters.
 */
import { type Phone, parsePhones } from './phones';

/** One rewrite: `letters` → `phones` when `before` matches what follows and `after` what precedes. */
export interface LetterRule {
  readonly letters: string;
  readonly phones: readonly Phone[];
  /** Tested against the rest of the word after the letters (anchor it with `^`). */
  readonly before?: RegExp | undefined;
  /** Tested against the word up to the letters (anchor it with `$`). */
  readonly after?: RegExp | undefined;
}

/** Builds a rule; `phones` is a space-separated list such as `"S U:"` (empty = silent). */
export function rule(letters: string, phones: string, before?: RegExp, after?: RegExp): LetterRule {
  return { letters, phones: parsePhones(phones), before, after };
}

function matches(candidate: LetterRule, word: string, index: number): boolean {
  return (
    word.startsWith(candidate.letters, index) &&
    (candidate.before === undefined || candidate.before.test(word.slice(index + candidate.letters.length))) &&
    (candidate.after === undefined || candidate.after.test(word.slice(0, index)))
  );
}

/**
 * Turns an ordered rule list into a word → phones function. A doubled consonant letter is
 * read once: in both languages it marks the preceding vowel as short, not a long consonant.
 */
export function compileLetterRules(rules: readonly LetterRule[], consonantLetter: RegExp): (word: string) => Phone[] {
  const byFirstLetter = new Map<string, LetterRule[]>();
  for (const each of rules) {
    const first = each.letters.charAt(0);
    const list = byFirstLetter.get(first) ?? [];
    list.push(each);
    byFirstLetter.set(first, list);
  }
  return (word) => {
    const phones: Phone[] = [];
    let index = 0;
    while (index < word.length) {
      const found = byFirstLetter.get(word.charAt(index))?.find((candidate) => matches(candidate, word, index));
      if (found === undefined) {
        index += 1; // a letter no rule knows is silent rather than an error
        continue;
      }
      phones.push(...found.phones);
      index += found.letters.length;
      const last = found.letters.charAt(found.letters.length - 1);
      if (consonantLetter.test(last) && word.charAt(index) === last) index += 1;
    }
    return phones;
  };
}

import { isNegated, isNegativePhrase, type NegationReach } from './negation';
import { type ClausedText, clausedTokensOf, stem, tokensOf } from './normalise';

/** A keyword or phrase, folded and stemmed once. */
export interface CompiledKeyword {
  stems: string[];
  /** The keyword negates by itself („kein Defekt“, "won't drain"): a match is never read as negated. */
  negative: boolean;
}

/** How a text mentions a set of keywords: at least once as it stands, only negated, or not at all. */
export type Mention = 'positive' | 'negated' | 'none';

/** Words of a phrase may be this many words apart ("wieder total kaputt" for "wieder kaputt"). */
const MAX_GAP = 2;
/** Stems this long also match inside a compound ("Folgetermin" mentions "Termin"). */
const INFIX_STEM = 5;

export function compileKeywords(keywords: readonly string[]): CompiledKeyword[] {
  return keywords
    .map((k) => tokensOf(k))
    .filter((words) => words.length > 0)
    .map((words) => ({ stems: words.map(stem), negative: isNegativePhrase(words) }));
}

/** 'un': the stem follows the prefix un- („unrepariert“, "unresolved"), which negates it. */
function wordMatch(token: string, stemmed: string): 'yes' | 'un' | null {
  // Codes and numbers ("E21", "9") are not inflected: "E210" is another error code.
  if (stemmed.length < 3 || /\d/.test(stemmed)) return token === stemmed ? 'yes' : null;
  if (token.startsWith(stemmed)) return 'yes';
  if (stemmed.length < INFIX_STEM) return null;
  const at = token.indexOf(stemmed);
  if (at < 0) return null;
  return token.slice(0, at) === 'un' ? 'un' : 'yes';
}

/** The positions of the phrase's words starting at `start`, or null; `un` notes a word matched behind un-. */
function phraseAt(
  tokens: readonly string[],
  start: number,
  phrase: readonly string[],
): { at: number[]; un: boolean } | null {
  const first = wordMatch(tokens[start] as string, phrase[0] as string);
  if (!first) return null;
  const at = [start];
  let un = first === 'un';
  for (let w = 1; w < phrase.length; w++) {
    const last = at[at.length - 1] as number;
    let found = -1;
    for (let k = last + 1; k <= Math.min(tokens.length - 1, last + 1 + MAX_GAP); k++) {
      const match = wordMatch(tokens[k] as string, phrase[w] as string);
      if (match) {
        found = k;
        un ||= match === 'un';
        break;
      }
    }
    if (found < 0) return null;
    at.push(found);
  }
  return { at, un };
}

/**
 * How the text mentions the keywords: 'positive' when any match is not negated (so „kein Geld
 * zurück, sondern ein Austauschgerät“ mentions the replacement), 'negated' when every match is.
 */
export function mentionIn(text: ClausedText, keywords: readonly CompiledKeyword[], reach: NegationReach): Mention {
  let found: Mention = 'none';
  for (const keyword of keywords) {
    for (let i = 0; i < text.words.length; i++) {
      const match = phraseAt(text.words, i, keyword.stems);
      if (!match) continue;
      if (keyword.negative || (!match.un && !isNegated(text, match.at, reach))) return 'positive';
      found = 'negated';
    }
  }
  return found;
}

/** True when the text contains any of the keywords, negated or not (privacy.ts: "kein Idiot" is still a label). */
export function mentionsAny(textTokens: readonly string[], keywords: readonly CompiledKeyword[]): boolean {
  return keywords.some((keyword) => textTokens.some((_, i) => phraseAt(textTokens, i, keyword.stems) !== null));
}

/** Convenience for one-off checks: does `text` contain any of `keywords`, negated or not? */
export function mentions(text: string, keywords: readonly string[]): boolean {
  return mentionsAny(tokensOf(text), compileKeywords(keywords));
}

/** Convenience for one-off checks: how does `text` mention `keywords`, negation read with `reach`? */
export function mentionOf(text: string, keywords: readonly string[], reach: NegationReach = 'clause'): Mention {
  return mentionIn(clausedTokensOf(text), compileKeywords(keywords), reach);
}

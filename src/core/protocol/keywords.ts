import { stem, tokensOf } from './normalise';

/** A keyword or phrase, folded and stemmed once. */
export type CompiledKeyword = string[];

/** Words of a phrase may be this many words apart ("wieder total kaputt" for "wieder kaputt"). */
const MAX_GAP = 2;
/** Stems this long also match inside a compound ("Folgetermin" mentions "Termin"). */
const INFIX_STEM = 5;

export function compileKeywords(keywords: readonly string[]): CompiledKeyword[] {
  return keywords.map((k) => tokensOf(k).map(stem)).filter((k) => k.length > 0);
}

function wordMatches(token: string, stemmed: string): boolean {
  // Codes and numbers ("E21", "9") are not inflected: "E210" is another error code.
  if (stemmed.length < 3 || /\d/.test(stemmed)) return token === stemmed;
  return token.startsWith(stemmed) || (stemmed.length >= INFIX_STEM && token.includes(stemmed));
}

function phraseAt(tokens: readonly string[], start: number, phrase: CompiledKeyword): boolean {
  let at = start;
  for (let w = 1; w < phrase.length; w++) {
    let found = -1;
    for (let k = at + 1; k <= Math.min(tokens.length - 1, at + 1 + MAX_GAP); k++) {
      if (wordMatches(tokens[k] as string, phrase[w] as string)) {
        found = k;
        break;
      }
    }
    if (found < 0) return false;
    at = found;
  }
  return true;
}

/** True when the text mentions any of the keywords. */
export function mentionsAny(textTokens: readonly string[], keywords: readonly CompiledKeyword[]): boolean {
  for (const phrase of keywords) {
    const first = phrase[0] as string;
    for (let i = 0; i < textTokens.length; i++) if (wordMatches(textTokens[i] as string, first) && phraseAt(textTokens, i, phrase)) return true;
  }
  return false;
}

/** Convenience for one-off checks: does `text` mention any of `keywords`? */
export function mentions(text: string, keywords: readonly string[]): boolean {
  return mentionsAny(tokensOf(text), compileKeywords(keywords));
}

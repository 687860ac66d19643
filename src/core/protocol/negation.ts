import { type ClausedText, foldText } from './normalise';

/**
 * Whether a keyword found in a protocol is negated („kein Austauschgerät“, "no replacement",
 * „Austausch wird nicht geliefert“). A heuristic over words, no grammar: a negator near the
 * match and in the same clause (normalise.ts splits clauses at punctuation and words such as
 * „sondern“ or "but"). Rubric and examples: docs/protocol-scoring.md.
 */

/**
 * How far a negation reaches. `noun` (the concern): only a negator right before the noun phrase,
 * since a concern describes faults with negated verbs („pumpt nicht ab“, "could not hear his
 * grandson") without denying them. `clause` (the agreement and how the talk ended): a few words
 * before, and a negated verb after the match, since there a negated verb says it did not happen.
 */
export type NegationReach = 'noun' | 'clause';

/** A set of folded words from a space-separated list. */
const folded = (list: string) => new Set(list.split(' ').map(foldText));

/** Words that negate what follows them. */
const NEGATORS = folded(
  'kein keine keinen keinem keiner keines keinerlei nicht nichts nie niemals ohne weder statt anstatt no not never without neither nor none nothing',
);

/** Negated verbs, on either side; with an apostrophe they fold to two words ("didn t", see isNegatorAt). */
const NEGATED_VERBS = folded(
  'cannot dont doesnt didnt wont isnt wasnt arent werent cant couldnt wouldnt hasnt havent hadnt',
);

/** Refusals negate on either side: „Austausch abgelehnt“, "refused a replacement". */
const REFUSALS = folded(
  'abgelehnt ablehnung lehnt lehnte lehnten verweigert abgewiesen refused refuses refusal declined declines rejected rejects denied',
);

/** After the match only a negated verb counts: „Austausch wird nicht geliefert“ (not „Austausch ohne Kosten“). */
const AFTER = folded('nicht nie niemals not never');

/** A negator followed by one of these limits or qualifies, it does not deny („nicht nur“, "not properly repaired"). */
const QUALIFIERS = folded(
  'nur bloß allein lediglich richtig ordentlich korrekt vollständig komplett gut sauber fachgerecht dauerhaft rechtzeitig pünktlich sofort only just merely properly correctly fully completely well permanently immediately yet',
);

/** Articles and possessives may stand between a negator and its noun („ohne seine Freigabe“). */
const DETERMINERS = folded(
  'der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer dies diese diesen diesem dieser a an the his her their its any this that these those my our your',
);

/** A preposition between a negator and the match starts another phrase: „nicht zufrieden mit dem Austausch“. */
const PREPOSITIONS = folded(
  'mit über für wegen nach von vom bei beim zum zur seit trotz gegen with about for after from by of at since despite against',
);

/** Words a negation reaches before the match (`clause` reach) and after it. */
const BEFORE_WORDS = 3;
const AFTER_WORDS = 3;

/**
 * The word at `i` denies: a negator (after the match only a negated verb), a refusal, "n't"
 * ("didn t"), „noch“ after „weder“ — unless the next word only qualifies it („nicht nur“).
 */
function isNegatorAt(text: ClausedText, i: number, side: 'before' | 'after' = 'before'): boolean {
  const { words, clauses } = text;
  const word = words[i] as string;
  const previous = words[i - 1];
  if (REFUSALS.has(word)) return true;
  const next = clauses[i + 1] === clauses[i] ? words[i + 1] : undefined;
  if (next !== undefined && QUALIFIERS.has(next)) return false;
  // „noch nicht“ is "not yet": later, not never.
  if (word === 'nicht' && previous === 'noch' && clauses[i - 1] === clauses[i]) return false;
  if (NEGATED_VERBS.has(word) || (word === 't' && previous?.endsWith('n'))) return true;
  if (side === 'after') return AFTER.has(word);
  if (NEGATORS.has(word)) return true;
  if (word === 'noch') {
    for (let k = i - 1; k >= 0 && clauses[k] === clauses[i]; k--) if (words[k] === 'weder') return true;
  }
  return false;
}

/** True when a keyword's own words contain a negation („kein Defekt“, "won't drain"): such a keyword is never negated again. */
export function isNegativePhrase(words: readonly string[]): boolean {
  const text: ClausedText = { words: [...words], clauses: words.map(() => 0) };
  return words.some((_, i) => isNegatorAt(text, i));
}

/**
 * Is the match at `matched` (word positions of the keyword's words, in order) negated? Checks
 * the words between the keyword's words, then before and (for `clause` reach) after it.
 */
export function isNegated(text: ClausedText, matched: readonly number[], reach: NegationReach): boolean {
  const { words, clauses } = text;
  const start = matched[0] as number;
  const end = matched[matched.length - 1] as number;
  // "Geld nicht zurück" for "Geld zurück".
  for (let i = start + 1; i < end; i++) if (!matched.includes(i) && isNegatorAt(text, i)) return true;
  const clause = clauses[start];

  if (reach === 'noun') {
    // negator, articles, at most one adjective, the noun: „kein kostenloser Austausch“, "without his approval".
    let i = start - 1;
    if (i >= 0 && !DETERMINERS.has(words[i] as string) && !isNegatorAt(text, i)) i--;
    for (let d = 0; d < 2 && i >= 0 && DETERMINERS.has(words[i] as string); d++) i--;
    return i >= 0 && clauses[i] === clause && isNegatorAt(text, i);
  }

  for (let i = start - 1; i >= Math.max(0, start - BEFORE_WORDS) && clauses[i] === clause; i--) {
    if (isNegatorAt(text, i)) return true;
    if (PREPOSITIONS.has(words[i] as string)) break;
  }
  const endClause = clauses[end];
  for (let i = end + 1; i <= Math.min(words.length - 1, end + AFTER_WORDS) && clauses[i] === endClause; i++) {
    if (isNegatorAt(text, i, 'after')) return true;
  }
  return false;
}

import { MOOD_KEYS, type Mood, type MoodKey } from './vocabulary.ts';

/**
 * Mood conditions as a trainer writes them: `anger > 70`, `trust >= 50 and patience < 30`.
 * Kept to one readable form (clauses joined by `and`) so a scenario file stays reviewable.
 */

const OPERATORS = ['>=', '<=', '==', '!=', '>', '<'] as const;
type Operator = (typeof OPERATORS)[number];

export interface Clause {
  key: MoodKey;
  op: Operator;
  value: number;
}

/** `error` is English; `de` is the same in German (the checker shows both). */
export type ParsedCondition = { ok: true; clauses: Clause[] } | { ok: false; error: string; de: string };

const CLAUSE = /^\s*([a-z]+)\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$/;

/** The regular expression the JSON Schema uses so editors flag malformed conditions. */
export const CONDITION_PATTERN = `^\\s*(${MOOD_KEYS.join('|')})\\s*(>=|<=|==|!=|>|<)\\s*-?\\d+(\\.\\d+)?\\s*(\\s(and|und)\\s+\\s*(${MOOD_KEYS.join('|')})\\s*(>=|<=|==|!=|>|<)\\s*-?\\d+(\\.\\d+)?\\s*)*$`;

export function parseCondition(source: string): ParsedCondition {
  if (source.length > 200)
    return {
      ok: false,
      error: 'the condition is longer than 200 characters',
      de: 'die Bedingung ist länger als 200 Zeichen',
    };
  const parts = source.split(/\s+(?:and|und)\s+/);
  const clauses: Clause[] = [];
  for (const part of parts) {
    const m = CLAUSE.exec(part);
    if (!m) {
      return {
        ok: false,
        error: `"${part.trim()}" is not a mood comparison; write e.g. "anger > 70" or "trust >= 50 and patience < 30"`,
        de: `„${part.trim()}“ ist kein Stimmungsvergleich; schreiben Sie z. B. "anger > 70" oder "trust >= 50 und patience < 30"`,
      };
    }
    const [, key, op, value] = m as unknown as [string, string, Operator, string];
    if (!(MOOD_KEYS as readonly string[]).includes(key)) {
      return {
        ok: false,
        error: `"${key}" is not a mood value; use one of ${MOOD_KEYS.join(', ')}`,
        de: `„${key}“ ist kein Stimmungswert; erlaubt sind ${MOOD_KEYS.join(', ')} (Ärger, Vertrauen, Geduld)`,
      };
    }
    clauses.push({ key: key as MoodKey, op, value: Number(value) });
  }
  return { ok: true, clauses };
}

function compare(left: number, op: Operator, right: number): boolean {
  switch (op) {
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '==':
      return left === right;
    case '!=':
      return left !== right;
  }
}

/** Evaluates a condition that the schema already validated; an invalid one is false. */
export function conditionHolds(source: string, mood: Mood): boolean {
  const parsed = parseCondition(source);
  if (!parsed.ok) return false;
  return parsed.clauses.every((c) => compare(mood[c.key], c.op, c.value));
}

import type { z } from 'zod';

/**
 * Turns zod's issues into sentences a trainer understands. Zod's defaults ("Invalid input:
 * expected string, received undefined") are written for programmers.
 */

const LANGUAGE_NAMES: Record<string, string> = { de: 'German (de)', en: 'English (en)' };

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
};

/** Levenshtein distance, for "did you mean" hints on misspelt field names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

export function suggest(word: string, options: readonly string[]): string {
  let best = '';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase());
    if (d < bestDistance) {
      best = o;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? ` – did you mean "${best}"?` : '';
}

type Issue = z.core.$ZodRawIssue;

/** The `error` callback for `safeParse`; returning undefined keeps zod's own message. */
export function friendlyMessage(issue: Issue): string | undefined {
  const last = issue.path?.[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        if (typeof last === 'string' && LANGUAGE_NAMES[last]) return `the ${LANGUAGE_NAMES[last]} translation is missing`;
        return `this field is required: ${EXPECTED[issue.expected] ?? issue.expected}`;
      }
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${describe(issue.input)}`;
    }
    case 'invalid_value': {
      const values = (issue.values as unknown[]).map(String);
      if (values.length === 1) return undefined;
      const hint = typeof issue.input === 'string' ? suggest(issue.input, values) : '';
      const shown = typeof issue.input === 'string' ? `"${issue.input}"` : describe(issue.input);
      return `${shown} is not allowed here${hint || '.'} Allowed: ${values.join(', ')}`;
    }
    case 'unrecognized_keys':
      return undefined; // located per key and worded by the loader
    case 'invalid_union':
      return undefined;
    default:
      return undefined;
  }
}

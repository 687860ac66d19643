import type { Document, LineCounter } from 'yaml';
import { suggest } from './friendly-issue.ts';
import { locate } from './locate.ts';
import { formatPath, type PathSegment, type Problem, problemAt } from './problem.ts';

/**
 * One problem per field the schema does not know, at the field's key, with a "did you mean" from
 * the fields known there. Shared by the scenario and the company-profile loaders.
 */
export function unknownFieldProblems(
  keys: readonly string[],
  path: readonly PathSegment[],
  known: readonly string[],
  doc: Document,
  counter: LineCounter,
  file: string,
): Problem[] {
  return keys.map((key) => {
    const keyPath = [...path, key];
    const pos = locate(doc, counter, keyPath, true);
    const hint = suggest(key, known);
    return problemAt(file, pos.line, pos.column, formatPath(keyPath), {
      de: `unbekanntes Feld „${key}“${hint.de}`,
      en: `unknown field "${key}"${hint.en}`,
    });
  });
}

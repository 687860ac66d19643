import { type Document, isCollection, isNode, type LineCounter, type Node } from 'yaml';
import type { PathSegment } from './problem';

/**
 * Finds where a field sits in the YAML source. For a missing field it falls back to the nearest
 * parent that exists, so "the English translation is missing" points at the text that lacks it.
 */
export function locate(
  doc: Document,
  counter: LineCounter,
  path: readonly PathSegment[],
  preferKey = false,
): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const target = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
    if (preferKey && depth === path.length && depth > 0) {
      const keyPos = keyPosition(doc, counter, prefix);
      if (keyPos) return keyPos;
    }
    if (isNode(target) && target.range) {
      const pos = counter.linePos((target as Node).range?.[0] ?? 0);
      return { line: pos.line, column: pos.col };
    }
  }
  return { line: 1, column: 1 };
}

/** Position of the key of a map entry (for "unknown field" errors the key is what's wrong). */
function keyPosition(
  doc: Document,
  counter: LineCounter,
  path: readonly PathSegment[],
): { line: number; column: number } | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isCollection(parent)) return undefined;
  const key = path[path.length - 1];
  for (const item of parent.items as unknown[]) {
    const pair = item as { key?: unknown };
    if (isNode(pair.key) && (pair.key as unknown as { value?: unknown }).value === key && pair.key.range) {
      const pos = counter.linePos(pair.key.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return undefined;
}

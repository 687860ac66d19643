import type { PathSegment } from '../scenario/problem';
import { MAX_JSON_DEPTH } from './json-scan';

/** Keys that, merged into an object, could reach Object.prototype (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface ForbiddenKey {
  path: PathSegment[];
  key: string;
}

export interface WalkFindings {
  forbidden: ForbiddenKey[];
  /** The first place nested deeper than MAX_JSON_DEPTH, or null. */
  tooDeep: PathSegment[] | null;
}

/**
 * Every forbidden key anywhere in parsed JSON, and whether it nests too deeply. JSON.parse keeps
 * `__proto__` as an ordinary own property, so the danger comes later, when something copies or
 * merges the data: this walk runs before any schema or copy touches it. Iterative and stopping
 * at MAX_JSON_DEPTH, so a hostile file can exhaust neither the stack nor memory.
 */
export function walkParsed(value: unknown, limit = 20): WalkFindings {
  const forbidden: ForbiddenKey[] = [];
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && forbidden.length < limit) {
    const { value: v, path } = stack.pop() as { value: unknown; path: PathSegment[] };
    if (typeof v !== 'object' || v === null) continue;
    if (path.length >= MAX_JSON_DEPTH) return { forbidden, tooDeep: path };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        if (typeof v[i] === 'object' && v[i] !== null) stack.push({ value: v[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(v);
    for (const key of keys) if (FORBIDDEN_KEYS.has(key)) forbidden.push({ path: [...path, key], key });
    // Pushed in reverse so they come off the stack in file order.
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k] as string;
      const child = (v as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, path: [...path, key] });
    }
  }
  return { forbidden, tooDeep: null };
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../support/scenarios';

// src/state holds the conversation's data and actions: it builds on the pure core only (and
// zustand), so persistence, speech, input and the scene can all depend on it and not it on them.
const ALLOWED = /^(\.\/|\.\.\/core\/|zustand$|zustand\/vanilla$)/;

describe('src/state layering', () => {
  const dir = repoPath('src/state');
  const sources = readdirSync(dir).filter((f) => /\.tsx?$/.test(f));
  it.each(sources)('%s imports only core and zustand', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    // Type-only imports are erased from the build: the XR presence store names the XR layer's types
    // (@react-three/xr, react) without loading either.
    const runtime = text.replace(/^import type [^;]*;$/gm, '');
    const imports = [...runtime.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
    expect(imports.filter((i) => !ALLOWED.test(i))).toEqual([]);
  });
});

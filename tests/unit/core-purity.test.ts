import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../support/scenarios';

// Backs up the linter (biome.json): src/core imports only itself, zod and yaml, so it runs in
// Node, in a worker or in a replay tool without a browser.
const ALLOWED = /^(\.{1,2}\/|zod$|zod\/mini$|yaml$)/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('src/core purity', () => {
  const sources = files(repoPath('src/core'));
  it.each(sources.map((f) => [f.slice(f.indexOf('src/core')), f]))(
    '%s imports only core modules, zod and yaml',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
      expect(imports.filter((i) => !ALLOWED.test(i))).toEqual([]);
      expect(text).not.toMatch(/\b(window|document|localStorage)\.|Math\.random\(|Date\.now\(/);
    },
  );
});

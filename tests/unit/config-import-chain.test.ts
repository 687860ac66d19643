import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Vite loads vite.config.ts and everything it imports through its config loader. The coming
 * native loader cannot resolve relative imports without an extension, and Vite prints a warning on
 * every start and build while any exists. This walks the config's import chain (value imports;
 * type-only imports are erased) and lists each extensionless relative import.
 */
function extensionlessImports(entry: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(import|export)\s(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)) {
      const spec = match[2] as string;
      let target = resolve(dirname(file), spec);
      if (!/\.(ts|tsx|js|mjs|json)$/.test(spec)) {
        found.push(`${file.slice(process.cwd().length + 1)}: '${spec}'`);
        target = existsSync(`${target}.ts`) ? `${target}.ts` : `${target}.tsx`;
      }
      if (existsSync(target) && /\.tsx?$/.test(target)) walk(target);
    }
  };
  walk(resolve(entry));
  return found;
}

describe('the Vite config import chain', () => {
  it('imports every relative module with its extension', () => {
    expect(extensionlessImports('vite.config.ts')).toEqual([]);
  });

  it('would report an extensionless import', () => {
    expect(extensionlessImports('tests/fixtures/config-chain/entry.ts')).toEqual([
      "tests/fixtures/config-chain/entry.ts: './helper'",
    ]);
  });
});

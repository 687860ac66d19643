import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../support/layers';
import { repoPath } from '../support/scenarios';

/** The packages the team server may use: Node, its HTTP stack and database drivers, and what core itself uses. */
const ALLOWED_PACKAGES =
  /^(node:|fastify$|@fastify\/|fastify-type-provider-zod$|@electric-sql\/pglite$|pg$|zod$|zod\/|yaml$)/;

function serverFiles(): string[] {
  const root = repoPath('src/server');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(e.name)) out.push(relative(repoPath('src'), path).split('\\').join('/'));
    }
  };
  walk(root);
  return out;
}

describe('the team server', () => {
  it('imports only itself, src/core and server packages — never React, three or the app', () => {
    const wrong: string[] = [];
    for (const file of serverFiles()) {
      for (const specifier of importsOf(readFileSync(repoPath(`src/${file}`), 'utf8'))) {
        if (specifier.startsWith('.')) {
          const target = posix.normalize(posix.join(posix.dirname(file), specifier));
          if (!target.startsWith('server/') && !target.startsWith('core/')) wrong.push(`${file} → ${specifier}`);
        } else if (!ALLOWED_PACKAGES.test(specifier)) wrong.push(`${file} → ${specifier}`);
      }
    }
    expect(serverFiles().length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});

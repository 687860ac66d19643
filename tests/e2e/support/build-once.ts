import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build every browser test serves (built once per `test:e2e` run). */
    distDir: string;
  }
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Vitest global setup: builds the app once for all browser test files, into a folder of this
 * run's own (never the working tree's `dist/`, which a parallel `npm run build` or another test
 * run may rewrite mid-test), and removes it afterwards.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'counterpart-e2e-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  project.provide('distDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { serveApp } from '../../tests/e2e/support/server';
import { ROOT } from './paths';

/** A production build served on loopback, with the folder it was built into (for sizes and source maps). */
export interface Served {
  url: string;
  distDir: string;
  at(path: string): string;
  close(): Promise<void>;
}

const served = (url: string, distDir: string, close: () => Promise<void>): Served => ({
  url,
  distDir,
  at: (path) => new URL(path, url).href,
  close,
});

/** The app as a trainee gets it: `vite build` into dist/ and `vite preview` (tests/e2e/support/server.ts). */
export async function serveBuiltApp(): Promise<Served> {
  const app = await serveApp();
  return served(app.url, join(ROOT, 'dist'), app.close);
}

const EMPTY_SCENE = join(ROOT, 'scripts/bench/empty-scene');

/**
 * The baseline for per-frame script time: an R3F canvas with one mesh (empty-scene/), built with
 * the same React plugin and target into a temporary folder — never part of the app's build.
 */
export async function serveEmptyScene(): Promise<Served> {
  const outDir = mkdtempSync(join(tmpdir(), 'counterpart-bench-empty-'));
  await build({
    root: EMPTY_SCENE,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 5000 },
  });
  const server = await preview({
    root: EMPTY_SCENE,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the empty scene server has no port');
  return served(`http://127.0.0.1:${address.port}/`, outDir, async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  });
}

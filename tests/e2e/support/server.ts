import { fileURLToPath } from 'node:url';
import { build, type PreviewServer, preview } from 'vite';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Serves the production bundle on a free port, as a trainee gets it. Inside `test:e2e` the
 * build is the one made once by build-once.ts; a script outside Vitest (the scene bench)
 * builds into `dist/` itself.
 */
export async function serveApp(): Promise<{ url: string; close(): Promise<void> }> {
  const outDir = (await providedDist()) ?? 'dist';
  if (outDir === 'dist') await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** The folder build-once.ts built into, or undefined outside a Vitest run (e.g. scripts/bench-scene.ts). */
async function providedDist(): Promise<string | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import('vitest');
  return inject('distDir');
}

import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Builds the app once and serves the production bundle on a free port, as a trainee gets it. */
export async function serveApp(): Promise<{ url: string; close(): Promise<void> }> {
  await build({ root, logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
  const server: PreviewServer = await preview({ root, logLevel: 'warn', preview: { port: 0, strictPort: false, host: '127.0.0.1' } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

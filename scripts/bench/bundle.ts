import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { avatarReady, BENCH_SCENARIO, menuUsableAt, playToDebrief } from './page-waits';
import type { Served } from './served';

/** One built chunk: file name, bytes on disk, bytes gzipped (zlib's default level, as a server would send it). */
export interface Chunk {
  file: string;
  bytes: number;
  gzip: number;
}

export interface JsSet {
  gzip: number;
  bytes: number;
  chunks: Chunk[];
}

export interface BundleFigures {
  /** The entry script and everything it imports statically (index.html's script and modulepreloads, and their imports). */
  menuStatic: JsSet;
  /** Every script the browser had fetched when the start menu became usable (lazy chunks already requested included). */
  menuFetched: JsSet & { usableMs: number };
  /** Every script fetched from loading `?scenario=…` until the debrief of a conversation played by keyboard. */
  conversation: JsSet;
  /** The WebAssembly that conversation fetched (yoga's layout engine, kept out of JavaScript by scripts/vite-plugin-yoga-wasm.ts). */
  conversationWasm: JsSet;
  /** All chunks of the build, for reference. */
  build: { chunks: number; gzip: number };
}

const gzipCache = new Map<string, Chunk>();

function chunk(distDir: string, path: string): Chunk {
  const file = join(distDir, path);
  let known = gzipCache.get(file);
  if (!known) {
    const content = readFileSync(file);
    known = { file: path.replace(/^\//, ''), bytes: content.length, gzip: gzipSync(content).length };
    gzipCache.set(file, known);
  }
  return known;
}

function jsSet(chunks: Chunk[]): JsSet {
  const sorted = [...chunks].sort((a, b) => b.gzip - a.gzip);
  return { gzip: sum(sorted, 'gzip'), bytes: sum(sorted, 'bytes'), chunks: sorted };
}

const sum = (chunks: Chunk[], key: 'gzip' | 'bytes') => chunks.reduce((total, c) => total + c[key], 0);

/** Static `import … from "./x.js"` and `export … from "./x.js"` of a built chunk; `import("./x.js")` is dynamic and left out. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g;

/** The entry script of the built index.html and the closure of its static imports and modulepreloads. */
export function entryClosure(distDir: string): Chunk[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const start = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+\.js)"/g)].map((m) => m[1] as string),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) => m[1] as string),
  ];
  if (start.length === 0) throw new Error(`no entry script in ${distDir}/index.html`);
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(distDir, path), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const target = posix.normalize(posix.join(posix.dirname(path), m[1] as string));
      if (existsSync(join(distDir, target))) queue.push(target);
    }
  }
  return [...seen].map((p) => chunk(distDir, p));
}

/** The scripts (or other files ending in `ext`) the page has fetched so far (resource timing), optionally only those finished by `byMs`. */
async function fetchedScripts(
  page: Page,
  distDir: string,
  byMs = Number.POSITIVE_INFINITY,
  ext = '.js',
): Promise<Chunk[]> {
  const paths = await page.evaluate(
    ([by, end]) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).responseEnd <= by)
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith(end)),
    [byMs, ext] as const,
  );
  return [...new Set(paths)].map((p) => chunk(distDir, p));
}

export async function runBundle(browser: Browser, app: Served): Promise<BundleFigures> {
  const menuStatic = jsSet(entryClosure(app.distDir));

  const menuContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let menuFetched: BundleFigures['menuFetched'];
  try {
    const page = await menuContext.newPage();
    await page.goto(app.at('/'), { waitUntil: 'commit' });
    const usableMs = await menuUsableAt(page);
    menuFetched = { ...jsSet(await fetchedScripts(page, app.distDir, usableMs)), usableMs };
  } finally {
    await menuContext.close();
  }

  const conversationContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let conversation: JsSet;
  let conversationWasm: JsSet;
  try {
    const page = await conversationContext.newPage();
    await page.goto(app.at(`/?scenario=${BENCH_SCENARIO}&probe`));
    await avatarReady(page);
    await playToDebrief(page);
    conversation = jsSet(await fetchedScripts(page, app.distDir));
    conversationWasm = jsSet(await fetchedScripts(page, app.distDir, Number.POSITIVE_INFINITY, '.wasm'));
  } finally {
    await conversationContext.close();
  }

  const files = readdirSync(join(app.distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  return {
    menuStatic,
    menuFetched,
    conversation,
    conversationWasm,
    build: {
      chunks: files.length,
      gzip: sum(
        files.map((f) => chunk(app.distDir, f)),
        'gzip',
      ),
    },
  };
}

/** A chunk's name without its content hash, e.g. `assets/index-DM1Ho2LG.js` → `index`. */
export const chunkName = (file: string): string => basename(file, '.js').replace(/-[\w-]{8}$/, '') || dirname(file);

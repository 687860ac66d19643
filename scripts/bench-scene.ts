/**
 * `npm run bench:scene`: what a running conversation costs in the browser (Debian Chromium,
 * software WebGL, so frame times are not GPU times). Prints draw calls, triangles, main-thread
 * script time per frame, and JS allocation per frame attributed to source folders through the
 * build's source maps. No thresholds: compare the figures with docs/performance.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser';
import { serveApp } from '../tests/e2e/support/server';

const root = fileURLToPath(new URL('..', import.meta.url));
const PATH = '/?scenario=angry-repair-returned&probe';
const FRAMES = 120;

type ProfileNode = {
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: ProfileNode[];
};

async function frames(page: Page): Promise<number> {
  return page.evaluate(() => window.__counterpartScene?.figures().frames ?? 0);
}

async function ready(page: Page): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (await page.evaluate(() => !!window.__counterpartScene?.avatar())) break;
    await page.waitForTimeout(500);
  }
  await page.waitForTimeout(3000);
}

async function waitFrames(page: Page, count: number): Promise<number> {
  const start = await frames(page);
  while ((await frames(page)) - start < count) await page.waitForTimeout(200);
  return (await frames(page)) - start;
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === name)?.value ?? 0;
}

function group(url: string): string {
  const m = /node_modules\/(?:\.vite\/deps\/)?(@[^/]+\/[^/_.]+|[^/_.]+)/.exec(url);
  if (m) return m[1] as string;
  const src = /\/src\/([^/]+(?:\/[^/]+)?)\//.exec(url);
  if (src) return `src/${src[1]}`;
  return url ? 'other' : '(native/unknown)';
}

const browser = await launchBrowser();
try {
  // Production build: draw calls, triangles, script time.
  const app = await serveApp();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Every script the page loads up to a conversation in progress, gzipped as a server would send it.
  const scripts = new Map<string, Promise<number>>();
  page.on('response', (r) => {
    if (r.url().endsWith('.js'))
      scripts.set(
        basename(r.url()),
        r.body().then((b) => gzipSync(b).length),
      );
  });
  await page.goto(new URL(PATH, app.url).href);
  await ready(page);
  const jsSizes = [...scripts].map(async ([name, size]) => [name, await size] as const);
  const js = (await Promise.all(jsSizes)).sort((a, b) => b[1] - a[1]);
  console.log(`— JS for a conversation (gzip), ${js.length} files`);
  for (const [name, size] of js) console.log(`${name.padEnd(44)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
  console.log(`${'total'.padEnd(44)} ${(js.reduce((t, [, s]) => t + s, 0) / 1024).toFixed(1).padStart(7)} KB   (budget ≤ 500 KB, GUIDE §4)`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const script0 = await metric(cdp, 'ScriptDuration');
  const task0 = await metric(cdp, 'TaskDuration');
  const n = await waitFrames(page, 60);
  const scriptMs = ((await metric(cdp, 'ScriptDuration')) - script0) * 1000;
  const taskMs = ((await metric(cdp, 'TaskDuration')) - task0) * 1000;
  const f = await page.evaluate(() => window.__counterpartScene?.figures());
  console.log('— production build, angry customer mid-conversation (1280×800)');
  console.log(`draw calls per frame                 ${f?.calls}`);
  console.log(`triangles per frame                  ${f?.triangles}`);
  console.log(`live geometries / textures           ${f?.geometries} / ${f?.textures}`);
  console.log(`main-thread script per frame         ${(scriptMs / n).toFixed(2)} ms (all JS: React, R3F, three, avatar, panels)`);
  console.log(`main-thread tasks per frame          ${(taskMs / n).toFixed(2)} ms (incl. SwiftShader GL work, not GPU-representative)`);
  await page.close();
  await app.close();

  // Allocation per frame, attributed to original sources through the build's source maps.
  const app2 = await serveApp();
  const page2 = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page2.goto(new URL(PATH, app2.url).href);
  await ready(page2);
  const heap = await page2.context().newCDPSession(page2);
  await heap.send('HeapProfiler.enable');
  await heap.send('HeapProfiler.startSampling', {
    samplingInterval: 128,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const sampled = await waitFrames(page2, FRAMES);
  const { profile } = (await heap.send('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
  const maps = new Map<string, SourceMap | null>();
  const mapFor = (url: string): SourceMap | null => {
    if (!maps.has(url)) {
      const file = /\/assets\/[^?#]+\.js/.exec(url)?.[0];
      const path = file ? join(root, 'dist', file) : '';
      maps.set(url, path && existsSync(`${path}.map`) ? new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))) : null);
    }
    return maps.get(url) ?? null;
  };
  const bytes = new Map<string, number>();
  const walk = (node: ProfileNode) => {
    const entry = mapFor(node.callFrame.url)?.findEntry(node.callFrame.lineNumber, node.callFrame.columnNumber);
    const source = entry && 'originalSource' in entry ? entry.originalSource : node.callFrame.url;
    const key = group(source ?? '');
    bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
    for (const c of node.children) walk(c);
  };
  walk(profile.head);
  console.log(`— JS allocated per frame over ${sampled} frames (sampling heap profiler, by original source)`);
  let total = 0;
  for (const v of bytes.values()) total += v;
  console.log(`${'all'.padEnd(36)} ${(total / sampled).toFixed(0).padStart(8)} B/frame`);
  for (const [key, value] of [...bytes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`${key.padEnd(36)} ${(value / sampled).toFixed(0).padStart(8)} B/frame`);
  }
  await page2.close();
  await app2.close();
} finally {
  await browser.close();
}

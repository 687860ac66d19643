/**
 * Screenshots of the same moments before and after a visual change, to compare by eye:
 * `npx tsx scripts/bench/screenshots.ts <built dist folder> <out folder>`. Desktop: the customer
 * speaking, the answers and the next decision's answers (the sheet stays mounted between
 * decisions, so the second is the one a change there can spoil); emulated VR (iwer, stereo):
 * answers with controllers aimed at the panel, and the next decision's. Not part of
 * `npm run bench` (nothing to check automatically).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { avatarReady, BENCH_SCENARIO, until, untilChoices, waitFrames } from './page-waits';
import { ROOT } from './paths';

/** Takes the first answer and waits for the next decision's answers, settled. */
async function nextDecision(page: Page): Promise<void> {
  await page.keyboard.press('1');
  await until('the answers gone', async () => (await page.locator('.choices button').count()) <= 1);
  await untilChoices(page);
  await waitFrames(page, 10);
}

async function main() {
  const [distArg, outArg] = process.argv.slice(2);
  if (!distArg || !outArg) throw new Error('usage: screenshots.ts <dist folder> <out folder>');
  const out = resolve(outArg);
  mkdirSync(out, { recursive: true });
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: resolve(distArg) },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const base = `http://127.0.0.1:${address.port}/`;
  const browser = await launchBrowser();
  try {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await desk.newPage();
    await page.goto(`${base}?scenario=${BENCH_SCENARIO}&probe`);
    await avatarReady(page);
    await waitFrames(page, 10);
    await page.screenshot({ path: join(out, 'desktop-speaking.png'), timeout: 300_000 });
    await untilChoices(page);
    await waitFrames(page, 10);
    await page.screenshot({ path: join(out, 'desktop-answers.png'), timeout: 300_000 });
    await nextDecision(page);
    await page.screenshot({ path: join(out, 'desktop-answers-next.png'), timeout: 300_000 });
    await desk.close();

    const vr = await browser.newContext({ viewport: { width: 800, height: 500 } });
    const v = await vr.newPage();
    await v.goto(`${base}?scenario=${BENCH_SCENARIO}&probe&xr=iwer`);
    await avatarReady(v);
    await untilChoices(v);
    const button = v.getByRole('button', { name: 'VR starten' });
    await until('VR button', async () => (await button.count()) === 1);
    await button.click({ timeout: 120_000 });
    await until('presenting', () => v.evaluate(() => window.__counterpartXR?.presenting() ?? false));
    await until(
      'controllers',
      () => v.evaluate(() => window.__counterpartScene?.worldPoint('controller_mesh') != null),
      300_000,
      500,
    );
    await waitFrames(v, 6);
    await v.screenshot({ path: join(out, 'vr-answers-controllers.png'), timeout: 300_000 });
    await nextDecision(v);
    await v.screenshot({ path: join(out, 'vr-answers-next.png'), timeout: 300_000 });
    await vr.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);

import type { Browser, CDPSession, Page } from 'playwright-core';
import { type HeapMakeup, heapMakeup } from './heap-snapshot';
import {
  appFigures,
  avatarReady,
  BENCH_SCENARIO,
  customerPrepared,
  playToDebrief,
  START_BUTTON,
  until,
} from './page-waits';
import type { Served } from './served';

/** What is alive after a run, back on the start menu, after a full garbage collection. */
export interface AfterRun {
  run: number;
  geometries: number;
  textures: number;
  programs: number;
  heapUsedBytes: number;
}

export interface LeakFigures {
  runs: AfterRun[];
  /** Heap snapshots after the first and the last run: compiled code apart from the rest. */
  makeup: { first: HeapMakeup; last: HeapMakeup };
  first: AfterRun;
  last: AfterRun;
  geometriesGrowth: number;
  texturesGrowth: number;
  /** Heap growth from the first run to the last, in per cent of the first. */
  heapGrowthPercent: number;
}

/** Menu → start → play by keyboard to the debrief → back to the menu (as tests/e2e/scene.e2e.ts's "five runs"). */
async function oneRun(page: Page): Promise<void> {
  await page.locator(`.scenario-card:has(input[value="${BENCH_SCENARIO}"])`).click();
  // As a trainee reads the menu: the warm-up holds the customer in the menu after every run alike.
  await customerPrepared(page);
  await page.getByRole('button', { name: START_BUTTON }).click({ timeout: 120_000 });
  await avatarReady(page);
  await playToDebrief(page);
  await page.getByRole('button', { name: 'Zurück zum Menü' }).first().click({ timeout: 120_000 });
  await until('the start menu', async () => (await page.locator('.menu').count()) === 1);
}

async function afterRun(page: Page, cdp: CDPSession, run: number): Promise<AfterRun> {
  // Let unmount effects and the menu's on-demand frames settle, then collect twice (weak references, finalizers).
  await page.waitForTimeout(1500);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const f = await until('the scene probe', () => appFigures(page));
  return { run, geometries: f.geometries, textures: f.textures, programs: f.programs, heapUsedBytes: usedSize };
}

export async function runLeaks(browser: Browser, app: Served, runs: number): Promise<LeakFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(app.at('/?probe'));
    await until('the scene probe', () => appFigures(page));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const after: AfterRun[] = [];
    const makeup: HeapMakeup[] = [];
    for (let run = 1; run <= runs; run++) {
      await oneRun(page);
      after.push(await afterRun(page, cdp, run));
      const a = after.at(-1) as AfterRun;
      console.log(
        `  run ${run}/${runs}: ${a.geometries} geometries, ${a.textures} textures, heap ${(a.heapUsedBytes / 1048576).toFixed(1)} MB`,
      );
      // After the heap figure, so the snapshot cannot change it.
      if (run === 1 || run === runs) makeup.push(await heapMakeup(cdp));
    }
    const first = after[0] as AfterRun;
    const last = after.at(-1) as AfterRun;
    return {
      runs: after,
      makeup: { first: makeup[0] as HeapMakeup, last: makeup.at(-1) as HeapMakeup },
      first,
      last,
      geometriesGrowth: last.geometries - first.geometries,
      texturesGrowth: last.textures - first.textures,
      heapGrowthPercent: ((last.heapUsedBytes - first.heapUsedBytes) / first.heapUsedBytes) * 100,
    };
  } finally {
    await context.close();
  }
}

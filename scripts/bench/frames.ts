import type { Browser, Page } from 'playwright-core';
import type { DrawCensusRow } from '../../src/scene/draw-call-census';
import type { SceneFigures } from '../../src/scene/SceneProbe';
import { type AllocationsPerFrame, sampleAllocations } from './allocations';
import { profileFrames, type ScriptPerFrame } from './cpu-profile';
import {
  appFigures,
  avatarReady,
  BENCH_SCENARIO,
  type FigureReader,
  framesDrawn,
  playToDebrief,
  until,
  untilChoices,
  waitFrames,
} from './page-waits';
import type { Served } from './served';
import { SourceResolver } from './source-maps';

/** One measured state: the renderer's figures and the script time per frame. */
export interface FrameState {
  state: string;
  /** The most draw calls and triangles in any frame sampled in this state. */
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
  /** One frame's draw calls by scene part (`shadow:` = the shadow-map pass); empty for the empty scene. */
  byPart: DrawCensusRow[];
  script: ScriptPerFrame;
  /** The same measurement with Chromium's CPU throttled 4× (a stand-in for a headset's CPU), fewer frames. */
  throttled?: ScriptPerFrame;
  /** Allocations per frame over `--alloc-frames` frames (the speaking customer only). */
  allocations?: AllocationsPerFrame;
  /** Total script time per frame without the VR emulator's ÷ the empty R3F scene's total, and the app's own (src/) self time ÷ the same. */
  totalVsEmpty: number;
  appVsEmpty: number;
}

type Measured = Omit<FrameState, 'totalVsEmpty' | 'appVsEmpty'>;

export interface FramesFigures {
  /** An R3F canvas with one mesh and the app's canvas settings, desktop viewport, same run. */
  emptyScene: Measured;
  states: FrameState[];
  viewport: { desktop: { width: number; height: number }; vr: { width: number; height: number } };
}

const DESKTOP = { width: 1280, height: 800 };
/** As in tests/e2e/xr.e2e.ts: small enough that an emulated stereo frame stays near a second. */
const VR = { width: 800, height: 500 };
const DESKTOP_FRAMES = 60;
const VR_FRAMES = 30;
/** Chromium's CPU throttling for the Quest-class run: a standalone headset's CPU is several times slower than a desktop core. */
export const THROTTLE_RATE = 4;
/** Fewer frames under throttling: each takes four times as long. */
const THROTTLED_DIVISOR = 2;
/** Frames of heap sampling while the customer speaks (issue 18: 300; `--alloc-frames=N`). */
export const DEFAULT_ALLOCATION_FRAMES = 300;
let allocationFrames = DEFAULT_ALLOCATION_FRAMES;

interface MeasureOptions {
  /** Repeat the profile with the CPU throttled (THROTTLE_RATE). */
  throttle?: boolean;
  /** Sample the heap over `--alloc-frames` frames first. */
  allocations?: boolean;
}

/** The renderer's figures sampled over a few frames: the largest draw-call and triangle counts, the last resource counts. */
async function sampleFigures(page: Page, read: FigureReader, frames = 8): Promise<SceneFigures> {
  const start = await framesDrawn(page, read);
  let worst: SceneFigures | undefined;
  await until(
    `${frames} sampled frames`,
    async () => {
      const f = await read(page);
      if (!f) return false;
      worst = {
        ...f,
        calls: Math.max(worst?.calls ?? 0, f.calls),
        triangles: Math.max(worst?.triangles ?? 0, f.triangles),
      };
      return f.frames - start >= frames;
    },
    300_000,
    30,
  );
  if (!worst) throw new Error('no figures sampled');
  return worst;
}

async function measure(
  page: Page,
  state: string,
  read: FigureReader,
  frames: number,
  sources: SourceResolver,
  options: MeasureOptions = {},
): Promise<Measured> {
  const f = await sampleFigures(page, read);
  const byPart = (await page.evaluate(() => window.__counterpartScene?.drawCalls())) ?? [];
  if (byPart.length > 0) console.log(`    by part: ${byPart.map((r) => `${r.part} ${r.calls}`).join(', ')}`);
  const cdp = await page.context().newCDPSession(page);
  try {
    const script = await profileFrames(page, cdp, read, frames, sources);
    console.log(
      `  ${state}: ${f.calls} draw calls, ${script.totalMs.toFixed(1)} ms script/frame over ${script.frames} frames`,
    );
    let throttled: ScriptPerFrame | undefined;
    if (options.throttle) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE_RATE });
      try {
        throttled = await profileFrames(page, cdp, read, Math.ceil(frames / THROTTLED_DIVISOR), sources);
      } finally {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      }
      console.log(
        `    at ${THROTTLE_RATE}× CPU throttling: ${throttled.totalMs.toFixed(1)} ms script/frame (emulator ${throttled.emulatorMs.toFixed(1)}) over ${throttled.frames} frames`,
      );
    }
    const allocations = options.allocations
      ? await sampleAllocations(page, cdp, read, allocationFrames, sources)
      : undefined;
    if (allocations) {
      console.log(
        `    allocations: ${allocations.bytes} B/frame over ${allocations.frames} frames; ${allocations.sites
          .slice(0, 8)
          .map((a) => `${a.site} ${a.bytes}`)
          .join('; ')}`,
      );
    }
    return {
      ...(throttled && { throttled }),
      ...(allocations && { allocations }),
      state,
      calls: f.calls,
      triangles: f.triangles,
      geometries: f.geometries,
      textures: f.textures,
      programs: f.programs,
      byPart,
      script,
    };
  } finally {
    await cdp.detach();
  }
}

const presenting = (page: Page) => page.evaluate(() => window.__counterpartXR?.presenting() ?? false);
const hasObject = (page: Page, name: string) =>
  page.evaluate((n) => window.__counterpartScene?.worldPoint(n) != null, name);

/** Clicks the DOM's „VR starten“ (a real click: requestSession wants a user gesture) and waits for stereo frames. */
async function enterVr(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'VR starten' });
  await until('the „VR starten“ button', async () => (await button.count()) === 1);
  await button.click({ timeout: 120_000 });
  await until('the emulated headset to present', () => presenting(page));
  await waitFrames(page, 3);
}

async function emptyScene(browser: Browser, empty: Served): Promise<Measured> {
  const read: FigureReader = (page) => page.evaluate(() => window.__benchEmptyScene?.figures());
  const context = await browser.newContext({ viewport: DESKTOP });
  try {
    const page = await context.newPage();
    await page.goto(empty.url);
    await waitFrames(page, 10, read);
    return await measure(page, 'empty R3F scene (baseline)', read, DESKTOP_FRAMES, new SourceResolver(empty.distDir));
  } finally {
    await context.close();
  }
}

async function desktopStates(browser: Browser, app: Served, sources: SourceResolver): Promise<Measured[]> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const states: Measured[] = [];
  try {
    const page = await context.newPage();
    await page.goto(app.at(`/?scenario=${BENCH_SCENARIO}&probe`));
    await avatarReady(page);
    states.push(
      await measure(page, 'desktop: customer speaking', appFigures, DESKTOP_FRAMES, sources, {
        allocations: true,
        throttle: true,
      }),
    );
    await untilChoices(page);
    await waitFrames(page, 4);
    states.push(
      await measure(page, 'desktop: answers showing', appFigures, DESKTOP_FRAMES, sources, { throttle: true }),
    );
    await playToDebrief(page);
    await waitFrames(page, 4);
    states.push(await measure(page, 'desktop: debrief', appFigures, DESKTOP_FRAMES, sources, { throttle: true }));
  } finally {
    await context.close();
  }
  return states;
}

/** Emulated Meta Quest 3 in stereo (`?xr=iwer`, src/xr/session/emulation.ts): controllers, hands, debrief. */
async function vrStates(browser: Browser, app: Served, sources: SourceResolver): Promise<Measured[]> {
  const context = await browser.newContext({ viewport: VR });
  const states: Measured[] = [];
  try {
    const page = await context.newPage();
    await page.goto(app.at(`/?scenario=${BENCH_SCENARIO}&probe&xr=iwer`));
    await avatarReady(page);
    await untilChoices(page);
    await enterVr(page);
    await until('the controller models', () => hasObject(page, 'controller_mesh'), 300_000, 500);
    await waitFrames(page, 3);
    states.push(
      await measure(page, 'VR stereo: answers, controllers', appFigures, VR_FRAMES, sources, { throttle: true }),
    );
    await page.evaluate(() => {
      const device = window.__counterpartXR?.device;
      if (device) device.primaryInputMode = 'hand';
    });
    await until('the hand models', () => hasObject(page, 'r_handMeshNode'), 300_000, 500);
    await waitFrames(page, 3);
    states.push(await measure(page, 'VR stereo: tracked hands', appFigures, VR_FRAMES, sources, { throttle: true }));
    await page.evaluate(() => {
      const device = window.__counterpartXR?.device;
      if (device) device.primaryInputMode = 'controller';
    });
    await until('the controller models again', () => hasObject(page, 'controller_mesh'), 300_000, 500);
    // The first answer: the customer replies, with the subtitle and lip-sync running.
    await page.keyboard.press('Digit1');
    await until(
      'the customer to answer',
      async () => (await page.locator('.choices button').count()) === 0,
      300_000,
      200,
    );
    await waitFrames(page, 3);
    states.push(
      await measure(page, 'VR stereo: customer speaking, controllers', appFigures, VR_FRAMES, sources, {
        throttle: true,
      }),
    );
    // The keyboard still reaches the DOM mirror under the headset view.
    await playToDebrief(page);
    await until('the debrief in the headset', () => hasObject(page, 'debrief-menu'), 300_000, 500);
    await waitFrames(page, 3);
    states.push(
      await measure(page, 'VR stereo: debrief, controllers', appFigures, VR_FRAMES, sources, { throttle: true }),
    );
  } finally {
    await context.close();
  }
  return states;
}

export async function runFrames(
  browser: Browser,
  app: Served,
  empty: Served,
  allocFrames = DEFAULT_ALLOCATION_FRAMES,
): Promise<FramesFigures> {
  allocationFrames = allocFrames;
  const sources = new SourceResolver(app.distDir);
  const baseline = await emptyScene(browser, empty);
  const measured = [...(await desktopStates(browser, app, sources)), ...(await vrStates(browser, app, sources))];
  const states = measured.map((s) => ({
    ...s,
    totalVsEmpty: (s.script.totalMs - s.script.emulatorMs) / baseline.script.totalMs,
    appVsEmpty: s.script.appSelfMs / baseline.script.totalMs,
  }));
  return { emptyScene: baseline, states, viewport: { desktop: DESKTOP, vr: VR } };
}

import type { Browser, Page } from 'playwright-core';
import type { SceneFigures } from '../../src/scene/SceneProbe';
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
  script: ScriptPerFrame;
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
): Promise<Measured> {
  const f = await sampleFigures(page, read);
  const cdp = await page.context().newCDPSession(page);
  try {
    const script = await profileFrames(page, cdp, read, frames, sources);
    console.log(
      `  ${state}: ${f.calls} draw calls, ${script.totalMs.toFixed(1)} ms script/frame over ${script.frames} frames`,
    );
    return {
      state,
      calls: f.calls,
      triangles: f.triangles,
      geometries: f.geometries,
      textures: f.textures,
      programs: f.programs,
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
    states.push(await measure(page, 'desktop: customer speaking', appFigures, DESKTOP_FRAMES, sources));
    await untilChoices(page);
    await waitFrames(page, 4);
    states.push(await measure(page, 'desktop: answers showing', appFigures, DESKTOP_FRAMES, sources));
    await playToDebrief(page);
    await waitFrames(page, 4);
    states.push(await measure(page, 'desktop: debrief', appFigures, DESKTOP_FRAMES, sources));
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
    states.push(await measure(page, 'VR stereo: answers, controllers', appFigures, VR_FRAMES, sources));
    await page.evaluate(() => {
      const device = window.__counterpartXR?.device;
      if (device) device.primaryInputMode = 'hand';
    });
    await until('the hand models', () => hasObject(page, 'r_handMeshNode'), 300_000, 500);
    await waitFrames(page, 3);
    states.push(await measure(page, 'VR stereo: tracked hands', appFigures, VR_FRAMES, sources));
    await page.evaluate(() => {
      const device = window.__counterpartXR?.device;
      if (device) device.primaryInputMode = 'controller';
    });
    // The keyboard still reaches the DOM mirror under the headset view.
    await playToDebrief(page);
    await until('the debrief in the headset', () => hasObject(page, 'debrief-menu'), 300_000, 500);
    await waitFrames(page, 3);
    states.push(await measure(page, 'VR stereo: debrief, controllers', appFigures, VR_FRAMES, sources));
  } finally {
    await context.close();
  }
  return states;
}

export async function runFrames(browser: Browser, app: Served, empty: Served): Promise<FramesFigures> {
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

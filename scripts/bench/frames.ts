import type { Browser, Page } from 'playwright-core';
import type { DrawCensusRow } from '../../src/scene/draw-call-census';
import type { SceneFigures } from '../../src/scene/SceneProbe';
import { type AllocationsPerFrame, sampleAllocations } from './allocations';
import { HEADSET_HZ, perHeadsetFrame, profileFrames, type ScriptPerFrame } from './cpu-profile';
import { type FrameCpu, traceFrameCpu } from './frame-cpu';
import { overWindows, type Stretch, steady } from './frame-windows';
import { type LineEndFigures, measureLineEnds } from './line-ends';
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
import { HOLD_FLAG, SLOW_VOICE_SCRIPT } from './slow-voice';
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
  /** The same frames' callbacks in CPU time and wall time, from Chromium's trace (./frame-cpu.ts); older results have none. */
  frameCpu?: FrameCpu;
  /** The same measurement with Chromium's CPU throttled 4× (a stand-in for a headset's CPU), fewer frames. */
  throttled?: ScriptPerFrame;
  /** Allocations per frame over `--alloc-frames` frames (the speaking customer only). */
  allocations?: AllocationsPerFrame;
  /**
   * Script per frame without the VR emulator, events spread at the headset's rate (perHeadsetFrame),
   * ÷ the empty R3F scene's same figure; and the app's own (src/) self time ÷ the same.
   */
  totalVsEmpty: number;
  appVsEmpty: number;
  /** `frameCpu.cpuMs` ÷ the empty scene's (the mean of its two windows); absent without a trace. */
  cpuVsEmpty?: number;
}

type Measured = Omit<FrameState, 'totalVsEmpty' | 'appVsEmpty' | 'cpuVsEmpty'>;

export interface FramesFigures {
  /** An R3F canvas with one mesh and the app's canvas settings, desktop viewport, same run, before the app's states. */
  emptyScene: Measured;
  /** The same empty scene measured again after the app's states (older results have none). */
  emptySceneAfter?: Measured;
  /** The floor the ratios divide by: the mean of both empty-scene measurements at the headset's rate (ms). */
  floorMs?: number;
  /** The CPU floor: the mean of both empty-scene windows' CPU time per frame (ms). */
  cpuFloorMs?: number;
  states: FrameState[];
  viewport: { desktop: { width: number; height: number }; vr: { width: number; height: number } };
  /** The line's end that brings the answers up, profiled apart from the steady states (older results have none). */
  lineEnds?: LineEndFigures;
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
/**
 * V8 optimises a function once it has run about 3000 times (TurboFan; Maglev after 400). A headset's
 * 72–90 Hz frame loop gets there within a minute; the bench's software-rendered frames come one to
 * five a second, so at default settings every per-frame function would still run in V8's baseline
 * tiers, which box each floating-point result on the heap: garbage and time a headset stops paying
 * after its first minute. The frames section's Chromium therefore tiers up 30× sooner, measuring
 * the steady state a headset runs in (docs/performance.md, "How npm run bench measures").
 */
export const STEADY_STATE_FLAGS = [
  '--js-flags=--invocation-count-for-maglev=15 --invocation-count-for-turbofan=100 --minimum-invocations-after-ic-update=20',
] as const;
/** Frames into a line before the speaking state's window opens (the line's set-up is over by then). */
const LINE_SETTLE_FRAMES = 4;
/** Frames each state runs unmeasured before its profile. */
const WARM_FRAMES = 40;
/** Frames of heap sampling while the customer speaks (issue 18: 300; `--alloc-frames=N`). */
export const DEFAULT_ALLOCATION_FRAMES = 300;
let allocationFrames = DEFAULT_ALLOCATION_FRAMES;

interface MeasureOptions {
  /** How the state's frames are collected (default: one window; the speaking customer: several). */
  stretch?: Stretch;
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
  const stretch = options.stretch ?? steady;
  // Unmeasured frames of the state first, so its per-frame code is optimised (STEADY_STATE_FLAGS).
  await overWindows(page, stretch, WARM_FRAMES, { start: async () => {}, stop: async () => {} });
  const cdp = await page.context().newCDPSession(page);
  try {
    const script = await profileFrames(page, cdp, stretch, frames, sources);
    console.log(
      `  ${state}: ${f.calls} draw calls, ${script.totalMs.toFixed(1)} ms script/frame over ${script.frames} frames; loop ${((script.loopMs ?? 0) - script.emulatorMs).toFixed(2)}, gc ${script.gcMs.toFixed(2)}, events ${(script.eventMsPerSecond ?? 0).toFixed(1)} ms/s, at ${HEADSET_HZ} Hz ${perHeadsetFrame(script).toFixed(2)} ms; ${script.groups
        .slice(0, 5)
        .map((g) => `${g.group} ${g.ms.toFixed(2)}`)
        .join(', ')}`,
    );
    const frameCpu = await traceFrameCpu(page, cdp, stretch, frames);
    console.log(
      `    in CPU time (trace): ${frameCpu.cpuMs.toFixed(2)} ms per frame, wall ${frameCpu.wallMs.toFixed(2)} ms, over ${frameCpu.frames} frames`,
    );
    let throttled: ScriptPerFrame | undefined;
    if (options.throttle) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE_RATE });
      try {
        throttled = await profileFrames(page, cdp, stretch, Math.ceil(frames / THROTTLED_DIVISOR), sources);
      } finally {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      }
      console.log(
        `    at ${THROTTLE_RATE}× CPU throttling: ${throttled.totalMs.toFixed(1)} ms script/frame (emulator ${throttled.emulatorMs.toFixed(1)}) over ${throttled.frames} frames; at ${HEADSET_HZ} Hz ${perHeadsetFrame(throttled).toFixed(2)} ms`,
      );
    }
    const allocations = options.allocations
      ? await sampleAllocations(page, cdp, stretch, allocationFrames, sources)
      : undefined;
    if (allocations) {
      console.log(
        `    allocations: ${allocations.bytes} B/frame at ${HEADSET_HZ} Hz over ${allocations.frames} frames (loop ${allocations.loopBytes} B/frame, events ${allocations.eventBytesPerSecond} B/s); ${allocations.sites
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
      frameCpu,
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * The customer speaking: frames counted only while a beat is being said. Between windows the
 * next decision is answered (the first answer shown) so the customer replies; at the debrief the
 * conversation starts again when `restart` is given, else the measurement ends with what it has.
 */
function speaking(page: Page, restart?: () => Promise<void>): Stretch {
  const hold = (on: boolean) => page.evaluate(`window.${HOLD_FLAG} = ${on}`);
  return {
    counter: 'speakingFrames',
    async enter() {
      const deadline = Date.now() + 300_000;
      while (Date.now() < deadline) {
        const f = await appFigures(page);
        if (f?.speaking) {
          // Hold the line from here on, so it is still being said when the window closes. Set
          // before the window opens even when the line is found already settled: the previous
          // window's leave() let go of it, and a line left to end takes its end into the window.
          await hold(true);
          if (f.lineFrames >= LINE_SETTLE_FRAMES && (await appFigures(page))?.speaking) return true;
          await new Promise((resolve) => setTimeout(resolve, 200));
          continue;
        }
        if (await page.getByRole('region', { name: 'Auswertung' }).isVisible()) {
          if (!restart) return false;
          await restart();
          continue;
        }
        if ((await page.locator('.choices button').count()) > 1) await page.keyboard.press('Digit1');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return false;
    },
    async leave() {
      await hold(false);
    },
  };
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

async function emptyScene(browser: Browser, empty: Served, label = 'empty R3F scene (baseline)'): Promise<Measured> {
  const read: FigureReader = (page) => page.evaluate(() => window.__benchEmptyScene?.figures());
  const context = await browser.newContext({ viewport: DESKTOP });
  try {
    const page = await context.newPage();
    await page.goto(empty.url);
    await waitFrames(page, 10, read);
    return await measure(page, label, read, DESKTOP_FRAMES, new SourceResolver(empty.distDir));
  } finally {
    await context.close();
  }
}

async function desktopStates(browser: Browser, app: Served, sources: SourceResolver): Promise<Measured[]> {
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.addInitScript(SLOW_VOICE_SCRIPT);
  const states: Measured[] = [];
  try {
    const page = await context.newPage();
    const start = async () => {
      await page.goto(app.at(`/?scenario=${BENCH_SCENARIO}&probe`));
      await avatarReady(page);
    };
    await start();
    states.push(
      await measure(page, 'desktop: customer speaking', appFigures, DESKTOP_FRAMES, sources, {
        stretch: speaking(page, start),
        allocations: true,
        throttle: true,
      }),
    );
    // On to the next decision (a reload mid-conversation would meet the resume offer instead);
    // when the conversation reaches its debrief first, a new one starts.
    await until(
      'answers to choose from',
      async () => {
        if ((await page.locator('.choices button').count()) > 1) return true;
        if (await page.getByRole('region', { name: 'Auswertung' }).isVisible()) await start();
        else await page.keyboard.press('Enter');
        return false;
      },
      300_000,
      500,
    );
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
  await context.addInitScript(SLOW_VOICE_SCRIPT);
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
    // The customer replies to answers, with the subtitle and lip-sync running (no restart in VR:
    // the windows end at the debrief with the frames they have).
    states.push(
      await measure(page, 'VR stereo: customer speaking, controllers', appFigures, VR_FRAMES, sources, {
        stretch: speaking(page),
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

/** Which of the app's states to measure: `--frame-states=desktop` or `vr` for a quicker look (default both). */
export type FrameStateSet = 'desktop' | 'vr' | 'all';

export async function runFrames(
  browser: Browser,
  app: Served,
  empty: Served,
  allocFrames = DEFAULT_ALLOCATION_FRAMES,
  which: FrameStateSet = 'all',
): Promise<FramesFigures> {
  allocationFrames = allocFrames;
  const sources = new SourceResolver(app.distDir);
  const baseline = await emptyScene(browser, empty);
  const measured = [
    ...(which !== 'vr' ? await desktopStates(browser, app, sources) : []),
    ...(which !== 'desktop' ? await vrStates(browser, app, sources) : []),
  ];
  // Measured again after the states: one window of a one-call scene varied 0.12–0.43 ms from run
  // to run, and every ratio divides by it. The mean of a window before and after is steadier.
  const lineEnds = which !== 'vr' ? await measureLineEnds(browser, app, sources) : undefined;
  const after = await emptyScene(browser, empty, 'empty R3F scene (after the states)');
  const floor = (perHeadsetFrame(baseline.script) + perHeadsetFrame(after.script)) / 2;
  // The CPU floor from the windows that traced frames (a window without any would halve the mean).
  const cpuFloors = [baseline, after].flatMap((e) => (e.frameCpu && e.frameCpu.frames > 0 ? [e.frameCpu.cpuMs] : []));
  const cpuFloor = cpuFloors.reduce((sum, ms) => sum + ms, 0) / Math.max(1, cpuFloors.length);
  const states = measured.map((s) => ({
    ...s,
    totalVsEmpty: perHeadsetFrame(s.script) / floor,
    appVsEmpty: s.script.appSelfMs / floor,
    ...(s.frameCpu && cpuFloor > 0 && { cpuVsEmpty: s.frameCpu.cpuMs / cpuFloor }),
  }));
  return {
    emptyScene: baseline,
    emptySceneAfter: after,
    floorMs: floor,
    cpuFloorMs: cpuFloor,
    states,
    viewport: { desktop: DESKTOP, vr: VR },
    ...(lineEnds && { lineEnds }),
  };
}

import type { CDPSession, Page } from 'playwright-core';
import { overWindows, type Stretch } from './frame-windows';

/**
 * The page's frames in CPU time: what its main thread spends running each animation frame's
 * callbacks (R3F's loop, the render, the WebGL calls' own work), from Chromium's trace, which
 * gives every `FireAnimationFrame` task its wall time (`dur`) and its thread's CPU time (`tdur`).
 *
 * Why beside the sampling CPU profile (./cpu-profile.ts): a profile's sample lasts until the next,
 * so it counts wall time. With SwiftShader the GPU process rasterizes on the same two cores, and
 * the page's thread waits for it inside WebGL calls or is preempted by it mid-frame; the profile
 * charges those waits to whatever function was running. On a headset the GPU is its own chip.
 * The same desktop state measured 4.9–6.1 ms of wall time but 2.2–2.6 ms of CPU per frame at
 * 1280×800, and 2.4 / 1.3 ms at 320×200 (docs/performance.md, "Fourth round").
 */
export interface FrameCpu {
  /** Animation frames traced. */
  frames: number;
  /** Wall time of a frame's callbacks (ms per frame): what the profile sees. */
  wallMs: number;
  /** CPU time of the same (ms per frame): the work itself. */
  cpuMs: number;
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
}

/** The trace categories that carry `FireAnimationFrame` with thread times. */
const CATEGORIES = ['devtools.timeline'];

/**
 * Sums the animation frames of one thread in a trace: the thread with the most
 * `FireAnimationFrame` tasks (the page's main thread; other renderers draw no frames). Times in µs.
 */
export function sumAnimationFrames(events: readonly TraceEvent[]): { frames: number; wallUs: number; cpuUs: number } {
  const frames = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X' && e.tdur !== undefined);
  const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const perThread = new Map<string, number>();
  for (const e of frames) perThread.set(threadOf(e), (perThread.get(threadOf(e)) ?? 0) + 1);
  const main = [...perThread.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mine = frames.filter((e) => threadOf(e) === main);
  return {
    frames: mine.length,
    wallUs: mine.reduce((sum, e) => sum + (e.dur ?? 0), 0),
    cpuUs: mine.reduce((sum, e) => sum + (e.tdur ?? 0), 0),
  };
}

/** Traces `frames` frames of `stretch` (windows as the profile takes them) and returns their time per frame. */
export async function traceFrameCpu(page: Page, cdp: CDPSession, stretch: Stretch, frames: number): Promise<FrameCpu> {
  const total = { frames: 0, wallUs: 0, cpuUs: 0 };
  let events: TraceEvent[] = [];
  // CDP types trace events as string maps; Chromium sends numbers for pid, tid, dur and tdur.
  const collect = (e: { value: object[] }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  try {
    await overWindows(page, stretch, frames, {
      start: async () => {
        events = [];
        await cdp.send('Tracing.start', {
          traceConfig: { includedCategories: CATEGORIES },
          transferMode: 'ReportEvents',
        } as never);
      },
      stop: async () => {
        const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
        await cdp.send('Tracing.end');
        await complete;
        const sum = sumAnimationFrames(events);
        total.frames += sum.frames;
        total.wallUs += sum.wallUs;
        total.cpuUs += sum.cpuUs;
      },
    });
  } finally {
    cdp.off('Tracing.dataCollected', collect);
  }
  const perFrame = (us: number) => us / 1000 / Math.max(1, total.frames);
  return { frames: total.frames, wallMs: perFrame(total.wallUs), cpuMs: perFrame(total.cpuUs) };
}

import type { CDPSession, Page } from 'playwright-core';
import { type FigureReader, framesDrawn, waitFramesQuietly } from './page-waits';
import { groupOf, isAppSource, type SourceResolver } from './source-maps';

/** Main-thread JavaScript per drawn frame, from a sampling CPU profile. */
export interface ScriptPerFrame {
  frames: number;
  /** Wall time of the profiled stretch per frame (ms). */
  wallMs: number;
  /** All JavaScript, including garbage collection and the native calls JS makes (WebGL, DOM). */
  totalMs: number;
  /** Of that, garbage collection. */
  gcMs: number;
  /** Self time of functions whose original source is under src/ (native calls they make included). */
  appSelfMs: number;
  /** Time with any src/ function on the stack: the app's code and the library work it calls. */
  appInclusiveMs: number;
  /** Of the total, the emulated headset's own JavaScript (iwer, only with `?xr=iwer`): not the app's, not on a real headset. */
  emulatorMs: number;
  /** Self time by source group (src/<folder>, package name), ms per frame, largest first. */
  groups: { group: string; ms: number }[];
}

type Node = {
  id: number;
  callFrame: { functionName: string; scriptId: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};

/** Sampling interval: fine enough for frames of a few ms, coarse enough not to slow a software-rendered page much. */
const INTERVAL_US = 200;
/** Script without a URL: the bench's own frame counting in the page, left out of every figure. */
const BENCH = '(the bench)';
/** The package whose time is the VR emulator's. */
const EMULATOR = 'iwer';

/**
 * Profiles the page over `frames` drawn frames (counted by the page's probe, not by wall time)
 * and attributes each sample to an original source through the build's source maps. A native
 * function (a WebGL or DOM call, no script URL) is charged to the script that called it.
 */
export async function profileFrames(
  page: Page,
  cdp: CDPSession,
  read: FigureReader,
  frames: number,
  sources: SourceResolver,
): Promise<ScriptPerFrame> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  const before = await framesDrawn(page, read);
  await cdp.send('Profiler.start');
  await waitFramesQuietly(page, frames);
  const { profile } = await cdp.send('Profiler.stop');
  const after = await framesDrawn(page, read);
  await cdp.send('Profiler.disable');
  const drawn = Math.max(1, after - before);

  const nodes = new Map<number, Node>(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Per node: the group that owns its self time, and whether src/ code is on its stack.
  const owner = new Map<number, string>();
  const inApp = new Map<number, boolean>();
  const groupAt = (id: number): string => {
    const known = owner.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const up = parent.get(id);
    let group: string;
    if (!node) group = 'unmapped';
    else if (node.callFrame.url) {
      const { url, lineNumber, columnNumber } = node.callFrame;
      group = groupOf(sources.original(url, lineNumber, columnNumber));
    } else if (node.callFrame.scriptId !== '0') {
      // Script without a URL: what the bench itself evaluates in the page.
      group = BENCH;
    } else if (up !== undefined && nodes.get(up)?.callFrame.functionName !== '(root)') {
      group = groupAt(up);
    } else {
      group = `(native) ${node.callFrame.functionName || 'without a script caller'}`;
    }
    owner.set(id, group);
    return group;
  };
  const appOnStack = (id: number): boolean => {
    const known = inApp.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const node = nodes.get(id);
    const value = (!!node?.callFrame.url && isAppSource(groupAt(id))) || (up !== undefined && appOnStack(up));
    inApp.set(id, value);
    return value;
  };

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  let gc = 0;
  let appSelf = 0;
  let appInclusive = 0;
  const groups = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    // A sample lasts until the next one; the last one until the profile's end.
    const us = i + 1 < samples.length ? (deltas[i + 1] ?? 0) : 0;
    const id = samples[i] as number;
    const name = nodes.get(id)?.callFrame.functionName ?? '';
    if (name === '(idle)' || name === '(program)' || name === '(root)') continue;
    total += us;
    if (name === '(garbage collector)') {
      gc += us;
      groups.set('(garbage collector)', (groups.get('(garbage collector)') ?? 0) + us);
      continue;
    }
    const group = groupAt(id);
    if (group === BENCH) {
      total -= us;
      continue;
    }
    groups.set(group, (groups.get(group) ?? 0) + us);
    if (isAppSource(group)) appSelf += us;
    if (appOnStack(id)) appInclusive += us;
  }
  const perFrame = (us: number) => us / 1000 / drawn;
  return {
    frames: drawn,
    wallMs: perFrame(profile.endTime - profile.startTime),
    totalMs: perFrame(total),
    gcMs: perFrame(gc),
    appSelfMs: perFrame(appSelf),
    appInclusiveMs: perFrame(appInclusive),
    emulatorMs: perFrame(groups.get(EMULATOR) ?? 0),
    groups: [...groups.entries()].map(([group, us]) => ({ group, ms: perFrame(us) })).sort((a, b) => b.ms - a.ms),
  };
}

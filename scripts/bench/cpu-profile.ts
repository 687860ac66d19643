import type { CDPSession, Page } from 'playwright-core';
import { overWindows, type Stretch } from './frame-windows';
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
  /** Self time by function (original file and name; a native call charged to its caller), ms per frame, the largest 20. */
  sites: { site: string; ms: number }[];
  /**
   * Of the total without GC: the frame loop (tasks entered through R3F's loop or the XR session's
   * animation frame: useFrame callbacks, the render), per frame drawn.
   */
  loopMs?: number;
  /**
   * The rest: tasks that events start (speech timers and word boundaries, React commits, input),
   * per second of wall time. Their number follows the clock, not the frame rate, so per frame they
   * weigh what they weigh at the headset's rate: `loopMs + gcMs + eventMsPerSecond / HEADSET_HZ`.
   */
  eventMsPerSecond?: number;
}

/** The frame rate a headset session runs at (src/xr/session/xr-store.ts), for events' share of a frame. */
export const HEADSET_HZ = 90;

/**
 * Script per frame without the emulator, with the event-driven part spread as a headset's frame
 * rate spreads it (see ScriptPerFrame); figures from before the split give their plain total.
 */
export const perHeadsetFrame = (s: ScriptPerFrame): number =>
  s.loopMs === undefined
    ? s.totalMs - s.emulatorMs
    : s.loopMs - s.emulatorMs + s.gcMs + (s.eventMsPerSecond ?? 0) / HEADSET_HZ;

type Node = {
  id: number;
  callFrame: { functionName: string; scriptId: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};

/** Sampling interval: fine enough for frames of a few ms, coarse enough not to slow a software-rendered page much. */
const INTERVAL_US = 200;
/** Script without a URL: the bench's own frame counting in the page, left out of every figure. */
const BENCH = '(the bench)';
/** Where a frame's task enters: R3F's render loop, three's XR animation loop, the emulated headset's frame. */
export const FRAME_LOOP_ENTRIES = new Set(['@react-three/fiber', 'three', 'iwer']);
/**
 * The packages whose time is the VR emulator's: iwer and the two it brings (the app uses neither;
 * iwer's pose maths runs in gl-matrix, its projection layers in the polyfill).
 */
export const EMULATOR_GROUPS: readonly string[] = ['iwer', 'gl-matrix', 'webxr-layers-polyfill'];

export type Profile = {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
};

/** One window's profile summed up, in microseconds. */
export interface Sums {
  wall: number;
  total: number;
  gc: number;
  appSelf: number;
  appInclusive: number;
  groups: Map<string, number>;
  sites: Map<string, number>;
  loop: number;
  events: number;
}

export const emptySums = (): Sums => ({
  wall: 0,
  total: 0,
  gc: 0,
  appSelf: 0,
  appInclusive: 0,
  groups: new Map(),
  sites: new Map(),
  loop: 0,
  events: 0,
});

/**
 * Profiles the page over `frames` frames of `stretch` (counted by the page's probe, not by wall
 * time; over several windows where the state does not hold, see ./frame-windows.ts) and
 * attributes each sample to an original source through the build's source maps. A native
 * function (a WebGL or DOM call, no script URL) is charged to the script that called it.
 */
export async function profileFrames(
  page: Page,
  cdp: CDPSession,
  stretch: Stretch,
  frames: number,
  sources: SourceResolver,
): Promise<ScriptPerFrame> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  const sums = emptySums();
  let drawn = 0;
  try {
    drawn = await overWindows(page, stretch, frames, {
      start: async () => {
        await cdp.send('Profiler.start');
      },
      stop: async () => {
        const { profile } = await cdp.send('Profiler.stop');
        addProfile(sums, profile as Profile, sources);
      },
    });
  } finally {
    await cdp.send('Profiler.disable');
  }
  const perFrame = (us: number) => us / 1000 / Math.max(1, drawn);
  return {
    frames: drawn,
    wallMs: perFrame(sums.wall),
    totalMs: perFrame(sums.total),
    gcMs: perFrame(sums.gc),
    appSelfMs: perFrame(sums.appSelf),
    appInclusiveMs: perFrame(sums.appInclusive),
    emulatorMs: perFrame(EMULATOR_GROUPS.reduce((us, g) => us + (sums.groups.get(g) ?? 0), 0)),
    groups: [...sums.groups.entries()].map(([group, us]) => ({ group, ms: perFrame(us) })).sort((a, b) => b.ms - a.ms),
    loopMs: perFrame(sums.loop),
    eventMsPerSecond: sums.wall > 0 ? sums.events / 1000 / (sums.wall / 1e6) : 0,
    sites: [...sums.sites.entries()]
      .map(([site, us]) => ({ site, ms: perFrame(us) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 20),
  };
}

/** A per-node figure computed once; `compute` may ask for other nodes' (its parent's) through the returned function. */
function perNode<T>(compute: (id: number, of: (id: number) => T) => T): (id: number) => T {
  const known = new Map<number, T>();
  const of = (id: number): T => {
    if (known.has(id)) return known.get(id) as T;
    const value = compute(id, of);
    known.set(id, value);
    return value;
  };
  return of;
}

/** Adds one window's profile to `sums`. */
export function addProfile(sums: Sums, profile: Profile, sources: SourceResolver): void {
  const nodes = new Map<number, Node>(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Per node: the group that owns its self time (a native call: its caller's).
  const groupAt = perNode<string>((id, of) => {
    const node = nodes.get(id);
    const up = parent.get(id);
    if (!node) return 'unmapped';
    if (node.callFrame.url) {
      const { url, lineNumber, columnNumber } = node.callFrame;
      return groupOf(sources.original(url, lineNumber, columnNumber));
    }
    // Script without a URL: what the bench itself evaluates in the page.
    if (node.callFrame.scriptId !== '0') return BENCH;
    if (up !== undefined && nodes.get(up)?.callFrame.functionName !== '(root)') return of(up);
    return `(native) ${node.callFrame.functionName || 'without a script caller'}`;
  });
  // Per node: the function its self time is charged to (a native call to its nearest caller with a script).
  const siteAt = perNode<string>((id, of) => {
    const node = nodes.get(id);
    const up = parent.get(id);
    if (node?.callFrame.url) {
      const { url, lineNumber, columnNumber, functionName } = node.callFrame;
      return (
        sources.place(url, lineNumber, columnNumber, functionName || '(anonymous)') ??
        `${url.replace(/^.*\//, '')} ${functionName || '(anonymous)'}`
      );
    }
    if (up !== undefined && nodes.get(up)?.callFrame.functionName !== '(root)') {
      const native = node?.callFrame.functionName;
      return `${of(up)}${native ? ` → ${native}` : ''}`;
    }
    return `(native) ${node?.callFrame.functionName || '?'}`;
  });
  // Per node: whether its task was entered through the frame loop (the root's child is R3F's loop,
  // three's XR animation loop or the emulated headset's animation frame).
  const inLoop = perNode<boolean>((id, of) => {
    const up = parent.get(id);
    if (up === undefined) return false;
    if (nodes.get(up)?.callFrame.functionName === '(root)') return FRAME_LOOP_ENTRIES.has(groupAt(id));
    return of(up);
  });
  // Per node: whether src/ code is on its stack.
  const appOnStack = perNode<boolean>((id, of) => {
    const up = parent.get(id);
    return (!!nodes.get(id)?.callFrame.url && isAppSource(groupAt(id))) || (up !== undefined && of(up));
  });

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  sums.wall += profile.endTime - profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    // A sample lasts until the next one; the last one until the profile's end.
    const us = i + 1 < samples.length ? (deltas[i + 1] ?? 0) : 0;
    const id = samples[i] as number;
    const name = nodes.get(id)?.callFrame.functionName ?? '';
    if (name === '(idle)' || name === '(program)' || name === '(root)') continue;
    if (name === '(garbage collector)') {
      sums.total += us;
      sums.gc += us;
      sums.groups.set(name, (sums.groups.get(name) ?? 0) + us);
      continue;
    }
    const group = groupAt(id);
    if (group === BENCH) continue;
    sums.total += us;
    sums.groups.set(group, (sums.groups.get(group) ?? 0) + us);
    if (inLoop(id)) sums.loop += us;
    else sums.events += us;
    const site = siteAt(id);
    sums.sites.set(site, (sums.sites.get(site) ?? 0) + us);
    if (isAppSource(group)) sums.appSelf += us;
    if (appOnStack(id)) sums.appInclusive += us;
  }
}

import type { CDPSession, Page } from 'playwright-core';
import { FRAME_LOOP_ENTRIES, HEADSET_HZ } from './cpu-profile';
import { overWindows, type Stretch } from './frame-windows';
import { groupOf, type SourceResolver } from './source-maps';

/**
 * Bytes allocated per frame, from V8's sampling heap profiler, garbage included. As with script
 * time (cpu-profile.ts), what the frame loop allocates counts per frame drawn, and what events
 * allocate (word boundaries, store updates, timers) per second, spread over a headset's frames:
 * `bytes` and every group and site are `loop per frame + events per second ÷ HEADSET_HZ`.
 */
export interface AllocationsPerFrame {
  frames: number;
  /** All sampled allocations per headset frame (bytes; sampling estimates, ± one sampling interval over the run). */
  bytes: number;
  /** Of that, the frame loop's allocations per frame drawn. */
  loopBytes?: number;
  /** Allocations in tasks that events start, per second of sampling. */
  eventBytesPerSecond?: number;
  /** By source group (src/<folder>, package), bytes per headset frame, largest first. */
  groups: { group: string; bytes: number }[];
  /** The allocating functions (original file and function name), bytes per headset frame, largest first. */
  sites: { site: string; bytes: number }[];
}

export type HeapNode = {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: HeapNode[];
};

/**
 * One sample per 16 KB on average. Every sample records a stack, and with garbage included a
 * software-rendered frame allocates enough that 4 KB slowed the page below a frame in ten seconds.
 */
const SAMPLING_INTERVAL = 16_384;
/** Sampling stops after this long even if fewer frames were drawn; the figures are per frame actually drawn. */
const SAMPLING_LIMIT_MS = 180_000;

/**
 * Samples every allocation (also objects already collected again: that is the garbage) over
 * `frames` frames of `stretch` (several windows where the state does not hold), and charges each
 * to the function that made it, through the build's source maps. A native allocator (no URL) is
 * charged to its nearest caller with a URL.
 */
export async function sampleAllocations(
  page: Page,
  cdp: CDPSession,
  stretch: Stretch,
  frames: number,
  sources: SourceResolver,
): Promise<AllocationsPerFrame> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const sums = { loop: new Sums(), events: new Sums() };
  let drawn = 0;
  let sampledMs = 0;
  let since = 0;
  try {
    drawn = await overWindows(
      page,
      stretch,
      frames,
      {
        start: async () => {
          since = performance.now();
          await cdp.send('HeapProfiler.startSampling', {
            samplingInterval: SAMPLING_INTERVAL,
            includeObjectsCollectedByMajorGC: true,
            includeObjectsCollectedByMinorGC: true,
          } as never);
        },
        stop: async () => {
          const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
            profile: { head: HeapNode };
          };
          sampledMs += performance.now() - since;
          tallyHeapProfile(profile.head, (url, line, column) => sources.original(url, line, column), sums);
        },
      },
      SAMPLING_LIMIT_MS,
    );
  } finally {
    await cdp.send('HeapProfiler.disable');
  }
  if (drawn < frames)
    console.log(`    heap sampling stopped after ${SAMPLING_LIMIT_MS / 1000} s, at ${drawn} of ${frames} frames`);
  const perSecond = (bytes: number) => bytes / Math.max(0.001, sampledMs / 1000);
  // Loop bytes per frame drawn, event bytes per second spread over a headset's frames.
  const atHeadset = (loop: number, events: number) =>
    Math.round(loop / Math.max(1, drawn) + perSecond(events) / HEADSET_HZ);
  const merged = (key: 'groups' | 'sites') => {
    const keys = new Set([...sums.loop[key].keys(), ...sums.events[key].keys()]);
    return [...keys]
      .map((k) => [k, atHeadset(sums.loop[key].get(k) ?? 0, sums.events[key].get(k) ?? 0)] as const)
      .filter(([, b]) => b > 0)
      .sort((a, b) => b[1] - a[1]);
  };
  return {
    frames: drawn,
    bytes: atHeadset(sums.loop.total, sums.events.total),
    loopBytes: Math.round(sums.loop.total / Math.max(1, drawn)),
    eventBytesPerSecond: Math.round(perSecond(sums.events.total)),
    groups: merged('groups').map(([group, bytes]) => ({ group, bytes })),
    sites: merged('sites')
      .slice(0, 25)
      .map(([site, bytes]) => ({ site, bytes })),
  };
}

/** Sampled bytes in all, by source group and by allocating function. */
export class Sums {
  total = 0;
  readonly groups = new Map<string, number>();
  readonly sites = new Map<string, number>();
  add(who: { group: string; site: string }, bytes: number): void {
    this.total += bytes;
    this.groups.set(who.group, (this.groups.get(who.group) ?? 0) + bytes);
    this.sites.set(who.site, (this.sites.get(who.site) ?? 0) + bytes);
  }
}

/**
 * Adds a sampling heap profile's tree to `sums`, each allocation charged to the nearest function
 * with a script (its original file through `original`) and counted as the frame loop's when its
 * task entered through the loop (the first function with a script belongs to R3F, three or the
 * emulated headset, as in cpu-profile.ts), else as an event's.
 */
export function tallyHeapProfile(
  head: HeapNode,
  original: (url: string, line: number, column: number) => string | null,
  sums: { loop: Sums; events: Sums },
): void {
  const visit = (node: HeapNode, caller: { group: string; site: string } | null, loop: boolean | null) => {
    let here = caller;
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    if (url) {
      const source = original(url, lineNumber, columnNumber);
      // The probe's figures() is what the bench itself polls the page with, not the app's frame.
      const group = source?.endsWith('src/scene/SceneProbe.tsx') ? '(the bench)' : groupOf(source);
      here = { group, site: `${source ?? url.replace(/^.*\//, '')} ${functionName || '(anonymous)'}` };
    }
    const inLoop = loop ?? (url ? FRAME_LOOP_ENTRIES.has(here?.group ?? '') : null);
    if (node.selfSize > 0)
      sums[inLoop ? 'loop' : 'events'].add(here ?? { group: '(the bench)', site: '(no script)' }, node.selfSize);
    for (const c of node.children) visit(c, here, inLoop);
  };
  visit(head, null, null);
}

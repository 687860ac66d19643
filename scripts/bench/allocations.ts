import type { CDPSession, Page } from 'playwright-core';
import { overWindows, type Stretch } from './frame-windows';
import { groupOf, type SourceResolver } from './source-maps';

/** Bytes allocated per drawn frame, from V8's sampling heap profiler, garbage included. */
export interface AllocationsPerFrame {
  frames: number;
  /** All sampled allocations per frame (bytes; sampling estimates, ± one sampling interval over the run). */
  bytes: number;
  /** By source group (src/<folder>, package), bytes per frame, largest first. */
  groups: { group: string; bytes: number }[];
  /** The allocating functions (original file and function name), bytes per frame, largest first. */
  sites: { site: string; bytes: number }[];
}

type HeapNode = {
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
  const groups = new Map<string, number>();
  const sites = new Map<string, number>();
  let total = 0;
  const visit = (node: HeapNode, caller: { group: string; site: string } | null) => {
    let here = caller;
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    if (url) {
      const source = sources.original(url, lineNumber, columnNumber);
      // The probe's figures() is what the bench itself polls the page with, not the app's frame.
      const group = source?.endsWith('src/scene/SceneProbe.tsx') ? '(the bench)' : groupOf(source);
      here = { group, site: `${source ?? url.replace(/^.*\//, '')} ${functionName || '(anonymous)'}` };
    }
    if (node.selfSize > 0) {
      const who = here ?? { group: '(the bench)', site: '(no script)' };
      total += node.selfSize;
      groups.set(who.group, (groups.get(who.group) ?? 0) + node.selfSize);
      sites.set(who.site, (sites.get(who.site) ?? 0) + node.selfSize);
    }
    for (const c of node.children) visit(c, here);
  };
  let drawn = 0;
  try {
    drawn = await overWindows(
      page,
      stretch,
      frames,
      {
        start: async () => {
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
          visit(profile.head, null);
        },
      },
      SAMPLING_LIMIT_MS,
    );
  } finally {
    await cdp.send('HeapProfiler.disable');
  }
  if (drawn < frames)
    console.log(`    heap sampling stopped after ${SAMPLING_LIMIT_MS / 1000} s, at ${drawn} of ${frames} frames`);
  const perFrame = (bytes: number) => Math.round(bytes / Math.max(1, drawn));
  const sorted = (m: Map<string, number>) =>
    [...m.entries()].map(([k, b]) => [k, perFrame(b)] as const).sort((a, b) => b[1] - a[1]);
  return {
    frames: drawn,
    bytes: perFrame(total),
    groups: sorted(groups).map(([group, bytes]) => ({ group, bytes })),
    sites: sorted(sites)
      .slice(0, 25)
      .map(([site, bytes]) => ({ site, bytes })),
  };
}

import type { Browser } from 'playwright-core';
import { addProfile, emptySums, type Profile } from './cpu-profile';
import { avatarReady, BENCH_SCENARIO, framesDrawn, until, waitFrames } from './page-waits';
import type { Served } from './served';
import type { SourceResolver } from './source-maps';

/**
 * The event a trainee waits on most: the customer's last line before a decision ends, and the
 * answers appear (the phase turns to „choosing“, the 3D answer sheet takes the decision's cards,
 * the line's buttons hide, the checkpoint is saved). Not a steady state, so not in the per-frame
 * figures; on a headset it is a stutter as the answers come up. Measured as the script the page
 * runs over the 15 frames after Enter ends that line, by a sampling CPU profile attributed through
 * the source maps, averaged over several line ends: one line end's figure varies several-fold with
 * what it ends (two to four answers, their lengths, the next line's set-up), so only a mean over
 * many is worth comparing. At a small viewport, so that the software rasterizer's waits, which a
 * wall-time profile charges to the WebGL calls, weigh little (docs/performance.md, "Fifth round").
 */
export interface LineEndFigures {
  /** Line ends profiled. */
  lineEnds: number;
  viewport: { width: number; height: number };
  /** Script per line end (ms, the 15 frames after it), garbage collection included. */
  scriptMs: number;
  /** Of that, the panels' work: uikit, its signals and layout, React and src/scene/panels. */
  uiMs: number;
  gcMs: number;
  /** Script per line end by source group, largest first. */
  groups: { group: string; ms: number }[];
}

/** Frames after the key press that belong to the line's end. */
export const LINE_END_FRAMES = 15;
const VIEWPORT = { width: 320, height: 200 };
/** The source groups that lay out and draw the panels (uikit and what it runs on), and the panels' own code. */
const UI_GROUPS = new Set([
  '@pmndrs/uikit',
  '@pmndrs/uikit-pub-sub',
  '@preact/signals-core',
  'yoga-layout',
  'react-dom',
  'scheduler',
  'src/scene/panels',
]);

/** Profiles `count` line ends of the bench scenario on the desktop, answering alternately 1 and 2 in between. */
export async function measureLineEnds(
  browser: Browser,
  app: Served,
  sources: SourceResolver,
  count = 10,
): Promise<LineEndFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const sums = emptySums();
  let measured = 0;
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const open = async () => {
      await page.goto(app.at(`/?scenario=${BENCH_SCENARIO}&probe`));
      await avatarReady(page);
    };
    const choices = () => page.locator('.choices button').count();
    await open();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    // A decision takes a few lines; a conversation ends at its debrief and starts again.
    for (let step = 0; step < count * 12 && measured < count; step++) {
      if ((await choices()) > 1) {
        await page.keyboard.press(String(1 + (step % 2)));
        await waitFrames(page, 8);
      }
      if (await page.getByRole('region', { name: 'Auswertung' }).isVisible()) {
        await open();
        continue;
      }
      await waitFrames(page, 5);
      await cdp.send('Profiler.start');
      await page.keyboard.press('Enter');
      const start = await framesDrawn(page);
      await until(
        `${LINE_END_FRAMES} frames after a line`,
        async () => (await framesDrawn(page)) - start >= LINE_END_FRAMES,
        120_000,
        50,
      );
      const { profile } = await cdp.send('Profiler.stop');
      // Only the line that brought the answers up counts; the lines before it end into the next line.
      if ((await choices()) <= 1) continue;
      addProfile(sums, profile as Profile, sources);
      measured += 1;
    }
    await cdp.send('Profiler.disable');
  } finally {
    await context.close();
  }
  const per = (us: number) => us / 1000 / Math.max(1, measured);
  const groups = [...sums.groups.entries()].map(([group, us]) => ({ group, ms: per(us) })).sort((a, b) => b.ms - a.ms);
  return {
    lineEnds: measured,
    viewport: VIEWPORT,
    scriptMs: per(sums.total),
    uiMs: groups.filter((g) => UI_GROUPS.has(g.group)).reduce((sum, g) => sum + g.ms, 0),
    gcMs: per(sums.gc),
    groups,
  };
}

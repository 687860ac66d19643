import type { Page } from 'playwright-core';

/** What the page's test probe (?probe, src/scene/SceneProbe.tsx) reports of the renderer. */
export type Figures = {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
  frames: number;
};
type Point = { x: number; y: number };

/** The renderer's figures, or undefined while the scene (and its probe) has not mounted yet. */
export const figures = (page: Page) => page.evaluate(() => window.__counterpartScene?.figures() as Figures | undefined);

/** The renderer's figures of a scene that is known to be mounted. */
export async function mountedFigures(page: Page): Promise<Figures> {
  const f = await figures(page);
  if (!f) throw new Error('the scene probe is not there (scene not mounted, or ?probe missing)');
  return f;
}

/** Frames drawn so far; -1 while the scene has not mounted (after a navigation or reload). */
const drawn = async (page: Page) => (await figures(page))?.frames ?? -1;

/**
 * Resolves once the page has drawn `count` more frames, counted from when the scene is there.
 * Under software WebGL a frame can take a second, and the scene may still be loading.
 */
export async function framesPass(page: Page, count: number, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let start = await drawn(page);
  while (start < 0) {
    if (Date.now() > until) throw new Error(`the scene did not mount within ${timeoutMs} ms`);
    await page.waitForTimeout(100);
    start = await drawn(page);
  }
  while ((await drawn(page)) - start < count) {
    if (Date.now() > until) throw new Error(`fewer than ${count} frames drawn in ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/**
 * Where a named 3D object sits on screen once the panel layout has settled: inside the viewport
 * and unchanged across several drawn frames. Two reads a moment apart are not enough: when no
 * frame was drawn in between, an unfinished layout reads as settled.
 */
export async function settledScreenPoint(page: Page, name: string, timeoutMs = 90_000): Promise<Point> {
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const read = () => page.evaluate((n) => window.__counterpartScene?.screenPoint(n) ?? null, name);
  const inside = (p: Point | null): p is Point =>
    !!p && p.x >= 0 && p.y >= 0 && p.x < viewport.width && p.y < viewport.height;
  const until = Date.now() + timeoutMs;
  let last: Point | null = null;
  while (Date.now() < until) {
    const point = await read();
    if (inside(point) && last && Math.abs(point.x - last.x) < 1 && Math.abs(point.y - last.y) < 1) return point;
    last = inside(point) ? point : null;
    await framesPass(page, 4, Math.max(1, until - Date.now()));
  }
  throw new Error(`${name} did not settle on screen within ${timeoutMs} ms (last read ${JSON.stringify(last)})`);
}

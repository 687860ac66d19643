import type { Page } from 'playwright-core';

/** What the page's test probe (?probe, src/scene/SceneProbe.tsx) reports of the renderer. */
export type Figures = { calls: number; triangles: number; geometries: number; textures: number; frames: number };
type Point = { x: number; y: number };

export const figures = (page: Page) => page.evaluate(() => window.__counterpartScene?.figures() as Figures);

/** Resolves once the page has drawn `count` more frames. Under software WebGL a frame can take a second. */
export async function framesPass(page: Page, count: number, timeoutMs = 60_000): Promise<void> {
  const start = (await figures(page)).frames;
  const until = Date.now() + timeoutMs;
  while ((await figures(page)).frames - start < count) {
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
  const inside = (p: Point | null): p is Point => !!p && p.x >= 0 && p.y >= 0 && p.x < viewport.width && p.y < viewport.height;
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

import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Steering iwer's emulated Meta Quest 3 (installed by the page itself behind `?xr=iwer`, see
 * src/xr/session/emulation.ts) from a browser test. Emulated stereo renders at 5–8 frames a
 * second in software, so everything waits on frames the scene probe counts, never on wall time,
 * and a button is held exactly one frame.
 */

export type Hand = 'left' | 'right';
export type Point = { x: number; y: number; z: number };

const frames = (page: Page) => page.evaluate(() => window.__counterpartScene?.figures().frames ?? 0);

/** Waits until the scene has drawn `count` more frames. */
export async function waitFrames(page: Page, count: number, timeout = 60_000): Promise<void> {
  const start = await frames(page);
  await expect.poll(async () => (await frames(page)) - start, { timeout, interval: 50 }).toBeGreaterThanOrEqual(count);
}

export const presenting = (page: Page) => page.evaluate(() => window.__counterpartXR?.presenting() ?? false);

/** Clicks the DOM's „VR starten“ (a real click: requestSession wants a user gesture) and waits for stereo frames. */
export async function enterVr(page: Page, name = 'VR starten'): Promise<void> {
  await expect.poll(() => page.getByRole('button', { name }).count(), { timeout: 30_000 }).toBe(1);
  await page.getByRole('button', { name }).click({ timeout: 120_000 });
  await expect.poll(() => presenting(page), { timeout: 30_000 }).toBe(true);
  await waitFrames(page, 3);
}

/** Ends the session the way the headset's system menu does (not through the app). */
export async function endSessionFromSystem(page: Page): Promise<void> {
  await page.evaluate(() => window.__counterpartXR?.device.activeSession?.end());
  await expect.poll(() => presenting(page), { timeout: 30_000 }).toBe(false);
}

/** Waits until a named object is in the scene and its position has stopped moving (layout settled). */
export async function settledWorldPoint(page: Page, name: string, timeout = 60_000): Promise<Point> {
  const read = () => page.evaluate((n) => window.__counterpartScene?.worldPoint(n) ?? null, name);
  let last: Point | null = null;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const now = await read();
    if (now && last && Math.hypot(now.x - last.x, now.y - last.y, now.z - last.z) < 1e-4) return now;
    last = now;
    await waitFrames(page, 2);
  }
  throw new Error(`${name} did not appear or settle within ${timeout} ms`);
}

/**
 * Puts the right or left controller (or tracked hand) at `from` in the room and points its ray at
 * `to` (both world coordinates). The XR origin maps the headset's reference space into the room,
 * so both points are first taken into that space; then the pose's −z axis is turned onto the
 * direction. Runs in the page, so it is self-contained.
 */
export async function aim(page: Page, kind: 'controller' | 'hand', hand: Hand, from: Point, to: Point): Promise<void> {
  await pose(page, { kind, hand }, from, to);
}

/** Puts the emulated head at a room point looking at another (the same maths as `aim`). */
export async function headLookAt(page: Page, from: Point, to: Point): Promise<void> {
  await pose(page, 'head', from, to);
}

async function pose(
  page: Page,
  target: 'head' | { kind: 'controller' | 'hand'; hand: Hand },
  from: Point,
  to: Point,
): Promise<void> {
  await page.evaluate(
    ({ target, from, to }) => {
      const xr = window.__counterpartXR;
      if (!xr) throw new Error('no emulated headset (?xr=iwer)');
      const o = xr.origin();
      const toReference = (p: { x: number; y: number; z: number }) => {
        // Inverse of the origin: untranslate, then turn by −yaw about y.
        const dx = p.x - o.x;
        const dz = p.z - o.z;
        const c = Math.cos(-o.yaw);
        const s = Math.sin(-o.yaw);
        return { x: dx * c + dz * s, y: p.y - o.y, z: -dx * s + dz * c };
      };
      const a = toReference(from);
      const b = toReference(to);
      const d = { x: b.x - a.x, y: b.y - a.y, z: b.z - a.z };
      const len = Math.hypot(d.x, d.y, d.z);
      d.x /= len;
      d.y /= len;
      d.z /= len;
      // Shortest turn from (0, 0, −1) to d: axis (0,0,−1) × d, w = 1 + (0,0,−1)·d.
      let q = { x: d.y, y: -d.x, z: 0, w: 1 - d.z };
      const n = Math.hypot(q.x, q.y, q.z, q.w);
      q = n < 1e-6 ? { x: 0, y: 1, z: 0, w: 0 } : { x: q.x / n, y: q.y / n, z: q.z / n, w: q.w / n };
      const device = xr.device;
      const input =
        target === 'head'
          ? device
          : target.kind === 'controller'
            ? device.controllers[target.hand]
            : device.hands[target.hand];
      if (!input) throw new Error(`no emulated ${JSON.stringify(target)}`);
      input.position.set(a.x, a.y, a.z);
      input.quaternion.set(q.x, q.y, q.z, q.w);
    },
    { target, from, to },
  );
}

/** Pulls the trigger for exactly one frame: press, wait a frame, release (within clickThresholdMs). */
export async function pullTrigger(page: Page, hand: Hand): Promise<void> {
  await page.evaluate((h) => window.__counterpartXR?.device.controllers[h]?.updateButtonValue('trigger', 1), hand);
  await waitFrames(page, 1);
  await page.evaluate((h) => window.__counterpartXR?.device.controllers[h]?.updateButtonValue('trigger', 0), hand);
  await waitFrames(page, 1);
}

/** Presses a face button (e.g. 'b-button') for two frames (iwer applies a new value on its next frame). */
export async function pressButton(page: Page, hand: Hand, button: string): Promise<void> {
  await page.evaluate(({ h, b }) => window.__counterpartXR?.device.controllers[h]?.updateButtonValue(b, 1), {
    h: hand,
    b: button,
  });
  await waitFrames(page, 2);
  await page.evaluate(({ h, b }) => window.__counterpartXR?.device.controllers[h]?.updateButtonValue(b, 0), {
    h: hand,
    b: button,
  });
  await waitFrames(page, 1);
}

/** Pinches thumb and index finger of a tracked hand for one frame (the hand's select). */
export async function pinch(page: Page, hand: Hand): Promise<void> {
  await page.evaluate((h) => window.__counterpartXR?.device.hands[h]?.updatePinchValue(1), hand);
  await waitFrames(page, 1);
  await page.evaluate((h) => window.__counterpartXR?.device.hands[h]?.updatePinchValue(0), hand);
  await waitFrames(page, 1);
}

/** Switches the emulated headset between controllers and tracked hands. */
export async function useInput(page: Page, mode: 'controller' | 'hand'): Promise<void> {
  await page.evaluate((m) => {
    const device = window.__counterpartXR?.device;
    if (device) device.primaryInputMode = m;
  }, mode);
  await waitFrames(page, 3);
}

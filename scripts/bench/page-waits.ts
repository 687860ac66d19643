import type { Page } from 'playwright-core';
import type { SceneFigures } from '../../src/scene/SceneProbe';
import { playByKeyboard } from '../../tests/e2e/support/keyboard-play';

/**
 * Waiting on the page without wall-time assumptions: under software WebGL on two cores a frame
 * can take a second, so everything waits on a condition or on frames the page counts, with
 * generous timeouts. (The e2e helpers in tests/e2e/support/xr.ts wait through vitest's
 * expect.poll, which needs a running test; these are the same waits for a plain script.)
 */

/** The accessible name of the start menu's button (src/i18n/ui-texts.ts, key `start`, German). */
export const START_BUTTON = 'Gespräch beginnen';
export const BENCH_SCENARIO = 'angry-repair-returned';

/** Reads a scene's renderer figures, or undefined while it has not mounted. */
export type FigureReader = (page: Page) => Promise<SceneFigures | undefined>;

/** The app's probe (`?probe`, src/scene/SceneProbe.tsx). */
export const appFigures: FigureReader = (page) => page.evaluate(() => window.__counterpartScene?.figures());

/** Polls `probe` until it gives a value (not null, undefined or false). */
export async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 180_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Frames drawn so far; waits for the scene to mount first. */
export async function framesDrawn(page: Page, read: FigureReader = appFigures): Promise<number> {
  return until('the scene probe', async () => (await read(page))?.frames);
}

/** Waits until `count` more frames have been drawn; returns the frame count reached. */
export async function waitFrames(
  page: Page,
  count: number,
  read: FigureReader = appFigures,
  timeoutMs = 300_000,
): Promise<number> {
  const start = await framesDrawn(page, read);
  return until(
    `${count} frames`,
    async () => {
      const now = (await read(page))?.frames ?? start;
      return now - start >= count ? now : null;
    },
    timeoutMs,
  );
}

/** The customer's avatar is loaded and a few frames have been drawn with it. */
export async function avatarReady(page: Page): Promise<void> {
  await until('the avatar', () => page.evaluate(() => window.__counterpartScene?.avatar() != null));
  await waitFrames(page, 6);
}

/**
 * The menu's warm-up has the selected scenario's customer parsed with its shaders compiled, as
 * after a trainee has read the menu for a moment (src/scene/avatar/CustomerWarmup.tsx).
 */
export async function customerPrepared(page: Page): Promise<void> {
  await until('the customer prepared in the menu', () =>
    page.evaluate(() => window.__counterpartScene?.preparedCustomer() != null),
  );
}

/** Moves past the customer's lines with Enter until answers are offered. */
export async function untilChoices(page: Page): Promise<void> {
  await until(
    'answers to choose from',
    async () => {
      if ((await page.locator('.choices button').count()) > 1) return true;
      await page.keyboard.press('Enter');
      return false;
    },
    180_000,
    500,
  );
}

/** Plays the running conversation to the debrief by keyboard, always taking the first answer. */
export async function playToDebrief(page: Page): Promise<void> {
  await playByKeyboard(page, () => 1);
  await until('the debrief', () => page.getByRole('region', { name: 'Auswertung' }).isVisible());
}

/**
 * Milliseconds from navigation start (the page's own clock) until the start menu's button is
 * visible and enabled, checked in the page every 10 ms.
 */
export async function menuUsableAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (name) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
      return button && !button.disabled && button.checkVisibility() ? performance.now() : false;
    },
    START_BUTTON,
    { polling: 10, timeout: 300_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Milliseconds from navigation start until a conversation's first frame with the customer in it (`?scenario=…&probe`). */
export async function firstConversationFrameAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const scene = window.__counterpartScene;
      return scene && scene.avatar() !== null && scene.figures().frames > 0 ? performance.now() : false;
    },
    undefined,
    { polling: 10, timeout: 300_000 },
  );
  return (await handle.jsonValue()) as number;
}

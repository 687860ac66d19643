import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LayoutView } from '../../src/scene/SceneProbe';
import { watchErrors } from './support/browser';
import { useHarness } from './support/harness';
import { framesPass } from './support/scene-probe';
import { enterVr, waitFrames } from './support/xr';

// Where the panels sit against the customer: at every decision the customer's head and hands
// must be in view and under no panel, on the desktop and in the emulated headset (each eye).
// The scene probe (?probe) projects the VRM's humanoid bones and every panel's rectangle.
// Screenshots of a decision, a subtitle mid-line and the debrief land in tests/output/.
const OUT = 'tests/output';
const VIEWPORTS = [
  { width: 1600, height: 900 },
  { width: 1280, height: 800 },
] as const;
const BODY = ['head', 'crown', 'leftHand', 'rightHand'];
/** Frames are slow in software rendering on a shared machine: waits count frames, with a long limit. */
const SLOW = 600_000;

const harness = useHarness();

const layout = (page: Page) => page.evaluate(() => window.__counterpartScene?.layout() ?? []);
const avatarLoaded = (page: Page) => page.evaluate(() => window.__counterpartScene?.avatar() != null);
const choiceCount = (page: Page) => page.locator('.choices button').count();
const debriefShown = (page: Page) => page.getByRole('region', { name: /^(Auswertung|Feedback)$/ }).isVisible();

/**
 * Every body point in view and outside every panel's rectangle (a hand the counter already hides
 * is exempt: neither the view nor a panel can show it); returns the problems found.
 */
export function problems(views: LayoutView[]): string[] {
  const found: string[] = [];
  views.forEach((view, eye) => {
    for (const part of BODY) {
      const p = view.points[part];
      if (!p) {
        found.push(`view ${eye}: no ${part}`);
        continue;
      }
      // A hand hanging behind the counter is hidden by the counter itself, whatever the panels do.
      if (p.behindCounter && part !== 'head' && part !== 'crown') continue;
      if (!p.inFront || Math.abs(p.x) >= 1 || Math.abs(p.y) >= 1)
        found.push(`view ${eye}: ${part} out of view (${p.x.toFixed(2)}, ${p.y.toFixed(2)})`);
      for (const r of view.panels) {
        if (p.x > r.left && p.x < r.right && p.y > r.bottom && p.y < r.top) {
          found.push(
            `view ${eye}: ${part} (${p.x.toFixed(2)}, ${p.y.toFixed(2)}) under ${r.name} [${r.left.toFixed(2)}..${r.right.toFixed(2)} × ${r.bottom.toFixed(2)}..${r.top.toFixed(2)}]`,
          );
        }
      }
    }
    // Every answer card, and the buttons beside them, wholly in this eye's view: a sheet cut by
    // the view's edge hides answers the trainee must choose from.
    for (const r of view.panels) {
      if (r.name !== 'panel-answers' && r.name !== 'panel-controls') continue;
      if (r.left < -1 || r.right > 1 || r.bottom < -1 || r.top > 1)
        found.push(
          `view ${eye}: ${r.name} not wholly in view [${r.left.toFixed(2)}..${r.right.toFixed(2)} × ${r.bottom.toFixed(2)}..${r.top.toFixed(2)}]`,
        );
    }
  });
  return found;
}

/**
 * Answers with the digit `n` and waits until the answers are gone. A key press can go unanswered
 * (in CI one press at a decision of the emulated headset left the answers up for ten minutes), so
 * it presses again after two minutes, resuming first if the conversation shows as paused; a press
 * is only repeated while the same answers are still offered, so it never answers the next decision.
 */
async function answer(page: Page, n: number): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt++) {
    if (await page.getByRole('button', { name: /^(Weiter|Resume)\b/ }).isVisible()) await page.keyboard.press('Escape');
    await page.keyboard.press(`Digit${n}`);
    try {
      await expect.poll(() => choiceCount(page), { timeout: 120_000 }).toBe(0);
      return;
    } catch {
      // Still offered: press again, and say so in the log (a lost press is worth knowing about).
      const paused = await page.getByRole('button', { name: /^(Weiter|Resume)\b/ }).isVisible();
      console.log(`layout: answer ${n} not taken after two minutes (paused: ${paused}); pressing again`);
    }
  }
  throw new Error(`the answers stayed up after pressing ${n} four times`);
}

/** Waits until the answer panel is drawn and has stopped moving (uikit lays out over a few frames). */
async function settledDecision(page: Page): Promise<LayoutView[]> {
  let last = '';
  for (let i = 0; i < 60; i++) {
    const views = await layout(page);
    const answers = views[0]?.panels.find((r) => r.name === 'panel-answers');
    const key = answers
      ? [answers.left, answers.right, answers.bottom, answers.top].map((v) => v.toFixed(3)).join()
      : '';
    if (answers && key === last) return views;
    last = key;
    await framesPass(page, 3, SLOW);
  }
  throw new Error('the answer panel did not settle');
}

/**
 * Plays to the debrief by keyboard (Enter past the lines, a varying answer at each decision) and
 * checks the layout at every decision (or the first `checks`), twice: when the answers have settled and a moment later
 * (the customer keeps gesturing). Takes a screenshot of the first decision.
 */
async function playChecking(
  page: Page,
  shot: string,
  settle: (page: Page) => Promise<void>,
  checks = Number.POSITIVE_INFINITY,
): Promise<number> {
  let decisions = 0;
  // A talkative customer has many lines, each one Enter: a generous step budget.
  for (let step = 0; step < 300; step++) {
    if (await debriefShown(page)) return decisions;
    if ((await choiceCount(page)) > 0 && decisions >= checks) {
      // Past the checked decisions: on to the debrief by keyboard.
      decisions += 1;
      await answer(page, 1);
    } else if ((await choiceCount(page)) > 0) {
      const first = await settledDecision(page);
      await settle(page);
      const later = await layout(page);
      expect({ decision: decisions + 1, problems: [...problems(first), ...problems(later)] }).toEqual({
        decision: decisions + 1,
        problems: [],
      });
      if (decisions === 0) await page.screenshot({ path: `${OUT}/${shot}`, timeout: 180_000 });
      decisions += 1;
      const count = await choiceCount(page);
      await answer(page, ((decisions * 3) % count) + 1);
    } else {
      await page.keyboard.press('Enter');
      await page.waitForTimeout(150);
    }
  }
  throw new Error('no debrief after 300 steps');
}

describe('the customer stays visible at every decision (desktop)', () => {
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`${size}: head and hands clear of every panel, subtitle above the room`, async () => {
      const page = await harness.browser.newPage({ viewport });
      const errors = watchErrors(page);
      try {
        const scenario = viewport.width === 1600 ? 'angry-repair-returned&lang=de' : 'talkative-pension-story&lang=en';
        await page.goto(harness.at(`/?scenario=${scenario}&mode=practice&probe`));
        await expect.poll(() => avatarLoaded(page), { timeout: SLOW }).toBe(true);
        // The voice waits for the avatar: two frames later the first line is being said.
        await framesPass(page, 2, SLOW);
        await page.screenshot({ path: `${OUT}/layout-desktop-${size}-subtitle.png`, timeout: 120_000 });
        // Every decision at the larger size; the first three at the smaller one (the rest by keyboard).
        const decisions = await playChecking(
          page,
          `layout-desktop-${size}-decision.png`,
          (p) => framesPass(p, 5, SLOW),
          viewport.width === 1600 ? Number.POSITIVE_INFINITY : 3,
        );
        expect(decisions).toBeGreaterThanOrEqual(2);
        await framesPass(page, 6, SLOW);
        await page.screenshot({ path: `${OUT}/layout-desktop-${size}-debrief.png`, timeout: 120_000 });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, 2_400_000);
  }

  it('with the text view open, the 3D answers and subtitle step aside and the text view leaves the customer in view', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1600, height: 900 } });
    const errors = watchErrors(page);
    try {
      await page.goto(harness.at('/?scenario=threat-end-relationship&lang=de&probe'));
      await expect.poll(() => avatarLoaded(page), { timeout: SLOW }).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => choiceCount(page), { timeout: SLOW }).toBeGreaterThan(1);
      await settledDecision(page);
      await page.getByRole('button', { name: 'Textansicht' }).click();
      await framesPass(page, 4, SLOW);
      const views = await layout(page);
      expect(views[0]?.panels.map((r) => r.name)).toEqual([]);
      // The text view is a column on the right; the customer's head is left of it.
      const box = await page.locator('.text-view').boundingBox();
      const head = views[0]?.points.head;
      if (!box || !head) throw new Error('no text view or no head');
      const headX = ((head.x + 1) / 2) * 1600;
      expect(headX).toBeLessThan(box.x);
      await page.screenshot({ path: `${OUT}/layout-desktop-textansicht.png`, timeout: 120_000 });
      // Closed again, the 3D answers come back.
      await page.getByRole('button', { name: 'Textansicht' }).click();
      await settledDecision(page);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 1_200_000);
});

describe('the customer stays visible at every decision (emulated headset)', () => {
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`${size}: head and hands clear of every panel in both eyes`, async () => {
      const page = await harness.browser.newPage({ viewport });
      const errors = watchErrors(page);
      try {
        await page.goto(harness.at('/?scenario=talkative-pension-story&lang=de&mode=practice&probe&xr=iwer'));
        await expect.poll(() => avatarLoaded(page), { timeout: SLOW }).toBe(true);
        await enterVr(page);
        await waitFrames(page, 2, SLOW);
        await page.screenshot({ path: `${OUT}/layout-vr-${size}-subtitle.png`, timeout: 180_000 });
        // Stereo in software runs at a few frames a second at best: the first four decisions at one
        // size, the first at the other; the rest of the way by keyboard.
        if (viewport.width === 1280) {
          const decisions = await playChecking(
            page,
            `layout-vr-${size}-decision.png`,
            (p) => waitFrames(p, 3, SLOW),
            4,
          );
          expect(decisions).toBeGreaterThanOrEqual(2);
        } else {
          await page.keyboard.press('Enter');
          await expect.poll(() => choiceCount(page), { timeout: SLOW }).toBeGreaterThan(1);
          const views = await settledDecision(page);
          expect(views).toHaveLength(2);
          expect({ decision: 1, problems: problems(views) }).toEqual({ decision: 1, problems: [] });
          await page.screenshot({ path: `${OUT}/layout-vr-${size}-decision.png`, timeout: 180_000 });
          await answer(page, 1);
          for (let step = 0; step < 80 && !(await debriefShown(page)); step++) {
            await page.keyboard.press((await choiceCount(page)) > 0 ? 'Digit1' : 'Enter');
            await page.waitForTimeout(300);
          }
        }
        await expect.poll(() => debriefShown(page), { timeout: SLOW }).toBe(true);
        await waitFrames(page, 3, SLOW);
        await page.screenshot({ path: `${OUT}/layout-vr-${size}-debrief.png`, timeout: 180_000 });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, 3_000_000);
  }
});

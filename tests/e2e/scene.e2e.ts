import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { useHarness } from './support/harness';
import { playByKeyboard } from './support/keyboard-play';
import { framesPass, mountedFigures, settledScreenPoint } from './support/scene-probe';

// The 3D scene: screenshots to look at, and the budgets in docs/performance.md#budgets, measured from
// renderer.info through the page's test probe (?probe).
const OUT = 'tests/output';
const harness = useHarness();

type AvatarSnapshot = {
  expressions: Record<string, number>;
  gesture: string;
  gestureWeight: number;
  posture: { tension: number; guard: number; loose: number };
};

/** Opens a page, runs the test body, and always closes it: one WebGL page at a time keeps software rendering fast. */
async function withPage<T>(path: string, body: (page: Page) => Promise<T>): Promise<T> {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  try {
    await page.goto(harness.at(path));
    const result = await body(page);
    expect(errors).toEqual([]);
    return result;
  } finally {
    await page.close();
  }
}

const avatar = (page: Page) => page.evaluate(() => window.__counterpartScene?.avatar() as AvatarSnapshot | null);

/** Waits until the avatar is loaded and a few frames have been drawn with it. */
async function avatarReady(page: Page): Promise<void> {
  await expect.poll(() => avatar(page), { timeout: 60_000, interval: 250 }).toBeTruthy();
  await framesPass(page, 6);
}

describe('the training scene', () => {
  it('shows the counter with the customer mid-sentence, within the draw-call and triangle budget', async () => {
    await withPage('/?scenario=angry-repair-returned&probe', async (page) => {
      await avatarReady(page);
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${OUT}/counter-mid-sentence.png`, timeout: 120_000 });
      const f = await mountedFigures(page);
      // Everything in view is drawn — the room, the counter, the customer (face and body), the
      // subtitle — by part, so merging meshes (fewer calls) does not read as something missing.
      const census = (await page.evaluate(() => window.__counterpartScene?.drawCalls())) ?? [];
      const calls = Object.fromEntries(census.map((row) => [row.part, row.calls]));
      expect(calls.room ?? 0, JSON.stringify(census)).toBeGreaterThanOrEqual(1);
      expect(calls.counter ?? 0, JSON.stringify(census)).toBeGreaterThanOrEqual(1);
      expect(calls.customer ?? 0, JSON.stringify(census)).toBeGreaterThanOrEqual(2);
      expect(calls.panels ?? 0, JSON.stringify(census)).toBeGreaterThanOrEqual(2);
      expect(f.calls).toBeLessThanOrEqual(60);
      expect(f.triangles).toBeLessThanOrEqual(300_000);
      expect((await avatar(page))?.expressions.angry ?? 0).toBeGreaterThan(0.3);
    });
  });

  it('an angry and a calm customer differ visibly in face and posture', async () => {
    const look = (path: string, shot: string) =>
      withPage(path, async (page) => {
        await avatarReady(page);
        await page.waitForTimeout(1500);
        await page.screenshot({ path: `${OUT}/${shot}`, timeout: 120_000 });
        return avatar(page);
      });
    const a = await look('/?scenario=angry-repair-returned&probe', 'customer-angry.png');
    // The talkative pensioner opens friendly and relaxed.
    const c = await look('/?scenario=talkative-pension-story&probe', 'customer-calm.png');
    if (!a || !c) throw new Error('no avatar snapshot');
    expect(a.expressions.angry ?? 0).toBeGreaterThan((c.expressions.angry ?? 0) + 0.3);
    expect((c.expressions.happy ?? 0) + (c.expressions.relaxed ?? 0)).toBeGreaterThan(
      (a.expressions.happy ?? 0) + (a.expressions.relaxed ?? 0) + 0.2,
    );
    expect(a.posture.tension).toBeGreaterThan(c.posture.tension + 0.2);
  }, 240_000);

  it('crossed arms: each hand wraps round the other arm, its fingers outside the sleeve', async () => {
    await withPage('/?scenario=demanding-premium-exchange&lang=de&mode=practice&probe', async (page) => {
      await avatarReady(page);
      // The premium customer crosses her arms on the opening's second line: Enter moves on to it.
      for (let i = 0; i < 120; i++) {
        const a = await avatar(page);
        if (a?.gesture === 'arms_crossed' && a.gestureWeight > 0.99) break;
        if (i % 8 === 7 && a?.gesture !== 'arms_crossed') await page.keyboard.press('Enter');
        await page.waitForTimeout(500);
      }
      expect((await avatar(page))?.gesture).toBe('arms_crossed');
      const names = ['UpperArm', 'LowerArm', 'Hand', 'IndexDistal', 'MiddleDistal', 'ThumbDistal'] as const;
      const bones = await page.evaluate(
        (list) => Object.fromEntries(list.map((n) => [n, window.__counterpartScene?.bone(n as never) ?? null])),
        (['left', 'right'] as const).flatMap((side) => names.map((n) => `${side}${n}`)),
      );
      type P = { x: number; y: number; z: number };
      const at = (name: string): P => {
        const p = bones[name];
        if (!p) throw new Error(`no bone ${name}`);
        return p;
      };
      // Distance from a fingertip to the axis of an arm segment; a sleeve is about 5 cm round it.
      const toSegment = (p: P, a: P, b: P) => {
        const ab = { x: b.x - a.x, y: b.y - a.y, z: b.z - a.z };
        const ap = { x: p.x - a.x, y: p.y - a.y, z: p.z - a.z };
        const along = (ap.x * ab.x + ap.y * ab.y + ap.z * ab.z) / (ab.x * ab.x + ab.y * ab.y + ab.z * ab.z);
        const t = Math.max(0, Math.min(1, along));
        return Math.hypot(ap.x - ab.x * t, ap.y - ab.y * t, ap.z - ab.z * t);
      };
      const inside: string[] = [];
      for (const [me, other] of [
        ['left', 'right'],
        ['right', 'left'],
      ] as const) {
        for (const tip of ['IndexDistal', 'MiddleDistal', 'ThumbDistal']) {
          const p = at(`${me}${tip}`);
          const upper = toSegment(p, at(`${other}UpperArm`), at(`${other}LowerArm`));
          const lower = toSegment(p, at(`${other}LowerArm`), at(`${other}Hand`));
          if (Math.min(upper, lower) < 0.062) inside.push(`${me}${tip} ${Math.min(upper, lower).toFixed(3)} m`);
        }
      }
      expect(inside).toEqual([]);
      await page.screenshot({ path: `${OUT}/customer-arms-crossed.png`, timeout: 120_000 });
    });
  }, 300_000);

  it('five scenario runs in one page leave geometry and texture counts where the first left them', async () => {
    await withPage('/?probe', async (page) => {
      const counts: { geometries: number; textures: number }[] = [];
      for (let run = 0; run < 5; run++) {
        await page.locator('.scenario-card').first().click();
        // The menu prepares the chosen customer while it is read: parsed, shaders compiled.
        await expect
          .poll(() => page.evaluate(() => window.__counterpartScene?.preparedCustomer()), { timeout: 120_000 })
          .toMatch(/\.vrm$/);
        await page.getByRole('button', { name: 'Gespräch beginnen' }).click();
        await avatarReady(page);
        await playByKeyboard(page, () => 1);
        await expect.poll(() => page.getByRole('region', { name: 'Auswertung' }).isVisible()).toBe(true);
        if (run === 0) await page.screenshot({ path: `${OUT}/debrief-scene.png`, timeout: 120_000 });
        // Behind the menu the scene draws only on demand: count once it has drawn the menu's room
        // (the first run's count was otherwise taken before the last frame had swapped textures).
        const before = (await mountedFigures(page)).frames;
        await page.getByRole('button', { name: 'Zurück zum Menü' }).first().click();
        await expect
          .poll(async () => (await mountedFigures(page)).frames, { timeout: 60_000 })
          .toBeGreaterThanOrEqual(before + 3);
        // A texture can be in flux for a moment after the hand-over to the menu: the first run's
        // counts are taken once they hold for two seconds, and each later run must come back to
        // them (a leak never does; every run's last counts are in the failure message).
        const read = async () => {
          const f = await mountedFigures(page);
          return { geometries: f.geometries, textures: f.textures };
        };
        if (run === 0) {
          let last = await read();
          for (let i = 0; i < 30; i++) {
            await page.waitForTimeout(2000);
            const now = await read();
            if (now.geometries === last.geometries && now.textures === last.textures) break;
            last = now;
          }
          counts.push(last);
        } else {
          const reference = counts[0];
          let now = await read();
          for (
            let i = 0;
            i < 60 && (now.geometries !== reference?.geometries || now.textures !== reference?.textures);
            i++
          ) {
            await page.waitForTimeout(500);
            now = await read();
          }
          counts.push(now);
        }
      }
      expect(counts).toEqual(counts.map(() => counts[0]));
    });
  }, 480_000);
});

/** Clicks a card on the 3D panel: hovers first, and lets a few frames pass so the hover state is drawn before the press. */
async function clickCard(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await framesPass(page, 3);
  await page.mouse.down();
  await page.waitForTimeout(60);
  await page.mouse.up();
}

describe('mouse on the 3D panels', () => {
  it('clicking an answer on the in-scene panel chooses it, at this decision and the next', async () => {
    await withPage('/?scenario=angry-repair-returned&probe', async (page) => {
      await avatarReady(page);
      await page.keyboard.press('Enter'); // let the customer finish
      await expect.poll(() => page.locator('.choices button').count(), { timeout: 30_000 }).toBeGreaterThan(1);
      const second = await page.locator('.choices button').nth(1).getAttribute('data-response');
      await clickCard(page, await settledScreenPoint(page, 'choice-2'));
      // The engine recorded exactly that response, chosen with the mouse on the 3D panel.
      await expect
        .poll(() => page.evaluate(() => window.__counterpartScene?.intents().filter((i) => i.type === 'choose')), {
          timeout: 30_000,
        })
        .toEqual([expect.objectContaining({ type: 'choose', response: second })]);
      expect(second).toBeTruthy();

      // The next decision on the same sheet (it stays mounted and its cards take the new answers):
      // exactly as many cards as answers, and a click sends the new decision's answer, not the old.
      await expect.poll(() => page.locator('.choices button').count(), { timeout: 30_000 }).toBeLessThanOrEqual(1);
      await expect
        .poll(
          async () => {
            if ((await page.locator('.choices button').count()) > 1) return true;
            await page.keyboard.press('Enter');
            return false;
          },
          { timeout: 90_000, interval: 500 },
        )
        .toBe(true);
      const answers = await page.locator('.choices button').count();
      const nextSecond = await page.locator('.choices button').nth(1).getAttribute('data-response');
      const next = await settledScreenPoint(page, 'choice-2');
      const cards = await page.evaluate(
        () => [1, 2, 3, 4].filter((n) => window.__counterpartScene?.screenPoint(`choice-${n}`) != null).length,
      );
      expect(cards).toBe(answers);
      await clickCard(page, next);
      await expect
        .poll(
          () =>
            page.evaluate(() =>
              window.__counterpartScene
                ?.intents()
                .filter((i) => i.type === 'choose')
                .map((i) => (i.type === 'choose' ? i.response : null)),
            ),
          { timeout: 30_000 },
        )
        .toEqual([second, nextSecond]);
    });
  }, 360_000);
});

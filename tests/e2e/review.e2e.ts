import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { watchErrors } from './support/browser';
import { useHarness } from './support/harness';
import { playByKeyboard } from './support/keyboard-play';
import { framesPass } from './support/scene-probe';

const OUT = 'tests/output';
const SCENARIO = 'angry-repair-returned';
/** The scenario names no sign of its own, so the company profile's stands above the counter. */
const PROFILE_SIGN = (
  parse(readFileSync('scenes/profile/company-profile.yaml', 'utf8')) as {
    sign: { de: string; en: string };
  }
).sign;

const harness = useHarness();

describe('trainer review', () => {
  it('replays a played session: seek to the second choice, customer’s view', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(harness.at(`/?probe&scenario=${SCENARIO}&lang=de&mode=practice`));
    // Vary the answers as the conversation test does, so the path has several decisions.
    const played = await playByKeyboard(page, (count, turn) => ((turn * 7 + SCENARIO.length) % count) + 1);
    expect(played.answers.length).toBeGreaterThanOrEqual(2);

    // The finished session is stored by the app itself (src/recording/session-saver.ts).
    await page.evaluate(() => {
      window.location.hash = '#/review';
    });
    const rows = page.locator('.review-table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(1);
    expect(await rows.first().textContent()).toMatch(/Min|:\d\d/);
    await rows.first().getByRole('button', { name: 'Ansehen' }).click({ timeout: 60_000 });
    await page.locator('.review-timeline').waitFor({ timeout: 60_000 });

    // Seek to the second choice through its timeline marker.
    const markers = page.locator('[data-marker="choice"]');
    expect(await markers.count()).toBe(played.answers.length);
    await markers.nth(1).click({ timeout: 60_000 });
    // The playhead is at that answer: the transcript row it marks (the customer's reply, which
    // starts at the same moment, or the answer itself) has the answer's time.
    const answer = page.locator('.review-transcript li[data-kind="trainee"]').nth(1);
    expect(await answer.textContent()).toContain((played.answers[1] ?? '').trim().slice(0, 30));
    const current = page.locator('.review-transcript li[aria-current="true"] .review-when');
    await expect
      .poll(() => current.textContent(), { timeout: 30_000 })
      .toBe(await answer.locator('.review-when').textContent());

    await page.getByRole('button', { name: 'Sicht des Kunden' }).click({ timeout: 60_000 });
    await expect
      .poll(() => page.evaluate(() => window.__counterpartScene?.avatar() != null), { timeout: 60_000 })
      .toBe(true);
    // Let the face and posture ease into the moment before the picture is taken.
    await framesPass(page, 12);
    await page.screenshot({ path: `${OUT}/review-customer-view.png` });

    // The trainee's view and free orbit draw too (the ghost's head hides in the trainee's own view).
    await page.getByRole('button', { name: 'Sicht des Trainees' }).click({ timeout: 60_000 });
    await framesPass(page, 3);
    await page.getByRole('button', { name: 'Frei drehen' }).click({ timeout: 60_000 });
    await framesPass(page, 3);
    await page.screenshot({ path: `${OUT}/review-orbit.png` });

    // With the menu in English, the replay's shop sign still reads as the German trainee saw it.
    const sign = () => page.evaluate(() => window.__counterpartScene?.userData('service-sign') ?? null);
    expect(PROFILE_SIGN.de).not.toBe(PROFILE_SIGN.en);
    expect(await sign()).toMatchObject({ sign: PROFILE_SIGN.de });
    await page.goto(harness.at('/?probe&lang=en#/review'));
    // After a reload the scene loads behind the list; software WebGL can starve the stability check of frames.
    await expect.poll(() => page.evaluate(() => window.__counterpartScene != null), { timeout: 60_000 }).toBe(true);
    await page
      .locator('.review-table tbody tr')
      .first()
      .getByRole('button', { name: 'Review' })
      .click({ timeout: 60_000, force: true });
    await page.locator('.review-timeline').waitFor({ timeout: 60_000 });
    await expect.poll(sign, { timeout: 30_000 }).toMatchObject({ sign: PROFILE_SIGN.de });
    expect(errors).toEqual([]);
    await page.close();
    // Software WebGL on two shared cores: playing the scenario alone takes a minute or more.
  }, 560_000);
});

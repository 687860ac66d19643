import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { playByKeyboard } from './support/keyboard-play';
import { useHarness } from './support/harness';

const SCENARIOS = [
  'angry-repair-returned',
  'indecisive-laptop-choice',
  'demanding-premium-exchange',
  'talkative-pension-story',
  'suspicious-warranty-fee',
  'threat-end-relationship',
];
const OUT = 'tests/output';

const harness = useHarness();

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  await page.goto(harness.at(path));
  return { page, errors };
}

describe('start menu', () => {
  it('lists the six scenarios with customer type, difficulty and length, in German by default', async () => {
    const { page, errors } = await open('/');
    await expect.poll(() => page.locator('.scenario-card').count()).toBe(6);
    const meta = await page.locator('.scenario-meta').allTextContents();
    expect(meta.join('\n')).toMatch(/Der Wütende/);
    expect(meta.join('\n')).toMatch(/Min\./);
    // Placeholders are filled with the scenario's defaults everywhere.
    expect(await page.locator('main').textContent()).not.toMatch(/\{[A-Za-z]+\}/);
    await page.screenshot({ path: `${OUT}/menu-de.png`, fullPage: true });
    await page.getByLabel('English').check();
    await expect
      .poll(() =>
        page
          .locator('.scenario-meta')
          .allTextContents()
          .then((m) => m.join('\n')),
      )
      .toMatch(/The angry customer/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('settings and language', () => {
  it('language, mode and pseudonym survive a reload, a deep link still wins, and the HUD shows the mode', async () => {
    const { page, errors } = await open('/');
    // Software WebGL on a busy machine: navigations and frames can take long.
    page.setDefaultTimeout(180_000);
    await expect.poll(() => page.locator('.scenario-card').count()).toBe(6);
    const field = page.locator('.pseudonym input');
    expect(await field.getAttribute('placeholder')).toBe('z. B. blau-7');
    expect(await page.locator('[data-pseudonym-state]').getAttribute('data-pseudonym-state')).toBe('empty');
    // force: the scene loading behind the menu can hold animation frames (the "stable" check) back for long.
    await page.getByLabel('English').check({ force: true });
    // The English menu speaks English in the placeholder too.
    await expect.poll(() => field.getAttribute('placeholder')).toBe('e.g. blue-7');
    await page.getByLabel('Assessment').check({ force: true });
    await field.fill('Anna Berg');
    expect(await page.locator('[data-pseudonym-state]').getAttribute('data-pseudonym-state')).toBe('invalid');
    await field.fill('blau-7');
    expect(await page.locator('[data-pseudonym-state]').textContent()).toContain('Remembered on this device');
    await page.reload();
    await expect.poll(() => field.inputValue()).toBe('blau-7');
    expect(await page.getByLabel('English').isChecked()).toBe(true);
    expect(await page.getByLabel('Assessment').isChecked()).toBe(true);
    // The file picker speaks the app's language, not the browser's "Choose File".
    expect(await page.locator('.avatar-picker .file-button span').textContent()).toBe('Choose file …');
    expect(await page.locator('.avatar-picker .file-chosen').textContent()).toBe('No file chosen');

    await page.goto(harness.at('/?scenario=angry-repair-returned&lang=de'));
    await page.locator('[data-mode-badge]').waitFor();
    // The link's language wins; the remembered mode stays and shows in the HUD.
    expect(await page.locator('[data-mode-badge]').textContent()).toBe('Prüfung');
    expect(await page.locator('.conversation h1').textContent()).toContain('Schon wieder kaputt');
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});

describe('each scenario plays to an ending by keyboard alone', () => {
  for (const id of SCENARIOS) {
    for (const lang of ['de', 'en'] as const) {
      it(`${id} (${lang})`, async () => {
        const { page, errors } = await open(`/?scenario=${id}&lang=${lang}&mode=practice`);
        // Vary the answers so different branches are walked: 1, 2, 1, 3, …
        const result = await playByKeyboard(page, (count, turn) => ((turn * 7 + id.length) % count) + 1);
        expect(result.answers.length).toBeGreaterThan(0);
        for (const text of [...result.customer, ...result.answers]) expect(text).not.toMatch(/\{[A-Za-z]+\}/);
        const feedback = page.getByRole('region', { name: lang === 'de' ? 'Auswertung' : 'Feedback' });
        await expect.poll(() => feedback.isVisible()).toBe(true);
        const meters = await page.getByRole('meter').evaluateAll((els) => els.map((e) => Number(e.getAttribute('aria-valuenow'))));
        expect(meters).toHaveLength(4);
        for (const m of meters) expect(m).toBeGreaterThanOrEqual(0);
        if (id === 'angry-repair-returned') await page.screenshot({ path: `${OUT}/debrief-${lang}.png`, fullPage: true });
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});

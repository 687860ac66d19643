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

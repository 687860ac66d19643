import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goldenMoves } from '../support/golden-paths';
import { watchErrors } from './support/browser';
import { useHarness } from './support/harness';
import { playByKeyboard } from './support/keyboard-play';

const OUT = 'tests/output';
/** Every bundled scenario file is offered in the menu. */
const SCENARIOS = readdirSync('scenes')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();
const BUNDLED = SCENARIOS.length;
/**
 * Each scenario is played once, the language alternating (the golden tests walk both languages of
 * every path in the engine); the first one in both, for the debrief screenshots.
 */
const PLAYS = SCENARIOS.flatMap((id, i) =>
  i === 0 ? [[id, 'de'] as const, [id, 'en'] as const] : [[id, i % 2 === 0 ? 'de' : 'en'] as const],
);

const harness = useHarness();

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  await page.goto(harness.at(path));
  return { page, errors };
}

describe('start menu', () => {
  it('lists every bundled scenario with customer type and length, in German by default', async () => {
    const { page, errors } = await open('/');
    await expect.poll(() => page.locator('.scenario-card').count()).toBe(BUNDLED);
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
    await expect.poll(() => page.locator('.scenario-card').count()).toBe(BUNDLED);
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
  for (const [id, lang] of PLAYS) {
    it(`${id} (${lang})`, async () => {
      const { page, errors } = await open(`/?scenario=${id}&lang=${lang}&mode=practice`);
      // Vary the answers so different branches are walked: 1, 2, 1, 3, …
      const result = await playByKeyboard(page, (count, turn) => ((turn * 7 + id.length) % count) + 1);
      expect(result.answers.length).toBeGreaterThan(0);
      for (const text of [...result.customer, ...result.answers]) expect(text).not.toMatch(/\{[A-Za-z]+\}/);
      const feedback = page.getByRole('region', { name: lang === 'de' ? 'Auswertung' : 'Feedback' });
      await expect.poll(() => feedback.isVisible()).toBe(true);
      const meters = await page
        .getByRole('meter')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('aria-valuenow'))));
      expect(meters).toHaveLength(4);
      for (const m of meters) expect(m).toBeGreaterThanOrEqual(0);
      if (id === SCENARIOS[0]) await page.screenshot({ path: `${OUT}/debrief-${lang}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('assessment at a level: the type question, the level and the cap, end to end', () => {
  it('the menu hides the type; the debrief asks it, keeps Schwer, explains the cap; history and review show both', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1600, height: 900 } });
    const errors = watchErrors(page);
    page.setDefaultTimeout(180_000);
    await page.goto(harness.at('/'));
    await expect.poll(() => page.locator('.scenario-card').count()).toBe(BUNDLED);
    // Practice names the type on the cards; assessment does not (recognising it is the skill).
    expect((await page.locator('.scenario-meta').allTextContents()).join('\n')).toMatch(/Der Wütende/);
    await page.getByRole('radio', { name: 'Prüfung', exact: true }).check();
    const meta = (await page.locator('.scenario-meta').allTextContents()).join('\n');
    for (const type of [
      'Der Wütende',
      'Der Unentschlossene',
      'Der Anspruchsvolle',
      'Der Redselige',
      'Der Misstrauische',
    ])
      expect(meta).not.toContain(type);
    // Leicht / Mittel / Schwer for every scenario, Mittel by default.
    const levels = page.locator('.difficulty-picker');
    expect(await levels.getByRole('radio', { name: 'Mittel' }).isChecked()).toBe(true);
    await levels.getByRole('radio', { name: 'Schwer' }).check();
    await page.getByLabel('Pseudonym').fill('level-7');
    await page.locator('.scenario-card', { hasText: 'Kein Garantiefall' }).click();
    await page.screenshot({ path: `${OUT}/menu-assessment-hard.png`, fullPage: true });
    await page.getByRole('button', { name: 'Gespräch beginnen' }).click();

    // Good until it counts, then a sales pitch instead of facts: the customer leaves, the concern unsolved.
    const PATH = goldenMoves('suspicious-warranty-fee', 'wrong-moment-sales');
    await playByKeyboard(page, (_count, turn) => PATH[turn] ?? 1);
    const feedback = page.getByRole('region', { name: 'Auswertung' });
    await expect.poll(() => feedback.isVisible()).toBe(true);
    expect(await feedback.locator('.difficulty-badge').textContent()).toBe('Schwierigkeit: Schwer');
    // The cap is visible and explained.
    const overall = Number(await feedback.getByRole('meter', { name: 'Gesamt' }).getAttribute('aria-valuenow'));
    expect(overall).toBe(35);
    expect(await feedback.locator('[data-item="capped"]').textContent()).toMatch(
      /begrenzt auf 35.*ungelöst.*ergäben im Schnitt \d+/s,
    );

    // „Welcher Kundentyp war das?“ with the five types and „anderer“; scored on its own line.
    const question = feedback.getByRole('region', { name: 'Welcher Kundentyp war das?' });
    expect(await question.getByRole('button').allTextContents()).toEqual([
      'Der Wütende',
      'Der Unentschlossene',
      'Der Anspruchsvolle',
      'Der Redselige',
      'Der Misstrauische',
      'Ein anderer Typ',
    ]);
    await page.screenshot({ path: `${OUT}/debrief-type-question-1600.png` });
    await question.getByRole('button', { name: 'Der Wütende' }).click();
    const line = feedback.locator('[data-item="type-recognition"]');
    await expect.poll(() => line.textContent()).toMatch(/Kundentyp erkannt\s*nicht erkannt/);
    expect(await line.textContent()).toContain('es war „Der Misstrauische“');
    await question.getByRole('button', { name: 'Der Misstrauische' }).click();
    await expect.poll(() => line.textContent()).toMatch(/Kundentyp erkannt\s*richtig/);
    // Not part of overall.
    expect(Number(await feedback.getByRole('meter', { name: 'Gesamt' }).getAttribute('aria-valuenow'))).toBe(overall);
    await page.screenshot({ path: `${OUT}/debrief-1600x900.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: `${OUT}/debrief-1280x800.png` });

    // History: the attempt with its level and the type answer.
    await page.evaluate(() => {
      window.location.hash = '#/history';
    });
    const attempt = page.locator('.history-scenario[data-scenario="suspicious-warranty-fee"] .history-attempts > li');
    await expect.poll(() => attempt.count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => attempt.first().textContent(), { timeout: 60_000 }).toMatch(/Schwer.*Typ erkannt/s);

    // Review: level, type line, the documentation item and the legends.
    await page.evaluate(() => {
      window.location.hash = '#/review';
    });
    const row = page.locator('.review-table tbody tr');
    await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(1);
    expect(await row.first().textContent()).toContain('Schwer');
    expect(await page.locator('.review-sessions').textContent()).toContain(
      'in Klammern Tonfall · Gesprächsstruktur · Umgang mit Eskalation · Dokumentation',
    );
    await row.first().getByRole('button', { name: 'Ansehen' }).click();
    await page.locator('.review-timeline').waitFor();
    const debrief = page.locator('.review-debrief');
    expect(await debrief.textContent()).toContain('Schwierigkeit: Schwer');
    expect(await debrief.textContent()).toContain('Dokumentation');
    expect(await debrief.locator('[data-item="type-recognition"]').textContent()).toMatch(/richtig/);
    const legend = page.getByRole('list', { name: 'Legende' });
    expect(await legend.textContent()).toMatch(
      new RegExp(`Antwort des Trainees \\(${PATH.length}\\).*Trainer-Notiz \\(0\\)`, 's'),
    );
    await page.screenshot({ path: `${OUT}/review-legend.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 420_000);
});

import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { useHarness } from './support/harness';

// The company profile editor on the trainer's page (#/scenarios) of the built app: the bundled
// profile is shown and checked, a mistake is named with line and field, a changed profile is
// stored and renames the company in the start menu; back to the bundled one restores it.
const OUT = 'tests/output';
const VIEWPORT = { width: 1280, height: 900 };

const harness = useHarness();
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  context = await harness.browser.newContext({ viewport: VIEWPORT });
  page = await context.newPage();
  page.setDefaultTimeout(120_000);
  errors = watchErrors(page);
});
afterAll(async () => {
  await context?.close();
});

const panel = () => page.locator('.authoring-profile');
const showPanel = () => panel().evaluate((p) => p.scrollIntoView({ block: 'start' }));
/** Replaces the profile editor's whole text (CodeMirror: select all, then type over it). */
async function setProfileText(text: string) {
  await panel().locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}
/** The bundled profile's text: what the editor shows until an own profile is stored. */
const BUNDLED = readFileSync('scenes/profile/company-profile.yaml', 'utf8');

describe('the company profile editor', () => {
  it('shows the bundled profile, checked, in German', async () => {
    await page.goto(harness.at('/?lang=de#/scenarios'));
    await panel()
      .getByRole('heading', { name: /Firmenprofil/ })
      .waitFor();
    await panel().locator('.profile-active[data-own="false"]', { hasText: 'TechnoHaus' }).waitFor();
    await panel().locator('.editor-valid[data-valid="true"]').waitFor();
    expect(await panel().locator('.profile-unset').count()).toBe(0);
    await showPanel();
    await page.screenshot({ path: `${OUT}/profile-editor-de.png` });
  });

  it('names a mistake with line and field, and the values scenarios then miss', async () => {
    const original = BUNDLED;
    const broken = original.replace('exchangeDays: 14', 'exchangeDays: vierzehn').replace(/^ {2}washer: .*$/m, '');
    await setProfileText(broken);
    const problem = panel().locator('.import-problem', { hasText: 'policies.exchangeDays' });
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/Zeile \d+, Spalte \d+/);
    await setProfileText(original.replace(/^ {2}washer: .*$/m, ''));
    await panel().locator('.profile-unset li', { hasText: '{product.washer}' }).first().waitFor();
    expect(await panel().locator('.profile-unset').textContent()).toContain('scenes/angry-repair-returned.yaml');
    await showPanel();
    await page.screenshot({ path: `${OUT}/profile-editor-problems-de.png` });
    await setProfileText(original);
    await panel().locator('.editor-valid[data-valid="true"]').waitFor();
  });

  it('stores a changed profile, and the start menu speaks of the new company', async () => {
    const original = BUNDLED;
    await setProfileText(original.replace('company: TechnoHaus', 'company: Elektro Krause'));
    await panel().locator('.editor-valid[data-valid="true"]').waitFor();
    await panel().getByRole('button', { name: 'Profil auf diesem Gerät speichern' }).click();
    await panel().locator('.profile-active[data-own="true"]', { hasText: 'Elektro Krause' }).waitFor();
    await page.goto(harness.at('/?lang=de'));
    const briefings = page.locator('.scenario-briefing');
    await briefings.first().waitFor();
    // The menu first lists the bundled catalogue; the own profile is read from IndexedDB right after.
    await expect
      .poll(async () => (await briefings.allTextContents()).join('\n'), { timeout: 60_000 })
      .toContain('Elektro Krause');
    expect((await briefings.allTextContents()).join('\n')).not.toContain('TechnoHaus');
    await page.locator('.scenario-list').evaluate((l) => l.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${OUT}/profile-menu-de.png` });
  });

  it('shows the own profile in English, and goes back to the bundled one', async () => {
    await page.goto(harness.at('/?lang=en#/scenarios'));
    await panel()
      .getByRole('heading', { name: /Company profile/ })
      .waitFor();
    await panel()
      .locator('.profile-active[data-own="true"]', { hasText: 'In use: your own profile (Elektro Krause)' })
      .waitFor();
    await showPanel();
    await page.screenshot({ path: `${OUT}/profile-editor-en.png` });
    await panel().getByRole('button', { name: 'Back to the bundled profile' }).click();
    await panel().locator('.confirm button.danger').click();
    await panel().locator('.profile-active[data-own="false"]', { hasText: 'TechnoHaus' }).waitFor();
    expect(errors).toEqual([]);
  });
});

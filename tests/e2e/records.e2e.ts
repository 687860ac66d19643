import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { useHarness } from './support/harness';
import { playByKeyboard } from './support/keyboard-play';
import { framesPass } from './support/scene-probe';

// Finished sessions are stored, listed in #/history and #/data, leave the device as replay
// files and come back identical; broken files and a full storage change nothing stored.
const OUT = 'tests/output';
const VIEWPORT = { width: 1280, height: 900 };
const SCENARIO = 'angry-repair-returned';

const harness = useHarness();

/** Shared between the tests of this file (they run in order): the replay file the first one exported. */
let exported: { name: string; text: string } | null = null;

/**
 * A fresh page in its own browser context (empty storage); fails the test on console errors;
 * always closed. Waits for an animation frame first: clicks wait for them, and a fresh page on
 * a busy machine compiles the scene's shaders in software for a long while.
 */
async function withPage(path: string, body: (page: Page) => Promise<void>, context?: BrowserContext): Promise<void> {
  const page = context ? await context.newPage() : await harness.browser.newPage({ viewport: VIEWPORT });
  const errors = watchErrors(page);
  // Warnings tell why a save, import or export did nothing; shown with the test's output.
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Counterpart')) console.log(`[page] ${m.text()}`);
  });
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  // Software WebGL on a busy machine can hold animation frames back for tens of seconds.
  page.setDefaultTimeout(180_000);
  try {
    await page.goto(harness.at(path));
    await page.waitForFunction(() => true, undefined, { polling: 'raf', timeout: 180_000 });
    await body(page);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}

const rows = (page: Page) => page.locator('.records-table tbody tr');
const goToHash = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download]: [Download, unknown] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

async function importFile(page: Page, file: { name: string; text: string }): Promise<void> {
  await page
    .locator('.records-file input[type=file]')
    .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

describe('recorded sessions', () => {
  it('a played session shows in #/history and #/data, and a replay file imported elsewhere is identical', async () => {
    mkdirSync(OUT, { recursive: true });
    let overall = '';
    // No pseudonym typed: the session is stored under a generated one, never under nothing or a name.
    let pseudonym = '';
    await withPage(`/?scenario=${SCENARIO}&probe`, async (page) => {
      // The scene samples poses on drawn frames; on a loaded machine keys can outrun them.
      await framesPass(page, 5, 180_000);
      await playByKeyboard(page, (count, turn) => (turn % count) + 1);
      overall = (await page.locator('.score-main .score-value').textContent()) ?? '';
      expect(overall).toMatch(/^\d+$/);

      await page.getByRole('link', { name: 'Mein Verlauf' }).click();
      await expect
        .poll(() => page.locator('.records-field input').inputValue(), { timeout: 30_000 })
        .toMatch(/^anonym-\d{4}$/);
      pseudonym = await page.locator('.records-field input').inputValue();
      const section = page.locator(`.history-scenario[data-scenario="${SCENARIO}"]`);
      await expect.poll(() => section.count(), { timeout: 30_000 }).toBe(1);
      expect(await section.locator('.history-score').allTextContents()).toEqual([overall]);
      expect(await section.locator('circle.score-dot').getAttribute('data-score')).toBe(overall);
      await page.screenshot({ path: `${OUT}/records-history.png`, fullPage: true, timeout: 60_000 });

      await goToHash(page, '#/data');
      await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBe(1);
      expect(await rows(page).locator('[data-score=overall]').textContent()).toBe(overall);
      expect(await rows(page).textContent()).toContain(pseudonym);

      exported = await downloaded(page, () => rows(page).getByRole('button', { name: 'Aufzeichnung' }).click());
      const recording = JSON.parse(exported.text) as {
        pseudonym: string;
        intents: unknown[];
        timings: { durationMs: number };
        poses: { head: { count: number } };
      };
      expect(recording.pseudonym).toBe(pseudonym);
      expect(recording.intents.length).toBeGreaterThan(2);
      // Measured on this real (desktop, keyboard) session: bytes of the file per minute of session clock.
      const bytes = Buffer.byteLength(exported.text);
      const minutes = recording.timings.durationMs / 60_000;
      const size = {
        bytes,
        durationMs: recording.timings.durationMs,
        headSamples: recording.poses.head.count,
        bytesPerMinute: Math.round(bytes / minutes),
      };
      writeFileSync(`${OUT}/records-size.json`, `${JSON.stringify(size, null, 2)}\n`);
      expect(recording.poses.head.count).toBeGreaterThan(0);

      const xapi = await downloaded(page, () => rows(page).getByRole('button', { name: 'xAPI' }).click());
      const statements = JSON.parse(xapi.text) as { actor: { account: { name: string } }; verb: { id: string } }[];
      expect(statements.every((s) => s.actor.account.name === pseudonym)).toBe(true);
      expect(statements.at(-1)?.verb.id).toMatch(/\/(passed|failed)$/);
    });

    // Another device: a fresh browser context with empty storage.
    await withPage('/#/data', async (page) => {
      const file = exported ?? { name: '', text: '' };
      await expect.poll(() => page.locator('.records-empty').count(), { timeout: 60_000 }).toBeGreaterThan(0);
      await importFile(page, file);
      await expect
        .poll(() => page.locator('.import-outcomes li[data-status=imported]').count(), { timeout: 30_000 })
        .toBe(1);
      await expect.poll(() => rows(page).count()).toBe(1);
      expect(await rows(page).locator('[data-score=overall]').textContent()).toBe(overall);
      // Exported again from here, the file is the same to the byte: log (transcript), poses, scores' inputs.
      const again = await downloaded(page, () => rows(page).getByRole('button', { name: 'Aufzeichnung' }).click());
      expect(again.text).toBe(file.text);
    });
  }, 420_000);

  it('a broken file shows its problem as text, a full storage says so, and the stored session stays', async () => {
    const file = exported;
    if (!file) throw new Error('the first test exports the replay file this one imports');
    const context = await harness.browser.newContext({ viewport: VIEWPORT });
    try {
      await withPage(
        '/#/data',
        async (page) => {
          await expect.poll(() => page.locator('.records-empty').count(), { timeout: 60_000 }).toBeGreaterThan(0);
          await importFile(page, file);
          await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBe(1);

          const truncated = {
            name: 'truncated.json',
            text: readFileSync('tests/fixtures/replays/truncated.json', 'utf8'),
          };
          const html = { name: '<b>evil</b>.json', text: '{"format": "<img src=x onerror=alert(1)>"}' };
          await importFile(page, truncated);
          const refused = page.locator('.import-outcomes li[data-status=refused]');
          await expect.poll(() => refused.count(), { timeout: 30_000 }).toBe(1);
          expect(await refused.textContent()).toMatch(/truncated\.json:\d+:\d+.*Die Datei endet mitten im Inhalt/);
          await importFile(page, html);
          await expect.poll(() => refused.textContent(), { timeout: 30_000 }).toContain('<img src=x onerror=alert(1)>');
          expect(await page.locator('.import-outcomes img').count()).toBe(0);
          expect(await refused.textContent()).toContain('<b>evil</b>.json');
          expect(await rows(page).count()).toBe(1);
          await page.screenshot({ path: `${OUT}/records-data.png`, fullPage: true, timeout: 60_000 });
        },
        context,
      );

      // A full disk, simulated where the browser reports it: IndexedDB writes throw QuotaExceededError
      // once the page sets the flag (Chromium's own quota override applies only to storage opened
      // after it, too unreliable to time). The stored session must survive the failed write.
      await context.addInitScript(() => {
        const full = () => (window as unknown as { __fullDisk?: boolean }).__fullDisk === true;
        for (const method of ['put', 'add'] as const) {
          const original = IDBObjectStore.prototype[method];
          IDBObjectStore.prototype[method] = function (
            this: IDBObjectStore,
            ...args: Parameters<IDBObjectStore['put']>
          ) {
            if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return original.apply(this, args);
          };
        }
      });
      await withPage(
        '/#/data',
        async (page) => {
          await expect.poll(() => rows(page).count(), { timeout: 60_000 }).toBe(1);
          await page.evaluate(() => {
            (window as unknown as { __fullDisk?: boolean }).__fullDisk = true;
          });

          const other = JSON.parse(file.text) as { id: string };
          const copy = { name: 'copy.json', text: file.text.replace(other.id, '5b7c1e2a-9d4f-4c3b-8a6e-1f2d3c4b5a69') };
          await importFile(page, copy);
          const outcome = page.locator('.import-outcomes > li', { hasText: 'copy.json' });
          await expect.poll(() => outcome.count(), { timeout: 120_000 }).toBe(1);
          expect(await outcome.getAttribute('data-status')).toBe('failed');
          const notice = page.getByRole('alert').filter({ hasText: 'Speicher des Browsers ist voll' });
          await expect.poll(() => notice.isVisible()).toBe(true);
          await page.reload();
          await expect.poll(() => rows(page).count(), { timeout: 60_000 }).toBe(1);
        },
        context,
      );
    } finally {
      await context.close();
    }
  }, 300_000);
  it('a conversation ended from the pause screen is kept as abandoned, shown so, and not offered for resume', async () => {
    mkdirSync(OUT, { recursive: true });
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    page.setDefaultTimeout(180_000);
    try {
      await page.goto(harness.at(`/?scenario=${SCENARIO}&probe`));
      await framesPass(page, 3, 180_000);
      await page.locator('.conversation').waitFor();
      // The HUD says which mode runs (the deep link's default: practice).
      expect(await page.locator('[data-mode-badge]').textContent()).toBe('Übung');
      await page.getByRole('button', { name: /^Pause/ }).click();
      const card = page.locator('[data-pause-card]');
      await card.waitFor();
      // The 3D pause row offers the same, for the headset's rays.
      await expect
        .poll(() => page.evaluate(() => window.__counterpartScene?.screenPoint('end-conversation') ?? null))
        .not.toBeNull();
      await card.getByRole('button', { name: 'Gespräch beenden' }).click();
      expect(await card.textContent()).toContain('als abgebrochen gespeichert');
      await page.screenshot({ path: `${OUT}/pause-end-confirm-1280.png`, timeout: 60_000 });
      await card.getByRole('button', { name: 'Ja, beenden' }).click();

      // The debrief says the conversation was ended early instead of rating an ending.
      await page.locator('.outcome[data-outcome="abandoned"]').waitFor();
      expect(await page.locator('.debrief').textContent()).toContain('Gespräch abgebrochen');

      await page.getByRole('link', { name: 'Mein Verlauf' }).click();
      const label = page.locator('.history-attempts [data-outcome-label]');
      await expect.poll(() => label.count(), { timeout: 30_000 }).toBe(1);
      expect(await label.getAttribute('data-outcome-label')).toBe('abandoned');
      expect(await label.textContent()).toBe('abgebrochen');
      // The generated pseudonym is offered as this device's, not asked for again.
      const generated = await page.locator('.records-field input').inputValue();
      expect(generated).toMatch(/^anonym-\d{4}$/);
      expect(await page.locator('.history-pseudonyms button').allTextContents()).toEqual([generated]);
      await page.screenshot({ path: `${OUT}/history-abandoned-1280.png`, fullPage: true, timeout: 60_000 });

      await goToHash(page, '#/review');
      const reviewLabel = page.locator('.review [data-outcome-label]');
      await expect.poll(() => reviewLabel.count(), { timeout: 30_000 }).toBe(1);
      expect(await reviewLabel.textContent()).toBe('abgebrochen');

      // A reload: the menu shows the remembered (generated) pseudonym and offers nothing to resume.
      await page.goto(harness.at('/'));
      const field = page.locator('.pseudonym input');
      await expect.poll(() => field.inputValue(), { timeout: 60_000 }).toBe(generated);
      expect(await page.locator('[data-pseudonym-state]').getAttribute('data-pseudonym-state')).toBe('generated');
      // The offer would come once the storage chunk has read the checkpoint; the data links wait for the same storage.
      await page.waitForTimeout(3000);
      expect(await page.locator('.resume-offer').count()).toBe(0);
      await page.screenshot({ path: `${OUT}/menu-remembered-pseudonym-1280.png`, timeout: 60_000 });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 600_000);
});

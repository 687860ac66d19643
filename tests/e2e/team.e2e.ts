import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildServer } from '../../src/server/app';
import type { Database } from '../../src/server/db/adapter';
import { migrate } from '../../src/server/db/migrate';
import { openPglite } from '../../src/server/db/pglite';
import { loadBundledScenarios, ScenarioLookup } from '../../src/server/scenarios';
import { createPairingCode } from '../../src/server/store/devices';
import { addTrainer } from '../../src/server/store/trainers';
import { repoPath } from '../support/scenarios';
import { launchBrowser, watchErrors } from './support/browser';
import { playByKeyboard } from './support/keyboard-play';
import { framesPass } from './support/scene-probe';

// The app served by the team server: a device pairs with a code, plays, the session uploads after
// the debrief; the trainer logs in on #/team, sees it and opens its replay in the review.
const SCENARIO = 'angry-repair-returned';
const VIEWPORT = { width: 1280, height: 900 };
let browser: Browser;
let app: FastifyInstance;
let db: Database;
let dir: string;
let base: string;
let teamId: string;
let scenarios: ScenarioLookup;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'counterpart-team-e2e-'));
  [browser, db] = await Promise.all([launchBrowser(), openPglite(dir)]);
  await migrate(db);
  ({ teamId } = await addTrainer(db, 'Filiale Nord', 'trainer@example.org', 'correct horse battery'));
  scenarios = new ScenarioLookup(loadBundledScenarios(repoPath('scenes')));
  app = await buildServer({
    db,
    scenarios,
    appDir: inject('distDir'),
  });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function withPage(path: string, body: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = watchErrors(page);
  page.setDefaultTimeout(180_000);
  try {
    await page.goto(`${base}${path}`);
    await body(page);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('team server', () => {
  it('a paired device uploads its finished session; the trainer finds it on #/team and opens the replay', async () => {
    const { code } = await createPairingCode(db, teamId);
    await withPage(`/?scenario=${SCENARIO}&probe`, async (page) => {
      await framesPass(page, 5, 180_000);
      await playByKeyboard(page, (count, turn) => (turn % count) + 1);
      await page.evaluate(() => (window.location.hash = '#/data'));
      const panel = page.locator('[data-team-link]');
      await panel.getByLabel(/Kopplungscode/).fill(code.toLowerCase());
      await panel.getByLabel(/Name dieses Geräts/).fill('Quest 3 #1');
      await panel.getByRole('button', { name: 'Gerät koppeln' }).click();
      await expect.poll(() => panel.getAttribute('data-team-link'), { timeout: 30_000 }).toBe('paired');
      await expect.poll(() => page.locator('[data-upload=uploaded]').count(), { timeout: 60_000 }).toBe(1);
      await page.screenshot({ path: 'tests/output/team-device.png', fullPage: true, timeout: 60_000 });
    });
    const stored = await db.query<{ id: string }>('SELECT id FROM sessions WHERE team_id = $1', [teamId]);
    expect(stored.rows).toHaveLength(1);
    const id = stored.rows[0]?.id ?? '';

    await withPage('/#/team', async (page) => {
      await page.getByLabel('E-Mail').fill('trainer@example.org');
      await page.getByLabel('Passwort').fill('correct horse battery');
      await page.getByRole('button', { name: 'Anmelden' }).click();
      const row = page.locator(`.team-table tr[data-session-id="${id}"]`);
      await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
      expect(await row.textContent()).toContain('Desktop');
      await page.screenshot({ path: 'tests/output/team-trainer.png', fullPage: true, timeout: 60_000 });
      await row.getByRole('button', { name: 'Wiederholung öffnen' }).click();
      await expect
        .poll(() => page.evaluate(() => window.location.hash), { timeout: 60_000 })
        .toBe(`#/review?session=${id}`);
    });
  }, 600_000);

  it("the trainer's figures are charts with their values beside them, in German and English", async () => {
    // A second team with a term of sessions: 6 scenarios, 12 trainees, 10 weeks, misses on real decisions.
    const seeded = await addTrainer(db, 'Filiale Süd', 'sued@example.org', 'correct horse battery');
    const bundled = [...scenarios.bundled.values()];
    let n = 0;
    for (let week = 0; week < 10; week++) {
      for (let trainee = 0; trainee < 12; trainee++) {
        const scenario = bundled[(week + trainee) % bundled.length];
        if (!scenario) throw new Error('no bundled scenarios');
        const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
        const finished = (week + trainee) % 4 !== 0;
        await db.query(
          `INSERT INTO sessions (id, team_id, pseudonym, scenario_id, scenario_title_de, scenario_title_en, mode, started_at,
             duration_ms, finished, outcome, score_overall, score_tone, score_structure, score_escalation, recording)
           VALUES ($1, $2, $3, $4, $5, $6, 'xr', now() - ($7 || ' days')::interval, 300000, $8, $9, $10, $10, $10, $10, '{}')`,
          [
            id,
            seeded.teamId,
            `trainee-${trainee + 1}`,
            scenario.id,
            scenario.title.de,
            scenario.title.en,
            String((9 - week) * 7),
            finished,
            finished ? 'resolved' : null,
            Math.min(100, 40 + week * 5 + (trainee % 5) * 3),
          ],
        );
        const node = Object.keys(scenario.nodes)[(trainee % 3) + 1] ?? 'opening';
        await db.query(
          `INSERT INTO session_misses (session_id, team_id, scenario_id, node, at_ms, techniques) VALUES ($1, $2, $3, $4, 1000, $5)`,
          [id, seeded.teamId, scenario.id, node, trainee % 2 ? 'empathy,open_question' : 'binding_next_steps'],
        );
      }
    }
    for (const lang of ['de', 'en'] as const) {
      await withPage(`/?lang=${lang}#/team`, async (page) => {
        await page.getByLabel(lang === 'de' ? 'E-Mail' : 'E-mail').fill('sued@example.org');
        await page.getByLabel(lang === 'de' ? 'Passwort' : 'Password').fill('correct horse battery');
        await page.getByRole('button', { name: lang === 'de' ? 'Anmelden' : 'Log in' }).click();
        const figures = page.locator('.team-figures');
        await expect.poll(() => figures.locator('.recharts-wrapper').count(), { timeout: 60_000 }).toBe(5);
        // The values beside the charts: every scenario's completion, the most active trainees' lines.
        const completion = figures.locator('[data-figure=completion] tbody tr');
        expect(await completion.count()).toBe(bundled.length);
        const first = bundled[0];
        expect(await figures.locator('[data-figure=completion]').textContent()).toContain(first?.title[lang]);
        expect(await figures.locator('[data-figure=by-trainee] .team-series li').count()).toBe(8);
        expect(await figures.locator('[data-figure=by-trainee]').textContent()).toContain(
          lang === 'de' ? '8 von 12' : '8 of 12',
        );
        // Axis labels and legends in the page's language.
        const chartText = await figures.locator('[data-figure=completion] .team-chart').textContent();
        expect(chartText).toContain(lang === 'de' ? 'Sitzungen' : 'Sessions');
        expect(chartText).toContain(lang === 'de' ? 'beendet' : 'finished');
        expect(await figures.locator('[data-figure=missed-techniques]').textContent()).toContain(
          lang === 'de' ? 'Verständnis zeigen' : 'Empathy',
        );
        await page.setViewportSize({ width: 1280, height: 800 });
        // The page scrolls inside the app's frame: one picture per figure, each scrolled into view.
        for (const id of ['by-scenario', 'by-trainee', 'completion', 'missed-moments', 'missed-techniques']) {
          const figure = figures.locator(`[data-figure=${id}]`);
          await figure.scrollIntoViewIfNeeded();
          await figure.screenshot({ path: `tests/output/team-figure-${id}-${lang}.png`, timeout: 60_000 });
        }
      });
    }
  }, 600_000);
});

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

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'counterpart-team-e2e-'));
  [browser, db] = await Promise.all([launchBrowser(), openPglite(dir)]);
  await migrate(db);
  ({ teamId } = await addTrainer(db, 'Filiale Nord', 'trainer@example.org', 'correct horse battery'));
  app = await buildServer({
    db,
    scenarios: new ScenarioLookup(loadBundledScenarios(repoPath('scenes'))),
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
});

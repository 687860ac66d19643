import validateStatement from '@learninglocker/xapi-validation';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { useHarness } from './support/harness';
import { playByKeyboard } from './support/keyboard-play';
import { framesPass } from './support/scene-probe';
import { startTestLms, type TestLms } from './support/test-lms';

// Launched by an LMS as a cmi5 assignable unit: the LRS on loopback receives initialized, the
// answers, completed, passed or failed and terminated, in order, each valid xAPI; a failing LRS
// loses nothing.
const harness = useHarness();
const ACTIVITY = 'https://lms.example.org/courses/service/au/angry-repair-returned';
const REGISTRATION = '6a1b7c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const SESSION_ID = 'c0ffee00-1234-4abc-8def-0123456789ab';
const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-42' } };
const launchData = (mode = 'Normal') => ({
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example.org/courses/service' }] },
    extensions: { [SESSION_EXT]: SESSION_ID },
  },
  launchMode: mode,
  launchMethod: 'AnyWindow',
  moveOn: 'CompletedAndPassed',
  masteryScore: 0.5,
});

let lms: TestLms | null = null;
afterEach(async () => {
  await lms?.close();
  lms = null;
});

function launchPath(server: TestLms): string {
  const params = new URLSearchParams({
    endpoint: server.endpoint,
    fetch: `${server.url}/fetch/1`,
    actor: JSON.stringify(actor),
    registration: REGISTRATION,
    activityId: ACTIVITY,
  });
  return `/?${params}&probe`;
}

const verbs = (server: TestLms) =>
  server.statements.map((s) =>
    String((s.verb as { id: string }).id)
      .split('/')
      .at(-1),
  );
const category = (s: Record<string, unknown>) =>
  ((s.context as { contextActivities?: { category?: { id: string }[] } }).contextActivities?.category ?? []).map(
    (c) => c.id,
  );

async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Counterpart')) console.log(`[page] ${m.text()}`);
  });
  page.setDefaultTimeout(180_000);
  await page.goto(harness.at(path));
  await page.waitForFunction(() => true, undefined, { polling: 'raf', timeout: 180_000 });
  return { page, errors };
}

describe('launched by an LMS as a cmi5 AU', () => {
  it('reports initialized → answered… → completed → passed|failed → terminated to the LRS', async () => {
    const server = await startTestLms(launchData());
    lms = server;
    const { page, errors } = await openPage(launchPath(server));
    try {
      // The learner preference (en-US) sets the language; the activity id names the scenario.
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 60_000 }).toBe('en');
      await expect.poll(() => verbs(server), { timeout: 60_000 }).toEqual(['initialized']);
      await framesPass(page, 5, 180_000);
      await playByKeyboard(page, () => 1);
      await expect.poll(() => verbs(server).at(-1), { timeout: 60_000 }).toMatch(/^(passed|failed)$/);
      await page.getByRole('button', { name: 'Back to menu' }).click();
      await expect.poll(() => verbs(server).at(-1), { timeout: 60_000 }).toBe('terminated');

      const v = verbs(server);
      expect(v[0]).toBe('initialized');
      const answered = v.slice(1, -3);
      expect(answered.length).toBeGreaterThan(1);
      expect(answered.every((x) => x === 'answered')).toBe(true);
      expect(v.slice(-3, -1)[0]).toBe('completed');
      expect(server.fetchCalls).toBe(1);

      for (const s of server.statements) {
        expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
        expect('version' in s).toBe(false);
        const context = s.context as {
          registration: string;
          extensions: Record<string, unknown>;
          contextActivities: { grouping: unknown[] };
        };
        expect(context.registration).toBe(REGISTRATION);
        expect(context.extensions[SESSION_EXT]).toBe(SESSION_ID);
        expect(context.contextActivities.grouping).toEqual(launchData().contextTemplate.contextActivities.grouping);
        expect(s.actor).toEqual(actor);
      }
      const byVerb = (verb: string) =>
        server.statements.find((s) => String((s.verb as { id: string }).id).endsWith(`/${verb}`)) as Record<
          string,
          unknown
        >;
      for (const verb of ['initialized', 'terminated']) {
        expect(category(byVerb(verb))).toEqual([CMI5]);
        expect((byVerb(verb).object as { id: string }).id).toBe(ACTIVITY);
      }
      const judged = server.statements.at(-2) as Record<string, unknown>;
      for (const s of [byVerb('completed'), judged]) {
        expect(category(s)).toEqual([CMI5, MOVE_ON]);
        expect((s.object as { id: string }).id).toBe(ACTIVITY);
      }
      const score = (judged.result as { score: { scaled: number } }).score.scaled;
      expect(verbs(server).at(-2)).toBe(score >= 0.5 ? 'passed' : 'failed');
      expect(
        (judged.context as { extensions: Record<string, unknown> }).extensions[
          'https://w3id.org/xapi/cmi5/context/extensions/masteryscore'
        ],
      ).toBe(0.5);
      expect(category(byVerb('answered'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 300_000);

  it('keeps statements queued while the LRS fails (HTTP 500) and delivers them on retry', async () => {
    const server = await startTestLms(launchData('Browse'));
    lms = server;
    server.failing = true;
    const { page, errors } = await openPage(launchPath(server));
    try {
      const notice = page.getByTestId('lrs-notice');
      await expect
        .poll(() => notice.textContent(), { timeout: 60_000 })
        .toMatch(/1 learning records are waiting to be sent \(last attempt: HTTP 500\)/);
      expect(server.statements).toEqual([]);
      expect(server.requests.filter((r) => r === 'PUT /xapi/statements').length).toBeGreaterThan(0);
      // Stored, not just in memory: the outbox database holds it.
      const stored = await page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('counterpart-outbox');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const count = open.result.transaction('statements').objectStore('statements').count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
      );
      expect(stored).toBe(1);

      server.failing = false;
      // "Send now" retries at once; the backoff timer may have beaten it to it, which is the other retry path.
      const sendNow = notice.getByRole('button', { name: 'Send now' });
      if (await sendNow.isVisible()) await sendNow.click({ timeout: 5000 }).catch(() => undefined);
      await expect.poll(() => verbs(server), { timeout: 60_000 }).toEqual(['initialized']);
      await expect.poll(() => notice.count(), { timeout: 30_000 }).toBe(0);
      expect(validateStatement(server.statements[0])).toEqual([]);
      // The browser reports the LRS's 500 answers as console errors; nothing else may appear.
      expect(errors.filter((e) => !/status of 500/.test(e))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('delivery to the organisation LRS outside cmi5', () => {
  it('sends a finished session to the LRS configured on the data page', async () => {
    const server = await startTestLms(launchData());
    lms = server;
    const { page, errors } = await openPage('/?lang=en#/data');
    try {
      await page.getByLabel('LRS endpoint').fill(server.endpoint);
      await page.getByLabel('Key (user name)').fill('counterpart-au');
      await page.getByLabel('Secret (password)').fill('launch-secret');
      await page.getByLabel('Account system of the pseudonyms (homePage)').fill('https://id.example.org');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(() => page.locator('.lrs-settings [role=status]').textContent()).toContain('Saved.');

      await page.goto(harness.at('/?scenario=angry-repair-returned&lang=en&probe'));
      await framesPass(page, 5, 180_000);
      await playByKeyboard(page, (count) => count);
      await expect.poll(() => verbs(server).at(-1), { timeout: 60_000 }).toMatch(/^(passed|failed)$/);
      const v = verbs(server);
      expect(v.slice(-2)[0]).toBe('completed');
      expect(v.slice(0, -2).every((x) => x === 'answered')).toBe(true);
      for (const s of server.statements) {
        expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
        expect((s.actor as { account: { homePage: string } }).account.homePage).toBe('https://id.example.org');
        expect(category(s)).toEqual([]);
      }
      // No cmi5 here: nothing was fetched and no launch data read.
      expect(server.fetchCalls).toBe(0);
      expect(server.requests.filter((r) => !r.startsWith('PUT /xapi/statements'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 300_000);
});

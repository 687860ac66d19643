import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_ESPEAK, HAS_SOX, speak } from '../unit/voice/signals';
import { fakeMicrophoneFlags, launchBrowser, watchErrors } from './support/browser';
import { serveApp } from './support/server';

// Voice mode end to end: Chromium's fake microphone loops an espeak-ng utterance; the debrief's
// data-value attributes must tell a slow low voice from a fast high one. Two browser launches,
// because the fake microphone's file is a launch flag.
const ready = HAS_ESPEAK && HAS_SOX;
if (!ready) console.warn('voice.e2e.ts skipped: install espeak-ng and sox (apt-get install -y espeak-ng sox)');

const SENTENCE = 'Ich verstehe Ihren Ärger. Ich kümmere mich sofort darum.';
const SCENARIO = 'angry-repair-returned';

let app: Awaited<ReturnType<typeof serveApp>> | undefined;
beforeAll(async () => {
  if (ready) app = await serveApp();
});
afterAll(async () => {
  await app?.close();
});

async function values(page: Page): Promise<Record<string, number>> {
  const rows = await page
    .locator('[data-measure]')
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-measure') ?? '', el.getAttribute('data-value')] as const),
    );
  return Object.fromEntries(rows.filter(([, v]) => v !== null).map(([k, v]) => [k, Number(v)]));
}

/** Enter past the customer's lines, 1 for the first answer, until the debrief; the answers are "said" by the looping file. */
async function playFirstAnswers(page: Page): Promise<void> {
  const feedback = page.getByRole('region', { name: 'Auswertung' });
  for (let step = 0; step < 600; step++) {
    if (await feedback.isVisible()) return;
    await page.keyboard.press((await page.locator('.choices button').count()) > 0 ? 'Digit1' : 'Enter');
    await page.waitForTimeout(100);
  }
  throw new Error('no debrief after 600 steps');
}

/** Plays the scenario in voice mode with `wav` as the microphone; returns the debrief's voice measures. */
async function debriefFor(wav: string): Promise<{ measures: Record<string, number>; errors: string[] }> {
  const browser = await launchBrowser(fakeMicrophoneFlags(wav));
  try {
    const context = await browser.newContext({ permissions: ['microphone'], viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL(`/?scenario=${SCENARIO}&lang=de&mode=practice&voice=1`, app?.url).href);
    // The microphone opens and the calibration sentence is "read" by the looping file.
    await expect
      .poll(() => page.locator('.voice-panel').getAttribute('data-voice-status'), { timeout: 20_000 })
      .toBe('measured');
    await expect
      .poll(() => page.locator('.voice-panel').getAttribute('data-voice-phase'), { timeout: 20_000 })
      .toBe('conversation');
    await playFirstAnswers(page);
    const section = page.getByRole('region', { name: 'Stimme' });
    await expect.poll(() => section.isVisible()).toBe(true);
    expect(await section.getAttribute('data-voice-status')).toBe('measured');
    return { measures: await values(page), errors };
  } finally {
    await browser.close();
  }
}

describe.skipIf(!ready)('voice mode with a fake microphone', () => {
  it('tells a slow low voice from a fast high one in the debrief', async () => {
    const slow = await debriefFor(speak(SENTENCE, { voice: 'de', wpm: 120, pitch: 20, pad: [0.3, 1.4] }));
    const fast = await debriefFor(speak(SENTENCE, { voice: 'de', wpm: 230, pitch: 85, pad: [0.3, 1.4] }));
    for (const m of [slow.measures, fast.measures]) {
      for (const id of ['speaking-rate', 'pitch-median', 'pitch-range', 'loudness', 'response-latency', 'overlap']) {
        expect(Number.isFinite(m[id]), `${id} is a number`).toBe(true);
      }
    }
    expect(fast.measures['speaking-rate']).toBeGreaterThan((slow.measures['speaking-rate'] as number) * 1.3);
    expect(fast.measures['pitch-median']).toBeGreaterThan((slow.measures['pitch-median'] as number) * 1.4);
    expect(slow.errors).toEqual([]);
    expect(fast.errors).toEqual([]);
  }, 240_000);
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_ESPEAK, HAS_SOX, speak } from '../unit/voice/signals';
import { fakeMicrophoneFlags, launchBrowser, watchErrors } from './support/browser';
import { serveApp } from './support/server';
import { enterVr, headLookAt, presenting, settledWorldPoint, waitFrames } from './support/xr';

// Voice mode end to end: Chromium's fake microphone loops an espeak-ng utterance; the debrief's
// data-value attributes must tell a slow low voice from a fast high one. One browser per voice,
// because the fake microphone's file is a launch flag; the emulated-VR test reuses the slow one.
const ready = HAS_ESPEAK && HAS_SOX;
if (!ready) console.warn('voice.e2e.ts skipped: install espeak-ng and sox (apt-get install -y espeak-ng sox)');

const OUT = 'tests/output';
const SENTENCE = 'Ich verstehe Ihren Ärger. Ich kümmere mich sofort darum.';
const SCENARIO = 'angry-repair-returned';
const SLOW = { voice: 'de', wpm: 120, pitch: 20, pad: [0.3, 1.4] as [number, number] };
/** The standing trainee's eyes in the room (LAYOUT.trainee). */
const EYE = { x: 0, y: 1.65, z: 0.62 };
const FAST = { voice: 'de', wpm: 230, pitch: 85, pad: [0.3, 1.4] as [number, number] };

let app: Awaited<ReturnType<typeof serveApp>> | undefined;
const browsers = new Map<string, Promise<Browser>>();
beforeAll(async () => {
  if (ready) app = await serveApp();
});
afterAll(async () => {
  for (const browser of browsers.values()) await (await browser).close();
  await app?.close();
});

/** One browser per microphone file, shared by the tests that speak with it. */
function browserFor(wav: string): Promise<Browser> {
  let browser = browsers.get(wav);
  if (!browser) {
    browser = launchBrowser(fakeMicrophoneFlags(wav));
    browsers.set(wav, browser);
  }
  return browser;
}

async function openPage(wav: string, path: string, viewport = { width: 1280, height: 800 }) {
  const browser = await browserFor(wav);
  const context = await browser.newContext({ permissions: ['microphone'], viewport });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL(path, app?.url).href);
  return { page, errors };
}

const voicePanel = (page: Page, attribute: string) => page.locator('.voice-panel').getAttribute(attribute);

async function values(page: Page): Promise<Record<string, number>> {
  const rows = await page
    .locator('.voice-feedback [data-measure]')
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
  const { page, errors } = await openPage(wav, `/?scenario=${SCENARIO}&lang=de&mode=practice&voice=1`);
  try {
    // The microphone opens and the calibration sentence is "read" by the looping file.
    await expect.poll(() => voicePanel(page, 'data-voice-status'), { timeout: 20_000 }).toBe('measured');
    await expect.poll(() => voicePanel(page, 'data-voice-phase'), { timeout: 20_000 }).toBe('conversation');
    await playFirstAnswers(page);
    const section = page.getByRole('region', { name: 'Stimme' });
    await expect.poll(() => section.isVisible()).toBe(true);
    expect(await section.getAttribute('data-voice-status')).toBe('measured');
    return { measures: await values(page), errors };
  } finally {
    await page.context().close();
  }
}

describe.skipIf(!ready)('voice mode with a fake microphone', () => {
  it('tells a slow low voice from a fast high one in the debrief', async () => {
    const slow = await debriefFor(speak(SENTENCE, SLOW));
    const fast = await debriefFor(speak(SENTENCE, FAST));
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

  it('asks before VR, then calibrates and answers in the emulated headset', async () => {
    // Small: an emulated stereo frame in software must stay well under a second.
    const { page, errors } = await openPage(speak(SENTENCE, SLOW), `/?lang=de&voice=1&probe&xr=iwer`, {
      width: 800,
      height: 500,
    });
    try {
      // voice=1 asks for the microphone on the page, before anyone can enter VR.
      await expect.poll(() => voicePanel(page, 'data-voice-status'), { timeout: 20_000 }).toBe('measured');
      expect(await presenting(page)).toBe(false);
      await page.locator(`[data-scenario=${SCENARIO}] input`).check({ force: true });
      // The looping file may read the calibration sentence within a few frames of emulated stereo:
      // a watcher in the page notes each voice phase and whether the 3D calibration card was there.
      await page.evaluate(() => {
        const seen = { phases: [] as string[], card: false };
        (window as unknown as { __voiceSeen: typeof seen }).__voiceSeen = seen;
        setInterval(() => {
          const phase = document.querySelector('.voice-panel')?.getAttribute('data-voice-phase');
          if (phase && seen.phases[seen.phases.length - 1] !== phase) seen.phases.push(phase);
          if (window.__counterpartScene?.worldPoint('panel-voice-calibration')) seen.card = true;
        }, 30);
      });
      await enterVr(page);
      // The card is up while the file's current utterance ends and the next one is read (the
      // watcher above checks it was there; the picture is for people).
      await page.screenshot({ path: `${OUT}/voice-vr-calibration.png`, timeout: 120_000 });
      // The looping file reads the sentence on the 3D card: a baseline, then the customer speaks.
      await expect.poll(() => voicePanel(page, 'data-voice-baseline'), { timeout: 60_000 }).toBe('measured');
      const seen = await page.evaluate(
        () => (window as unknown as { __voiceSeen: { phases: string[]; card: boolean } }).__voiceSeen,
      );
      expect(seen.phases.slice(seen.phases.indexOf('calibrating'))).toEqual(['calibrating', 'conversation']);
      expect(seen.card).toBe(true);
      // The microphone indicator with its privacy line stays up through the conversation.
      const indicator = await settledWorldPoint(page, 'panel-voice');
      await headLookAt(page, EYE, indicator);
      await waitFrames(page, 2);
      await page.screenshot({ path: `${OUT}/voice-vr-indicator.png`, timeout: 120_000 });
      await headLookAt(page, EYE, { x: 0, y: 1.21, z: -0.6 });
      // First decision: pick an answer (keys work in VR too). The tracker has listened since the
      // customer's line ended, so with the looping file the answer may already be over when it is
      // picked; either way it is measured and the customer reacts.
      await expect.poll(() => page.locator('.choices button').count(), { timeout: 180_000 }).toBeGreaterThan(1);
      // The radio picked in the menu holds the focus, and keys typed into a field are not answers.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Digit1');
      await expect.poll(() => voicePanel(page, 'data-voice-answers'), { timeout: 60_000 }).toBe('1');
      await expect
        .poll(() => page.evaluate(() => window.__counterpartScene?.intents().some((i) => i.type === 'choose')), {
          timeout: 60_000,
        })
        .toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 600_000);
});

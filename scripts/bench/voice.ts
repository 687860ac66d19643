import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { fakeMicrophoneFlags, launchBrowser } from '../../tests/e2e/support/browser';
import { HAS_ESPEAK, HAS_SOX, speak } from '../../tests/unit/voice/signals';
import type { Chunk, JsSet } from './bundle';
import { BENCH_SCENARIO, until, untilChoices } from './page-waits';
import type { Served } from './served';
import { runVoiceCore, type VoiceCoreFigures } from './voice-core';

/** Voice mode's costs: Node figures always; browser figures with a fake microphone where espeak-ng and sox exist. */
export interface VoiceFigures {
  core: VoiceCoreFigures;
  browser: {
    /** Main-thread time per audio frame, feeding the worklet's features to the tracker (ms). */
    mainMsPerFrame: number;
    audioS: number;
    /** JavaScript fetched in voice mode beyond a plain conversation (incl. the worklet module). */
    extraJs: JsSet;
  } | null;
  note: string | null;
}

interface Stats {
  frames: number;
  mainMs: number;
  audioS: number;
}

function scriptsOf(page: Page): Set<string> {
  const seen = new Set<string>();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js') || path.endsWith('.wasm')) seen.add(path);
  });
  return seen;
}

function jsSet(distDir: string, paths: string[]): JsSet {
  const chunks: Chunk[] = paths.map((p) => {
    const content = readFileSync(join(distDir, p));
    return { file: p.replace(/^\//, ''), bytes: content.length, gzip: gzipSync(content).length };
  });
  chunks.sort((a, b) => b.gzip - a.gzip);
  return { gzip: chunks.reduce((s, c) => s + c.gzip, 0), bytes: chunks.reduce((s, c) => s + c.bytes, 0), chunks };
}

export async function runVoice(app: Served): Promise<VoiceFigures> {
  const core = runVoiceCore();
  if (!HAS_ESPEAK || !HAS_SOX)
    return { core, browser: null, note: 'browser figures need espeak-ng and sox (apt-get install -y espeak-ng sox)' };
  const wav = speak('Ich verstehe Ihren Ärger. Ich kümmere mich sofort darum.', {
    voice: 'de',
    wpm: 170,
    pitch: 50,
    pad: [0.3, 1.4],
  });
  const browser = await launchBrowser(fakeMicrophoneFlags(wav));
  try {
    const plainContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const plainPage = await plainContext.newPage();
    const plain = scriptsOf(plainPage);
    await plainPage.goto(app.at(`/?scenario=${BENCH_SCENARIO}`));
    await untilChoices(plainPage);
    await plainContext.close();

    const context = await browser.newContext({ permissions: ['microphone'], viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const voiced = scriptsOf(page);
    await page.goto(app.at(`/?scenario=${BENCH_SCENARIO}&voice=1`));
    await until(
      'voice mode past calibration',
      async () => (await page.locator('.voice-panel').getAttribute('data-voice-phase')) === 'conversation',
      60_000,
    );
    await untilChoices(page);
    // Twenty more seconds of listening: customer lines, an answer, the next lines.
    await page.keyboard.press('Digit1');
    await page.waitForTimeout(20_000);
    const stats = (await page.evaluate(
      () => (window as { __counterpartVoiceStats?: Stats }).__counterpartVoiceStats ?? null,
    )) as Stats | null;
    await context.close();
    if (!stats || stats.frames === 0) return { core, browser: null, note: 'voice mode measured no frames' };
    // The worklet module is fetched by audioWorklet.addModule, which Playwright's response events
    // do not report: it is added from the build by name.
    const worklets = readdirSync(join(app.distDir, 'assets'))
      .filter((f) => /^voice-worklet-.*\.js$/.test(f))
      .map((f) => `/assets/${f}`);
    const extra = [...new Set([...voiced, ...worklets])].filter((p) => !plain.has(p));
    return {
      core,
      browser: {
        mainMsPerFrame: stats.mainMs / stats.frames,
        audioS: stats.audioS,
        extraJs: jsSet(app.distDir, extra),
      },
      note: null,
    };
  } finally {
    await browser.close();
  }
}

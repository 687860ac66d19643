import { describe, expect, it } from 'vitest';
import { HAS_ESPEAK, HAS_SOX, measure, readWav, speak } from './signals';

// Real (synthetic) speech with known rate, pitch and loudness. CI installs espeak-ng and sox
// (.ci/run); on a machine without them these tests are skipped with the reason below.
const ready = HAS_ESPEAK && HAS_SOX;
if (!ready) console.warn('voice/espeak.test.ts skipped: install espeak-ng and sox (apt-get install -y espeak-ng sox)');

const SENTENCES = {
  // 23 syllables
  de: 'Ich verstehe, dass Sie verärgert sind. Lassen Sie uns gemeinsam eine Lösung finden.',
  // 19 syllables
  en: 'I understand that you are upset. Let us find a solution together.',
} as const;
const SYLLABLES = { de: 23, en: 19 } as const;

describe.skipIf(!ready).each(['de', 'en'] as const)('espeak-ng speech (%s)', (voice) => {
  const slowLow = measure(readWav(speak(SENTENCES[voice], { voice, wpm: 110, pitch: 25 })).samples);
  const fastHigh = measure(readWav(speak(SENTENCES[voice], { voice, wpm: 240, pitch: 85 })).samples);
  const quiet = measure(readWav(speak(SENTENCES[voice], { voice, wpm: 170, pitch: 50, gainDb: -18 })).samples);
  const loud = measure(readWav(speak(SENTENCES[voice], { voice, wpm: 170, pitch: 50, gainDb: -6 })).samples);

  it('counts roughly the syllables of the sentence', () => {
    for (const m of [slowLow, fastHigh, loud]) {
      expect(m.syllables).toBeGreaterThanOrEqual(Math.floor(SYLLABLES[voice] * 0.7));
      expect(m.syllables).toBeLessThanOrEqual(Math.ceil(SYLLABLES[voice] * 1.15));
    }
  });

  it('hears the fast voice as faster and the high voice as higher', () => {
    expect(fastHigh.rate as number).toBeGreaterThan((slowLow.rate as number) * 1.4);
    expect(12 * Math.log2((fastHigh.pitchMedianHz as number) / (slowLow.pitchMedianHz as number))).toBeGreaterThan(7);
    expect(slowLow.pitchMedianHz).toBeGreaterThan(65);
    expect(slowLow.pitchMedianHz).toBeLessThan(95);
  });

  it('hears a 12 dB gain as about 12 dB louder', () => {
    expect((loud.loudnessDbfs as number) - (quiet.loudnessDbfs as number)).toBeGreaterThan(10.5);
    expect((loud.loudnessDbfs as number) - (quiet.loudnessDbfs as number)).toBeLessThan(13.5);
  });

  it('finds the onset after the half second of padding', () => {
    expect(slowLow.latencyS).toBeGreaterThan(0.45);
    expect(slowLow.latencyS).toBeLessThan(0.6);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRecording } from '../../../src/core/exchange/import';
import { combineTone, deliveryScore } from '../../../src/core/scoring/delivery';
import type { ScoreItem } from '../../../src/core/scoring/tone';
import { MEASURE_IDS, voiceFeedback } from '../../../src/core/voice/feedback';
import { summarise, type UtteranceMeasures } from '../../../src/core/voice/measures';
import type { VoiceRecord } from '../../../src/core/voice/schema';
import { repoPath } from '../../support/scenarios';

function answer(overrides: Partial<UtteranceMeasures> = {}): UtteranceMeasures {
  return {
    latencyS: 1,
    durationS: 3,
    speechS: 3,
    syllables: 15,
    rate: 5,
    loudnessDbfs: -24,
    pitchMedianHz: 120,
    pitchRangeSt: 5,
    pauses: 0,
    pauseS: 0,
    overlapS: 0,
    ...overrides,
  };
}

const baseline = answer();
const record = (answers: UtteranceMeasures[]): VoiceRecord => ({
  status: 'measured',
  baseline,
  answers: answers.map((measures, i) => ({ atMs: 1000 * (i + 1), measures })),
});
const byId = (r: VoiceRecord) => Object.fromEntries(voiceFeedback(r).items.map((i) => [i.id, i]));
const wording: ScoreItem = { score: 80, verdict: { de: 'Gut', en: 'Good' }, reasons: [] };

describe('voice feedback', () => {
  it('pools answers: rate over all speech, loudness as a power mean', () => {
    const s = summarise([
      answer({ syllables: 10, speechS: 2, rate: 5 }),
      answer({ syllables: 30, speechS: 3, rate: 10, loudnessDbfs: -14 }),
    ]);
    expect(s.rate).toBeCloseTo(8, 5);
    // 2 s at −24 dB and 3 s at −14 dB: 10·log10((2·10^−2.4 + 3·10^−1.4)/5)
    expect(s.loudnessDbfs).toBeCloseTo(10 * Math.log10((2 * 10 ** -2.4 + 3 * 10 ** -1.4) / 5), 5);
  });

  it('calls the own normal voice fine and gives every measure a number', () => {
    const items = byId(record([answer(), answer()]));
    expect(Object.keys(items)).toEqual([...MEASURE_IDS]);
    for (const id of MEASURE_IDS) {
      expect(items[id]?.kind).toBe('ok');
      expect(typeof items[id]?.value).toBe('number');
    }
    expect(deliveryScore(voiceFeedback(record([answer()])))).toBe(100);
  });

  it('marks a raised, faster, louder voice and talking over the customer, relative to the baseline', () => {
    const pressed = answer({ rate: 6.5, syllables: 19.5, pitchMedianHz: 150, loudnessDbfs: -18, overlapS: 2 });
    const feedback = voiceFeedback(record([pressed]));
    const items = byId(record([pressed]));
    expect(items['speaking-rate']?.kind).toBe('problem');
    expect(items['pitch-median']?.kind).toBe('problem');
    expect(items.loudness?.kind).toBe('problem');
    expect(items.overlap?.kind).toBe('problem');
    expect(items.loudness?.advice?.de).toMatch(/nicht die Stimme/);
    expect(feedback.moments).toEqual([{ atMs: 1000, what: { de: 'Stimme stieg', en: 'voice rose' } }]);
    const delivery = deliveryScore(feedback) as number;
    expect(delivery).toBe(20);
    expect(combineTone(wording, feedback).score).toBe(Math.round(0.6 * 80 + 0.4 * delivery));
  });

  it('says „nicht gemessen“ without voice and leaves the tone score alone', () => {
    const refused = voiceFeedback({ status: 'refused', baseline: null, answers: [] });
    expect(refused.items.every((i) => i.value === null && i.verdict.de === 'nicht gemessen')).toBe(true);
    expect(combineTone(wording, refused)).toBe(wording);
    expect(voiceFeedback(undefined).status).toBe('unsupported');
  });

  it('opens a version 1 recording and a version 2 recording with voice measures', () => {
    const v1 = readFileSync(repoPath('tests/fixtures/replays/valid.json'), 'utf8');
    const one = importRecording(v1, 'valid.json');
    expect(one.ok && one.recording.voice).toBeUndefined();
    const data = JSON.parse(v1);
    data.version = 2;
    data.voice = record([answer()]);
    const two = importRecording(JSON.stringify(data), 'v2.json');
    expect(two.ok && two.recording.voice?.answers[0]?.measures.rate).toBe(5);
    data.voice.answers[0].measures.rate = -1;
    const bad = importRecording(JSON.stringify(data, null, 2), 'bad.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]?.field).toBe('voice.answers[0].measures.rate');
  });
});

describe('syllables of the wording', () => {
  it('counts one per vowel, diphthongs and vocalic r joined', async () => {
    const { textSyllables } = await import('../../../src/core/voice/syllables');
    expect(
      textSyllables('Ich verstehe, dass Sie verärgert sind. Lassen Sie uns gemeinsam eine Lösung finden.', 'de'),
    ).toBe(23);
    expect(textSyllables('I understand that you are upset. Let us find a solution together.', 'en')).toBe(19);
    expect(textSyllables('', 'de')).toBe(0);
  });

  it('sets counted against wording syllables in the feedback', () => {
    const r = record([answer({ syllables: 12 }), answer({ syllables: 9 })]);
    r.answers = r.answers.map((a, i) => ({ ...a, wordingSyllables: i === 0 ? 14 : 10 }));
    expect(voiceFeedback(r).syllableCheck).toMatchObject({ counted: 21, wording: 24 });
    expect(voiceFeedback(record([answer()])).syllableCheck).toBeNull();
  });
});

describe('the report with voice', () => {
  it('folds delivery into Tonfall and the overall score, and leaves a report without voice alone', async () => {
    const { withVoice } = await import('../../../src/core/scoring/delivery');
    const band = { de: 'Gut', en: 'Good' };
    const report = {
      tone: { score: 90, verdict: band, reasons: [] },
      structure: { score: 60, verdict: band, reasons: [] },
      escalation: { score: 75, verdict: band, reasons: [] },
      overall: { score: 75, verdict: band },
    } as unknown as import('../../../src/core/scoring/report').FeedbackReport;
    expect(withVoice(report, undefined)).toEqual({ ...report, voice: null });
    const calm = withVoice(report, record([answer()]));
    expect(calm.tone.score).toBe(Math.round(0.6 * 90 + 0.4 * 100));
    const pressed = withVoice(report, record([answer({ pitchMedianHz: 150, loudnessDbfs: -18, overlapS: 2 })]));
    const tone = Math.round(0.6 * 90 + 0.4 * 40);
    expect(pressed.tone.score).toBe(tone);
    expect(pressed.overall.score).toBe(Math.round((tone + 60 + 75) / 3));
    expect(pressed.voice?.items.find((i) => i.id === 'overlap')?.kind).toBe('problem');
  });
});

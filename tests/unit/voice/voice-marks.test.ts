import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { withVoice } from '../../../src/core/scoring/delivery';
import { buildReport } from '../../../src/core/scoring/report';
import { answerRows } from '../../../src/core/voice/answer-rows';
import type { UtteranceMeasures } from '../../../src/core/voice/measures';
import type { VoiceRecord } from '../../../src/core/voice/schema';
import { setLocale } from '../../../src/i18n/locale';
import { TimelineLegend } from '../../../src/review/TimelineLegend';
import { timelineMarkers } from '../../../src/review/timeline-markers';
import { MoodChart, moodStepAt } from '../../../src/ui/MoodChart';
import { goldenMoves } from '../../support/golden-paths';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';

/** Voice moments on the debrief's mood chart and the review's timeline, and the replay's numbers per answer. */

function measures(overrides: Partial<UtteranceMeasures> = {}): UtteranceMeasures {
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

const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
const plain = buildReport(scenario, playScript(scenario, goldenMoves('angry-repair-returned', 'worst')).log);
const voice: VoiceRecord = {
  status: 'measured',
  baseline: measures(),
  answers: [
    { atMs: 4000, measures: measures() },
    // Three semitones up: 120 Hz · 2^(3/12).
    { atMs: 9000, measures: measures({ pitchMedianHz: 120 * 2 ** 0.25 }) },
    { atMs: 15000, measures: measures({ rate: 6.5, syllables: 19.5 }) },
  ],
};
const report = withVoice(plain, voice);
const text = (html: string) => html.replace(/<[^>]+>/g, '');
afterEach(() => setLocale('de'));

describe('voice moments', () => {
  it('are the answers where the voice rose or sped up, each a timeline marker', () => {
    expect(report.voice?.moments.map((m) => m.atMs)).toEqual([9000, 15000]);
    const markers = timelineMarkers([], report, []);
    const marks = markers.filter((m) => m.kind === 'voice');
    expect(marks.map((m) => m.at)).toEqual([9000, 15000]);
    expect(marks[0]?.kind === 'voice' && marks[0].what.de).toBe('Stimme stieg');
    // Without voice there are none.
    expect(timelineMarkers([], withVoice(plain, undefined), []).some((m) => m.kind === 'voice')).toBe(false);
  });

  it('get a legend lane in both languages, only for sessions in voice mode', () => {
    const markers = timelineMarkers([], report, []);
    const de = text(renderToStaticMarkup(createElement(TimelineLegend, { markers, voice: true })));
    expect(de).toContain('Stimme höher, lauter oder schneller als beim Einsprechen (2)');
    setLocale('en');
    const en = text(renderToStaticMarkup(createElement(TimelineLegend, { markers, voice: true })));
    expect(en).toContain('Voice higher, louder or faster than at the voice check (2)');
    expect(renderToStaticMarkup(createElement(TimelineLegend, { markers, voice: false }))).not.toContain(
      'data-lane="voice"',
    );
  });

  it('are marked on the mood chart at their time, with a legend entry', () => {
    const timeline = report.moodTimeline;
    const html = renderToStaticMarkup(
      createElement(MoodChart, { timeline, voiceMoments: report.voice?.moments, locale: 'de' }),
    );
    expect(html.match(/data-voice-moment="/g)?.length).toBe(2);
    expect(html).toContain('Stimme stieg');
    expect(text(html)).toContain('Stimme höher, lauter oder schneller als beim Einsprechen (2)');
    expect(renderToStaticMarkup(createElement(MoodChart, { timeline }))).not.toContain('data-voice-moment');
  });

  it('sit between the mood changes around them on the chart’s step axis', () => {
    const steps = [{ at: 0 }, { at: 10_000 }, { at: 20_000 }];
    expect(moodStepAt(steps, 0)).toBe(0);
    expect(moodStepAt(steps, 5_000)).toBeCloseTo(0.5, 9);
    expect(moodStepAt(steps, 15_000)).toBeCloseTo(1.5, 9);
    expect(moodStepAt(steps, 30_000)).toBe(2);
    expect(moodStepAt([], 1_000)).toBe(0);
  });
});

describe('the replay’s voice numbers', () => {
  it('give each measure of an answer against the voice check and flag the raised ones', () => {
    const rows = Object.fromEntries(
      answerRows(voice.answers[1]?.measures ?? measures(), voice.baseline).map((r) => [r.id, r]),
    );
    expect(rows['pitch-median']?.value).toBeCloseTo(142.7, 1);
    expect(rows['pitch-median']?.relative?.de).toBe('+3,0 Halbtöne ggü. Einsprechen');
    expect(rows['pitch-median']?.raised).toBe(true);
    expect(rows['speaking-rate']?.raised).toBe(false);
    expect(rows['speaking-rate']?.relative?.en).toBe('0% vs. voice check');
    const fast = answerRows(voice.answers[2]?.measures ?? measures(), voice.baseline);
    expect(fast.find((r) => r.id === 'speaking-rate')?.raised).toBe(true);
    // Without a baseline there is nothing to compare with.
    expect(answerRows(measures(), null).every((r) => r.relative === null)).toBe(true);
  });
});

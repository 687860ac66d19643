import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/scenario/vocabulary';
import {
  estimateDuration,
  PHONES,
  textToVisemes,
  timelineDuration,
  type VisemeCue,
  wordStarts,
} from '../../../src/core/speech';

const LINES: readonly [string, Locale][] = [
  ['Ich habe diesen Staubsauger vor zwei Wochen bei Ihnen gekauft, und er funktioniert schon nicht mehr!', 'de'],
  ['„Das ist doch eine Frechheit“, sagte sie – und wollte sofort mit Ihrem Chef sprechen…', 'de'],
  ['Können Sie mir das bitte z.B. bis zum 3. Mai erklären? Es geht um 1.250,50 € inkl. MwSt.', 'de'],
  ['I bought this vacuum cleaner from you two weeks ago, and it already stopped working!', 'en'],
  ['"This is outrageous." I want to speak to your manager — right now… (Seriously.)', 'en'],
  ['Could you please explain that again? I don’t understand why it takes 3.5 hours.', 'en'],
];

const isPause = (cue: VisemeCue) => cue.phone === '_';

describe.each(LINES)('timeline of %j (%s)', (text, locale) => {
  const cues = textToVisemes(text, locale);

  it('starts at 0 and is contiguous: each cue starts where the previous one ended', () => {
    expect(cues[0]?.start).toBe(0);
    for (let index = 1; index < cues.length; index += 1) {
      const previous = cues[index - 1] as VisemeCue;
      expect(cues[index]?.start).toBe(previous.start + previous.duration);
    }
  });

  it('has only positive durations and weights within 0..1', () => {
    for (const cue of cues) {
      expect(cue.duration).toBeGreaterThan(0);
      expect(cue.weight).toBeGreaterThan(0);
      expect(cue.weight).toBeLessThanOrEqual(1);
    }
  });

  it('neither begins nor ends with a pause', () => {
    expect(cues[0] && isPause(cues[0])).toBe(false);
    expect(cues.at(-1) && isPause(cues.at(-1) as VisemeCue)).toBe(false);
  });

  it('lets every spoken cue point at the word it comes from', () => {
    const starts = new Set(wordStarts(text));
    for (const cue of cues.filter((each) => !isPause(each))) {
      expect(starts.has(cue.charIndex), `${cue.phone} at ${cue.charIndex}`).toBe(true);
      expect(cue.charEnd).toBeGreaterThan(cue.charIndex);
    }
    // cues follow the text: char indices never go back
    expect(cues.map((cue) => cue.charIndex)).toEqual([...cues.map((cue) => cue.charIndex)].sort((a, b) => a - b));
  });

  it('speaks at 12.5–15.5 phones a second at rate 1, pauses aside', () => {
    const spoken = cues.filter((cue) => !isPause(cue));
    const seconds = spoken.reduce((sum, cue) => sum + cue.duration, 0);
    expect(spoken.length / seconds).toBeGreaterThan(12.5);
    expect(spoken.length / seconds).toBeLessThan(15.5);
  });

  it('is deterministic', () => {
    expect(textToVisemes(text, locale)).toEqual(cues);
  });
});

describe('the duration model', () => {
  it('holds a vowel sound longer than a consonant (a diphthong and its glide are one sound)', () => {
    const cues = textToVisemes('Staubsauger kaufen', 'de');
    const total = (kind: string) =>
      cues.filter((cue) => PHONES[cue.phone].kind === kind).reduce((sum, cue) => sum + cue.duration, 0);
    const vowelSounds = cues.filter((cue) => PHONES[cue.phone].kind === 'vowel' && !cue.phone.endsWith('^')).length;
    const consonants = cues.filter((cue) => PHONES[cue.phone].kind === 'consonant').length;
    expect(vowelSounds).toBe(5); // au, au, er, au, e
    expect(total('vowel') / vowelSounds).toBeGreaterThan(1.5 * (total('consonant') / consonants));
  });

  it('holds a long vowel longer than a short one (Staat vs. Stadt)', () => {
    const vowelOf = (word: string) => textToVisemes(word, 'de').find((cue) => cue.viseme === 'aa');
    expect(vowelOf('Staat')?.duration).toBeGreaterThan(vowelOf('Stadt')?.duration ?? Number.POSITIVE_INFINITY);
  });

  it.each([
    ['Ja, gut', 0.2],
    ['Ja; gut', 0.3],
    ['Ja. Gut', 0.4],
    ['Ja? Gut', 0.4],
    ['Ja… gut', 0.5],
    ['Ja – gut', 0.2],
    ['Ja, – gut', 0.2],
    ['Ja.“ „Gut', 0.4],
  ])('pauses %j for %f s with a closed mouth', (text, seconds) => {
    const pauses = textToVisemes(text, 'de').filter(isPause);
    expect(pauses).toHaveLength(1);
    expect(pauses[0]?.viseme).toBe('closed');
    expect(pauses[0]?.duration).toBeCloseTo(seconds, 10);
  });

  it('scales every cue, pauses included, by 1 / rate', () => {
    const text = 'Das ist, ehrlich gesagt, eine Frechheit. Ich will Ihren Chef sprechen!';
    const normal = textToVisemes(text, 'de');
    for (const rate of [0.5, 1.5, 2]) {
      const scaled = textToVisemes(text, 'de', rate);
      expect(scaled.map((cue) => cue.phone)).toEqual(normal.map((cue) => cue.phone));
      scaled.forEach((cue, index) => {
        expect(cue.duration).toBeCloseTo((normal[index]?.duration ?? 0) / rate, 10);
      });
      expect(estimateDuration(text, 'de', rate)).toBeCloseTo(estimateDuration(text, 'de') / rate, 10);
    }
  });

  it('treats a rate that is not a positive number as 1 and clamps extremes to 0.1..10', () => {
    const normal = estimateDuration('Guten Tag', 'de');
    for (const rate of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(estimateDuration('Guten Tag', 'de', rate)).toBe(normal);
    expect(estimateDuration('Guten Tag', 'de', 100)).toBeCloseTo(normal / 10, 10);
    expect(estimateDuration('Guten Tag', 'de', 0.01)).toBeCloseTo(normal / 0.1, 10);
  });

  it('estimates a duration equal to the end of the timeline, and longer for longer text', () => {
    const short = 'Guten Tag.';
    const long = 'Guten Tag. Ich möchte mich über Ihren Service beschweren, und zwar sofort.';
    expect(estimateDuration(long, 'de')).toBe(timelineDuration(textToVisemes(long, 'de')));
    expect(estimateDuration(long, 'de')).toBeGreaterThan(3 * estimateDuration(short, 'de'));
  });

  it('gives nothing for text with nothing to say', () => {
    for (const text of ['', '   ', '„…“ – !?', '👍']) {
      expect(textToVisemes(text, 'de')).toEqual([]);
      expect(estimateDuration(text, 'en')).toBe(0);
    }
  });
});

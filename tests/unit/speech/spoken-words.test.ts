import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/scenario/vocabulary';
import { textToVisemes } from '../../../src/core/speech';
import { spokenWords } from '../../../src/core/speech/spoken-words';
import { readTable } from './fixture-table';

describe('numbers, abbreviations, symbols and acronyms, fixtures/spoken.txt', () => {
  it.each(readTable('spoken.txt'))('%s: %s → %s', (locale = '', token = '', expected = '') => {
    expect(spokenWords(token, locale as Locale).join(' ')).toBe(expected);
  });
});

describe('a period after a word', () => {
  const pauses = (text: string, locale: Locale) => textToVisemes(text, locale).filter((cue) => cue.phone === '_');

  it('belongs to an abbreviation, so "z.B. das" has no sentence pause', () => {
    expect(pauses('Das geht z.B. so.', 'de')).toHaveLength(0);
    expect(pauses('Ask Dr. Smith.', 'en')).toHaveLength(0);
  });

  it('makes a German number followed by a word an ordinal ("am 3. Mai")', () => {
    const cues = textToVisemes('am 3. Mai', 'de');
    expect(cues.some((cue) => cue.phone === '_')).toBe(false);
    // dritte: d r I t @ — the ordinal, not "drei"
    const three = cues.filter((cue) => cue.charIndex === 3).map((cue) => cue.phone);
    expect(three).toEqual(['d', 'r', 'I', 't', '@']);
  });

  it('still ends a sentence after an ordinary word, and after a number in English', () => {
    expect(pauses('Das ist gut. Danke.', 'de').map((cue) => cue.duration)).toEqual([0.4]);
    expect(pauses('Es kostet 3. Danke', 'en').map((cue) => cue.duration)).toEqual([0.4]);
  });
});

describe('what a number sounds like in the timeline', () => {
  it('keeps every cue of a spelled-out number on the number token', () => {
    const text = 'Das kostet 1.250,50 €.';
    const numberCues = textToVisemes(text, 'de').filter((cue) => cue.charIndex === 11);
    expect(numberCues.length).toBeGreaterThan(20); // eintausendzweihundertfünfzig komma fünf null
    expect(numberCues.every((cue) => cue.charEnd === 19)).toBe(true);
  });

  it('says the euro sign', () => {
    const euro = textToVisemes('5 €', 'de').filter((cue) => cue.charIndex === 2);
    expect(euro.map((cue) => cue.phone)).toEqual(['O', 'I^', 'r', 'O:']);
  });
});

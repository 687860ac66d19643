import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/scenario/vocabulary';
import { PHONES, textToVisemes } from '../../../src/core/speech';
import { readTable } from './fixture-table';

function vowelVisemes(word: string, locale: Locale): string {
  return textToVisemes(word, locale)
    .filter((cue) => PHONES[cue.phone].kind === 'vowel')
    .map((cue) => cue.viseme)
    .join(' ');
}

describe.each(['de', 'en'] as const)('vowel visemes, fixtures/vowels.%s.txt', (locale) => {
  const rows = readTable(`vowels.${locale}.txt`);
  it('has a fixture worth the name', () => {
    expect(rows.length).toBeGreaterThan(40);
  });
  it.each(rows)('%s → %s', (word = '', expected = '') => {
    expect(vowelVisemes(word, locale)).toBe(expected);
  });
});

describe('whole mouth sequences, fixtures/mouth.txt', () => {
  it.each(readTable('mouth.txt'))('%s %s → %s', (locale = '', word = '', expected = '') => {
    const cues = textToVisemes(word, locale as Locale);
    expect(cues.map((cue) => cue.viseme).join(' ')).toBe(expected);
  });
});

describe('weights of consonants and vowels', () => {
  const words = [
    ...readTable('vowels.de.txt').map((row) => [row[0] ?? '', 'de']),
    ...readTable('vowels.en.txt').map((row) => [row[0] ?? '', 'en']),
  ];

  it('lets no consonant open the mouth as far as the weakest vowel of its word', () => {
    for (const [word = '', locale = 'de'] of words) {
      const cues = textToVisemes(word, locale as Locale);
      const vowels = cues.filter((cue) => PHONES[cue.phone].kind === 'vowel').map((cue) => cue.weight);
      const shaped = cues.filter((cue) => PHONES[cue.phone].kind === 'consonant' && cue.viseme !== 'closed');
      for (const consonant of shaped)
        expect(consonant.weight, `${word} ${consonant.phone}`).toBeLessThanOrEqual(Math.min(...vowels));
    }
  });

  it('closes the mouth completely for m, b and p', () => {
    const closing = textToVisemes('Mama bringt Papas Pommes', 'de').filter((cue) =>
      ['m', 'b', 'p'].includes(cue.phone),
    );
    expect(closing.length).toBe(7); // Mama 2, bringt 1, Papas 2, Pommes 2 (mm is one m)
    expect(closing.every((cue) => cue.viseme === 'closed')).toBe(true);
  });

  it('makes sh round the lips and s spread them (Schiff vs. Sieb)', () => {
    const [sh] = textToVisemes('Schiff', 'de');
    const [s] = textToVisemes('Sieb', 'de');
    expect(sh?.viseme).toBe('ou');
    expect(s?.viseme).toBe('ih');
  });
});

describe('spelling that must not confuse the rules', () => {
  it('reads foreign accents as their base letters (café = cafe)', () => {
    expect(textToVisemes('café', 'en').map((cue) => cue.phone)).toEqual(
      textToVisemes('cafe', 'en').map((cue) => cue.phone),
    );
  });

  it('reads umlauts in an English line without dropping them (Müller)', () => {
    expect(vowelVisemes('Müller', 'en')).toBe('aa ee');
  });

  it('reads decomposed umlauts (a + U+0308) like composed ones', () => {
    const phones = (text: string) => textToVisemes(text, 'de').map((cue) => cue.phone);
    expect(phones('Ma\u0308dchen')).toEqual(phones('Mädchen'));
  });

  it('reads a doubled consonant once (Mutter has one t)', () => {
    expect(textToVisemes('Mutter', 'de').filter((cue) => cue.phone === 't')).toHaveLength(1);
  });

  it('treats the h after a vowel as silent (Schuh, gehen) but says it at a syllable start (Haus)', () => {
    expect(textToVisemes('gehen', 'de').some((cue) => cue.phone === 'h')).toBe(false);
    expect(textToVisemes('Haus', 'de')[0]?.phone).toBe('h');
  });
});

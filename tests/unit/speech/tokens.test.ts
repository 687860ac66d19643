import { describe, expect, it } from 'vitest';
import { tokenize, wordStarts } from '../../../src/core/speech';

/** The words found, as the text they cover. */
function wordsOf(text: string): string[] {
  return wordStarts(text).map((start) => {
    const token = tokenize(text).find((each) => each.start === start);
    return token === undefined ? '' : text.slice(token.start, token.end);
  });
}

describe('wordStarts', () => {
  it('gives the index of each word, skipping typographic quotes', () => {
    const text = '„Schuh“, sagte er.';
    expect(wordStarts(text)).toEqual([1, 9, 15]);
    expect(wordsOf(text)).toEqual(['Schuh', 'sagte', 'er']);
  });

  it('keeps apostrophes, hyphens and inner dots inside a word', () => {
    expect(wordsOf('Geht’s mit der E-Mail, z.B. heute?')).toEqual(['Geht’s', 'mit', 'der', 'E-Mail', 'z.B', 'heute']);
    expect(wordsOf("I don't know.")).toEqual(['I', "don't", 'know']);
  });

  it('keeps a number with separators whole and counts spoken symbols as words', () => {
    expect(wordsOf('Das kostet 1.250,50 € (inkl. 19 % MwSt.) um 14:30.')).toEqual([
      'Das',
      'kostet',
      '1.250,50',
      '€',
      'inkl',
      '19',
      '%',
      'MwSt',
      'um',
      '14:30',
    ]);
  });

  it('finds no words in empty text, whitespace or punctuation only', () => {
    expect(wordStarts('')).toEqual([]);
    expect(wordStarts('  \n\t ')).toEqual([]);
    expect(wordStarts('„…“ – !?')).toEqual([]);
  });

  it('counts UTF-16 code units like the browser: an emoji before a word shifts it by two', () => {
    expect(wordStarts('👍 Super')).toEqual([3]);
  });
});

describe('tokenize pauses', () => {
  const pauses = (text: string) =>
    tokenize(text).flatMap((token) => (token.kind === 'pause' ? [[token.text, token.seconds]] : []));

  it('gives a comma 0.2 s and a sentence end 0.4 s', () => {
    expect(pauses('Ja, gut. Nein!')).toEqual([
      [',', 0.2],
      ['.', 0.4],
      ['!', 0.4],
    ]);
  });

  it('takes the longest mark of a run, not their sum', () => {
    expect(pauses('Wie bitte?!')).toEqual([['?!', 0.4]]);
  });

  it('treats both ellipses alike and longer than a full stop', () => {
    expect(pauses('Also… gut... ja')).toEqual([
      ['…', 0.5],
      ['...', 0.5],
    ]);
  });

  it('pauses at a free-standing dash but not at a hyphen inside a word', () => {
    expect(pauses('Das – und das - und E-Mail')).toEqual([
      ['–', 0.2],
      ['-', 0.2],
    ]);
  });
});

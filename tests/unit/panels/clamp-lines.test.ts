import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advancesOf, FONT_JSON } from '../../../scripts/fonts/write-advances';
import { compactText } from '../../../src/scene/panels/ChoiceButton';
import { clampLines, type LineBox, lineCount } from '../../../src/scene/panels/clamp-lines';
import { OPEN_SANS_ADVANCES } from '../../../src/scene/panels/open-sans-advances';

// Every character one unit wide: a line of width 10 holds "aaaa bbbb" (9) but not "aaaa bbbbbb" (11).
const box = (lines: number, width = 10): LineBox => ({ lines, width, fontSize: 1, advance: () => 1 });

describe('clampLines', () => {
  it('wraps greedily at spaces, a word wider than a line standing alone', () => {
    expect(lineCount('aaaa bbbb', box(1))).toBe(1);
    expect(lineCount('aaaa bbbbbb', box(1))).toBe(2);
    expect(lineCount('aaaaaaaaaaaaaa b', box(1))).toBe(2);
  });

  it('leaves text that fits whole, whitespace collapsed', () => {
    expect(clampLines('  aaaa   bbbb\ncccc ', box(2))).toBe('aaaa bbbb cccc');
  });

  it('cuts at a word so that the text with „…“ keeps to the lines', () => {
    const cut = clampLines('aaaa bbbb cccc dddd eeee ffff', box(2));
    expect(cut).toBe('aaaa bbbb cccc dddd…');
    expect(lineCount(cut, box(2))).toBe(2);
  });

  it('measures width, not characters: wide letters are cut sooner than narrow ones', () => {
    const wide: LineBox = { ...box(1, 10), advance: (c) => (c === 'W' ? 2 : 0.5) };
    expect(clampLines('WW WW WW WW', wide)).toBe('WW WW…');
    expect(clampLines('ii ii ii ii ii ii', wide)).toBe('ii ii ii ii ii ii');
  });

  it('drops punctuation and dashes before the ellipsis', () => {
    expect(clampLines('aaa, bbbbbb cc', box(1))).toBe('aaa…');
    expect(clampLines('aaa – bbbbbb cc', box(1))).toBe('aaa…');
  });

  it('keeps a sentence end before the ellipsis, set apart from it', () => {
    expect(clampLines('aa bb. ccccccc dd', box(1))).toBe('aa bb. …');
    expect(clampLines('aa bb? ccccccc dd', box(1))).toBe('aa bb? …');
    expect(clampLines('aa bb cc. ddddddd', box(1))).toBe('aa bb…');
  });

  it('cuts inside a word too long for the line, within one line', () => {
    expect(clampLines('Donaudampfschifffahrt ist lang', box(2))).toBe('Donaudamp…');
  });
});

describe('compact answer card', () => {
  it('uses the advances of the font the panels load', () => {
    expect(OPEN_SANS_ADVANCES).toEqual(advancesOf(readFileSync(FONT_JSON, 'utf8')));
  });

  it('clamps a long German answer to two lines of a 440 mm card, at a word', () => {
    const text =
      'Lassen Sie mich kurz zusammenfassen, ob ich alles richtig habe: Die Maschine war wegen E21 in Reparatur, Auftrag RP-58213, und pumpt wieder nicht ab.';
    const shown = compactText(text, 440);
    expect(shown.endsWith('…')).toBe(true);
    expect(text.startsWith(shown.slice(0, -1))).toBe(true);
    expect(text[shown.length - 1]).toMatch(/[ ,]/);
    expect(compactText('E21, ja, das ist die Laugenpumpe.', 440)).toBe('E21, ja, das ist die Laugenpumpe.');
  });
});

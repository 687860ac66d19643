import { describe, expect, it } from 'vitest';
import { compactAnswer } from '../../../src/scene/panels/compact-answer';

describe('compactAnswer', () => {
  it('leaves a short answer whole', () => {
    expect(compactAnswer('E21, ja, das ist die Laugenpumpe.', 80)).toBe('E21, ja, das ist die Laugenpumpe.');
  });

  it('cuts a long answer at a word boundary, within the limit, and marks the cut', () => {
    const long =
      'Lassen Sie mich kurz zusammenfassen, ob ich alles richtig habe: Die Maschine war wegen E21 in Reparatur, Auftrag RP-58213.';
    const short = compactAnswer(long, 80);
    expect(short.length).toBeLessThanOrEqual(80);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    // The word before the cut is whole: the next character of the original is a space.
    expect(long[short.length - 1]).toBe(' ');
  });

  it('drops trailing punctuation and dashes before the ellipsis', () => {
    expect(compactAnswer('Verstehe ich – wenn gleich nach der Reparatur derselbe Fehler kommt', 16)).toBe(
      'Verstehe ich…',
    );
  });

  it('cuts inside one overlong word rather than returning it whole', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmütze';
    expect(compactAnswer(word, 20)).toBe(`${word.slice(0, 19)}…`);
  });
});

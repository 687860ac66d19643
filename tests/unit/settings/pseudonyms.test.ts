import { describe, expect, it } from 'vitest';
import {
  devicePseudonyms,
  generatedPseudonym,
  isGeneratedPseudonym,
  resolvePseudonym,
} from '../../../src/recording/pseudonym';

describe('pseudonyms on this device', () => {
  it('lists each stored pseudonym once, the most recently used first', () => {
    const sessions = [
      { pseudonym: 'blau-7', startedAt: '2026-03-01T09:00:00Z' },
      { pseudonym: 'anonym-4123', startedAt: '2026-03-05T09:00:00Z' },
      { pseudonym: 'blau-7', startedAt: '2026-03-10T09:00:00Z' },
      { pseudonym: 'rot-2', startedAt: '2026-02-01T09:00:00Z' },
    ];
    expect(devicePseudonyms(sessions)).toEqual(['blau-7', 'anonym-4123', 'rot-2']);
    expect(devicePseudonyms([])).toEqual([]);
  });

  it('tells a generated pseudonym from a typed one', () => {
    const generated = generatedPseudonym(() => 0.3821);
    expect(generated).toBe('anonym-4438');
    expect(isGeneratedPseudonym(generated)).toBe(true);
    expect(isGeneratedPseudonym('blau-7')).toBe(false);
    expect(isGeneratedPseudonym('anonym-12')).toBe(false);
    // Empty or a full name: a generated one is used, which the menu then says.
    expect(isGeneratedPseudonym(resolvePseudonym('', () => 0.1))).toBe(true);
    expect(isGeneratedPseudonym(resolvePseudonym('Anna Berg', () => 0.1))).toBe(true);
    expect(resolvePseudonym(' blau-7 ', () => 0.1)).toBe('blau-7');
  });
});

import { describe, expect, it } from 'vitest';
import { deepLinkedScenarioId, deepLinkSettings } from '../../../src/nav/deep-link';

describe('deep links', () => {
  it('read the scenario, language, mode and difficulty', () => {
    const search = '?scenario=angry-repair-returned&lang=en&mode=assessment&difficulty=hard';
    expect(deepLinkedScenarioId(search)).toBe('angry-repair-returned');
    expect(deepLinkSettings(search)).toEqual({ locale: 'en', mode: 'assessment', difficulty: 'hard' });
  });

  it('ignore unknown values instead of guessing', () => {
    expect(deepLinkSettings('?lang=fr&mode=exam&difficulty=brutal')).toEqual({});
    expect(deepLinkedScenarioId('?lang=de')).toBeNull();
  });
});

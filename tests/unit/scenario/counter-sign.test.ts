import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/core/scenario/schema';
import { scenarioFingerprint } from '../../../src/core/session/fingerprint';
import { counterSignText, DEFAULT_COUNTER } from '../../../src/scene/room/counter-sign';
import { scenarioFrom } from '../../support/scenarios';

describe('the counter sign of a scenario', () => {
  it('reads in one language: the scenario’s own counter, or the default', () => {
    const counter = {
      sign: { de: 'Kundenservice', en: 'Customer Service' },
      purpose: { de: 'Umtausch & Rückgabe', en: 'Returns & exchanges' },
    };
    expect(counterSignText(counter, 'de')).toEqual({ sign: 'Kundenservice', purpose: 'Umtausch & Rückgabe' });
    expect(counterSignText(counter, 'en')).toEqual({ sign: 'Customer Service', purpose: 'Returns & exchanges' });
    expect(counterSignText(undefined, 'en')).toEqual({
      sign: DEFAULT_COUNTER.sign.en,
      purpose: DEFAULT_COUNTER.purpose.en,
    });
    expect(counterSignText(undefined, 'de').purpose).not.toContain('Customer');
  });

  it('is checked: both languages, short enough for the board', () => {
    const base = scenarioFrom('scenes/threat-end-relationship.yaml', null);
    const withCounter = (counter: unknown) => scenarioSchema.safeParse({ ...base, counter });
    expect(withCounter({ sign: { de: 'Kasse', en: 'Till' }, purpose: { de: 'Rückgabe', en: 'Returns' } }).success).toBe(
      true,
    );
    expect(withCounter({ sign: { de: 'Kasse' }, purpose: { de: 'Rückgabe', en: 'Returns' } }).success).toBe(false);
    // The large line may be left to the company profile (src/core/profile/apply.ts); the purpose may not.
    expect(withCounter({ purpose: { de: 'Rückgabe', en: 'Returns' } }).success).toBe(true);
    expect(withCounter({ sign: { de: 'Kasse', en: 'Till' } }).success).toBe(false);
    expect(
      withCounter({ sign: { de: 'K'.repeat(25), en: 'Till' }, purpose: { de: 'Rückgabe', en: 'Returns' } }).success,
    ).toBe(false);
    expect(
      withCounter({ sign: { de: 'Kasse', en: 'Till' }, purpose: { de: 'Rückgabe', en: 'Returns' }, colour: 'red' })
        .success,
    ).toBe(false);
  });

  it('is scenery: changing it keeps the fingerprint, so stored sessions still replay', () => {
    const base = scenarioFrom('scenes/threat-end-relationship.yaml', null);
    const other = {
      ...base,
      counter: { sign: { de: 'Kasse', en: 'Till' }, purpose: { de: 'Rückgabe', en: 'Returns' } },
    };
    expect(base.counter).toBeDefined();
    expect(scenarioFingerprint(other)).toBe(scenarioFingerprint(base));
    const retitled: typeof base = { ...base, title: { de: 'Anders', en: 'Other' } };
    expect(scenarioFingerprint(retitled)).not.toBe(scenarioFingerprint(base));
  });
});

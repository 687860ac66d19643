import { describe, expect, it } from 'vitest';
import { startSession } from '../../../src/core/dialogue/engine';
import { fill, parseOverride, placeholderValues } from '../../../src/core/dialogue/text';
import type { Scenario } from '../../../src/core/scenario/schema';
import { scenarioSchema } from '../../../src/core/scenario/schema';
import { minimalScenario } from '../../support/scenarios';

const sentence = 'Sie bekommen {product:einen neuen|eine neue|ein neues} {product}.';

describe('grammatical placeholders', () => {
  it('picks the form that agrees with the gender, for der, die and das products', () => {
    expect(fill(sentence, { product: { text: 'Staubsauger', genus: 'm' } })).toBe(
      'Sie bekommen einen neuen Staubsauger.',
    );
    expect(fill(sentence, { product: { text: 'Waschmaschine', genus: 'f' } })).toBe(
      'Sie bekommen eine neue Waschmaschine.',
    );
    expect(fill(sentence, { product: { text: 'Radio', genus: 'n' } })).toBe('Sie bekommen ein neues Radio.');
  });

  it('shows all forms for a value without gender, and leaves unknown names visible', () => {
    expect(fill(sentence, { product: 'Gerät' })).toBe('Sie bekommen einen neuen/eine neue/ein neues Gerät.');
    expect(fill('{unknown:a|b|c} {unknown}', {})).toBe('{unknown:a|b|c} {unknown}');
  });

  it('reads the gender of a scenario value and of a company override', () => {
    const scenario = minimalScenario();
    scenario.placeholders.product = { de: 'Waschmaschine', en: 'washing machine', genus: 'f' };
    expect(placeholderValues(scenario, 'de').product).toEqual({ text: 'Waschmaschine', genus: 'f' });
    expect(placeholderValues(scenario, 'de', { product: 'Staubsauger (m)' }).product).toEqual({
      text: 'Staubsauger',
      genus: 'm',
    });
    // An override without a gender has none: the forms then show all three rather than a wrong one.
    expect(placeholderValues(scenario, 'de', { product: 'Gerät' }).product).toBe('Gerät');
    expect(parseOverride('Radio (n)')).toEqual({ text: 'Radio', genus: 'n' });
    expect(parseOverride('Modell (2024)')).toEqual({ text: 'Modell (2024)', genus: null });
  });

  it('fills the conversation text with the override and its gender', () => {
    const scenario: Scenario = minimalScenario();
    scenario.placeholders.product = { de: 'Kaffeemaschine', en: 'coffee machine', genus: 'f' };
    const opening = scenario.nodes.opening;
    if (opening)
      opening.say = [
        {
          text: { de: '{product:Der|Die|Das} {product} ist kaputt!', en: 'The {product} is broken!' },
          emotion: 'angry',
          gesture: 'none',
        },
      ];
    const say = (placeholders?: Record<string, string>) => {
      const out = startSession(scenario, { locale: 'de', seed: 's', ...(placeholders ? { placeholders } : {}) })
        .outputs[0];
      return out?.type === 'say' ? out.lines[0]?.text : undefined;
    };
    expect(say()).toBe('Die Kaffeemaschine ist kaputt!');
    expect(say({ product: 'Toaster (m)' })).toBe('Der Toaster ist kaputt!');
    expect(say({ product: 'Radio (n)' })).toBe('Das Radio ist kaputt!');
  });

  it('the schema accepts genus m, f, n and refuses anything else', () => {
    const base = { de: 'Waschmaschine', en: 'washing machine' };
    const check = (genus: string) =>
      scenarioSchema.shape.placeholders.safeParse({ product: { ...base, genus } }).success;
    expect(['m', 'f', 'n'].map(check)).toEqual([true, true, true]);
    expect(check('x')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { BUNDLED_AVATARS } from '../../../src/core/scenario/avatars';
import { agesInDescription, contradictedAge } from '../../../src/core/scenario/description-age';
import { lintCustomer } from '../../../src/core/scenario/lint-customer';
import type { Scenario } from '../../../src/core/scenario/schema';

const span = (text: string, lang: 'de' | 'en') => agesInDescription(text, lang).map((r) => [r.min, r.max]);

describe('ages in a customer description', () => {
  it('reads German decades with Anfang, Mitte, Ende and um die', () => {
    expect(span('Mann Mitte fünfzig, kräftig', 'de')).toEqual([[53, 57]]);
    expect(span('Anfang sechzig, hager', 'de')).toEqual([[60, 63]]);
    expect(span('Frau Ende 20, Jeansjacke', 'de')).toEqual([[27, 29]]);
    expect(span('Frau um die dreißig', 'de')).toEqual([[27, 33]]);
  });

  it('reads English decades, with or without early, mid, late', () => {
    expect(span('in his mid-fifties', 'en')).toEqual([[53, 57]]);
    expect(span('Late forties, tall', 'en')).toEqual([[47, 49]]);
    expect(span('about thirty, slim', 'en')).toEqual([[27, 33]]);
    expect(span('a woman in her seventies', 'en')).toEqual([[68, 79]]);
  });

  it('reads stated years but not sizes or model numbers', () => {
    expect(span('Dame, 76 Jahre alt', 'de')).toEqual([[75, 77]]);
    expect(span('die 76-jährige Mutter', 'de')).toEqual([[75, 77]]);
    expect(span('junger Mann, 21, groß', 'de')).toEqual([[20, 22]]);
    expect(span('a 21-year-old student', 'en')).toEqual([[20, 22]]);
    expect(span('trägt Schuhgröße 42 und ein Handy Modell 20 Pro', 'de')).toEqual([]);
    expect(span('holding a Model 20 phone', 'en')).toEqual([]);
    expect(span('elderly, young-looking', 'en')).toEqual([]);
  });

  it('calls an age contradicted only well outside the stated range', () => {
    expect(contradictedAge('Mitte fünfzig', 'de', 62)).toBeUndefined();
    expect(contradictedAge('Mitte fünfzig', 'de', 68)?.phrase).toBe('Mitte fünfzig');
    expect(contradictedAge('a 21-year-old', 'en', 35)?.phrase).toBe('21-year-old');
    expect(contradictedAge('a 21-year-old', 'en', 30)).toBeUndefined();
  });
});

describe('lintCustomer', () => {
  const customer = (avatar: string, gender: 'female' | 'male' | 'any', de: string, en: string) =>
    ({
      customer: {
        type: 'talkative',
        name: { de: 'Frau Brandt', en: 'Mrs Brandt' },
        description: { de, en },
        avatar,
        voice: { lang: { de: 'de-DE', en: 'en-GB' }, gender, pitch: 1, rate: 1 },
        mood: { anger: 10, trust: 50, patience: 50 },
      },
    }) as unknown as Scenario;

  it('accepts every new customer with its own voice and age', () => {
    const planned: [string, 'female' | 'male', string, string][] = [
      ['regular', 'male', 'Mann Ende vierzig', 'man in his late forties'],
      ['furious', 'female', 'Frau Anfang fünfzig', 'woman in her early fifties'],
      ['returning', 'male', 'Mann um die 40', 'man of about forty'],
      ['student', 'male', 'Student, 21', 'student, 21'],
      ['elderly-woman', 'female', 'Dame, 76 Jahre', 'lady, 76 years old'],
      ['commuter', 'female', 'Frau Ende zwanzig', 'woman in her late twenties'],
    ];
    for (const [id, gender, de, en] of planned) {
      expect(BUNDLED_AVATARS.find((a) => a.id === id)?.sex).toBe(gender);
      expect(lintCustomer(customer(id, gender, de, en)), id).toEqual([]);
    }
  });

  it('warns in both languages about a voice and an age the avatar contradicts', () => {
    const findings = lintCustomer(customer('student', 'female', 'Dame, 76 Jahre', 'lady in her seventies'));
    expect(findings.map((f) => [f.severity, f.path.join('.')])).toEqual([
      ['warning', 'customer.voice.gender'],
      ['warning', 'customer.description.de'],
      ['warning', 'customer.description.en'],
    ]);
    expect(findings[1]?.message.de).toContain('„76 Jahre“');
    expect(findings[1]?.message.de).toContain('21 Jahre alt');
    // Suggestions keep the avatar's sex; the voice finding above covers a wrong sex.
    expect(findings[1]?.message.de).toContain('talkative (75)');
    expect(findings[2]?.message.en).toContain('"seventies"');
    expect(findings[2]?.message.en).toContain('looks about 21');
  });

  it('does not compare a .vrm of the company, whose age and sex it cannot know', () => {
    expect(lintCustomer(customer('avatars/pharmacist.vrm', 'female', 'Mann, 80', 'man, 80'))).toEqual([]);
  });
});

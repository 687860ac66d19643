import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localize, placeholderValues } from '../../../src/core/dialogue/text';
import { loadProfile } from '../../../src/core/profile/load';
import type { CompanyProfile } from '../../../src/core/profile/schema';
import { profileValues } from '../../../src/core/profile/values';
import type { Scenario } from '../../../src/core/scenario/schema';
import { LOCALES, type Locale } from '../../../src/core/scenario/vocabulary';
import { localizedTexts } from '../../../src/core/scenario/walk';
import { scenarioFingerprint } from '../../../src/core/session/fingerprint';
import { playScript } from '../../support/play';
import { bundledProfile, repoPath, scenarioFrom } from '../../support/scenarios';

const other = (): CompanyProfile => {
  const result = loadProfile(readFileSync(repoPath('tests/fixtures/profiles/elektro-krause.yaml'), 'utf8'), 'k.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.profile;
};
const files = readdirSync(repoPath('scenes')).filter((f) => f.endsWith('.yaml'));

/** Every text of a scenario in one language with its placeholders filled, as the trainee would read it. */
function allTexts(scenario: Scenario, locale: Locale): string[] {
  const values = placeholderValues(scenario, locale);
  return [...localizedTexts(scenario)].map(({ text }) => localize(text, locale, values));
}

/** The profile's words in one language: company, product names, formatted prices. */
function wordsOf(profile: CompanyProfile, locale: Locale): string[] {
  return Object.values(profileValues(profile)).map((v) => (typeof v === 'string' ? v : v[locale]));
}

/** The briefing and the customer's first lines, as a run starts. */
function opening(scenario: Scenario, locale: Locale): string {
  const briefing = localize(scenario.briefing, locale, placeholderValues(scenario, locale));
  return [briefing, ...playScript(scenario, [], { locale, seed: 'profile' }).said].join('\n');
}

describe('one company profile changes every bundled scenario', () => {
  const bundled = bundledProfile();
  const krause = other();
  const unique = (profile: CompanyProfile, locale: Locale, against: CompanyProfile) => {
    const theirs = new Set(wordsOf(against, locale));
    // Only words that are the profile's own (not shared with the other) and long enough not to occur by chance.
    return wordsOf(profile, locale).filter((w) => !theirs.has(w) && w.length >= 4);
  };

  it('the two profiles really differ in name, sign, products, prices and policies', () => {
    expect(krause.company).not.toBe(bundled.company);
    expect(krause.sign).not.toEqual(bundled.sign);
    expect(krause.policies.exchangeDays).not.toBe(bundled.policies.exchangeDays);
    expect(krause.policies.returnDays).not.toBe(bundled.policies.returnDays);
    for (const key of Object.keys(bundled.products)) expect(krause.products[key]).toBeDefined();
  });

  const wholeWord = (word: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

  // These six open with the company or a product, so their first minute must change. A scenario
  // added later is held to the rules above and below (never the bundled company's words).
  const OPENING_CHANGES = [
    'angry-repair-returned',
    'demanding-premium-exchange',
    'indecisive-laptop-choice',
    'suspicious-warranty-fee',
    'talkative-pension-story',
    'threat-end-relationship',
  ];

  for (const file of files) {
    describe(file, () => {
      const raw = scenarioFrom(`scenes/${file}`, null);
      const underBundled = scenarioFrom(`scenes/${file}`, bundled);
      const underKrause = scenarioFrom(`scenes/${file}`, krause);
      const quotesCompany = [...localizedTexts(raw)].some(({ text }) => /\{company[}:]/.test(text.de + text.en));

      for (const locale of LOCALES) {
        it(`names the other company and its products, never the bundled one's (${locale})`, () => {
          const texts = allTexts(underKrause, locale).join('\n');
          // Whole words and numbers only: "149 €" is not the bundled "49 €".
          for (const word of unique(bundled, locale, krause)) expect(texts).not.toMatch(wholeWord(word));
          if (quotesCompany) expect(texts).toContain(krause.company);
          expect(texts).not.toMatch(/\{[A-Za-z][\w.]*(:[^{}]*)?\}/);
        });

        it(`opens with each profile's own values (${locale})`, () => {
          const a = opening(underBundled, locale);
          const b = opening(underKrause, locale);
          const theirs = unique(bundled, locale, krause);
          if (!OPENING_CHANGES.includes(raw.id) && !theirs.some((w) => a.includes(w))) return;
          expect(b).not.toBe(a);
          expect(theirs.some((w) => a.includes(w))).toBe(true);
          expect(unique(krause, locale, bundled).some((w) => b.includes(w))).toBe(true);
        });
      }

      it('keeps the dialogue: same fingerprint, same moves', () => {
        expect(scenarioFingerprint(underKrause)).toBe(scenarioFingerprint(underBundled));
        expect(scenarioFingerprint(underKrause)).toBe(scenarioFingerprint(raw));
        expect(Object.keys(underKrause.nodes)).toEqual(Object.keys(underBundled.nodes));
      });

      it("shows the profile's sign where the scenario names none", () => {
        const sign = underKrause.counter?.sign;
        if (raw.counter?.sign) expect(sign).toEqual(raw.counter.sign);
        else expect(sign).toEqual(krause.sign);
      });
    });
  }

  it('covers the six scenarios that open with company facts', () => {
    const ids = files.map((f) => f.replace(/\.yaml$/, ''));
    expect(ids).toEqual(expect.arrayContaining(OPENING_CHANGES));
  });

  it('moves the policies: the exchange and return periods follow the profile in both languages', () => {
    const laptop = (p: CompanyProfile) => scenarioFrom('scenes/indecisive-laptop-choice.yaml', p);
    const vacuum = (p: CompanyProfile) => scenarioFrom('scenes/threat-end-relationship.yaml', p);
    const briefing = (s: Scenario, l: Locale) => localize(s.briefing, l, placeholderValues(s, l));
    expect(briefing(laptop(bundled), 'de')).toContain('14 Tage');
    expect(briefing(laptop(krause), 'de')).toContain('21 Tage');
    expect(briefing(laptop(krause), 'en')).toContain('within 21 days');
    expect(briefing(vacuum(bundled), 'de')).toContain('30 Tagen');
    expect(briefing(vacuum(krause), 'de')).toContain('45 Tagen');
    expect(briefing(vacuum(krause), 'en')).toContain('45-day');
    // Prices are written per language with the profile's currency.
    expect(briefing(vacuum(krause), 'de')).toContain('520 CHF');
    expect(briefing(vacuum(krause), 'en')).toContain('CHF 520');
  });
});

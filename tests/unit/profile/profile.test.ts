import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSession } from '../../../src/core/dialogue/engine';
import { localize, placeholderValues } from '../../../src/core/dialogue/text';
import { applyProfile } from '../../../src/core/profile/apply';
import { profileJsonSchema } from '../../../src/core/profile/json-schema';
import { loadProfile } from '../../../src/core/profile/load';
import { missingProfileValues } from '../../../src/core/profile/missing';
import type { CompanyProfile } from '../../../src/core/profile/schema';
import { formatMoney, profileNames } from '../../../src/core/profile/values';
import { loadScenario } from '../../../src/core/scenario/load';
import type { Scenario } from '../../../src/core/scenario/schema';
import type { Locale } from '../../../src/core/scenario/vocabulary';
import { bundledProfile, repoPath, scenarioFrom } from '../../support/scenarios';

const FIXTURE = 'tests/fixtures/profiles/uses-profile.yaml';
const fixtureSource = readFileSync(repoPath(FIXTURE), 'utf8');
const profileSource = readFileSync(repoPath('scenes/profile/company-profile.yaml'), 'utf8');

const withProfile = (changes: (p: CompanyProfile) => void): CompanyProfile => {
  const p = structuredClone(bundledProfile());
  changes(p);
  return p;
};
const briefing = (s: Scenario, locale: Locale) => localize(s.briefing, locale, placeholderValues(s, locale));
const firstLine = (s: Scenario, locale: Locale, placeholders?: Record<string, string>) => {
  const { outputs } = startSession(s, { locale, seed: 't', ...(placeholders ? { placeholders } : {}) });
  const say = outputs[0];
  return say?.type === 'say' ? say.lines.map((l) => l.text).join(' ') : '';
};

describe('a scenario under a company profile', () => {
  const raw = scenarioFrom(FIXTURE, null);

  it("fills the profile's values, German gender forms included", () => {
    const s = applyProfile(raw, bundledProfile());
    expect(briefing(s, 'de')).toBe(
      'Ein Kunde bringt seine Waschmaschine AquaLux 8 zu TechnoHaus zurück; Umtausch binnen 14 Tagen.',
    );
    expect(briefing(s, 'en')).toBe(
      'A customer brings their AquaLux 8 washing machine back to TechnoHaus; exchanges within 14 days.',
    );
    // `product: "{product.washer}"` takes over the washer's gender (f), so {product:Der|Die|Das} agrees.
    expect(firstLine(s, 'de')).toBe('Die Waschmaschine AquaLux 8 ist schon wieder kaputt!');
  });

  it('follows a product of another gender through the quoted value', () => {
    const dryer = withProfile((p) => {
      p.products.washer = { de: 'Trockner Föhn 3', en: 'Föhn 3 dryer', genus: 'm' };
    });
    const s = applyProfile(raw, dryer);
    expect(briefing(s, 'de')).toContain('bringt seinen Trockner Föhn 3 zu');
    expect(firstLine(s, 'de')).toBe('Der Trockner Föhn 3 ist schon wieder kaputt!');
  });

  it('lets the profile win for its names and the scenario keep its own', () => {
    expect(briefing(raw, 'de')).toContain('Fallback GmbH'); // no profile: the scenario's fallback
    const s = applyProfile(
      raw,
      withProfile((p) => Object.assign(p, { company: 'Elektro Krause' })),
    );
    expect(briefing(s, 'de')).toContain('zu Elektro Krause zurück');
    expect(s.placeholders.orderNumber).toBe('A-48213');
    // A scenario value that quotes a price is filled per language.
    expect(s.placeholders.fee).toEqual({ de: 'Gebühr 49 €', en: 'fee €49' });
  });

  it('still takes company overrides given at start, on top of the profile', () => {
    const s = applyProfile(raw, bundledProfile());
    expect(startSession(s, { locale: 'de', seed: 't', placeholders: { orderNumber: 'Z-9' } }).state.overrides).toEqual({
      orderNumber: 'Z-9',
    });
  });

  it('fills the sign where the scenario names none, and keeps a named one', () => {
    expect(applyProfile(raw, bundledProfile()).counter).toEqual({
      sign: bundledProfile().sign,
      purpose: { de: 'Reparatur-Annahme', en: 'Repairs' },
    });
    const named = { ...raw, counter: { sign: { de: 'Kasse', en: 'Till' }, purpose: { de: 'Bank', en: 'Bank' } } };
    expect(applyProfile(named, bundledProfile()).counter?.sign).toEqual({ de: 'Kasse', en: 'Till' });
    const open = { ...raw, counter: { purpose: { de: 'Apotheke', en: 'Pharmacy' } } };
    expect(applyProfile(open, bundledProfile()).counter).toEqual({
      sign: bundledProfile().sign,
      purpose: { de: 'Apotheke', en: 'Pharmacy' },
    });
  });
});

describe('the checker and the profile', () => {
  const names = (p: CompanyProfile) => profileNames(p, 'scenes/profile/company-profile.yaml');
  const noWasher = withProfile((p) => {
    delete p.products.washer;
    delete p.prices.dataTransfer;
  });

  it('accepts the fixture against the bundled profile', () => {
    const r = loadScenario(fixtureSource, FIXTURE, { profile: names(bundledProfile()) });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('names file, line and field of every value the profile leaves unset, in both languages', () => {
    const r = loadScenario(fixtureSource, FIXTURE, { profile: names(noWasher) });
    expect(r.ok).toBe(false);
    const errors = r.problems.filter((p) => p.severity === 'error');
    const at = errors.map((p) => `${p.file}:${p.line} ${p.path}`);
    expect(at).toEqual(
      expect.arrayContaining([
        `${FIXTURE}:9 briefing.de`,
        `${FIXTURE}:10 briefing.en`,
        `${FIXTURE}:20 placeholders.product`,
        `${FIXTURE}:23 placeholders.fee.de`,
      ]),
    );
    const briefingDe = errors.find((p) => p.path === 'briefing.de');
    expect(briefingDe?.messages.en).toBe(
      'the placeholder {product.washer} is not set by the company profile; add it there (scenes/profile/company-profile.yaml)',
    );
    expect(briefingDe?.messages.de).toContain('{product.washer} ist im Firmenprofil nicht gesetzt');
  });

  it('takes profile names on trust without a profile, but never an unknown plain name', () => {
    expect(loadScenario(fixtureSource, FIXTURE).ok).toBe(true);
    const unknown = fixtureSource.replace('zu {company} zurück', 'zu {shop} zurück');
    const r = loadScenario(unknown, FIXTURE);
    expect(r.problems.map((p) => `${p.line} ${p.path} ${p.messages.en}`)).toContain(
      '9 briefing.de the placeholder {shop} has no value; add it under "placeholders:"',
    );
  });

  it('refuses a scenario value that quotes anything but the profile', () => {
    const quoting = fixtureSource.replace('  orderNumber: A-48213', '  orderNumber: "{fee}-1"');
    const r = loadScenario(quoting, FIXTURE, { profile: names(bundledProfile()) });
    const p = r.problems.find((x) => x.path === 'placeholders.orderNumber');
    expect(p?.line).toBe(21);
    expect(p?.messages.en).toContain('can only quote company profile values');
  });

  it('lists what a profile lacks for the profile editor', () => {
    const raw = scenarioFrom(FIXTURE, null);
    expect(missingProfileValues(raw, names(bundledProfile()))).toEqual([]);
    const missing = missingProfileValues(raw, names(noWasher)).map((m) => `${m.name} ${m.field}`);
    expect(missing).toEqual(
      expect.arrayContaining([
        'product.washer placeholders.product',
        'price.dataTransfer placeholders.fee.de',
        'product.washer briefing.de',
      ]),
    );
  });

  it('every bundled scenario passes against the bundled profile (npm run check:scenes does the same)', () => {
    expect(() => scenarioFrom('scenes/threat-end-relationship.yaml')).not.toThrow();
  });
});

describe('bad profile files', () => {
  const problemsOf = (source: string) => {
    const r = loadProfile(source, 'p.yaml');
    expect(r.ok).toBe(false);
    return r.problems.map((p) => ({ at: `${p.file}:${p.line} ${p.path}`, en: p.messages.en, de: p.messages.de }));
  };
  const edit = (from: string, to: string) => {
    expect(profileSource).toContain(from);
    return profileSource.replace(from, to);
  };

  it('accepts the bundled profile', () => {
    expect(loadProfile(profileSource, 'p.yaml')).toMatchObject({ ok: true, problems: [] });
  });

  it('names the misspelt field, its line and the likely meant one', () => {
    const problems = problemsOf(edit('policies:', 'polices:'));
    const p = problems.find((x) => x.at.endsWith(' polices'));
    expect(p?.at).toMatch(/^p\.yaml:\d+ polices$/);
    expect(p?.en).toContain('unknown field "polices"');
    expect(p?.en).toContain('policies');
    expect(p?.de).toContain('unbekanntes Feld „polices“');
  });

  it('wants a gender for every product', () => {
    const problems = problemsOf(
      edit(
        'washer: { de: Waschmaschine AquaLux 8, en: AquaLux 8 washing machine, genus: f }',
        'washer: { de: Waschmaschine AquaLux 8, en: AquaLux 8 washing machine }',
      ),
    );
    expect(problems.map((p) => p.at)).toEqual([expect.stringMatching(/^p\.yaml:\d+ products\.washer\.genus$/)]);
  });

  it('keeps the sign within 24 characters', () => {
    const [p] = problemsOf(edit('en: TechnoHaus Service }', 'en: TechnoHaus Customer Services }'));
    expect(p?.at).toMatch(/ sign\.en$/);
    expect(p?.en).toContain('at most 24 characters');
    expect(p?.de).toContain('höchstens 24 Zeichen');
  });

  it('wants whole days and amounts', () => {
    const days = problemsOf(edit('exchangeDays: 14', 'exchangeDays: vierzehn'));
    expect(days[0]?.at).toMatch(/ policies\.exchangeDays$/);
    const price = problemsOf(edit('dataTransfer: 49', 'dataTransfer: -49'));
    expect(price[0]?.at).toMatch(/ prices\.dataTransfer$/);
    expect(price[0]?.en).toBe('a price is not negative');
    expect(price[0]?.de).toBe('ein Preis ist nicht negativ');
  });

  it('reports YAML mistakes, empty files and the wrong format by line', () => {
    expect(problemsOf('format: counterpart-company/1\ncompany: [TechnoHaus\n')[0]?.at).toMatch(/^p\.yaml:\d+ $/);
    expect(problemsOf('   \n')[0]?.en).toContain('the company profile is empty');
    const [format] = problemsOf(edit('format: counterpart-company/1', 'format: counterpart-scenario/1'));
    expect(format?.at).toMatch(/^p\.yaml:\d+ format$/);
    expect(format?.de).toContain('counterpart-company/1');
  });
});

describe('prices', () => {
  it('are written as each language writes money', () => {
    expect(formatMoney(1299, '€')).toEqual({ de: '1.299 €', en: '€1,299' });
    expect(formatMoney(1450.5, 'CHF')).toEqual({ de: '1.450,50 CHF', en: 'CHF 1,450.50' });
    expect(formatMoney({ de: 'gratis', en: 'free' }, '€')).toEqual({ de: 'gratis', en: 'free' });
  });
});

describe('scenes/profile/company-profile.schema.json', () => {
  it('is the committed output of the zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(repoPath('scenes/profile/company-profile.schema.json'), 'utf8'));
    expect(committed).toEqual(profileJsonSchema());
  });

  it('describes every field in German and English', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.properties) {
        for (const [key, value] of Object.entries(o.properties as Record<string, { description?: string }>)) {
          if (!/^de: .+ \/ en: .+/s.test(value.description ?? '')) undescribed.push(`${at}.${key}`);
        }
      }
      for (const [key, value] of Object.entries(o)) walk(value, `${at}/${key}`);
    };
    walk(profileJsonSchema(), '');
    expect(undescribed).toEqual([]);
  });
});

describe('npm run check:scenes with a profile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'profile-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-scenes.ts', '--lang', 'en', ...args], {
      cwd: repoPath(''),
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, LANG: '', LC_ALL: '' },
    });

  it('reports a scenario value the given profile leaves unset, with file, line and field', () => {
    const lacking = join(dir, 'lacking.yaml');
    writeFileSync(lacking, profileSource.replace(/^ {2}washer: .*\n/m, ''));
    const r = run('--profile', lacking, FIXTURE);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${FIXTURE}:9:`);
    expect(r.stdout).toContain('briefing.de: the placeholder {product.washer} is not set by the company profile');
  });

  it('fails on a broken profile and names its line and field', () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, profileSource.replace('exchangeDays: 14', 'exchangeDays: -1'));
    const r = run('--profile', broken, FIXTURE);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/broken\.yaml:\d+:\d+: error: policies\.exchangeDays: /);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_AVATARS } from '../../../src/core/scenario/avatars';
import { quoteFix } from '../../../src/core/scenario/quote-fix';
import {
  CUSTOMER_TYPES,
  EMOTIONS,
  GESTURES,
  OUTCOMES,
  STRUCTURE_STEPS,
  TECHNIQUES,
  TONES,
} from '../../../src/core/scenario/vocabulary';
import { labelOf, STRUCTURE_STEP_TEXT, TONE_TEXT, valueForLabel } from '../../../src/core/scenario/vocabulary-labels';
import { STEP_LABELS, TONE_LABELS } from '../../../src/core/scoring/messages';
import { repoPath } from '../../support/scenarios';

describe('German names of the vocabulary', () => {
  it('knows the debrief tone names, so a tone from docs/scoring.md is recognised', () => {
    for (const tone of TONES) {
      expect(TONE_TEXT[tone].de).toBe(TONE_LABELS[tone].de);
      expect(valueForLabel(TONE_LABELS[tone].de, TONES)).toBe(tone);
    }
    expect(valueForLabel('Empathisch', TONES)).toBe('empathetic');
    expect(valueForLabel('„ausweichend“', TONES)).toBe('evasive');
    expect(valueForLabel('irgendwas', TONES)).toBeUndefined();
  });

  it('uses the debrief names for the structure steps', () => {
    for (const [step, label] of Object.entries(STEP_LABELS))
      expect(STRUCTURE_STEP_TEXT[step as keyof typeof STEP_LABELS].de).toBe(label.de);
  });

  it('maps technique names in either language, not across vocabularies', () => {
    expect(valueForLabel('aktives Zuhören', TECHNIQUES)).toBe('active_listening');
    expect(valueForLabel('active listening', TECHNIQUES)).toBe('active_listening');
    expect(valueForLabel('aktives Zuhören', TONES)).toBeUndefined();
  });
});

describe('bundled avatars', () => {
  it('match the generator table and the files the app loads', () => {
    const table = JSON.parse(readFileSync(repoPath('assets/avatars/customers.json'), 'utf8')) as {
      id: string;
      sex: string;
      age: number;
    }[];
    expect(BUNDLED_AVATARS.map((a) => [a.id, a.sex, a.age])).toEqual(table.map((c) => [c.id, c.sex, c.age]));
    const files = readdirSync(repoPath('public/avatars')).filter((f) => f.endsWith('.vrm'));
    expect(files.map((f) => f.replace(/\.vrm$/, '')).sort()).toEqual(BUNDLED_AVATARS.map((a) => a.id).sort());
  });
});

describe('quoteFix', () => {
  it('quotes a text with ": " and escapes its quotes', () => {
    expect(quoteFix('    de: Er sagt: "nein"')).toBe('    de: "Er sagt: \\"nein\\""');
    expect(quoteFix('  - text: Hinweis: bitte warten')).toBe('  - text: "Hinweis: bitte warten"');
  });

  it('quotes both texts of { de, en } when a comma or „…“ would split them', () => {
    expect(quoteFix('summary: { de: Er sagt, „gleich“, en: Soon }')).toBe(
      'summary: { de: "Er sagt, „gleich“", en: "Soon" }',
    );
  });

  it('leaves plain, quoted and block texts alone', () => {
    expect(quoteFix('  de: Ein ganz normaler Satz.')).toBeUndefined();
    expect(quoteFix('  de: "Schon: in Anführungszeichen"')).toBeUndefined();
    expect(quoteFix('  de: |')).toBeUndefined();
    expect(quoteFix('text: { de: Hallo, en: Hello }')).toBeUndefined();
  });
});

describe('docs/scenario-authoring.md', () => {
  const guide = readFileSync(repoPath('docs/scenario-authoring.md'), 'utf8');
  it('has a reference row with the German name for every value and bundled avatar', () => {
    const tables = { TONES, TECHNIQUES, EMOTIONS, GESTURES, OUTCOMES, CUSTOMER_TYPES, STRUCTURE_STEPS };
    for (const [name, values] of Object.entries(tables)) {
      for (const value of values) {
        const label = labelOf(value, values);
        expect(guide, `${name}: ${value}`).toContain(`| \`${value}\` | ${label?.de}`);
      }
    }
    for (const a of BUNDLED_AVATARS) expect(guide).toContain(`| \`${a.id}\` | ${a.sex} |`);
  });

  it('covers the fields authors asked about', () => {
    for (const field of [
      'interrupt',
      'onTimeout',
      'timeLimit',
      'warrants',
      'variants',
      'moment',
      'genus',
      '{name:',
      'und',
      'placeholders',
      'protocol',
    ]) {
      expect(guide).toContain(field);
    }
    expect(guide).toContain('## Im Browser: die Szenarioseite');
  });
});

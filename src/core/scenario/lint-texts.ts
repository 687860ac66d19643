import type { Finding } from './lint-graph';
import type { Scenario } from './schema';
import { localizedTexts } from './walk.ts';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Names of the `{placeholders}` in a text. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/**
 * Checks texts beyond the schema: every placeholder has a value, and a text that is identical in
 * German and English (likely left untranslated) is flagged.
 */
export function lintTexts(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const declared = new Set(Object.keys(scenario.placeholders));
  const used = new Set<string>();
  for (const { text, path } of localizedTexts(scenario)) {
    for (const lang of ['de', 'en'] as const) {
      for (const name of placeholdersIn(text[lang])) {
        used.add(name);
        if (!declared.has(name)) {
          findings.push({
            severity: 'error',
            path: [...path, lang],
            message: `the placeholder {${name}} has no value; add it under "placeholders:"`,
          });
        }
      }
      const stray = text[lang].replace(PLACEHOLDER, '');
      if (/[{}]/.test(stray)) {
        findings.push({ severity: 'warning', path: [...path, lang], message: 'a "{" or "}" here is not part of a {placeholder}' });
      }
    }
    if (text.de === text.en && text.de.length > 24 && path[0] !== 'customer') {
      findings.push({ severity: 'warning', path, message: 'German and English are identical – is the translation missing?' });
    }
  }
  for (const name of declared) {
    if (!used.has(name)) findings.push({ severity: 'warning', path: ['placeholders', name], message: `the placeholder {${name}} is never used` });
  }
  return findings;
}

import { GENERA, PLACEHOLDER_PATTERN as PLACEHOLDER } from '../dialogue/text.ts';
import type { Finding } from './lint-graph';
import type { Scenario } from './schema';
import { localizedTexts } from './walk.ts';

/** Names of the `{placeholders}` in a text (also `{name:forms}`). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/** The gendered uses `{name:m|f|n}` in a text: name and forms. */
function formsIn(text: string): { name: string; forms: string[] }[] {
  return [...text.matchAll(PLACEHOLDER)].flatMap((m) =>
    m[2] === undefined ? [] : [{ name: m[1] as string, forms: m[2].split('|') }],
  );
}

function hasGenus(scenario: Scenario, name: string): boolean {
  const value = scenario.placeholders[name];
  return value !== undefined && typeof value !== 'string' && value.genus !== undefined;
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
            message: {
              de: `der Platzhalter {${name}} hat keinen Wert; ergänzen Sie ihn unter „placeholders:“`,
              en: `the placeholder {${name}} has no value; add it under "placeholders:"`,
            },
          });
        }
      }
      for (const { name, forms } of formsIn(text[lang])) {
        if (!Object.hasOwn(scenario.placeholders, name)) continue;
        if (forms.length !== GENERA.length || forms.some((f) => f.trim() === '')) {
          findings.push({
            severity: 'error',
            path: [...path, lang],
            message: {
              de: `{${name}:…} braucht genau ${GENERA.length} Formen, männlich|weiblich|sächlich (z. B. {${name}:einen neuen|eine neue|ein neues}); gefunden: ${forms.length}`,
              en: `{${name}:…} needs exactly ${GENERA.length} forms, masculine|feminine|neuter (e.g. {${name}:einen neuen|eine neue|ein neues}); found ${forms.length}`,
            },
          });
        } else if (!hasGenus(scenario, name)) {
          findings.push({
            severity: 'error',
            path: [...path, lang],
            message: {
              de: `{${name}:…} wählt die Form nach dem Geschlecht, aber der Platzhalter {${name}} hat keines; ergänzen Sie es unter „placeholders:“ (genus: m, f oder n)`,
              en: `{${name}:…} chooses forms by gender, but the placeholder {${name}} has none; give it one under "placeholders:" (genus: m, f or n)`,
            },
          });
        }
      }
      const stray = text[lang].replace(PLACEHOLDER, '');
      if (/[{}]/.test(stray)) {
        findings.push({
          severity: 'warning',
          path: [...path, lang],
          message: {
            de: 'ein „{“ oder „}“ gehört hier zu keinem {Platzhalter}',
            en: 'a "{" or "}" here is not part of a {placeholder}',
          },
        });
      }
    }
    if (text.de === text.en && text.de.length > 24 && path[0] !== 'customer') {
      findings.push({
        severity: 'warning',
        path,
        message: {
          de: 'Deutsch und Englisch sind gleich – fehlt die Übersetzung?',
          en: 'German and English are identical – is the translation missing?',
        },
      });
    }
  }
  for (const name of declared) {
    if (!used.has(name))
      findings.push({
        severity: 'warning',
        path: ['placeholders', name],
        message: {
          de: `der Platzhalter {${name}} wird nirgends verwendet`,
          en: `the placeholder {${name}} is never used`,
        },
      });
  }
  return findings;
}

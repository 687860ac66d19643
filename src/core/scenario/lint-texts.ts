import { GENERA, PLACEHOLDER_PATTERN as PLACEHOLDER } from '../dialogue/text.ts';
import { isProfileName, type ProfileNames } from '../profile/values.ts';
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

function hasGenus(scenario: Scenario, name: string, profile: ProfileNames | undefined): boolean {
  if (profile?.gendered.has(name)) return true;
  const value = scenario.placeholders[name];
  if (value === undefined) return profile === undefined && isProfileName(name);
  if (typeof value !== 'string' && value.genus !== undefined) return true;
  // A value that is nothing but one gendered profile value takes over its gender (src/core/profile/apply.ts).
  const quoted = /^\{([A-Za-z][A-Za-z0-9_]*\.[A-Za-z][A-Za-z0-9_]*)\}$/.exec(
    (typeof value === 'string' ? value : value.de).trim(),
  );
  return quoted !== null && (profile ? profile.gendered.has(quoted[1] as string) : isProfileName(quoted[1] as string));
}

/** Whether a name has a value: the scenario's own, or the profile's (any profile-shaped name when none is given). */
function isSet(scenario: Scenario, name: string, profile: ProfileNames | undefined): boolean {
  if (Object.hasOwn(scenario.placeholders, name)) return true;
  return profile ? profile.names.has(name) : isProfileName(name);
}

function unsetMessage(name: string, profile: ProfileNames | undefined): Finding['message'] {
  if (name.includes('.') || (profile && isProfileName(name)))
    return {
      de: `der Platzhalter {${name}} ist im Firmenprofil nicht gesetzt; ergänzen Sie ihn dort${profile ? ` (${profile.file})` : ''}`,
      en: `the placeholder {${name}} is not set by the company profile; add it there${profile ? ` (${profile.file})` : ''}`,
    };
  return {
    de: `der Platzhalter {${name}} hat keinen Wert; ergänzen Sie ihn unter „placeholders:“${profile ? ' oder im Firmenprofil' : ''}`,
    en: `the placeholder {${name}} has no value; add it under "placeholders:"${profile ? ' or to the company profile' : ''}`,
  };
}

/**
 * Checks texts beyond the schema: every placeholder has a value, and a text that is identical in
 * German and English (likely left untranslated) is flagged.
 */
export function lintTexts(scenario: Scenario, profile?: ProfileNames): Finding[] {
  const findings: Finding[] = [];
  const declared = new Set(Object.keys(scenario.placeholders));
  const used = new Set<string>();
  // A scenario's own values may quote the profile's ({price.careKit}), nothing else.
  for (const [name, value] of Object.entries(scenario.placeholders)) {
    const texts =
      typeof value === 'string'
        ? [['', value] as const]
        : ([
            ['de', value.de],
            ['en', value.en],
          ] as const);
    for (const [lang, text] of texts) {
      for (const quoted of placeholdersIn(text)) {
        const path = lang ? ['placeholders', name, lang] : ['placeholders', name];
        if (!isProfileName(quoted)) {
          findings.push({
            severity: 'error',
            path,
            message: {
              de: `ein Platzhalterwert kann nur Werte des Firmenprofils einsetzen ({company}, {product.…}, {price.…}, {policy.…}), nicht {${quoted}}`,
              en: `a placeholder value can only quote company profile values ({company}, {product.…}, {price.…}, {policy.…}), not {${quoted}}`,
            },
          });
        } else if (!isSet(scenario, quoted, profile) || quoted === name) {
          findings.push({ severity: 'error', path, message: unsetMessage(quoted, profile) });
        }
      }
    }
  }
  for (const { text, path } of localizedTexts(scenario)) {
    for (const lang of ['de', 'en'] as const) {
      for (const name of placeholdersIn(text[lang])) {
        used.add(name);
        if (!isSet(scenario, name, profile)) {
          findings.push({ severity: 'error', path: [...path, lang], message: unsetMessage(name, profile) });
        }
      }
      for (const { name, forms } of formsIn(text[lang])) {
        if (!isSet(scenario, name, profile)) continue;
        if (forms.length !== GENERA.length || forms.some((f) => f.trim() === '')) {
          findings.push({
            severity: 'error',
            path: [...path, lang],
            message: {
              de: `{${name}:…} braucht genau ${GENERA.length} Formen, männlich|weiblich|sächlich (z. B. {${name}:einen neuen|eine neue|ein neues}); gefunden: ${forms.length}`,
              en: `{${name}:…} needs exactly ${GENERA.length} forms, masculine|feminine|neuter (e.g. {${name}:einen neuen|eine neue|ein neues}); found ${forms.length}`,
            },
          });
        } else if (!hasGenus(scenario, name, profile)) {
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

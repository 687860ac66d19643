import type { Localized, Scenario, Wording } from '../scenario/schema';
import type { Locale } from '../scenario/vocabulary';

/** German grammatical gender: masculine, feminine, neuter. */
export const GENERA = ['m', 'f', 'n'] as const;
export type Genus = (typeof GENERA)[number];

/** A value that knows its German gender, so `{name:einen|eine|ein}` can pick the matching form. */
export interface GenderedValue {
  text: string;
  genus: Genus;
}
export type PlaceholderValues = Record<string, string | GenderedValue>;

/**
 * `{name}` or `{name:masculine|feminine|neuter}`: the second picks the form that agrees with the
 * value's gender, e.g. `{product:einen neuen|eine neue|ein neues} {product}`. A name may have one
 * dot: `{policy.exchangeDays}` names a value of the company profile (src/core/profile).
 */
export const PLACEHOLDER_PATTERN = /\{([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)?)(?::([^{}]*))?\}/g;

/**
 * A company override may name the gender after the noun: `Staubsauger (m)`, `Waschmaschine (f)`,
 * `Radio (n)`. Returns the noun and the gender (null without one).
 */
export function parseOverride(value: string): { text: string; genus: Genus | null } {
  const m = /^(.*\S)\s*\((m|f|n)\)\s*$/.exec(value);
  return m ? { text: m[1] as string, genus: m[2] as Genus } : { text: value, genus: null };
}

/** The placeholder values for one locale: the scenario's defaults, then the company's overrides. */
export function placeholderValues(
  scenario: Scenario,
  locale: Locale,
  overrides: Record<string, string> = {},
): PlaceholderValues {
  const values: PlaceholderValues = {};
  for (const [name, value] of Object.entries(scenario.placeholders)) {
    if (typeof value === 'string') values[name] = value;
    else values[name] = value.genus ? { text: value[locale], genus: value.genus } : value[locale];
  }
  for (const [name, raw] of Object.entries(overrides)) {
    if (!Object.hasOwn(values, name)) continue;
    const { text, genus } = parseOverride(raw);
    // An override without a gender drops the default's: its forms then show all three (see fill).
    values[name] = genus ? { text, genus } : text;
  }
  return values;
}

const textOf = (value: string | GenderedValue): string => (typeof value === 'string' ? value : value.text);

/**
 * Replaces `{name}` with its value and `{name:m|f|n}` with the form for the value's gender.
 * Unknown names stay visible so a mistake shows rather than hides; forms on a value without a
 * gender show all three ("einen neuen/eine neue/ein neues"), readable and never silently wrong.
 */
export function fill(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string, forms: string | undefined) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name] as string | GenderedValue;
    if (forms === undefined) return textOf(value);
    const options = forms.split('|');
    if (typeof value === 'string' || options.length !== GENERA.length) return options.join('/');
    return options[GENERA.indexOf(value.genus)] as string;
  });
}

export function localize(text: Localized, locale: Locale, values: PlaceholderValues): string {
  return fill(text[locale], values);
}

/** How many alternative wordings a line has (a single wording counts as one). */
export function wordingCount(wording: Wording): number {
  return Array.isArray(wording) ? wording.length : 1;
}

export function wordingAt(wording: Wording, index: number): Localized {
  return Array.isArray(wording) ? (wording[Math.min(index, wording.length - 1)] as Localized) : wording;
}

/** A scenario text (title, briefing, name…) in one language with the scenario's default placeholder values. */
export function scenarioText(scenario: Scenario, text: Localized, locale: Locale): string {
  return localize(text, locale, placeholderValues(scenario, locale));
}

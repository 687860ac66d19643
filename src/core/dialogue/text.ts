import type { Localized, Scenario, Wording } from '../scenario/schema';
import type { Locale } from '../scenario/vocabulary';

export type PlaceholderValues = Record<string, string>;

/** The placeholder values for one locale: the scenario's defaults, then the company's overrides. */
export function placeholderValues(scenario: Scenario, locale: Locale, overrides: Record<string, string> = {}): PlaceholderValues {
  const values: PlaceholderValues = {};
  for (const [name, value] of Object.entries(scenario.placeholders)) values[name] = typeof value === 'string' ? value : value[locale];
  for (const [name, value] of Object.entries(overrides)) if (Object.hasOwn(values, name)) values[name] = value;
  return values;
}

/** Replaces `{name}` with its value; unknown names stay visible so a mistake shows rather than hides. */
export function fill(text: string, values: PlaceholderValues): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] as string) : whole));
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

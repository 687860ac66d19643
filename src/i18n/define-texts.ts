import type { Locale } from '../core/scenario/vocabulary';

/** One text in every language of the app. German first, English second. */
export type Translated = Readonly<Record<Locale, string>>;

/** A feature's texts: each key names one text in every language. */
export type Catalogue = Readonly<Record<string, Translated>>;

/**
 * Makes a feature's catalogue of texts. Each entry must name every language, so a missing (or
 * misspelled) translation is a type error where the text is written:
 *
 *   const MENU = defineTexts({ start: { de: 'Gespräch beginnen', en: 'Start conversation' } });
 *
 * Texts may hold `{name}` placeholders, filled by `text()` / `useText()` from their values.
 */
export function defineTexts<const T extends Record<string, Translated>>(texts: T): T {
  return texts;
}

/** Values for a text's `{name}` placeholders. */
export type TextValues = Readonly<Record<string, string | number>>;

/**
 * A text of a catalogue in one language, outside React (in components, `useText()` follows the
 * current language). Placeholders without a value stay as they are, so a gap is visible.
 */
export function text<C extends Catalogue>(catalogue: C, key: keyof C, locale: Locale, values?: TextValues): string {
  const template = (catalogue[key] as Translated)[locale];
  return values
    ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m))
    : template;
}

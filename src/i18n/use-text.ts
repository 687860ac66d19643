import { useCallback } from 'react';
import { type Catalogue, type TextValues, text } from './define-texts';
import { useLocale } from './locale';

/**
 * The lookup for React components: a function from a catalogue's keys to texts in the current
 * language, re-rendering the component when the language changes.
 */
export function useText<C extends Catalogue>(catalogue: C): (key: keyof C, values?: TextValues) => string {
  const locale = useLocale();
  return useCallback((key: keyof C, values?: TextValues) => text(catalogue, key, locale, values), [catalogue, locale]);
}

import type { Counter } from '../../core/scenario/schema';
import type { Locale } from '../../core/scenario/vocabulary';

/** The sign of a scenario that does not name its counter: the repair desk of a retailer. */
export const DEFAULT_COUNTER: Required<Omit<Counter, 'kind'>> = {
  sign: { de: 'Kundenservice', en: 'Customer Service' },
  purpose: { de: 'Reparatur-Annahme', en: 'Repairs' },
};

/** What the sign reads in one language: the scenario's counter, or the default. */
export function counterSignText(counter: Counter | undefined, locale: Locale): { sign: string; purpose: string } {
  const { sign, purpose } = counter ?? DEFAULT_COUNTER;
  // A counter without a sign line takes the company profile's (filled in by src/core/profile/apply.ts).
  return { sign: (sign ?? DEFAULT_COUNTER.sign)[locale], purpose: purpose[locale] };
}

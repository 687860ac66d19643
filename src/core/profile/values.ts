import type { Scenario } from '../scenario/schema';
import type { CompanyProfile, Money } from './schema';

/** One placeholder value as a scenario writes it: the same text in both languages, or both texts (with a gender). */
export type ProfileValue = Scenario['placeholders'][string];

/** Groups every thousand and keeps two decimals only where there are cents: 1299 → "1.299" / "1,299". */
function amount(value: number, thousands: string, decimal: string): string {
  const cents = Math.round(value * 100);
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return rest === 0 ? grouped : `${grouped}${decimal}${String(rest).padStart(2, '0')}`;
}

/**
 * A price as each language writes it: German puts the sign after the number ("1.299 €"),
 * English before it ("€1,299"; a letter code gets a space: "CHF 49"). Written by hand rather than
 * with Intl so the output is the same on every machine (Intl puts a no-break space in German).
 */
export function formatMoney(money: Money, currency: string): { de: string; en: string } {
  if (typeof money !== 'number') return { de: money.de, en: money.en };
  const gap = /^[A-Za-z]/.test(currency) ? ' ' : '';
  return { de: `${amount(money, '.', ',')} ${currency}`, en: `${currency}${gap}${amount(money, ',', '.')}` };
}

/**
 * The placeholder names a profile sets, with their values: `company`, `product.KEY`, `price.KEY`
 * and `policy.NAME`. The dotted names cannot be written under a scenario's `placeholders:` (names
 * there have no dot), so a scenario can quote them but never shadow them.
 */
export function profileValues(profile: CompanyProfile): Record<string, ProfileValue> {
  const values: Record<string, ProfileValue> = { company: profile.company };
  for (const [key, product] of Object.entries(profile.products)) values[`product.${key}`] = { ...product };
  for (const [key, price] of Object.entries(profile.prices))
    values[`price.${key}`] = formatMoney(price, profile.currency);
  const { exchangeDays, returnDays, goodwillLimit, openingHours } = profile.policies;
  values['policy.exchangeDays'] = String(exchangeDays);
  values['policy.returnDays'] = String(returnDays);
  values['policy.goodwillLimit'] = formatMoney(goodwillLimit, profile.currency);
  values['policy.openingHours'] = { ...openingHours };
  return values;
}

/** The namespaces only a profile fills; `company` is the one plain name it sets. */
export const PROFILE_NAMESPACES = ['product', 'price', 'policy'] as const;

/** Whether a placeholder name is one a company profile would set (used when no profile is at hand). */
export function isProfileName(name: string): boolean {
  if (name === 'company') return true;
  const dot = name.indexOf('.');
  return dot > 0 && (PROFILE_NAMESPACES as readonly string[]).includes(name.slice(0, dot));
}

/** What the checker needs to know of a profile: which names it sets and which of them carry a gender. */
export interface ProfileNames {
  /** Where the profile came from, for messages (e.g. scenes/profile/company-profile.yaml). */
  file: string;
  names: ReadonlySet<string>;
  gendered: ReadonlySet<string>;
}

export function profileNames(profile: CompanyProfile, file: string): ProfileNames {
  const values = profileValues(profile);
  const gendered = Object.entries(values).flatMap(([name, v]) =>
    typeof v !== 'string' && v.genus !== undefined ? [name] : [],
  );
  return { file, names: new Set(Object.keys(values)), gendered: new Set(gendered) };
}

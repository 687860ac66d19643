import { fill, GENERA, type Genus, PLACEHOLDER_PATTERN, type PlaceholderValues } from '../dialogue/text';
import type { ScenarioSummary } from '../scenario/catalogue';
import type { Scenario } from '../scenario/schema';
import type { Locale } from '../scenario/vocabulary';
import { shareScenarioFingerprint } from '../session/fingerprint';
import type { CompanyProfile } from './schema';
import { type ProfileValue, profileValues } from './values';

/**
 * The small line of the sign for a scenario that names no counter at all (the profile gives the
 * large line). The same words as the room's own default (src/scene/room/counter-sign.ts).
 */
const DEFAULT_PURPOSE = { de: 'Reparatur-Annahme', en: 'Repairs' };

/** One placeholder anywhere in a text (the shared pattern is global, so `test` on it would keep state). */
const ANY_PLACEHOLDER = new RegExp(PLACEHOLDER_PATTERN.source);

function inLocale(values: Record<string, ProfileValue>, locale: Locale): PlaceholderValues {
  const out: PlaceholderValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') out[name] = value;
    else out[name] = value.genus ? { text: value[locale], genus: value.genus } : value[locale];
  }
  return out;
}

/** The gender a value takes over when it is nothing but one gendered profile value: `product: "{product.washer}"`. */
function quotedGenus(text: string, values: Record<string, ProfileValue>): Genus | undefined {
  const whole = new RegExp(`^${PLACEHOLDER_PATTERN.source}$`).exec(text.trim());
  if (!whole || whole[2] !== undefined) return undefined;
  const value = values[whole[1] as string];
  return value !== undefined && typeof value !== 'string' && value.genus && GENERA.includes(value.genus)
    ? value.genus
    : undefined;
}

/** A scenario's own value with the profile values it quotes filled in (`{ de: "Pflegeset für {price.careKit}" … }`). */
function quoteProfile(
  value: ProfileValue,
  values: Record<string, ProfileValue>,
  byLocale: Record<Locale, PlaceholderValues>,
): ProfileValue {
  const de = typeof value === 'string' ? value : value.de;
  const en = typeof value === 'string' ? value : value.en;
  if (!ANY_PLACEHOLDER.test(de) && !ANY_PLACEHOLDER.test(en)) return value;
  const genus = (typeof value === 'string' ? undefined : value.genus) ?? quotedGenus(de, values);
  const filled = { de: fill(de, byLocale.de), en: fill(en, byLocale.en) };
  return genus ? { ...filled, genus } : filled;
}

/**
 * The placeholders a scenario runs with under a company profile. Precedence, deliberately:
 * 1. a name the profile sets is an organisation fact (`company`, `product.*`, `price.*`,
 *    `policy.*`): the profile's value wins, even over the scenario's own (a scenario may keep
 *    `company: TechnoHaus` so it still reads well without a profile);
 * 2. every other name is scenario-specific (an order number, the customer's product): the
 *    scenario's value is used, with any profile values it quotes filled in.
 * Company overrides given at start (StartOptions.placeholders) still apply on top, as before.
 */
export function resolvePlaceholders(
  placeholders: Scenario['placeholders'],
  profile: CompanyProfile,
): Scenario['placeholders'] {
  const values = profileValues(profile);
  const byLocale = { de: inLocale(values, 'de'), en: inLocale(values, 'en') };
  const resolved: Scenario['placeholders'] = {};
  for (const [name, value] of Object.entries(placeholders)) {
    resolved[name] = Object.hasOwn(values, name)
      ? (values[name] as ProfileValue)
      : quoteProfile(value, values, byLocale);
  }
  for (const [name, value] of Object.entries(values)) if (!Object.hasOwn(resolved, name)) resolved[name] = value;
  return resolved;
}

/**
 * The scenario as it plays under a company profile: placeholders resolved (see
 * resolvePlaceholders) and the sign's large line taken from the profile where the scenario leaves
 * it open. A new object; it keeps the file's fingerprint, since only words change.
 */
export function applyProfile(scenario: Scenario, profile: CompanyProfile): Scenario {
  const applied: Scenario = {
    ...scenario,
    placeholders: resolvePlaceholders(scenario.placeholders, profile),
    counter: { purpose: DEFAULT_PURPOSE, ...scenario.counter, sign: scenario.counter?.sign ?? profile.sign },
  };
  shareScenarioFingerprint(applied, scenario);
  return applied;
}

/** The menu's view of a scenario under a profile (title and briefing quote the same values). */
export function applyProfileToSummary(summary: ScenarioSummary, profile: CompanyProfile): ScenarioSummary {
  return { ...summary, placeholders: resolvePlaceholders(summary.placeholders, profile) };
}

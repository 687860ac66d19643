import { placeholdersIn } from '../scenario/lint-texts';
import { formatPath, type PathSegment } from '../scenario/problem';
import type { Scenario } from '../scenario/schema';
import { localizedTexts } from '../scenario/walk';
import { isProfileName, type ProfileNames } from './values';

/** A profile value a scenario uses that neither the scenario nor the profile sets. */
export interface MissingValue {
  name: string;
  /** Where the scenario uses it, e.g. `nodes.opening.say[0].text.de`. */
  field: string;
  path: PathSegment[];
}

/**
 * The profile values a scenario quotes that this profile leaves unset, for the trainer's profile
 * editor, which checks every scenario against the profile being edited (the scenario checker
 * reports the same per scenario, with lines: lint-texts.ts).
 */
export function missingProfileValues(scenario: Scenario, profile: ProfileNames): MissingValue[] {
  const missing: MissingValue[] = [];
  const check = (text: string, path: PathSegment[]) => {
    for (const name of placeholdersIn(text)) {
      if (!isProfileName(name) || profile.names.has(name) || Object.hasOwn(scenario.placeholders, name)) continue;
      missing.push({ name, field: formatPath(path), path });
    }
  };
  for (const [name, value] of Object.entries(scenario.placeholders)) {
    if (typeof value === 'string') check(value, ['placeholders', name]);
    else for (const lang of ['de', 'en'] as const) check(value[lang], ['placeholders', name, lang]);
  }
  for (const { text, path } of localizedTexts(scenario)) {
    for (const lang of ['de', 'en'] as const) check(text[lang], [...path, lang]);
  }
  return missing;
}

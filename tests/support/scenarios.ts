import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PROFILE_FILE, readProfileFile } from '../../scripts/company-profile-file';
import { applyProfile } from '../../src/core/profile/apply';
import type { CompanyProfile } from '../../src/core/profile/schema';
import { profileNames } from '../../src/core/profile/values';
import { loadScenario } from '../../src/core/scenario/load';
import { formatProblem } from '../../src/core/scenario/problem';
import type { Scenario } from '../../src/core/scenario/schema';

export const repoPath = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** The company profile bundled with the app (scenes/profile/company-profile.yaml); a test fails if it is broken. */
export function bundledProfile(): CompanyProfile {
  const result = readProfileFile(repoPath(''), PROFILE_FILE);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.profile;
}

/**
 * Loads a scenario file that must be valid; a test fails with the checker's messages otherwise.
 * A bundled scenario (under scenes/) is checked against and played with the bundled company
 * profile, as in the app; pass `profile` to play it under another, or `null` for the file alone.
 */
export function scenarioFrom(relative: string, profile?: CompanyProfile | null): Scenario {
  const chosen = profile === undefined ? (relative.startsWith('scenes/') ? bundledProfile() : null) : profile;
  const options = chosen ? { profile: profileNames(chosen, PROFILE_FILE) } : {};
  const result = loadScenario(readFileSync(repoPath(relative), 'utf8'), relative, options);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return chosen ? applyProfile(result.scenario, chosen) : result.scenario;
}

export const minimalScenario = (): Scenario => scenarioFrom('tests/fixtures/scenes/valid/minimal.yaml');

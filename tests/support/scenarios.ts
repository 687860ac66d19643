import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../../src/core/scenario/load';
import { formatProblem } from '../../src/core/scenario/problem';
import type { Scenario } from '../../src/core/scenario/schema';

export const repoPath = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** Loads a scenario file that must be valid; a test fails with the checker's messages otherwise. */
export function scenarioFrom(relative: string): Scenario {
  const result = loadScenario(readFileSync(repoPath(relative), 'utf8'), relative);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.scenario;
}

export const minimalScenario = (): Scenario => scenarioFrom('tests/fixtures/scenes/valid/minimal.yaml');

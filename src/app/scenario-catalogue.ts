// Transitional: the eager catalogue, kept only until the throw-away panel/avatar viewers are done; the app uses bundled-scenarios.ts.
import { loadScenario } from '../core/scenario/load';
import type { Problem } from '../core/scenario/problem';
import type { Scenario } from '../core/scenario/schema';

/**
 * The scenarios bundled with the app: every YAML file in scenes/, read at build time as text and
 * validated here. A broken file becomes an entry with its problems, never a crash.
 */
export interface CatalogueEntry {
  file: string;
  scenario: Scenario | null;
  problems: Problem[];
}

const sources = import.meta.glob('../../scenes/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function build(): CatalogueEntry[] {
  return Object.entries(sources)
    .map(([path, source]) => {
      const file = path.replace(/^.*\/scenes\//, 'scenes/');
      const result = loadScenario(source, file);
      return { file, scenario: result.ok ? result.scenario : null, problems: result.problems };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

export const catalogue: readonly CatalogueEntry[] = build();

export function findScenario(id: string): Scenario | undefined {
  return catalogue.find((e) => e.scenario?.id === id)?.scenario ?? undefined;
}

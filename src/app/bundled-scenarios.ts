import bundled from 'virtual:scenes';
import type { Problem } from '../core/scenario/problem';
import type { Localized, Scenario } from '../core/scenario/schema';
import type { CustomerType, Difficulty } from '../core/scenario/vocabulary';

/** What the menu shows of a scenario before its full text is loaded. */
export interface ScenarioSummary {
  id: string;
  title: Localized;
  briefing: Localized;
  difficulty: Difficulty;
  minutes: number;
  customerType: CustomerType;
  placeholders: Scenario['placeholders'];
  longestPath: number;
}

/**
 * The scenarios bundled with the app: every YAML file in scenes/, validated at build time by
 * scripts/vite-plugin-scenes.ts. A broken file becomes an entry with its problems, never a crash.
 */
export type CatalogueEntry =
  | { file: string; summary: ScenarioSummary; problems: Problem[]; load(): Promise<Scenario> }
  | { file: string; summary: null; problems: Problem[] };

export const catalogue: readonly CatalogueEntry[] = bundled;

/** Loads a bundled scenario's full text by id; undefined for an unknown or broken one. */
export async function loadBundledScenario(id: string): Promise<Scenario | undefined> {
  const entry = catalogue.find((e) => e.summary?.id === id);
  return entry && 'load' in entry ? entry.load() : undefined;
}

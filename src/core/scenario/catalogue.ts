import type { Problem } from './problem';
import type { Localized, Scenario } from './schema';
import type { CustomerType, Difficulty } from './vocabulary';

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
 * One scenario file of a catalogue (the app's bundled one: src/app/bundled-scenarios.ts). A broken
 * file becomes an entry with its problems, never a crash.
 */
export type CatalogueEntry =
  | { file: string; summary: ScenarioSummary; problems: Problem[]; load(): Promise<Scenario> }
  | { file: string; summary: null; problems: Problem[] };

/**
 * Loads a scenario's full text by id; undefined for an unknown or broken one. The app shell hands
 * its loader down to the pages that need scenarios, so they never import the app.
 */
export type ScenarioLoader = (id: string) => Promise<Scenario | undefined>;

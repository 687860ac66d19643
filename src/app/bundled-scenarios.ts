import bundled from 'virtual:scenes';
import type { CatalogueEntry, ScenarioLoader } from '../core/scenario/catalogue';

/**
 * The scenarios bundled with the app: every YAML file in scenes/, validated at build time by
 * scripts/vite-plugin-scenes.ts. The app shell passes them (and the loader) down to the menu,
 * the records pages and the review.
 */
export const catalogue: readonly CatalogueEntry[] = bundled;

/** Loads a bundled scenario's full text by id; undefined for an unknown or broken one. */
export const loadBundledScenario: ScenarioLoader = async (id) => {
  const entry = catalogue.find((e) => e.summary?.id === id);
  return entry && 'load' in entry ? entry.load() : undefined;
};

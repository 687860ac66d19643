import { useSyncExternalStore } from 'react';
import { applyProfile, applyProfileToSummary } from '../core/profile/apply';
import type { CatalogueEntry, ScenarioLoader } from '../core/scenario/catalogue';
import { mergeCatalogues } from '../core/scenario/merge-catalogue';
import type { Scenario } from '../core/scenario/schema';
import { catalogue as bundled, loadBundledScenario } from './bundled-scenarios';
import { activeProfile, ownProfileRead, refreshOwnProfile } from './company-profile';

/**
 * The app's whole scenario catalogue: the bundled scenarios and the trainer's own, stored on this
 * device (IndexedDB, read through a chunk of its own so the first menu does not wait for it). The
 * menu, the deep link, the resume offer, the records pages and the review all load scenarios
 * through `loadAnyScenario`, so an own scenario starts and replays like a bundled one.
 */
let own: readonly CatalogueEntry[] = [];

/** The catalogue as the menu shows it: titles and briefings with the active company profile's values. */
function withProfile(entries: readonly CatalogueEntry[]): CatalogueEntry[] {
  const profile = activeProfile();
  if (!profile) return [...entries];
  return entries.map((e) => (e.summary ? { ...e, summary: applyProfileToSummary(e.summary, profile) } : e));
}

/** A scenario as it plays: with the active company profile's values (src/core/profile/apply.ts). */
function played(scenario: Scenario | undefined): Scenario | undefined {
  const profile = activeProfile();
  return scenario && profile ? applyProfile(scenario, profile) : scenario;
}

let merged: readonly CatalogueEntry[] = withProfile(bundled);
const listeners = new Set<() => void>();

const ownRepository = () => import('../storage/own-scenarios').then((m) => m.indexedOwnScenarios());

/** Reads the own scenarios again (at boot and whenever the menu shows, e.g. after the scenario page saved one). */
export async function refreshOwnScenarios(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await refreshOwnProfile();
  try {
    const rows = await (await ownRepository()).list();
    own = rows.map((row) => ({ file: row.file, summary: row.summary, problems: [], load: async () => row.scenario }));
  } catch (error) {
    console.warn('Counterpart: the own scenarios could not be read', error);
    own = [];
  }
  merged = withProfile(mergeCatalogues(bundled, own));
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The merged catalogue; re-renders when the own scenarios have been read again. */
export function useCatalogue(): readonly CatalogueEntry[] {
  return useSyncExternalStore(
    subscribe,
    () => merged,
    () => merged,
  );
}

/** A bundled scenario, else an own one (read from the device, so a deep link works before the menu listed it). */
export const loadAnyScenario: ScenarioLoader = async (id) => {
  await ownProfileRead();
  const found = await loadBundledScenario(id);
  if (found || typeof indexedDB === 'undefined' || bundled.some((e) => e.summary?.id === id)) return played(found);
  try {
    return played((await (await ownRepository()).get(id))?.scenario);
  } catch (error) {
    console.warn('Counterpart: the own scenario could not be read', error);
    return undefined;
  }
};

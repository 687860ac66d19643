import { useEffect, useMemo, useState } from 'react';
import type { CatalogueEntry, ScenarioLoader } from '../core/scenario/catalogue';
import type { Scenario } from '../core/scenario/schema';
import { useTeam } from './team-store';

/**
 * The menu's catalogue on a paired device: the bundled scenarios, then the team's (a team
 * scenario never replaces a bundled one — the server refuses their ids). Offline, the team's
 * scenarios as last fetched (IndexedDB). Without a pairing it is the bundled catalogue alone.
 */
export function useTeamCatalogue(
  bundled: readonly CatalogueEntry[],
  loadBundled: ScenarioLoader,
): { catalogue: readonly CatalogueEntry[]; loadScenario: ScenarioLoader } {
  const pairing = useTeam((s) => s.pairing);
  const [team, setTeam] = useState<CatalogueEntry[]>([]);
  useEffect(() => {
    if (!pairing) {
      setTeam([]);
      return;
    }
    let live = true;
    // Loaded on demand: the scenario loader brings YAML and the full zod, which the menu does without.
    // Offline the copies kept in IndexedDB at the last fetch stand in, so the scenarios still start.
    Promise.all([import('./team-scenario-fetch'), import('./team-db')])
      .then(([fetching, db]) => {
        const cache =
          typeof indexedDB === 'undefined' ? fetching.memoryScenarioCache() : db.indexedScenarioCache(db.openTeamDb());
        return fetching.loadTeamScenarios(pairing, cache);
      })
      .then(
        ({ entries }) => live && setTeam(entries),
        () => live && setTeam([]),
      );
    return () => {
      live = false;
    };
  }, [pairing]);
  return useMemo(() => {
    const bundledIds = new Set(bundled.map((e) => e.summary?.id));
    const extra = team.filter((e) => e.summary && !bundledIds.has(e.summary.id));
    const loadScenario: ScenarioLoader = async (id) => {
      const own = await loadBundled(id);
      if (own) return own;
      const entry = extra.find((e) => e.summary?.id === id);
      return entry && 'load' in entry ? ((await entry.load()) as Scenario) : undefined;
    };
    return { catalogue: extra.length > 0 ? [...bundled, ...extra] : bundled, loadScenario };
  }, [bundled, loadBundled, team]);
}

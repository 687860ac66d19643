import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CatalogueEntry } from '../core/scenario/catalogue';
import type { Scenario } from '../core/scenario/schema';
import { summarize } from '../core/scenario/summary';
import { indexedOwnScenarios, type OwnScenarioRow } from '../storage/own-scenarios';

/** Whether a checked scenario can be stored as it is, must be asked about first, or not at all. */
export type SaveCheck = 'new' | 'replaces' | 'bundled';

export function saveCheck(
  id: string,
  bundled: readonly CatalogueEntry[],
  stored: readonly OwnScenarioRow[],
): SaveCheck {
  if (bundled.some((e) => e.summary?.id === id)) return 'bundled';
  return stored.some((r) => r.id === id) ? 'replaces' : 'new';
}

/** The row a checked scenario is stored as; its file name follows its id (the checker wants them equal). */
export function rowOf(scenario: Scenario, source: string, savedAt: string): OwnScenarioRow {
  return { id: scenario.id, file: `${scenario.id}.yaml`, source, scenario, summary: summarize(scenario), savedAt };
}

/** The own scenarios on this device, for the page: the list, and writes that refresh it. */
export function useOwnScenarios() {
  const repo = useMemo(() => indexedOwnScenarios(), []);
  const [rows, setRows] = useState<OwnScenarioRow[] | null>(null);
  const refresh = useCallback(async () => {
    try {
      setRows(await repo.list());
    } catch (error) {
      console.warn('Counterpart: the own scenarios could not be read', error);
      setRows([]);
    }
  }, [repo]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const put = useCallback(
    async (row: OwnScenarioRow) => {
      await repo.put(row);
      await refresh();
    },
    [repo, refresh],
  );
  const remove = useCallback(
    async (id: string) => {
      await repo.delete(id);
      await refresh();
    },
    [repo, refresh],
  );
  return { rows, put, remove };
}

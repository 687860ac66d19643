import type { CatalogueEntry } from '../core/scenario/catalogue';
import { loadScenario } from '../core/scenario/load';
import { countDecisions } from '../core/scenario/stats';
import type { Pairing } from './device-api';

/** A team scenario as a catalogue entry, checked here again by the same loader as the bundled ones. */
export function teamEntry(source: string, file: string): CatalogueEntry {
  const result = loadScenario(source, file);
  if (!result.ok) return { file, summary: null, problems: result.problems };
  const s = result.scenario;
  return {
    file,
    summary: {
      id: s.id,
      title: s.title,
      briefing: s.briefing,
      difficulty: s.difficulty,
      minutes: s.minutes,
      customerType: s.customer.type,
      placeholders: s.placeholders,
      longestPath: countDecisions(s).longestPath,
    },
    problems: result.problems,
    load: async () => s,
  };
}

/** The team's scenarios from the server (list, then each YAML); empty when unreachable. */
export async function fetchTeamScenarios(
  pairing: Pick<Pairing, 'server' | 'token'>,
  fetcher: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<CatalogueEntry[]> {
  const base = pairing.server.replace(/\/+$/, '');
  const headers = { authorization: `Bearer ${pairing.token}` };
  const list = await fetcher(`${base}/api/scenarios`, { headers });
  if (!list.ok) return [];
  const { scenarios } = (await list.json()) as { scenarios: { id: string }[] };
  const entries: CatalogueEntry[] = [];
  for (const { id } of scenarios) {
    const response = await fetcher(`${base}/api/scenarios/${encodeURIComponent(id)}`, { headers });
    if (response.ok) entries.push(teamEntry(await response.text(), `team/${id}.yaml`));
  }
  return entries;
}

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

/** A team scenario's YAML by id, as served. */
export interface ScenarioSource {
  id: string;
  source: string;
}

/** Where a device keeps the team's scenarios for offline use (IndexedDB in the app, memory in tests). */
export interface ScenarioCache {
  read(owner: { server: string; team: string }): Promise<ScenarioSource[]>;
  /** Replaces everything cached with this team's current scenarios. */
  replace(owner: { server: string; team: string }, scenarios: ScenarioSource[]): Promise<void>;
}

export function memoryScenarioCache(): ScenarioCache {
  let kept: { server: string; team: string; scenarios: ScenarioSource[] } | null = null;
  return {
    read: async ({ server, team }) =>
      kept && kept.server === server && kept.team === team ? kept.scenarios.map((s) => ({ ...s })) : [],
    replace: async ({ server, team }, scenarios) => {
      kept = { server, team, scenarios: scenarios.map((s) => ({ ...s })) };
    },
  };
}

/**
 * The team's scenario sources from the server: the list, then each YAML. `unreachable` when the
 * network or the server fails (the cache answers then); `refused` when the token is not
 * accepted (revoked: the device shows no team scenarios).
 */
async function fetchSources(
  pairing: Pick<Pairing, 'server' | 'token'>,
  fetcher: typeof fetch,
): Promise<ScenarioSource[] | 'unreachable' | 'refused'> {
  const base = pairing.server.replace(/\/+$/, '');
  const headers = { authorization: `Bearer ${pairing.token}` };
  try {
    const list = await fetcher(`${base}/api/scenarios`, { headers });
    if (list.status === 401 || list.status === 403) return 'refused';
    if (!list.ok) return 'unreachable';
    const { scenarios } = (await list.json()) as { scenarios: { id: string }[] };
    const sources: ScenarioSource[] = [];
    for (const { id } of scenarios) {
      const response = await fetcher(`${base}/api/scenarios/${encodeURIComponent(id)}`, { headers });
      if (response.ok) sources.push({ id, source: await response.text() });
      else if (response.status !== 404) return 'unreachable';
    }
    return sources;
  } catch {
    return 'unreachable';
  }
}

const entriesOf = (sources: ScenarioSource[]) => sources.map((s) => teamEntry(s.source, `team/${s.id}.yaml`));

/** The team's scenarios from the server (list, then each YAML); empty when unreachable or refused. */
export async function fetchTeamScenarios(
  pairing: Pick<Pairing, 'server' | 'token'>,
  fetcher: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<CatalogueEntry[]> {
  const sources = await fetchSources(pairing, fetcher);
  return typeof sources === 'string' ? [] : entriesOf(sources);
}

/**
 * The team's scenarios for the menu: fetched and then kept in the cache; when the server cannot
 * be reached, the cached copies, so a headset without network still starts them. Checked by the
 * same loader either way.
 */
export async function loadTeamScenarios(
  pairing: Pick<Pairing, 'server' | 'token' | 'team'>,
  cache: ScenarioCache,
  fetcher: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<{ entries: CatalogueEntry[]; from: 'server' | 'cache' }> {
  const owner = { server: pairing.server.replace(/\/+$/, ''), team: pairing.team };
  const sources = await fetchSources(pairing, fetcher);
  if (sources === 'refused') return { entries: [], from: 'server' };
  if (sources === 'unreachable') return { entries: entriesOf(await cache.read(owner).catch(() => [])), from: 'cache' };
  // A full or failing store must not hide scenarios that did arrive.
  await cache.replace(owner, sources).catch((error: unknown) => {
    console.warn('Counterpart: the team scenarios could not be kept for offline use', error);
  });
  return { entries: entriesOf(sources), from: 'server' };
}

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexedScenarioCache, openTeamDb } from '../../../src/team/team-db';
import {
  fetchTeamScenarios,
  loadTeamScenarios,
  memoryScenarioCache,
  type ScenarioCache,
  teamEntry,
} from '../../../src/team/team-scenario-fetch';
import { repoPath } from '../../support/scenarios';

const minimal = readFileSync(repoPath('tests/fixtures/scenes/valid/minimal.yaml'), 'utf8');

describe('team scenarios on a device', () => {
  it('a valid team scenario becomes a menu entry that loads; a broken one an entry with its problems', async () => {
    const entry = teamEntry(minimal, 'team/minimal.yaml');
    expect(entry.summary?.id).toBe('minimal');
    expect('load' in entry && (await entry.load()).id).toBe('minimal');
    const broken = teamEntry('format: counterpart-scenario/1\nid: Bad Id\n', 'team/bad.yaml');
    expect(broken.summary).toBeNull();
    expect(broken.problems.length).toBeGreaterThan(0);
  });

  it('fetches the list and each YAML with the device token; a refused list is no scenarios', async () => {
    const seen: string[] = [];
    const fetcher = (async (url: string, init?: RequestInit) => {
      const headers = (init?.headers ?? {}) as Record<string, string>;
      seen.push(`${url} ${headers.authorization}`);
      if (url.endsWith('/api/scenarios'))
        return new Response(JSON.stringify({ scenarios: [{ id: 'minimal' }] }), { status: 200 });
      return new Response(minimal, { status: 200 });
    }) as typeof fetch;
    const entries = await fetchTeamScenarios({ server: 'https://team.example/', token: 'tok' }, fetcher);
    expect(entries.map((e) => e.summary?.id)).toEqual(['minimal']);
    expect(seen).toEqual([
      'https://team.example/api/scenarios Bearer tok',
      'https://team.example/api/scenarios/minimal Bearer tok',
    ]);
    const refused = (async () => new Response('{}', { status: 401 })) as unknown as typeof fetch;
    expect(await fetchTeamScenarios({ server: 'https://team.example', token: 'x' }, refused)).toEqual([]);
  });
});

/** A team server with the minimal scenario; `down` makes every request fail as a lost network does. */
function teamServer() {
  const state = { down: false, status: 200 };
  const fetcher = (async (url: string) => {
    if (state.down) throw new TypeError('Failed to fetch');
    if (state.status !== 200) return new Response('{}', { status: state.status });
    if (url.endsWith('/api/scenarios'))
      return new Response(JSON.stringify({ scenarios: [{ id: 'minimal' }] }), { status: 200 });
    return new Response(minimal, { status: 200 });
  }) as typeof fetch;
  return { state, fetcher };
}

const pairing = { server: 'https://team.example', token: 'tok', team: 'Nord' };

describe.each([
  ['memory', () => memoryScenarioCache()],
  ['IndexedDB', () => indexedScenarioCache(openTeamDb(`team-scenarios-${Math.random()}`))],
] as [string, () => ScenarioCache][])('team scenarios offline (%s cache)', (_name, makeCache) => {
  it('are kept when fetched and still load and start when the server is unreachable', async () => {
    const cache = makeCache();
    const server = teamServer();
    const online = await loadTeamScenarios(pairing, cache, server.fetcher);
    expect(online.from).toBe('server');
    expect(online.entries.map((e) => e.summary?.id)).toEqual(['minimal']);
    server.state.down = true;
    const offline = await loadTeamScenarios(pairing, cache, server.fetcher);
    expect(offline.from).toBe('cache');
    const [entry] = offline.entries;
    expect(entry?.summary?.id).toBe('minimal');
    expect(entry && 'load' in entry && (await entry.load()).id).toBe('minimal');
    // A server that answers 503 (database down) is unreachable too.
    server.state.down = false;
    server.state.status = 503;
    expect((await loadTeamScenarios(pairing, cache, server.fetcher)).entries).toHaveLength(1);
  });

  it('another pairing never sees them, and a scenario withdrawn on the server leaves the cache', async () => {
    const cache = makeCache();
    const server = teamServer();
    await loadTeamScenarios(pairing, cache, server.fetcher);
    server.state.down = true;
    expect((await loadTeamScenarios({ ...pairing, team: 'Süd' }, cache, server.fetcher)).entries).toEqual([]);
    server.state.down = false;
    const empty = (async () =>
      new Response(JSON.stringify({ scenarios: [] }), { status: 200 })) as unknown as typeof fetch;
    expect((await loadTeamScenarios(pairing, cache, empty)).entries).toEqual([]);
    server.state.down = true;
    expect((await loadTeamScenarios(pairing, cache, server.fetcher)).entries).toEqual([]);
  });

  it('a revoked device (401) lists no team scenarios, even cached ones', async () => {
    const cache = makeCache();
    const server = teamServer();
    await loadTeamScenarios(pairing, cache, server.fetcher);
    server.state.status = 401;
    expect((await loadTeamScenarios(pairing, cache, server.fetcher)).entries).toEqual([]);
  });
});

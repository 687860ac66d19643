import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchTeamScenarios, teamEntry } from '../../../src/team/team-scenario-fetch';
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

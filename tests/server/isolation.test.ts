import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recording } from '../../src/core/recording/schema';
import { repoPath } from '../support/scenarios';
import { json, startTestServer, type TestServer, type TestTeam } from './support/harness';
import { body, sessionOn } from './support/recordings';

/** Team A holds credentials of its own and knows the ids of team B's data; none of it may reach B's data. */
let server: TestServer;
let a: TestTeam;
let b: TestTeam;
let bSession: Recording;
const note = { atMs: 500, text: 'Notiz von Team B', author: 'trainer-b', createdAt: '2025-08-01T10:00:00Z' };

beforeAll(async () => {
  server = await startTestServer();
  [a, b] = [await server.team('team-a'), await server.team('team-b')];
  bSession = sessionOn('best', { pseudonym: 'shared-name' });
  const up = await server.app.inject({
    method: 'PUT',
    url: `/api/sessions/${bSession.id}`,
    headers: { ...b.device, 'content-type': 'application/json' },
    payload: body(bSession),
  });
  expect(up.statusCode).toBe(201);
  await server.app.inject({
    method: 'POST',
    url: `/api/sessions/${bSession.id}/notes`,
    headers: b.trainer,
    payload: { notes: [note] },
  });
  const scenario = readFileSync(repoPath('tests/fixtures/scenes/valid/minimal.yaml'), 'utf8');
  const put = await server.app.inject({
    method: 'POST',
    url: '/api/scenarios',
    headers: { ...b.trainer, 'content-type': 'application/yaml' },
    payload: scenario,
  });
  expect(put.statusCode).toBe(201);
});
afterAll(() => server?.close());

/** B's data as B sees it, to compare before and after A's attempts. */
async function bState() {
  const get = (url: string, headers: Record<string, string>) =>
    server.app.inject({ url, headers }).then((r) => ({ status: r.statusCode, body: r.body }));
  return {
    session: await get(`/api/sessions/${bSession.id}`, b.trainer),
    notes: await get(`/api/sessions/${bSession.id}/notes`, b.device),
    scenario: await get('/api/scenarios/minimal', b.device),
    devices: await get('/api/devices', b.trainer),
    list: await get('/api/sessions', b.trainer),
  };
}

describe('team isolation', () => {
  const attempts = (): {
    name: string;
    as: () => Record<string, string>;
    method: string;
    url: () => string;
    payload?: () => unknown;
    type?: string;
  }[] => [
    { name: 'read a session', as: () => a.trainer, method: 'GET', url: () => `/api/sessions/${bSession.id}` },
    { name: 'delete a session', as: () => a.trainer, method: 'DELETE', url: () => `/api/sessions/${bSession.id}` },
    {
      name: 'delete a session (device)',
      as: () => a.device,
      method: 'DELETE',
      url: () => `/api/sessions/${bSession.id}`,
    },
    {
      name: 'read notes (trainer)',
      as: () => a.trainer,
      method: 'GET',
      url: () => `/api/sessions/${bSession.id}/notes`,
    },
    { name: 'read notes (device)', as: () => a.device, method: 'GET', url: () => `/api/sessions/${bSession.id}/notes` },
    {
      name: 'add a note',
      as: () => a.device,
      method: 'POST',
      url: () => `/api/sessions/${bSession.id}/notes`,
      payload: () => ({ notes: [{ ...note, text: 'von A' }] }),
    },
    { name: 'read a scenario', as: () => a.device, method: 'GET', url: () => '/api/scenarios/minimal' },
    { name: 'delete a scenario', as: () => a.trainer, method: 'DELETE', url: () => '/api/scenarios/minimal' },
    { name: 'revoke a device', as: () => a.trainer, method: 'DELETE', url: () => `/api/devices/${b.deviceId}` },
  ];

  it.each(attempts())('team A cannot $name of team B (404, nothing changes)', async ({ as, method, url, payload }) => {
    const before = await bState();
    const response = await server.app.inject({
      method: method as 'GET',
      url: url(),
      headers: as(),
      ...(payload ? { payload: payload() as object } : {}),
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Notiz von Team B');
    expect(await bState()).toEqual(before);
  });

  it('team A uploading a session with team B’s id gets 409 and B’s session stays as it was', async () => {
    const before = await bState();
    const forged = { ...sessionOn('worst', { pseudonym: 'intruder' }), id: bSession.id };
    const response = await server.app.inject({
      method: 'PUT',
      url: `/api/sessions/${bSession.id}`,
      headers: { ...a.device, 'content-type': 'application/json' },
      payload: body(forged),
    });
    expect(response.statusCode).toBe(409);
    expect(await bState()).toEqual(before);
  });

  it('team A erasing a pseudonym that team B also uses erases nothing of B', async () => {
    const before = await bState();
    const response = await server.app.inject({ method: 'DELETE', url: '/api/trainees/shared-name', headers: a.device });
    expect(json(response).deleted).toBe(0);
    expect(await bState()).toEqual(before);
  });

  it('team A’s lists, analytics, CSV, scenarios and devices show nothing of team B', async () => {
    const list = json<{ total: number }>(await server.app.inject({ url: '/api/sessions', headers: a.trainer }));
    expect(list.total).toBe(0);
    const csv = await server.app.inject({ url: '/api/sessions.csv', headers: a.trainer });
    expect(csv.body).not.toContain(bSession.id);
    const analytics = json<{ completion: unknown[] }>(
      await server.app.inject({ url: '/api/analytics', headers: a.trainer }),
    );
    expect(analytics.completion).toEqual([]);
    expect(
      json<{ scenarios: unknown[] }>(await server.app.inject({ url: '/api/scenarios', headers: a.device })).scenarios,
    ).toEqual([]);
    const devices = json<{ id: string }[]>(await server.app.inject({ url: '/api/devices', headers: a.trainer }));
    expect(devices.map((d) => d.id)).toEqual([a.deviceId]);
  });

  it('team B still reaches all of it (the attempts above did not just break the data)', async () => {
    const state = await bState();
    expect([state.session.status, state.notes.status, state.scenario.status]).toEqual([200, 200, 200]);
    expect(state.notes.body).toContain('Notiz von Team B');
  });
});

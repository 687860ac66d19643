import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app';
import { openPostgres } from '../../src/server/db/postgres';
import { ScenarioLookup } from '../../src/server/scenarios';
import { json, startTestServer, type TestServer, type TestTeam } from './support/harness';
import { body, sessionOn } from './support/recordings';

let server: TestServer;
let team: TestTeam;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  team = await server.team();
  base = await server.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => server?.close());

const put = (recording: { id: string }, text: string) =>
  fetch(`${base}/api/sessions/${recording.id}`, {
    method: 'PUT',
    headers: { ...team.device, 'content-type': 'application/json' },
    body: text,
  });

describe('reliability', () => {
  it('50 concurrent uploads over HTTP lose nothing; 50 concurrent retries duplicate nothing', async () => {
    const sessions = Array.from({ length: 50 }, (_, i) =>
      sessionOn(i % 2 ? 'best' : 'worst', { pseudonym: `load-${i % 7}` }),
    );
    const first = await Promise.all(sessions.map((s) => put(s, body(s)).then((r) => r.status)));
    expect(first).toEqual(sessions.map(() => 201));
    const retries = await Promise.all(sessions.map((s) => put(s, body(s)).then((r) => r.status)));
    expect(retries).toEqual(sessions.map(() => 200));

    const list = await fetch(`${base}/api/sessions?limit=500`, { headers: team.trainer }).then(
      (r) => r.json() as Promise<{ total: number; sessions: { id: string }[] }>,
    );
    expect(list.total).toBe(50);
    expect(new Set(list.sessions.map((s) => s.id))).toEqual(new Set(sessions.map((s) => s.id)));
    for (const s of [sessions[0], sessions[25], sessions[49]]) {
      const back = await fetch(`${base}/api/sessions/${s?.id}`, { headers: team.trainer }).then((r) => r.json());
      expect(back).toEqual(s);
    }
  });

  it('concurrent redemptions of one pairing code give exactly one device', async () => {
    const { code } = json<{ code: string }>(
      await server.app.inject({ method: 'POST', url: '/api/pairing-codes', headers: team.trainer }),
    );
    const statuses = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        fetch(`${base}/api/pair`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code, label: `race ${i}` }),
        }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 400)).toHaveLength(4);
  });
});

describe('a database that is down', () => {
  it('an unreachable PostgreSQL server gives 503 with Retry-After, and health still answers 200', async () => {
    // Port 9 (discard) on this machine: nothing listens, the connection is refused at once.
    const db = openPostgres('postgres://nobody:nothing@127.0.0.1:9/none', { connectTimeoutMs: 1000 });
    const app = await buildServer({ db, scenarios: new ScenarioLookup(new Map()) });
    try {
      const upload = await app.inject({
        method: 'PUT',
        url: `/api/sessions/${sessionOn('best').id}`,
        headers: { authorization: `Bearer ${'z'.repeat(43)}` },
      });
      expect(upload.statusCode).toBe(503);
      expect(upload.headers['retry-after']).toBeDefined();
      expect(json(upload).error).toBe('database_unavailable');
      expect(upload.body).not.toMatch(/ECONNREFUSED|\n\s+at /);
      const login = await app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { email: 'a@b.c', password: 'whatever password' },
      });
      expect(login.statusCode).toBe(503);
      const health = await app.inject({ url: '/api/health' });
      expect(health.statusCode).toBe(200);
      expect(json(health).database).toBe('unavailable');
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('when the server’s own database goes away, uploads get 503 (the app keeps them queued)', async () => {
    const own = await startTestServer();
    const ownTeam = await own.team();
    const recording = sessionOn('best');
    await own.database.db.close();
    const response = await own.app.inject({
      method: 'PUT',
      url: `/api/sessions/${recording.id}`,
      headers: { ...ownTeam.device, 'content-type': 'application/json' },
      payload: body(recording),
    });
    expect(response.statusCode).toBe(503);
    await own.close();
  });
});

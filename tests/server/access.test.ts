import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../src/server/access';
import { json, startTestServer, type TestServer, type TestTeam } from './support/harness';

/**
 * The access rule of every /api route. The test fails when a route is added without a row
 * here, so a new route's rule is always decided and tested.
 */
const EXPECTED: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/login': 'public',
  'GET /api/login': 'public',
  'POST /api/logout': 'trainer',
  'GET /api/me': 'trainer',
  'POST /api/pairing-codes': 'trainer',
  'POST /api/pair': 'public',
  'GET /api/device': 'device',
  'GET /api/devices': 'trainer',
  'DELETE /api/devices/:id': 'trainer',
  'PUT /api/sessions/:id': 'device',
  'GET /api/sessions': 'trainer',
  'GET /api/sessions.csv': 'trainer',
  'GET /api/sessions/:id': 'trainer',
  'DELETE /api/sessions/:id': 'member',
  'DELETE /api/trainees/:pseudonym': 'member',
  'GET /api/sessions/:id/notes': 'member',
  'POST /api/sessions/:id/notes': 'member',
  'GET /api/team/retention': 'trainer',
  'PUT /api/team/retention': 'trainer',
  'POST /api/scenarios': 'trainer',
  'GET /api/scenarios': 'member',
  'GET /api/scenarios/:id': 'member',
  'DELETE /api/scenarios/:id': 'trainer',
  'GET /api/analytics': 'trainer',
};

let server: TestServer;
let team: TestTeam;
beforeAll(async () => {
  server = await startTestServer();
  team = await server.team();
});
afterAll(() => server?.close());

const concrete = (url: string) => url.replace(':id', randomUUID()).replace(':pseudonym', 'fuchs-42');
const call = (method: string, url: string, headers: Record<string, string> = {}) =>
  server.app.inject({
    method: method as 'GET',
    url: concrete(url),
    headers: { ...headers, 'content-type': 'application/json' },
    payload: method === 'GET' || method === 'DELETE' ? undefined : '{}',
  });

describe('access rules', () => {
  it('every /api route has the rule this table expects, and the table has no stale rows', () => {
    const actual = Object.fromEntries(server.app.accessRules.map((r) => [`${r.method} ${r.url}`, r.access]));
    expect(actual).toEqual(EXPECTED);
  });

  const rows = Object.entries(EXPECTED).map(([route, access]) => {
    const [method, url] = route.split(' ') as [string, string];
    return { route, method, url, access };
  });

  it.each(rows.filter((r) => r.access !== 'public'))('$route without credentials → 401', async ({ method, url }) => {
    const response = await call(method, url);
    expect(response.statusCode).toBe(401);
    expect(json(response).error).toBe('unauthorized');
  });

  it.each(rows.filter((r) => r.access !== 'public'))(
    '$route with a forged token or cookie → 401',
    async ({ method, url }) => {
      expect((await call(method, url, { authorization: `Bearer ${'x'.repeat(43)}` })).statusCode).toBe(401);
      expect((await call(method, url, { cookie: `counterpart_trainer=${'y'.repeat(43)}` })).statusCode).toBe(401);
    },
  );

  it.each(rows.filter((r) => r.access === 'trainer'))(
    '$route refuses a device token → 403',
    async ({ method, url }) => {
      expect((await call(method, url, team.device)).statusCode).toBe(403);
    },
  );

  it.each(rows.filter((r) => r.access === 'device'))(
    '$route refuses a trainer session → 403',
    async ({ method, url }) => {
      expect((await call(method, url, team.trainer)).statusCode).toBe(403);
    },
  );

  it.each(rows.filter((r) => r.access !== 'public'))(
    '$route lets its own kind in ($access)',
    async ({ route, method, url, access }) => {
      // Logging out ends the session the other rows use: it gets a trainer of its own.
      const own = route === 'POST /api/logout' ? await server.team() : team;
      const as = access === 'device' ? own.device : own.trainer;
      const status = (await call(method, url, as)).statusCode;
      expect([401, 403]).not.toContain(status);
      if (access === 'member') expect([401, 403]).not.toContain((await call(method, url, own.device)).statusCode);
    },
  );

  it.each(rows.filter((r) => r.access === 'public' && r.route !== 'POST /api/logout'))(
    '$route needs no credentials',
    async ({ method, url }) => {
      expect([401, 403]).not.toContain((await call(method, url)).statusCode);
    },
  );

  it('a revoked device token no longer works, and logging out ends the trainer session', async () => {
    const other = await server.team();
    expect((await server.app.inject({ url: '/api/device', headers: other.device })).statusCode).toBe(200);
    expect(
      (await server.app.inject({ method: 'DELETE', url: `/api/devices/${other.deviceId}`, headers: other.trainer }))
        .statusCode,
    ).toBe(200);
    expect((await server.app.inject({ url: '/api/device', headers: other.device })).statusCode).toBe(401);
    expect((await server.app.inject({ method: 'POST', url: '/api/logout', headers: other.trainer })).statusCode).toBe(
      200,
    );
    expect((await server.app.inject({ url: '/api/me', headers: other.trainer })).statusCode).toBe(401);
  });
});

describe('log-in and pairing', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie for /api and refuses a wrong password alike for unknown e-mails', async () => {
    const ok = await server.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: `${team.name}@example.org`, password: 'correct horse battery' },
    });
    expect(ok.statusCode).toBe(200);
    const cookie = String(ok.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api/);
    expect(cookie).not.toMatch(/Secure/);
    const wrong = await server.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: `${team.name}@example.org`, password: 'wrong password' },
    });
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: 'nobody@example.org', password: 'wrong password' },
    });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(json(wrong)).toEqual(json(unknown));
  });

  it('GET /api/login says whether the browser has a trainer session, 200 either way', async () => {
    expect(json(await server.app.inject({ url: '/api/login', headers: team.trainer }))).toEqual({
      loggedIn: true,
      email: `${team.name}@example.org`,
      team: team.name,
    });
    const anonymous = await server.app.inject({ url: '/api/login' });
    expect(anonymous.statusCode).toBe(200);
    expect(json(anonymous)).toEqual({ loggedIn: false });
    expect(json(await server.app.inject({ url: '/api/login', headers: team.device }))).toEqual({ loggedIn: false });
  });

  it('a pairing code works once and gives a device token of the trainer’s team', async () => {
    const created = json<{ code: string }>(
      await server.app.inject({ method: 'POST', url: '/api/pairing-codes', headers: team.trainer }),
    );
    expect(created.code).toMatch(/^[A-Z2-9]{8}$/);
    const typed = `${created.code.slice(0, 4).toLowerCase()}-${created.code.slice(4)}`;
    const first = await server.app.inject({
      method: 'POST',
      url: '/api/pair',
      payload: { code: typed, label: 'Quest 3 #2' },
    });
    expect(first.statusCode).toBe(201);
    const { token, team: name } = json<{ token: string; team: string }>(first);
    expect(name).toBe(team.name);
    expect(
      (await server.app.inject({ url: '/api/device', headers: { authorization: `Bearer ${token}` } })).statusCode,
    ).toBe(200);
    const second = await server.app.inject({
      method: 'POST',
      url: '/api/pair',
      payload: { code: created.code, label: 'intruder' },
    });
    expect(second.statusCode).toBe(400);
    expect(json(second)).toMatchObject({ error: 'invalid_code', field: 'code' });
  });

  it('an expired pairing code is refused', async () => {
    const created = json<{ code: string }>(
      await server.app.inject({ method: 'POST', url: '/api/pairing-codes', headers: team.trainer }),
    );
    await server.database.db.query("UPDATE pairing_codes SET expires_at = now() - interval '1 second'");
    expect(
      (await server.app.inject({ method: 'POST', url: '/api/pair', payload: { code: created.code } })).statusCode,
    ).toBe(400);
  });
});

describe('the Secure flag under TLS', () => {
  it('marks the cookie Secure and sends HSTS when the server runs with TLS', async () => {
    const tls = await startTestServer({ tls: true });
    try {
      const own = await tls.team();
      const ok = await tls.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { email: `${own.name}@example.org`, password: 'correct horse battery' },
      });
      expect(String(ok.headers['set-cookie'])).toMatch(/; Secure/);
      expect(ok.headers['strict-transport-security']).toMatch(/max-age=/);
    } finally {
      await tls.close();
    }
  });
});

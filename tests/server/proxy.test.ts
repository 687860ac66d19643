import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, corsOrigins, trustProxy } from '../../src/server/config';
import { PASSWORD, startTestServer, type TestServer, type TestTeam } from './support/harness';

// Behind a reverse proxy every request arrives from the proxy's address. With
// COUNTERPART_TRUST_PROXY the server takes the client from X-Forwarded-For, so one client's
// failed log-ins do not lock out the whole site; without it a forged header changes nothing.
const PROXY = '10.1.0.1';
const login = (server: TestServer, team: TestTeam, client: string | null, password = 'wrong password') =>
  server.app.inject({
    method: 'POST',
    url: '/api/login',
    remoteAddress: PROXY,
    headers: client ? { 'x-forwarded-for': client } : {},
    payload: { email: `${team.name}@example.org`, password },
  });

describe('rate limits behind a trusted proxy', () => {
  let server: TestServer;
  let team: TestTeam;
  beforeAll(async () => {
    server = await startTestServer({ limits: { login: 3 }, trustProxy: [PROXY] });
    team = await server.team();
  });
  afterAll(() => server?.close());

  it('counts per client named in X-Forwarded-For, not per proxy', async () => {
    const a: number[] = [];
    for (let i = 0; i < 4; i++) a.push((await login(server, team, '203.0.113.5')).statusCode);
    expect(a).toEqual([401, 401, 401, 429]);
    // Another client behind the same proxy still gets in.
    expect((await login(server, team, '203.0.113.6', PASSWORD)).statusCode).toBe(200);
  });

  it('a trusted proxy that ends TLS makes the trainer cookie Secure; plain HTTP does not', async () => {
    const as = (proto: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/login',
        remoteAddress: PROXY,
        headers: { 'x-forwarded-for': `192.0.2.${proto.length}`, 'x-forwarded-proto': proto },
        payload: { email: `${team.name}@example.org`, password: PASSWORD },
      });
    expect(String((await as('https')).headers['set-cookie'])).toMatch(/; Secure/);
    expect(String((await as('http')).headers['set-cookie'])).not.toMatch(/; Secure/);
  });

  it('a proxy that is not trusted cannot name the client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/login',
        remoteAddress: '10.1.0.99',
        headers: { 'x-forwarded-for': `198.51.100.${i}` },
        payload: { email: `${team.name}@example.org`, password: 'wrong password' },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});

describe('rate limits without COUNTERPART_TRUST_PROXY', () => {
  let server: TestServer;
  let team: TestTeam;
  beforeAll(async () => {
    server = await startTestServer({ limits: { login: 3 } });
    team = await server.team();
  });
  afterAll(() => server?.close());

  it('ignores X-Forwarded-For: a forged header does not escape the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await login(server, team, `198.51.100.${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('sends no CORS headers: the API answers only its own origin', async () => {
    const preflight = await server.app.inject({
      method: 'OPTIONS',
      url: '/api/scenarios',
      headers: {
        origin: 'https://elsewhere.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const device = await server.team();
    const get = await server.app.inject({
      url: '/api/scenarios',
      headers: { ...device.device, origin: 'https://elsewhere.example' },
    });
    expect(get.statusCode).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('COUNTERPART_CORS_ORIGINS', () => {
  const ALLOWED = 'https://training.example.org';
  let server: TestServer;
  let team: TestTeam;
  beforeAll(async () => {
    server = await startTestServer({ corsOrigins: [ALLOWED] });
    team = await server.team();
  });
  afterAll(() => server?.close());

  it('answers a listed origin’s preflight and calls with a device token, never with credentials', async () => {
    const preflight = await server.app.inject({
      method: 'OPTIONS',
      url: '/api/scenarios',
      headers: { origin: ALLOWED, 'access-control-request-method': 'GET' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('authorization');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const get = await server.app.inject({ url: '/api/scenarios', headers: { ...team.device, origin: ALLOWED } });
    expect(get.statusCode).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(get.headers.vary).toContain('Origin');
  });

  it('an origin not listed gets no CORS headers', async () => {
    const get = await server.app.inject({
      url: '/api/scenarios',
      headers: { ...team.device, origin: 'https://training.example.org.evil.example' },
    });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('settings', () => {
  it('COUNTERPART_TRUST_PROXY: off by default, true, a hop count or addresses', () => {
    expect(trustProxy(undefined)).toBe(false);
    expect(trustProxy('false')).toBe(false);
    expect(trustProxy('true')).toBe(true);
    expect(trustProxy('1')).toBe(1);
    expect(trustProxy('127.0.0.1, 10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(() => trustProxy('yes please')).toThrow(ConfigError);
  });

  it('COUNTERPART_CORS_ORIGINS: origins only', () => {
    expect(corsOrigins(undefined)).toEqual([]);
    expect(corsOrigins('https://a.example, http://localhost:5173')).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
    expect(() => corsOrigins('https://a.example/app')).toThrow(/not an origin/);
    expect(() => corsOrigins('*')).toThrow(ConfigError);
  });
});

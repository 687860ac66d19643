import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../support/scenarios';
import { json, PASSWORD, startTestServer, type TestServer, type TestTeam } from './support/harness';
import { body, sessionOn } from './support/recordings';

const UPLOAD_BYTES = 256 * 1024;
let server: TestServer;
let team: TestTeam;
beforeAll(async () => {
  server = await startTestServer({ limits: { login: 5, pair: 5, uploadBytes: UPLOAD_BYTES } });
  team = await server.team();
});
afterAll(() => server?.close());

const upload = (id: string, payload: string) =>
  server.app.inject({
    method: 'PUT',
    url: `/api/sessions/${id}`,
    headers: { ...team.device, 'content-type': 'application/json' },
    payload,
  });

/** No error answer carries a stack trace or SQL. */
function expectCleanError(text: string) {
  expect(text).not.toMatch(/\n\s+at |stack|SELECT|INSERT/);
}

describe('input limits', () => {
  it('an upload over the size limit → 413', async () => {
    const recording = sessionOn('best');
    const oversize = `${body(recording).slice(0, -1)},"x":"${'a'.repeat(UPLOAD_BYTES)}"}`;
    const response = await upload(recording.id, oversize);
    expect(response.statusCode).toBe(413);
    expect(json(response).error).toBe('payload_too_large');
    expectCleanError(response.body);
  });

  it('other bodies are small: a 100 KB log-in → 413', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: 'a@b.c', password: 'x'.repeat(100_000) },
    });
    expect(response.statusCode).toBe(413);
  });

  it.each([
    ['missing-field.json', 'startedAt'],
    ['wrong-types.json', 'locale'],
    ['unknown-field.json', 'trainee'],
    ['constructor-key.json', ''],
    ['note-too-long.json', 'notes[0].text'],
  ])('the replay fixture %s → 400 naming the field', async (file, field) => {
    const text = readFileSync(repoPath(`tests/fixtures/replays/${file}`), 'utf8');
    const id = (JSON.parse(text) as { id: string }).id;
    const response = await upload(id, text);
    expect(response.statusCode).toBe(400);
    const answer = json<{ error: string; problems: { field: string; message: { de: string; en: string } }[] }>(
      response,
    );
    expect(answer.error).toBe('invalid_recording');
    if (field) expect(answer.problems.map((p) => p.field)).toContain(field);
    expect(answer.problems[0]?.message.de).toBeTruthy();
    expectCleanError(response.body);
  });

  it('a recording whose id differs from the URL → 400 on id', async () => {
    const recording = sessionOn('best');
    const response = await upload('0b7d5c1e-0000-4000-8000-000000000000', body(recording));
    expect(response.statusCode).toBe(400);
    expect(json<{ problems: { field: string }[] }>(response).problems[0]?.field).toBe('id');
  });

  it('invalid route input → 400 naming the field (note text, retention days, query, path id)', async () => {
    const recording = sessionOn('best');
    expect((await upload(recording.id, body(recording))).statusCode).toBe(201);
    const note = await server.app.inject({
      method: 'POST',
      url: `/api/sessions/${recording.id}/notes`,
      headers: team.trainer,
      payload: { notes: [{ atMs: 10, text: '', author: 'trainer-ana', createdAt: '2025-01-01T00:00:00Z' }] },
    });
    expect(note.statusCode).toBe(400);
    expect(json<{ fields: { field: string }[] }>(note).fields.map((f) => f.field)).toContain('body.notes.0.text');
    const days = await server.app.inject({
      method: 'PUT',
      url: '/api/team/retention',
      headers: team.trainer,
      payload: { days: 'forever' },
    });
    expect(json<{ fields: { field: string }[] }>(days).fields.map((f) => f.field)).toEqual(['body.days']);
    const query = await server.app.inject({ url: '/api/sessions?mode=vr', headers: team.trainer });
    expect(query.statusCode).toBe(400);
    expect(json<{ fields: { field: string }[] }>(query).fields.map((f) => f.field)).toEqual(['querystring.mode']);
    const path = await server.app.inject({ url: '/api/sessions/not-a-uuid', headers: team.trainer });
    expect(path.statusCode).toBe(400);
    expect(json<{ fields: { field: string }[] }>(path).fields.map((f) => f.field)).toEqual(['params.id']);
  });

  it('unknown routes answer JSON 404', async () => {
    const response = await server.app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(json(response).error).toBe('not_found');
  });
});

describe('rate limits', () => {
  it('log-in attempts beyond the limit → 429, even with the right password', async () => {
    const attempt = (password: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/login',
        remoteAddress: '10.0.0.7',
        payload: { email: `${team.name}@example.org`, password },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt('wrong password')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const blocked = await attempt(PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(json(blocked).error).toBe('too_many_requests');
    // Another client address is not blocked.
    const other = await server.app.inject({
      method: 'POST',
      url: '/api/login',
      remoteAddress: '10.0.0.8',
      payload: { email: `${team.name}@example.org`, password: PASSWORD },
    });
    expect(other.statusCode).toBe(200);
  });

  it('pairing attempts beyond the limit → 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (
          await server.app.inject({
            method: 'POST',
            url: '/api/pair',
            remoteAddress: '10.0.0.9',
            payload: { code: `GUESS${i}AB` },
          })
        ).statusCode,
      );
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });
});

describe('headers', () => {
  it('API answers carry the CSP and security headers', async () => {
    const response = await server.app.inject({ url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).toContain('worker-src');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the built app from the same origin with the CSP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpart-app-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Counterpart</title>');
    const withApp = await startTestServer({ appDir: dir });
    try {
      const page = await withApp.app.inject({ url: '/' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Counterpart</title>');
      expect(String(page.headers['content-security-policy'])).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect((await withApp.app.inject({ url: '/../package.json' })).statusCode).toBe(404);
    } finally {
      await withApp.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the OpenAPI description lists every /api route', async () => {
    const spec = json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      await server.app.inject({ url: '/api/openapi.json' }),
    );
    expect(spec.openapi).toMatch(/^3\./);
    const described = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const routes = server.app.accessRules
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => r !== 'GET /api/openapi.json');
    expect(described.sort()).toEqual(routes.sort());
  });
});

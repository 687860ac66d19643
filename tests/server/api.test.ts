import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../support/scenarios';
import { json, startTestServer, type TestServer, type TestTeam } from './support/harness';
import { body, SCENARIO_ID, sessionOn } from './support/recordings';

let server: TestServer;
let team: TestTeam;

beforeAll(async () => {
  server = await startTestServer();
  team = await server.team();
});
afterAll(() => server?.close());

const upload = (recording: { id: string }, text: string = body(recording as never), as: TestTeam = team) =>
  server.app.inject({
    method: 'PUT',
    url: `/api/sessions/${recording.id}`,
    headers: { ...as.device, 'content-type': 'application/json' },
    payload: text,
  });

describe('session upload and review', () => {
  it('stores an upload once, scores it with the engine and answers a retry with "exists"', async () => {
    const recording = sessionOn('best', { pseudonym: 'dachs-7' });
    const first = await upload(recording);
    expect(first.statusCode).toBe(201);
    expect(json(first)).toMatchObject({ id: recording.id, status: 'created', scored: true });
    const again = await upload(recording);
    expect(again.statusCode).toBe(200);
    expect(json(again).status).toBe('exists');

    const list = json<{
      total: number;
      sessions: { id: string; scores: { overall: number }; outcome: string; mode: string }[];
    }>(await server.app.inject({ url: '/api/sessions?pseudonym=dachs-7', headers: team.trainer }));
    expect(list.total).toBe(1);
    expect(list.sessions[0]).toMatchObject({ id: recording.id, outcome: 'resolved', mode: 'xr' });
    expect(list.sessions[0]?.scores.overall).toBeGreaterThanOrEqual(85);

    const back = await server.app.inject({ url: `/api/sessions/${recording.id}`, headers: team.trainer });
    expect(back.statusCode).toBe(200);
    expect(json(back)).toEqual(recording);
  });

  it('a protocol written after the first upload reaches the server with the next upload; nothing else changes', async () => {
    const recording = sessionOn('best', { pseudonym: 'biber-5' });
    expect((await upload(recording)).statusCode).toBe(201);
    const protocol = {
      concern: 'Reparatur zum zweiten Mal defekt, Kunde verärgert',
      agreement: 'Austauschgerät angeboten, Termin vereinbart',
      followUp: null,
      mood: 'calm',
      writtenAt: '2025-03-14T10:00:00.000Z',
    };
    const withProtocol = { ...recording, protocol };
    expect((await upload(withProtocol, JSON.stringify(withProtocol))).statusCode).toBe(200);
    const back = json(await server.app.inject({ url: `/api/sessions/${recording.id}`, headers: team.trainer }));
    expect(back.protocol).toEqual(protocol);
    const row = json<{ sessions: { scores: { protocol: number | null } }[] }>(
      await server.app.inject({ url: '/api/sessions?pseudonym=biber-5', headers: team.trainer }),
    );
    expect(row.sessions[0]?.scores.protocol).toEqual(expect.any(Number));
    // A different log under the same id is not taken.
    const tampered = {
      ...sessionOn('worst'),
      id: recording.id,
      pseudonym: 'biber-5',
      protocol: { ...protocol, concern: 'anders' },
    };
    expect((await upload(tampered, JSON.stringify(tampered))).statusCode).toBe(200);
    expect(json(await server.app.inject({ url: `/api/sessions/${recording.id}`, headers: team.trainer }))).toEqual(
      back,
    );
  });

  it('filters by scenario, outcome, mode and date', async () => {
    const worst = sessionOn('worst', { pseudonym: 'igel-3', startedAt: '2025-06-01T10:00:00.000Z' });
    expect((await upload(worst)).statusCode).toBe(201);
    const count = async (query: string) =>
      json<{ total: number }>(await server.app.inject({ url: `/api/sessions?${query}`, headers: team.trainer })).total;
    expect(await count('pseudonym=igel-3&outcome=customer_left_angry')).toBe(1);
    expect(await count('pseudonym=igel-3&outcome=resolved')).toBe(0);
    expect(await count(`pseudonym=igel-3&scenario=${SCENARIO_ID}&mode=xr`)).toBe(1);
    expect(await count('pseudonym=igel-3&mode=desktop')).toBe(0);
    expect(await count('pseudonym=igel-3&from=2025-06-01&to=2025-06-02')).toBe(1);
    expect(await count('pseudonym=igel-3&from=2025-06-02')).toBe(0);
  });

  it('syncs notes both ways: a trainer note reaches the device, a device note the trainer, each stored once', async () => {
    const recording = sessionOn('best', { pseudonym: 'otter-1' });
    await upload(recording);
    const note = {
      atMs: 1200,
      text: 'Ruhig geblieben – gut.',
      author: 'trainer-ana',
      createdAt: '2025-07-01T08:00:00Z',
    };
    expect((await upload(recording)).statusCode).toBe(200);
    const add = () =>
      server.app.inject({
        method: 'POST',
        url: `/api/sessions/${recording.id}/notes`,
        headers: team.trainer,
        payload: { notes: [note] },
      });
    expect((await add()).statusCode).toBe(201);
    expect(json(await add()).added).toBe(0);
    const onDevice = json<{ notes: unknown[] }>(
      await server.app.inject({ url: `/api/sessions/${recording.id}/notes`, headers: team.device }),
    );
    expect(onDevice.notes).toContainEqual(note);
    expect(onDevice.notes).toHaveLength(recording.notes.length + 1);

    // The device re-uploads with a note of its own: it is added, nothing is duplicated.
    const deviceNote = {
      atMs: 3000,
      text: 'Selbst: zu schnell geantwortet',
      author: 'otter-1',
      createdAt: '2025-07-01T09:00:00Z',
    };
    const retry = await upload({ ...recording, notes: [...recording.notes, note, deviceNote] } as never);
    expect(retry.statusCode).toBe(200);
    const review = json<{ notes: unknown[] }>(
      await server.app.inject({ url: `/api/sessions/${recording.id}`, headers: team.trainer }),
    );
    expect(review.notes).toHaveLength(recording.notes.length + 2);
    expect(review.notes).toContainEqual(deviceNote);
  });

  it('exports the filtered sessions as CSV with a header row', async () => {
    const response = await server.app.inject({ url: '/api/sessions.csv?pseudonym=igel-3', headers: team.trainer });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,pseudonym,scenario,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('igel-3');
    expect(lines[1]).toContain('customer_left_angry');
  });

  it('a device deletes one session it deleted locally; again → 404, the others stay', async () => {
    const gone = sessionOn('best', { pseudonym: 'dachs-2' });
    const kept = sessionOn('best', { pseudonym: 'dachs-2' });
    await upload(gone);
    await upload(kept);
    const del = () => server.app.inject({ method: 'DELETE', url: `/api/sessions/${gone.id}`, headers: team.device });
    const first = await del();
    expect(first.statusCode).toBe(200);
    expect(json(first).deleted).toBe(1);
    expect((await server.app.inject({ url: `/api/sessions/${gone.id}`, headers: team.trainer })).statusCode).toBe(404);
    const misses = await server.database.db.query('SELECT 1 FROM session_misses WHERE session_id = $1', [gone.id]);
    expect(misses.rows).toHaveLength(0);
    expect((await del()).statusCode).toBe(404);
    expect((await server.app.inject({ url: `/api/sessions/${kept.id}`, headers: team.trainer })).statusCode).toBe(200);
  });

  it('deleting a pseudonym erases its sessions and notes', async () => {
    const recording = sessionOn('best', { pseudonym: 'luchs-9' });
    await upload(recording);
    const erased = await server.app.inject({ method: 'DELETE', url: '/api/trainees/luchs-9', headers: team.device });
    expect(json(erased).deleted).toBe(1);
    expect((await server.app.inject({ url: `/api/sessions/${recording.id}`, headers: team.trainer })).statusCode).toBe(
      404,
    );
    const { rows } = await server.database.db.query('SELECT 1 FROM notes WHERE session_id = $1', [recording.id]);
    expect(rows).toHaveLength(0);
  });

  it('retention deletes sessions older than the team keeps them, and refuses nonsense days', async () => {
    const old = sessionOn('best', { pseudonym: 'alt-1', startedAt: '2020-01-01T10:00:00.000Z' });
    const fresh = sessionOn('best', { pseudonym: 'alt-1', startedAt: new Date().toISOString() });
    await upload(old);
    await upload(fresh);
    const set = await server.app.inject({
      method: 'PUT',
      url: '/api/team/retention',
      headers: team.trainer,
      payload: { days: 365 },
    });
    expect(json(set)).toMatchObject({ days: 365, deleted: expect.any(Number) });
    const left = json<{ sessions: { id: string }[] }>(
      await server.app.inject({ url: '/api/sessions?pseudonym=alt-1', headers: team.trainer }),
    );
    expect(left.sessions.map((s) => s.id)).toEqual([fresh.id]);
    const bad = await server.app.inject({
      method: 'PUT',
      url: '/api/team/retention',
      headers: team.trainer,
      payload: { days: 0 },
    });
    expect(bad.statusCode).toBe(400);
    await server.app.inject({
      method: 'PUT',
      url: '/api/team/retention',
      headers: team.trainer,
      payload: { days: null },
    });
  });
});

describe('analytics', () => {
  it('counts completion, scores per scenario and trainee, missed moments and techniques', async () => {
    const own = await server.team();
    for (const [path, pseudonym] of [
      ['best', 'a-1'],
      ['worst', 'a-1'],
      ['worst', 'b-2'],
    ] as const) {
      expect(
        (await upload(sessionOn(path, { pseudonym, startedAt: '2025-05-07T10:00:00.000Z' }), undefined, own))
          .statusCode,
      ).toBe(201);
    }
    const a = json<{
      completion: { scenarioId: string; sessions: number; finished: number }[];
      scoresByTrainee: { pseudonym: string; week: string; sessions: number }[];
      scoresByScenario: { scenarioId: string; sessions: number }[];
      missedMoments: { node: string; misses: number }[];
      missedTechniques: { technique: string; misses: number }[];
    }>(await server.app.inject({ url: '/api/analytics', headers: own.trainer }));
    expect(a.completion).toEqual([expect.objectContaining({ scenarioId: SCENARIO_ID, sessions: 3, finished: 3 })]);
    expect(a.scoresByScenario).toEqual([expect.objectContaining({ scenarioId: SCENARIO_ID, sessions: 3 })]);
    expect(a.scoresByTrainee).toEqual([
      { pseudonym: 'a-1', week: '2025-05-05', sessions: 2, overall: expect.any(Number) },
      { pseudonym: 'b-2', week: '2025-05-05', sessions: 1, overall: expect.any(Number) },
    ]);
    // The worst path misses at least two decisions (its golden file says so), twice.
    expect(a.missedMoments.reduce((n, m) => n + m.misses, 0)).toBeGreaterThanOrEqual(4);
    expect(a.missedMoments[0]?.misses).toBe(2);
    expect(a.missedTechniques.length).toBeGreaterThan(0);
  });
});

describe('scenarios for the team', () => {
  const minimal = `format: counterpart-scenario/1`;

  it('refuses an invalid scenario naming line and field, and the same id as a bundled one', async () => {
    const bad = await server.app.inject({
      method: 'POST',
      url: '/api/scenarios',
      headers: { ...team.trainer, 'content-type': 'application/yaml' },
      payload: `${minimal}\nid: Bad Id\n`,
    });
    expect(bad.statusCode).toBe(400);
    const problems = json<{ problems: { field: string; line: number }[] }>(bad).problems;
    expect(problems.some((p) => p.field === 'id' && p.line === 2)).toBe(true);
    const bundled = readFileSync(repoPath(`scenes/${SCENARIO_ID}.yaml`), 'utf8');
    const clash = await server.app.inject({
      method: 'POST',
      url: '/api/scenarios',
      headers: { ...team.trainer, 'content-type': 'application/yaml' },
      payload: bundled,
    });
    expect(clash.statusCode).toBe(409);
  });

  it('accepts a valid scenario, serves it to the devices and scores sessions made with it', async () => {
    const source = readFileSync(repoPath('tests/fixtures/scenes/valid/minimal.yaml'), 'utf8');
    const stored = await server.app.inject({
      method: 'POST',
      url: '/api/scenarios?file=minimal.yaml',
      headers: { ...team.trainer, 'content-type': 'application/yaml' },
      payload: source,
    });
    expect(stored.statusCode).toBe(201);
    expect(json(stored).id).toBe('minimal');
    const listed = json<{ scenarios: { id: string }[] }>(
      await server.app.inject({ url: '/api/scenarios', headers: team.device }),
    );
    expect(listed.scenarios.map((s) => s.id)).toEqual(['minimal']);
    const served = await server.app.inject({ url: '/api/scenarios/minimal', headers: team.device });
    expect(served.body).toBe(source);

    const recording = {
      ...JSON.parse(readFileSync(repoPath('tests/fixtures/replays/valid.json'), 'utf8')),
      id: randomUUID(),
    };
    const uploaded = await upload(recording, JSON.stringify(recording));
    expect(uploaded.statusCode).toBe(201);
    expect(json(uploaded).scored).toBe(true);
  });
});

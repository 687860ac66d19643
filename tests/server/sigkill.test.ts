import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/adapter';
import { migrate } from '../../src/server/db/migrate';
import { openPglite } from '../../src/server/db/pglite';
import { openPostgres } from '../../src/server/db/postgres';
import { createPairingCode, redeemPairingCode } from '../../src/server/store/devices';
import { addTrainer, startLogin } from '../../src/server/store/trainers';
import { repoPath } from '../support/scenarios';
import { copyTemplate, POSTGRES_URL, urlWithSchema } from './support/database';
import { body, sessionOn } from './support/recordings';

/**
 * The real server process (`node --import tsx src/server/main.ts`, one process, so SIGKILL hits
 * the server itself), killed with SIGKILL while uploads are in flight, then started again on
 * the same data: every upload it acknowledged must be there, and the rest go through on retry.
 */
const port = 20_000 + (randomBytes(2).readUInt16BE() % 20_000);
const base = `http://127.0.0.1:${port}`;
let child: ChildProcess | null = null;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  child?.kill('SIGKILL');
  for (const cleanup of cleanups) await cleanup();
});

async function prepareDatabase(): Promise<{ env: Record<string, string>; open: () => Promise<Database> }> {
  if (POSTGRES_URL) {
    const schema = `cp_kill_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    });
    const url = urlWithSchema(POSTGRES_URL, schema);
    return { env: { DATABASE_URL: url }, open: async () => openPostgres(url) };
  }
  const dir = copyTemplate();
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { env: { COUNTERPART_DATA: dir, DATABASE_URL: '' }, open: () => openPglite(dir) };
}

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const started = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoPath(''),
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      COUNTERPART_APP_DIR: repoPath('does-not-exist'),
    },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (started.exitCode !== null) throw new Error(`the server exited with ${started.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server did not start within 120 s');
}

describe('a server killed with SIGKILL during uploads', () => {
  it('keeps every upload it acknowledged, and retries of the rest succeed', { timeout: 300_000 }, async () => {
    const { env, open } = await prepareDatabase();
    const seed = await open();
    await migrate(seed);
    const { teamId, trainerId } = await addTrainer(seed, 'kill-team', 'kill@example.org', 'correct horse battery');
    const cookie = `counterpart_trainer=${await startLogin(seed, trainerId, teamId)}`;
    const paired = await redeemPairingCode(seed, (await createPairingCode(seed, teamId)).code, 'headset');
    await seed.close();
    if (!paired) throw new Error('pairing failed');
    const device = { authorization: `Bearer ${paired.token}`, 'content-type': 'application/json' };

    child = await startServer(env);
    const sessions = Array.from({ length: 60 }, (_, i) =>
      sessionOn(i % 2 ? 'best' : 'worst', { pseudonym: `kill-${i % 5}` }),
    );
    const acknowledged = new Set<string>();
    let next = 0;
    const worker = async () => {
      while (next < sessions.length) {
        const s = sessions[next++];
        if (!s) return;
        const status = await fetch(`${base}/api/sessions/${s.id}`, {
          method: 'PUT',
          headers: device,
          body: body(s),
        }).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 201 || status === 200) acknowledged.add(s.id);
        if (acknowledged.size >= 20 && child?.exitCode === null) child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(acknowledged.size).toBeGreaterThanOrEqual(20);
    expect(acknowledged.size).toBeLessThan(sessions.length);

    child = await startServer(env);
    for (const id of acknowledged) {
      const response = await fetch(`${base}/api/sessions/${id}`, { headers: { cookie } });
      expect(response.status, `acknowledged session ${id}`).toBe(200);
    }
    // The client's retry of everything: nothing duplicated, nothing missing.
    for (const s of sessions) {
      const status = (await fetch(`${base}/api/sessions/${s.id}`, { method: 'PUT', headers: device, body: body(s) }))
        .status;
      expect([200, 201]).toContain(status);
      if (acknowledged.has(s.id)) expect(status).toBe(200);
    }
    const list = (await (await fetch(`${base}/api/sessions?limit=500`, { headers: { cookie } })).json()) as {
      total: number;
    };
    expect(list.total).toBe(sessions.length);
    child.kill('SIGTERM');
  });
});

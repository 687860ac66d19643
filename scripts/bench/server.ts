/**
 * The team server's section of `npm run bench` (`--only=server`, also `npm run bench:server`):
 * upload of a 30-minute recording, list and analytics over 10,000 seeded sessions, p95 under
 * concurrent load. Always on the embedded database (PGlite, a temp folder); also on PostgreSQL
 * when DATABASE_URL or TEST_DATABASE_URL is set (a throw-away schema), else that part is skipped
 * with a message. The budgets are in budgets.ts.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildServer } from '../../src/server/app';
import type { Database } from '../../src/server/db/adapter';
import { migrate } from '../../src/server/db/migrate';
import { openPglite } from '../../src/server/db/pglite';
import { openPostgres } from '../../src/server/db/postgres';
import { loadBundledScenarios, ScenarioLookup } from '../../src/server/scenarios';
import { createPairingCode, redeemPairingCode } from '../../src/server/store/devices';
import { addTrainer, startLogin } from '../../src/server/store/trainers';
import { longRecording } from '../../tests/unit/review/long-session';
import { ROOT } from './paths';

export const SESSIONS = 10_000;

/** One database's figures, in milliseconds. */
export interface ServerRun {
  database: 'pglite' | 'postgres';
  recordingMb: number;
  seedMs: number;
  /** Median of 5 uploads of a 30-minute recording (check, scoring, store). */
  uploadMs: number;
  /** p95 of 20: the newest 100 of 10,000 sessions. */
  listP95Ms: number;
  /** p95 of 20: three filters. */
  listFilteredP95Ms: number;
  /** p95 of 10: the analytics over 10,000 sessions. */
  analyticsP95Ms: number;
  /** Median of 3: CSV of 10,000 sessions (no budget). */
  csvMs: number;
  /** p95 of 100: list requests, 20 at a time over a socket. */
  loadP95Ms: number;
}

export interface ServerFigures {
  runs: ServerRun[];
  /** Why a database was not measured (PostgreSQL without a URL). */
  skipped: string[];
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return times;
}

async function openBenchDatabase(url: string | null): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (url) {
    const schema = `cp_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    const db = openPostgres(u.toString());
    const drop = async () => {
      await db.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    };
    return { db, drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-'));
  const db = await openPglite(dir);
  const drop = async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { db, drop };
}

async function measure(url: string | null): Promise<ServerRun> {
  const { db, drop } = await openBenchDatabase(url);
  try {
    await migrate(db);
    const scenarios = new ScenarioLookup(loadBundledScenarios(join(ROOT, 'scenes')));
    const app = await buildServer({ db, scenarios, limits: { login: 1000, pair: 1000 } });
    const { teamId, trainerId } = await addTrainer(db, 'bench', 'bench@example.org', 'bench password 1');
    const cookie = `counterpart_trainer=${await startLogin(db, trainerId, teamId)}`;
    const paired = await redeemPairingCode(db, (await createPairingCode(db, teamId)).code, 'bench');
    if (!paired) throw new Error('pairing failed');

    const scenario = scenarios.bundled.get('angry-repair-returned');
    if (!scenario) throw new Error('scenes/angry-repair-returned.yaml is missing');
    const long = longRecording(scenario, 30, 1200);
    const text = (id: string) => JSON.stringify({ ...long, id });
    const uploads = await timed(5, async () => {
      const id = randomUUID();
      const r = await app.inject({
        method: 'PUT',
        url: `/api/sessions/${id}`,
        headers: { authorization: `Bearer ${paired.token}`, 'content-type': 'application/json' },
        payload: text(id),
      });
      if (r.statusCode !== 201) throw new Error(`upload answered ${r.statusCode}: ${r.body.slice(0, 300)}`);
    });

    // 10,000 sessions over 50 trainees, six scenarios and a year, two missed moments each.
    const seedStart = performance.now();
    await db.query(
      `INSERT INTO sessions (id, team_id, pseudonym, scenario_id, mode, started_at, duration_ms, finished, outcome, score_overall, score_tone, score_structure, score_escalation, recording)
       SELECT 'seed-' || g, $1, 'trainee-' || (g % 50), 'scenario-' || (g % 6), CASE WHEN g % 3 = 0 THEN 'desktop' ELSE 'xr' END,
         now() - (g % 365) * interval '1 day', 300000, g % 5 <> 0, CASE WHEN g % 5 = 0 THEN NULL ELSE 'resolved' END,
         g % 101, g % 97, g % 89, g % 83, '{}'
       FROM generate_series(1, ${SESSIONS}) AS g`,
      [teamId],
    );
    await db.query(
      `INSERT INTO session_misses (session_id, team_id, scenario_id, node, at_ms, techniques)
       SELECT 'seed-' || g, $1, 'scenario-' || (g % 6), 'node-' || (g % 9 + k), 1000 * k, CASE WHEN k = 1 THEN 'empathy,open_question' ELSE 'neutral_summary' END
       FROM generate_series(1, ${SESSIONS}) AS g, generate_series(1, 2) AS k`,
      [teamId],
    );
    const seedMs = performance.now() - seedStart;
    const get = (url: string) => app.inject({ url, headers: { cookie } });
    const list = await timed(20, () => get('/api/sessions?limit=100'));
    const listFiltered = await timed(20, () => get('/api/sessions?pseudonym=trainee-7&scenario=scenario-1&mode=xr'));
    const analytics = await timed(10, () => get('/api/analytics'));
    const csv = await timed(3, () => get('/api/sessions.csv'));

    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const underLoad: number[] = [];
    for (let round = 0; round < 5; round++) {
      await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const t = performance.now();
          await fetch(`${base}/api/sessions?limit=100&offset=${i * 100}`, { headers: { cookie } }).then((r) =>
            r.arrayBuffer(),
          );
          underLoad.push(performance.now() - t);
        }),
      );
    }
    await app.close();

    return {
      database: db.kind === 'postgres' ? 'postgres' : 'pglite',
      recordingMb: Math.round(text('x').length / 1e4) / 100,
      seedMs: Math.round(seedMs),
      uploadMs: quantile(uploads, 0.5),
      listP95Ms: quantile(list, 0.95),
      listFilteredP95Ms: quantile(listFiltered, 0.95),
      analyticsP95Ms: quantile(analytics, 0.95),
      csvMs: quantile(csv, 0.5),
      loadP95Ms: quantile(underLoad, 0.95),
    };
  } finally {
    await drop();
  }
}

/** Measures the embedded database, then PostgreSQL when a URL is given. */
export async function runServer(): Promise<ServerFigures> {
  const runs = [await measure(null)];
  const skipped: string[] = [];
  const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (url) runs.push(await measure(url));
  else
    skipped.push(
      'PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server (CI does, see .ci/run)',
    );
  return { runs, skipped };
}

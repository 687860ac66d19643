import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../../../src/server/db/adapter';
import { migrate } from '../../../src/server/db/migrate';
import { openPglite } from '../../../src/server/db/pglite';
import { openPostgres } from '../../../src/server/db/postgres';

/** The PostgreSQL server the tests run against, when one is given; the embedded database otherwise. */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || '';

export interface TestDatabase {
  db: Database;
  /** Where it lives: a PGlite folder or a PostgreSQL URL bound to this test's schema. */
  location: string;
  drop(): Promise<void>;
}

/** A PostgreSQL URL whose connections use `schema` (pg passes `options` to the server at start-up). */
export function urlWithSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/**
 * A fresh, migrated database for one test file: a copy of the migrated PGlite template (initdb
 * runs once per test run, in globalSetup), or a new schema on the PostgreSQL server.
 */
export async function freshDatabase(): Promise<TestDatabase> {
  if (POSTGRES_URL) {
    const schema = `cp_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const location = urlWithSchema(POSTGRES_URL, schema);
    const db = openPostgres(location);
    await migrate(db);
    return {
      db,
      location,
      drop: async () => {
        await db.close();
        const cleanup = new pg.Client({ connectionString: POSTGRES_URL });
        await cleanup.connect();
        await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
        await cleanup.end();
      },
    };
  }
  const dir = copyTemplate();
  const db = await openPglite(dir);
  await migrate(db);
  return {
    db,
    location: dir,
    drop: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new folder holding a copy of the migrated embedded database. */
export function copyTemplate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-server-'));
  cpSync(inject('pgliteTemplate'), dir, { recursive: true });
  return dir;
}

import type { Database } from './adapter';
import { MIGRATIONS, type Migration } from './migrations';

/**
 * Applies the steps the database has not seen, each in its own transaction together with its
 * row in schema_migrations, so a crash mid-step leaves the step unapplied, never half applied.
 * Refuses a database that is newer than this server (it would misread it).
 */
export async function migrate(db: Database, steps: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const { rows } = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
  const applied = new Set(rows.map((r) => Number(r.version)));
  const newest = Math.max(0, ...steps.map((s) => s.version));
  const unknown = [...applied].filter((v) => v > newest);
  if (unknown.length > 0)
    throw new Error(
      `the database has schema version ${Math.max(...unknown)}, this server knows up to ${newest}; update the server`,
    );
  const done: number[] = [];
  for (const step of [...steps].sort((a, b) => a.version - b.version)) {
    if (applied.has(step.version)) continue;
    await db.transaction(async (tx) => {
      // Two servers starting at once against PostgreSQL: the primary key makes the second fail cleanly.
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
      for (const statement of splitStatements(step.sql)) await tx.query(statement);
    });
    done.push(step.version);
  }
  return done;
}

/** The statements of a step (pg's extended protocol, which both drivers use with parameters, takes one at a time). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.trim().replace(/;$/, ''))
    .filter((s) => s !== '');
}

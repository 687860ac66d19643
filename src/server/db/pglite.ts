import { PGlite } from '@electric-sql/pglite';
import { type Database, DatabaseUnavailableError, guarded, type Queryable } from './adapter';

/**
 * The embedded database: PostgreSQL compiled to WebAssembly, stored in `dir` (a temp folder in
 * tests; `memory://` keeps it in memory). One connection in this process; PGlite queues
 * concurrent queries and runs a transaction exclusively.
 */
export async function openPglite(dir: string): Promise<Database> {
  const db = await PGlite.create(dir);
  let closed = false;
  const check = () => {
    if (closed) throw new DatabaseUnavailableError(new Error('the embedded database is closed'));
  };
  const run = (q: { query: PGlite['query'] }): Queryable => ({
    query: async <T extends object>(sql: string, params: unknown[] = []) => {
      check();
      const result = await guarded(() => q.query<T>(sql, params));
      // A query that returns rows (SELECT, … RETURNING) counts them; others report affectedRows, as pg's rowCount does.
      return {
        rows: result.rows,
        rowCount: result.fields.length > 0 ? result.rows.length : (result.affectedRows ?? 0),
      };
    },
  });
  const top = run(db);
  return {
    kind: 'pglite',
    query: top.query,
    transaction: async (work) => {
      check();
      return guarded(() => db.transaction((tx) => work(run(tx))));
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await db.close();
    },
  };
}

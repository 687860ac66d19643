import pg from 'pg';
import { type Database, DatabaseUnavailableError, guarded, type Queryable } from './adapter';

/**
 * A PostgreSQL server through a pg pool. Connection attempts time out after a few seconds, so a
 * server that is down gives 503 quickly instead of hanging the request.
 */
export function openPostgres(url: string, options: { max?: number; connectTimeoutMs?: number } = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
  });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  let closed = false;
  const check = () => {
    if (closed) throw new DatabaseUnavailableError(new Error('the database pool is closed'));
  };
  const on = (client: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T extends object>(sql: string, params: unknown[] = []) => {
      check();
      const result = await guarded(() => client.query(sql, params));
      return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
    },
  });
  return {
    kind: 'postgres',
    query: on(pool).query,
    transaction: async (work) => {
      check();
      const client = await guarded(() => pool.connect());
      try {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

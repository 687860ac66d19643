/**
 * One interface over the embedded database (PGlite) and a PostgreSQL server (pg). The SQL the
 * server runs is plain PostgreSQL that both accept; rows come back as plain objects. Counts are
 * cast to int in SQL (pg returns bigint as text).
 */
export interface Queryable {
  query<T extends object = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: T[]; rowCount: number }>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: all of it commits or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

/** The database cannot be reached (down, closed, connection refused): the API answers 503. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the database is not available', { cause });
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);

/**
 * Whether an error means "no database" rather than "bad query": network errors, SQLSTATE
 * classes 08 (connection), 53 (resources), 57 (shutdown) and a closed client or pool.
 */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || /^(08|53|57)/.test(code))) return true;
  return /closed|after calling end|Connection terminated|not queryable|timeout exceeded when trying to connect/i.test(
    error.message,
  );
}

/** Wraps a query so that "no database" errors become DatabaseUnavailableError. */
export async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
  }
}

import { mkdirSync } from 'node:fs';
import type { Database } from './adapter';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

/** PostgreSQL when a URL is given, the embedded database in `dataDir` otherwise. */
export async function openDatabase(settings: { databaseUrl: string | null; dataDir: string }): Promise<Database> {
  if (settings.databaseUrl) return openPostgres(settings.databaseUrl);
  mkdirSync(settings.dataDir, { recursive: true });
  return openPglite(settings.dataDir);
}

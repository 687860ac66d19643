import { resolve } from 'node:path';

/** What the server reads from its environment; every field has a default except the optional ones. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Folder of the embedded database (PGlite), used when `databaseUrl` is not set. */
  dataDir: string;
  /** A PostgreSQL server (postgres://…); when set it replaces the embedded database. */
  databaseUrl: string | null;
  /** Paths of a PEM certificate and key; both set means HTTPS (needed for WebXR on a headset). */
  tls: { certPath: string; keyPath: string } | null;
  /** The built app (vite build); served at / when the folder exists. */
  appDir: string;
}

export class ConfigError extends Error {}

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 8787;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new ConfigError(`PORT must be a whole number 0–65535, not "${value}"`);
  return n;
}

/** Reads the settings; a half-given TLS pair is a mistake, not a silent fallback to HTTP. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const cert = env.COUNTERPART_TLS_CERT || '';
  const key = env.COUNTERPART_TLS_KEY || '';
  if ((cert === '') !== (key === ''))
    throw new ConfigError('COUNTERPART_TLS_CERT and COUNTERPART_TLS_KEY must be set together');
  return {
    port: port(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.COUNTERPART_DATA || './data'),
    databaseUrl: env.DATABASE_URL || null,
    tls: cert ? { certPath: resolve(cert), keyPath: resolve(key) } : null,
    appDir: resolve(env.COUNTERPART_APP_DIR || './dist'),
  };
}

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
  /**
   * Which proxies to believe about the client address (Fastify's `trustProxy`): false (default,
   * the socket's address counts), true (any), a hop count, or proxy addresses / CIDR ranges.
   */
  trustProxy: boolean | number | string[];
  /** Other origins whose pages may call the API with a device token (CORS); empty: same origin only. */
  corsOrigins: string[];
}

export class ConfigError extends Error {}

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 8787;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new ConfigError(`PORT must be a whole number 0–65535, not "${value}"`);
  return n;
}

/** `COUNTERPART_TRUST_PROXY`: unset/false, true, a hop count (1 = one proxy in front), or a comma list of addresses/CIDRs. */
export function trustProxy(value: string | undefined): boolean | number | string[] {
  const v = (value ?? '').trim();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  const list = v.split(',').map((a) => a.trim());
  const bad = list.find(
    (a) => !/^[0-9A-Fa-f:.]+(\/\d{1,3})?$/.test(a) && !/^(loopback|linklocal|uniquelocal)$/.test(a),
  );
  if (bad !== undefined)
    throw new ConfigError(
      `COUNTERPART_TRUST_PROXY must be true, false, a number of proxies, or addresses/CIDR ranges separated by commas; "${bad}" is none of these`,
    );
  return list;
}

/** `COUNTERPART_CORS_ORIGINS`: origins such as https://training.example.org, separated by commas. */
export function corsOrigins(value: string | undefined): string[] {
  const list = (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of list) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol))
      throw new ConfigError(
        `COUNTERPART_CORS_ORIGINS: "${origin}" is not an origin (scheme, host and port only, e.g. https://training.example.org)`,
      );
  }
  return list;
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
    trustProxy: trustProxy(env.COUNTERPART_TRUST_PROXY),
    corsOrigins: corsOrigins(env.COUNTERPART_CORS_ORIGINS),
  };
}

import { statementUrl } from '../core/xapi/lrs-urls';
import type { XapiStatement } from '../core/xapi/types';

/** An LRS to talk to: its endpoint and the full `Authorization` header value. */
export interface LrsAccess {
  endpoint: string;
  authorization: string;
}

const XAPI_HEADERS = { 'X-Experience-API-Version': '1.0.3' } as const;

/**
 * Sends one statement with PUT (idempotent: a retry after a lost answer is stored once).
 * Resolves to the HTTP status, 0 when there was no answer at all (offline, CORS, DNS).
 * `keepalive` lets the request outlive a closing page.
 */
export async function putStatement(access: LrsAccess, statement: XapiStatement, keepalive = false): Promise<number> {
  try {
    const response = await fetch(statementUrl(access.endpoint, statement.id), {
      method: 'PUT',
      headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json', Authorization: access.authorization },
      body: JSON.stringify(statement),
      keepalive,
    });
    return response.status;
  } catch {
    return 0;
  }
}

/** GETs a JSON document (state, agent profile). Null for 404 (no such document); throws otherwise on failure. */
export async function getDocument(url: string, authorization: string): Promise<unknown> {
  const response = await fetch(url, { headers: { ...XAPI_HEADERS, Authorization: authorization } });
  if (response.status === 404) return null;
  if (!response.ok) throw new HttpError(response.status, url);
  return response.json();
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    url: string,
  ) {
    super(`HTTP ${status} from ${new URL(url).origin}${new URL(url).pathname}`);
  }
}

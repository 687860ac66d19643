import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny cmi5 LMS with its LRS on loopback, for the browser tests: hands out one auth token per
 * launch at `/fetch/<n>`, serves `LMS.LaunchData` and the learner preferences, and stores every
 * statement PUT to `/xapi/statements` in arrival order. `failing` makes the LRS answer 500.
 */
export interface TestLms {
  url: string;
  endpoint: string;
  statements: Record<string, unknown>[];
  /** Every request as "METHOD path", for order and count checks. */
  requests: string[];
  fetchCalls: number;
  failing: boolean;
  launchData: Record<string, unknown>;
  preferences: Record<string, unknown> | null;
  close(): Promise<void>;
}

export const TOKEN = Buffer.from('counterpart-au:launch-secret').toString('base64');

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, PUT, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'Access-Control-Max-Age': '600',
};

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startTestLms(launchData: Record<string, unknown>): Promise<TestLms> {
  const lms: Omit<TestLms, 'url' | 'endpoint' | 'close'> = {
    statements: [],
    requests: [],
    fetchCalls: 0,
    failing: false,
    launchData,
    preferences: { languagePreference: 'en-US,de-DE' },
  };
  const reply = (response: ServerResponse, status: number, json?: unknown) => {
    response.writeHead(status, { ...CORS, ...(json === undefined ? {} : { 'Content-Type': 'application/json' }) });
    response.end(json === undefined ? undefined : JSON.stringify(json));
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'OPTIONS') return reply(response, 204);
    lms.requests.push(`${request.method} ${url.pathname}`);
    if (request.method === 'POST' && url.pathname.startsWith('/fetch/')) {
      lms.fetchCalls += 1;
      // cmi5 §8.2: the token is handed out once per launch.
      return lms.fetchCalls === 1
        ? reply(response, 200, { 'auth-token': TOKEN })
        : reply(response, 200, { 'error-code': '1', 'error-text': 'already used' });
    }
    if (request.headers.authorization !== `Basic ${TOKEN}`) return reply(response, 401, { error: 'unauthorised' });
    if (request.method === 'GET' && url.pathname === '/xapi/activities/state') {
      return url.searchParams.get('stateId') === 'LMS.LaunchData'
        ? reply(response, 200, lms.launchData)
        : reply(response, 404);
    }
    if (request.method === 'GET' && url.pathname === '/xapi/agents/profile') {
      return lms.preferences ? reply(response, 200, lms.preferences) : reply(response, 404);
    }
    if (request.method === 'PUT' && url.pathname === '/xapi/statements') {
      const text = await body(request);
      if (lms.failing) return reply(response, 500, { error: 'the LRS is down' });
      const statement = JSON.parse(text) as Record<string, unknown>;
      if (statement.id !== url.searchParams.get('statementId'))
        return reply(response, 400, { error: 'statementId does not match' });
      if (!lms.statements.some((s) => s.id === statement.id)) lms.statements.push(statement);
      return reply(response, 204);
    }
    return reply(response, 404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return Object.assign(lms, {
    url,
    endpoint: `${url}/xapi/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as TestLms;
}

import type { Recording, TrainerNote } from '../core/recording/schema';

/** The device's link to its team: where the server is and the token pairing gave it. */
export interface Pairing {
  server: string;
  token: string;
  team: string;
  deviceId: string;
  pairedAt: string;
}

/**
 * What became of a request: `done`; `refused` (the server will never take it: 400, 404, 409,
 * 413 — retrying cannot help); `unpaired` (401/403: the token was revoked); `retry` (offline,
 * 5xx, 503 database down, 429).
 */
export type Outcome<T = undefined> =
  | { kind: 'done'; value: T }
  | { kind: 'refused'; status: number; message: string }
  | { kind: 'unpaired' }
  | { kind: 'retry'; reason: string };

export interface DeviceApi {
  upload(recording: Recording): Promise<Outcome>;
  notes(sessionId: string): Promise<Outcome<TrainerNote[]>>;
  eraseTrainee(pseudonym: string): Promise<Outcome>;
  /** Deletes one session of the team; a session the server does not have is `refused` (404). */
  deleteSession(id: string): Promise<Outcome>;
}

const trimmed = (server: string) => server.replace(/\/+$/, '');

async function outcomeOf<T>(request: Promise<Response>, read: (r: Response) => Promise<T>): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await request;
  } catch (error) {
    return { kind: 'retry', reason: error instanceof Error ? error.message : 'offline' };
  }
  if (response.ok) return { kind: 'done', value: await read(response) };
  if (response.status === 401 || response.status === 403) return { kind: 'unpaired' };
  if (response.status === 429 || response.status >= 500) return { kind: 'retry', reason: `HTTP ${response.status}` };
  const body = (await response.json().catch(() => ({}))) as { message?: unknown };
  return {
    kind: 'refused',
    status: response.status,
    message: typeof body.message === 'string' ? body.message : `HTTP ${response.status}`,
  };
}

/** The team server's device routes over fetch (same origin as the app when it serves the app). */
export function deviceApi(
  pairing: Pick<Pairing, 'server' | 'token'>,
  fetcher: typeof fetch = globalThis.fetch.bind(globalThis),
): DeviceApi {
  const base = trimmed(pairing.server);
  const auth = { authorization: `Bearer ${pairing.token}` };
  return {
    upload: (recording) =>
      outcomeOf(
        fetcher(`${base}/api/sessions/${encodeURIComponent(recording.id)}`, {
          method: 'PUT',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify(recording),
        }),
        async () => undefined,
      ),
    notes: (id) =>
      outcomeOf(
        fetcher(`${base}/api/sessions/${encodeURIComponent(id)}/notes`, { headers: auth }),
        async (r) => ((await r.json()) as { notes: TrainerNote[] }).notes,
      ),
    eraseTrainee: (pseudonym) =>
      outcomeOf(
        fetcher(`${base}/api/trainees/${encodeURIComponent(pseudonym)}`, { method: 'DELETE', headers: auth }),
        async () => undefined,
      ),
    deleteSession: (id) =>
      outcomeOf(
        fetcher(`${base}/api/sessions/${encodeURIComponent(id)}`, { method: 'DELETE', headers: auth }),
        async () => undefined,
      ),
  };
}

/** Redeems a pairing code; the token is shown only in this answer. */
export async function pairDevice(
  server: string,
  code: string,
  label: string,
  fetcher: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<Outcome<Pairing>> {
  const base = trimmed(server);
  return outcomeOf(
    fetcher(`${base}/api/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, label }),
    }),
    async (r) => {
      const body = (await r.json()) as { token: string; team: string; deviceId: string };
      return {
        server: base,
        token: body.token,
        team: body.team,
        deviceId: body.deviceId,
        pairedAt: new Date().toISOString(),
      };
    },
  );
}

import type { Localized } from '../core/scenario/schema';

/** A session row of the team list (the server's summary). */
export interface TeamSession {
  id: string;
  pseudonym: string;
  scenarioId: string;
  scenarioTitle: Localized | null;
  mode: 'xr' | 'desktop';
  startedAt: string;
  durationMs: number;
  finished: boolean;
  outcome: string | null;
  scores: { overall: number; tone: number; structure: number; escalation: number; protocol: number | null } | null;
  noteCount: number;
}

export interface TeamAnalytics {
  scoresByScenario: { scenarioId: string; week: string; sessions: number; overall: number }[];
  scoresByTrainee: { pseudonym: string; week: string; sessions: number; overall: number }[];
  completion: { scenarioId: string; title: Localized | null; sessions: number; finished: number; rate: number }[];
  missedMoments: { scenarioId: string; node: string; misses: number }[];
  missedTechniques: { technique: string; misses: number }[];
}

export type TeamFilter = Partial<Record<'pseudonym' | 'scenario' | 'from' | 'to' | 'outcome' | 'mode', string>>;

/** A failed call: the HTTP status (0 offline) and the server's message. */
export class TeamApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The query string of a filter, without empty fields. */
export function filterQuery(filter: TeamFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
    });
  } catch (error) {
    throw new TeamApiError(0, error instanceof Error ? error.message : 'offline');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: unknown };
    throw new TeamApiError(
      response.status,
      typeof body.message === 'string' ? body.message : `HTTP ${response.status}`,
    );
  }
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? response.json() : response.text()) as Promise<T>;
}

/** The trainer's routes, same origin (the session cookie is SameSite=Strict and scoped to /api). */
export const trainerApi = {
  me: () => call<{ loggedIn: boolean; email?: string; team?: string }>('/api/login'),
  login: (email: string, password: string) =>
    call<{ email: string; team: string }>('/api/login', { method: 'POST', body: JSON.stringify({ email, password }) }),
  logout: () => call<{ ok: boolean }>('/api/logout', { method: 'POST' }),
  pairingCode: () => call<{ code: string; expiresAt: string }>('/api/pairing-codes', { method: 'POST' }),
  sessions: (filter: TeamFilter) =>
    call<{ total: number; sessions: TeamSession[] }>(`/api/sessions${filterQuery({ ...filter })}`),
  recordingText: async (id: string) => JSON.stringify(await call<unknown>(`/api/sessions/${encodeURIComponent(id)}`)),
  analytics: (filter: TeamFilter) => call<TeamAnalytics>(`/api/analytics${filterQuery(filter)}`),
  csvHref: (filter: TeamFilter) => `/api/sessions.csv${filterQuery(filter)}`,
};

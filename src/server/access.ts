import type { FastifyInstance, FastifyRequest } from 'fastify';
import { tokenHash } from './auth/tokens';
import type { Database } from './db/adapter';
import { HttpError } from './http-error';

/**
 * Who may call a route: `public` anyone; `trainer` a logged-in trainer (session cookie);
 * `device` a paired device (Authorization: Bearer <device token>); `member` either. Routes
 * declare it in `config.access`; an /api route without one is refused at start.
 */
export type Access = 'public' | 'trainer' | 'device' | 'member';

export type Actor =
  | { kind: 'trainer'; teamId: string; trainerId: string }
  | { kind: 'device'; teamId: string; deviceId: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export const SESSION_COOKIE = 'counterpart_trainer';

export async function resolveActor(db: Database, request: FastifyRequest): Promise<Actor | null> {
  const bearer = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    const { rows } = await db.query<{ id: string; team_id: string }>(
      'SELECT id, team_id FROM devices WHERE token_hash = $1 AND revoked_at IS NULL',
      [tokenHash(bearer)],
    );
    const row = rows[0];
    return row ? { kind: 'device', teamId: row.team_id, deviceId: row.id } : null;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie && cookie.length <= 100) {
    const { rows } = await db.query<{ trainer_id: string; team_id: string }>(
      'SELECT trainer_id, team_id FROM trainer_logins WHERE token_hash = $1 AND expires_at > now()',
      [tokenHash(cookie)],
    );
    const row = rows[0];
    return row ? { kind: 'trainer', teamId: row.team_id, trainerId: row.trainer_id } : null;
  }
  return null;
}

export interface AccessRule {
  method: string;
  url: string;
  access: Access;
}

/**
 * Checks access before the body is read, so an anonymous client cannot make the server parse
 * megabytes. Returns the rule of every /api route as it is registered (the tests walk it).
 */
export function installAccess(app: FastifyInstance, db: Database): AccessRule[] {
  const rules: AccessRule[] = [];
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${route.method} ${route.url} declares no access rule`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') rules.push({ method, url: route.url, access });
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    request.actor = await resolveActor(db, request);
    const actor = request.actor;
    if (!actor)
      throw new HttpError(401, 'unauthorized', access === 'device' ? 'a device token is required' : 'please log in');
    if (access === 'trainer' && actor.kind !== 'trainer')
      throw new HttpError(403, 'forbidden', 'only a trainer may do this');
    if (access === 'device' && actor.kind !== 'device')
      throw new HttpError(403, 'forbidden', 'only a paired device may do this');
  });
  return rules;
}

/** The actor of a route that is not public (the onRequest hook has checked it). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new HttpError(401, 'unauthorized', 'please log in');
  return request.actor;
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../access';
import type { ServerContext } from '../app';
import { HttpError, notFound } from '../http-error';
import { createPairingCode, listDevices, redeemPairingCode, revokeDevice } from '../store/devices';

const idParam = z.object({ id: z.uuid() });

/** Pairing codes, device tokens, revocation. */
export async function deviceRoutes(root: FastifyInstance, { context }: { context: ServerContext }): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { db } = context;

  app.post(
    '/api/pairing-codes',
    { config: { access: 'trainer' }, schema: { summary: 'A new pairing code for the team (single use, 10 minutes)' } },
    async (request, reply) => {
      reply.code(201);
      return createPairingCode(db, actorOf(request).teamId);
    },
  );

  app.post(
    '/api/pair',
    {
      config: { access: 'public', rateLimit: { max: context.limits.pair, timeWindow: '1 minute' } },
      schema: {
        summary: 'Redeems a pairing code; answers the device token (shown only once)',
        body: z.object({
          code: z.string().trim().min(4).max(20),
          label: z.string().trim().min(1).max(80).default('device'),
        }),
      },
    },
    async (request, reply) => {
      const paired = await redeemPairingCode(db, request.body.code, request.body.label);
      if (!paired)
        throw new HttpError(400, 'invalid_code', 'the pairing code is wrong, used or expired', { field: 'code' });
      reply.code(201);
      return paired;
    },
  );

  app.get(
    '/api/device',
    { config: { access: 'device' }, schema: { summary: 'The paired device and its team (checks the token)' } },
    async (request) => {
      const actor = actorOf(request);
      const { rows } = await db.query<{ name: string }>('SELECT name FROM teams WHERE id = $1', [actor.teamId]);
      return { deviceId: actor.kind === 'device' ? actor.deviceId : null, team: rows[0]?.name ?? '' };
    },
  );

  app.get(
    '/api/devices',
    { config: { access: 'trainer' }, schema: { summary: "The team's devices" } },
    async (request) => listDevices(db, actorOf(request).teamId),
  );

  app.delete(
    '/api/devices/:id',
    { config: { access: 'trainer' }, schema: { summary: 'Revokes a device token', params: idParam } },
    async (request) => {
      if (!(await revokeDevice(db, actorOf(request).teamId, request.params.id))) throw notFound('device');
      return { revoked: true };
    },
  );
}

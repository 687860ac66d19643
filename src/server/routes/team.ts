import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../access';
import type { ServerContext } from '../app';
import { applyRetention } from '../store/sessions';

/** Team settings: how long sessions are kept on the server. */
export async function teamRoutes(root: FastifyInstance, { context }: { context: ServerContext }): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { db } = context;

  app.get(
    '/api/team/retention',
    { config: { access: 'trainer' }, schema: { summary: 'Days a session is kept (null: until deleted)' } },
    async (request) => {
      const { rows } = await db.query<{ retention_days: number | null }>(
        'SELECT retention_days FROM teams WHERE id = $1',
        [actorOf(request).teamId],
      );
      return { days: rows[0]?.retention_days ?? null };
    },
  );

  app.put(
    '/api/team/retention',
    {
      config: { access: 'trainer' },
      schema: {
        summary: 'Sets the retention; older sessions are deleted at once',
        body: z.object({ days: z.number().int().min(1).max(3650).nullable() }),
      },
    },
    async (request) => {
      const { teamId } = actorOf(request);
      await db.query('UPDATE teams SET retention_days = $1 WHERE id = $2', [request.body.days, teamId]);
      return { days: request.body.days, deleted: await applyRetention(db, teamId) };
    },
  );
}

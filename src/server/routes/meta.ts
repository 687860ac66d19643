import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../app';

/** Health (for monitors and the app's pairing form) and the API description. */
export async function metaRoutes(root: FastifyInstance, { context }: { context: ServerContext }): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Liveness: 200 while the server runs; `database` says whether the database answers',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['ok', 'unavailable']),
            kind: z.enum(['pglite', 'postgres']),
          }),
        },
      },
    },
    async () => {
      const database = await context.db.query('SELECT 1').then(
        () => 'ok' as const,
        () => 'unavailable' as const,
      );
      return { status: 'ok' as const, database, kind: context.db.kind };
    },
  );
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => root.swagger());
}

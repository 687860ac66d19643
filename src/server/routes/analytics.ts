import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../access';
import type { ServerContext } from '../app';
import { teamAnalytics } from '../store/analytics';
import { filterQuery } from './sessions';

export async function analyticsRoutes(root: FastifyInstance, { context }: { context: ServerContext }): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/analytics',
    {
      config: { access: 'trainer' },
      schema: {
        summary: "The team's scores over time, completion and most missed moments and techniques",
        querystring: filterQuery,
      },
    },
    async (request) => teamAnalytics(context.db, actorOf(request).teamId, request.query),
  );
}

import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../app';
import { analyticsRoutes } from './analytics';
import { authRoutes } from './auth';
import { deviceRoutes } from './devices';
import { metaRoutes } from './meta';
import { noteRoutes } from './notes';
import { scenarioRoutes } from './scenarios';
import { sessionRoutes } from './sessions';
import { teamRoutes } from './team';
import { uploadRoutes } from './upload';

/** Every /api route; each file registers one area and declares each route's access rule. */
export async function registerRoutes(app: FastifyInstance, { context }: { context: ServerContext }): Promise<void> {
  for (const area of [
    metaRoutes,
    authRoutes,
    deviceRoutes,
    uploadRoutes,
    sessionRoutes,
    noteRoutes,
    teamRoutes,
    scenarioRoutes,
    analyticsRoutes,
  ]) {
    await app.register(area, { context });
  }
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pseudonymSchema } from '../../core/recording/schema';
import { actorOf } from '../access';
import type { ServerContext } from '../app';
import { notFound } from '../http-error';
import { sessionsCsv } from '../store/csv';
import { deleteSession, deleteTrainee, getRecording, listSessions } from '../store/sessions';

export const filterQuery = z.object({
  pseudonym: z.string().max(64).optional(),
  scenario: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  outcome: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional(),
  mode: z.enum(['xr', 'desktop']).optional(),
});

/** The team's sessions for trainers: list with filters, one recording for the review, delete, CSV. */
export async function sessionRoutes(root: FastifyInstance, { context }: { context: ServerContext }): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { db } = context;
  const idParam = z.object({ id: z.uuid() });

  app.get(
    '/api/sessions',
    {
      config: { access: 'trainer' },
      schema: {
        summary: "The team's sessions, newest first, with filters",
        querystring: filterQuery.extend({
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return listSessions(db, actorOf(request).teamId, filter, { limit, offset });
    },
  );

  app.get(
    '/api/sessions.csv',
    { config: { access: 'trainer' }, schema: { summary: 'The filtered sessions as CSV', querystring: filterQuery } },
    async (request, reply) => {
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="counterpart-sessions.csv"');
      return sessionsCsv(db, actorOf(request).teamId, request.query);
    },
  );

  app.get(
    '/api/sessions/:id',
    {
      config: { access: 'trainer' },
      schema: { summary: 'One recording (replay file) with all notes', params: idParam },
    },
    async (request) => {
      const recording = await getRecording(db, actorOf(request).teamId, request.params.id);
      if (!recording) throw notFound('session');
      return recording;
    },
  );

  app.delete(
    '/api/sessions/:id',
    {
      // A device too: a trainee who deletes a session on the headset deletes the uploaded copy.
      config: { access: 'member' },
      schema: {
        summary: "Deletes one of the team's sessions (trainer, or a device after a local delete)",
        params: idParam,
      },
    },
    async (request) => {
      if (!(await deleteSession(db, actorOf(request).teamId, request.params.id))) throw notFound('session');
      return { deleted: 1 };
    },
  );

  app.delete(
    '/api/trainees/:pseudonym',
    {
      config: { access: 'member' },
      schema: {
        summary: "Erases all of a pseudonym's sessions and notes in the team",
        params: z.object({ pseudonym: pseudonymSchema }),
      },
    },
    async (request) => ({ deleted: await deleteTrainee(db, actorOf(request).teamId, request.params.pseudonym) }),
  );
}

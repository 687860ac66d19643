import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RECORDING_LIMITS, trainerNoteSchema } from '../../core/recording/schema';
import { actorOf } from '../access';
import type { ServerContext } from '../app';
import { notFound } from '../http-error';
import { insertNotes, listNotes } from '../store/notes';

/**
 * Trainer notes both ways: a trainer's note written on the server reaches the device (GET), a
 * note written on a device reaches the server (POST, or inside a re-upload). Same schema as the app.
 */
export async function noteRoutes(root: FastifyInstance, { context }: { context: ServerContext }): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { db } = context;
  const params = z.object({ id: z.uuid() });

  app.get(
    '/api/sessions/:id/notes',
    { config: { access: 'member' }, schema: { summary: "A session's trainer notes", params } },
    async (request) => {
      const notes = await listNotes(db, actorOf(request).teamId, request.params.id);
      if (!notes) throw notFound('session');
      return { notes };
    },
  );

  app.post(
    '/api/sessions/:id/notes',
    {
      bodyLimit: 16 * 1024,
      config: { access: 'member' },
      schema: {
        summary: 'Adds trainer notes (the same note twice is stored once)',
        params,
        body: z.object({ notes: z.array(trainerNoteSchema).min(1).max(RECORDING_LIMITS.maxNotes) }),
      },
    },
    async (request, reply) => {
      const teamId = actorOf(request).teamId;
      const owner = await db.query('SELECT 1 FROM sessions WHERE id = $1 AND team_id = $2', [
        request.params.id,
        teamId,
      ]);
      if (owner.rowCount === 0) throw notFound('session');
      const added = await insertNotes(db, teamId, request.params.id, request.body.notes);
      reply.code(added > 0 ? 201 : 200);
      return { added };
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importRecording } from '../../core/exchange/import';
import { ReplayError } from '../../core/session/log';
import { actorOf } from '../access';
import type { ServerContext } from '../app';
import { HttpError } from '../http-error';
import { storeSession } from '../store/sessions';
import { type SessionFacts, sessionFacts } from '../summary';

/**
 * PUT /api/sessions/:id from a paired device. The body is read as text and checked by the app's
 * own replay import (`importRecording`: size, JSON syntax, forbidden keys, format, version,
 * schema, consistency), so the server accepts exactly what a trainer could import by hand.
 */
export async function uploadRoutes(root: FastifyInstance, { context }: { context: ServerContext }): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: context.limits.uploadBytes },
    (_request, body, done) => done(null, body),
  );

  app.put(
    '/api/sessions/:id',
    {
      bodyLimit: context.limits.uploadBytes,
      config: { access: 'device' },
      schema: {
        summary: 'Uploads a finished session (a replay file, format counterpart-recording); idempotent by id',
        description:
          '201 when stored, 200 when the server has it already (new trainer notes are added). 400 lists the problems by field.',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (typeof request.body !== 'string')
        throw new HttpError(415, 'unsupported_media_type', 'send the recording as application/json');
      const result = importRecording(request.body, `${request.params.id}.json`);
      if (!result.ok) {
        const problems = result.problems.map((p) => ({
          field: p.field,
          line: p.line,
          column: p.column,
          message: p.message,
        }));
        const first = problems[0];
        throw new HttpError(
          400,
          'invalid_recording',
          `invalid recording${first?.field ? `: ${first.field}` : ''}: ${first?.message.en ?? ''}`,
          {
            problems,
          },
        );
      }
      const { recording } = result;
      if (recording.id !== request.params.id)
        throw new HttpError(400, 'invalid_recording', 'id: the recording id differs from the URL', {
          problems: [{ field: 'id' }],
        });
      const scenario = await context.scenarios.find(
        context.db,
        actor.teamId,
        recording.scenarioId,
        recording.scenarioFingerprint,
      );
      let facts: SessionFacts;
      try {
        facts = sessionFacts(recording, scenario);
      } catch (error) {
        if (!(error instanceof ReplayError)) throw error;
        throw new HttpError(
          400,
          'invalid_recording',
          `intents: the log does not replay on scenario ${recording.scenarioId} (${error.message})`,
          {
            problems: [{ field: 'intents' }],
          },
        );
      }
      const deviceId = actor.kind === 'device' ? actor.deviceId : null;
      const status = await storeSession(context.db, actor.teamId, deviceId, recording, facts);
      if (status === 'conflict') throw new HttpError(409, 'conflict', 'a session with this id belongs elsewhere');
      if (deviceId) await context.db.query('UPDATE devices SET last_seen_at = now() WHERE id = $1', [deviceId]);
      reply.code(status === 'created' ? 201 : 200);
      return { id: recording.id, status, scored: facts.scores !== null };
    },
  );
}

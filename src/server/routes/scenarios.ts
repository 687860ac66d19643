import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadScenario, MAX_SCENARIO_BYTES } from '../../core/scenario/load';
import { scenarioFingerprint } from '../../core/session/fingerprint';
import { actorOf } from '../access';
import type { ServerContext } from '../app';
import { HttpError, notFound } from '../http-error';

const idParam = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/) });

/**
 * Team scenarios: a trainer uploads a YAML file, checked by the same loader as
 * `npm run check:scenes`; the team's devices list and download it beside the bundled ones.
 */
export async function scenarioRoutes(root: FastifyInstance, { context }: { context: ServerContext }): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { db } = context;
  for (const type of ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/plain']) {
    app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: MAX_SCENARIO_BYTES }, (_request, body, done) =>
      done(null, body),
    );
  }

  app.post(
    '/api/scenarios',
    {
      bodyLimit: MAX_SCENARIO_BYTES,
      config: { access: 'trainer' },
      schema: {
        summary: 'Uploads a scenario (YAML text); replaces the team scenario with the same id',
        querystring: z.object({ file: z.string().max(120).optional() }),
      },
    },
    async (request, reply) => {
      if (typeof request.body !== 'string')
        throw new HttpError(
          415,
          'unsupported_media_type',
          'send the scenario as YAML text (content-type application/yaml)',
        );
      const file = request.query.file?.replace(/^.*[\\/]/, '') || '(upload)';
      const result = loadScenario(request.body, file);
      if (!result.ok) {
        const problems = result.problems.map((p) => ({
          field: p.path,
          line: p.line,
          column: p.column,
          severity: p.severity,
          message: p.message,
        }));
        const first = problems.find((p) => p.severity === 'error');
        throw new HttpError(
          400,
          'invalid_scenario',
          `${file}:${first?.line ?? 1}: ${first?.field ? `${first.field}: ` : ''}${first?.message ?? 'invalid'}`,
          { problems },
        );
      }
      const { scenario } = result;
      if (context.scenarios.bundled.has(scenario.id))
        throw new HttpError(409, 'conflict', `id: "${scenario.id}" is a scenario of the app; choose another id`, {
          field: 'id',
        });
      const fingerprint = scenarioFingerprint(scenario);
      await db.query(
        `INSERT INTO scenarios (team_id, id, fingerprint, title_de, title_en, source) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (team_id, id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, title_de = EXCLUDED.title_de, title_en = EXCLUDED.title_en,
           source = EXCLUDED.source, uploaded_at = now()`,
        [actorOf(request).teamId, scenario.id, fingerprint, scenario.title.de, scenario.title.en, request.body],
      );
      reply.code(201);
      return {
        id: scenario.id,
        fingerprint,
        warnings: result.problems.map((p) => ({ field: p.path, line: p.line, message: p.message })),
      };
    },
  );

  app.get(
    '/api/scenarios',
    { config: { access: 'member' }, schema: { summary: "The team's uploaded scenarios" } },
    async (request) => {
      const { rows } = await db.query<{
        id: string;
        fingerprint: string;
        title_de: string;
        title_en: string;
        uploaded_at: Date;
      }>('SELECT id, fingerprint, title_de, title_en, uploaded_at FROM scenarios WHERE team_id = $1 ORDER BY id', [
        actorOf(request).teamId,
      ]);
      return {
        scenarios: rows.map((r) => ({
          id: r.id,
          fingerprint: r.fingerprint,
          title: { de: r.title_de, en: r.title_en },
          uploadedAt: new Date(r.uploaded_at).toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/scenarios/:id',
    { config: { access: 'member' }, schema: { summary: 'The YAML of a team scenario', params: idParam } },
    async (request, reply) => {
      const { rows } = await db.query<{ source: string }>(
        'SELECT source FROM scenarios WHERE team_id = $1 AND id = $2',
        [actorOf(request).teamId, request.params.id],
      );
      if (!rows[0]) throw notFound('scenario');
      reply.header('content-type', 'application/yaml; charset=utf-8');
      return rows[0].source;
    },
  );

  app.delete(
    '/api/scenarios/:id',
    { config: { access: 'trainer' }, schema: { summary: 'Withdraws a team scenario', params: idParam } },
    async (request) => {
      const { rowCount } = await db.query('DELETE FROM scenarios WHERE team_id = $1 AND id = $2', [
        actorOf(request).teamId,
        request.params.id,
      ]);
      if (rowCount === 0) throw notFound('scenario');
      return { deleted: 1 };
    },
  );
}

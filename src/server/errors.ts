import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DatabaseUnavailableError } from './db/adapter';
import { HttpError } from './http-error';

const CLIENT_ERRORS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

/** `notes[2].text` from a zod or JSON-schema path. */
function fieldOf(path: readonly PropertyKey[] | string | undefined): string {
  if (typeof path === 'string') return path.replace(/^\//, '').replace(/\//g, '.');
  let out = '';
  for (const seg of path ?? [])
    out += typeof seg === 'number' ? `[${seg}]` : out === '' ? String(seg) : `.${String(seg)}`;
  return out;
}

/**
 * Every error is JSON `{ error, message, … }`. Validation names the field; a database that is
 * down is 503 (clients keep their queue and retry); anything unexpected is logged and answered
 * with a bare 500 — stack traces and SQL never leave the server.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DatabaseUnavailableError) {
      request.log.warn({ err: error.cause }, 'database unavailable');
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({ error: 'database_unavailable', message: 'the database is not available; try again later' });
    }
    if (error instanceof HttpError)
      return reply.code(error.statusCode).send({ error: error.code, message: error.message, ...error.details });
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        field: `${error.validationContext ?? 'body'}${v.instancePath ? `.${fieldOf(v.instancePath)}` : ''}`,
        message: v.message ?? 'invalid',
      }));
      return reply
        .code(400)
        .send({ error: 'invalid_request', message: `invalid ${fields.map((f) => f.field).join(', ')}`, fields });
    }
    if (error.validation) {
      const fields = error.validation.map((v) => ({
        field: `${error.validationContext ?? 'body'}${v.instancePath ? `.${fieldOf(v.instancePath)}` : ''}`,
        message: v.message ?? 'invalid',
      }));
      return reply
        .code(400)
        .send({ error: 'invalid_request', message: `invalid ${fields.map((f) => f.field).join(', ')}`, fields });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500)
      return reply.code(status).send({ error: CLIENT_ERRORS[status] ?? 'bad_request', message: error.message });
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: 'internal server error' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );
}

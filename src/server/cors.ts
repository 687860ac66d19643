import type { FastifyInstance } from 'fastify';

/**
 * Cross-origin calls, closed unless origins are listed (COUNTERPART_CORS_ORIGINS). The app is
 * meant to be served by this server, so the API needs no CORS: a page from elsewhere cannot read
 * a trainer's data with the trainer's cookie, and the cookie is SameSite=Strict besides. A listed
 * origin (an app hosted on another server of the organisation) may call the API with a device
 * token in the Authorization header; credentials (cookies) are never allowed cross-origin, so the
 * trainer pages stay same-origin. Preflights of a listed origin are answered here.
 */
export function installCors(app: FastifyInstance, origins: readonly string[]): void {
  if (origins.length === 0) return;
  const allowed = new Set(origins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!request.url.startsWith('/api/') || origin === undefined || !allowed.has(origin)) return;
    reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    if (request.method !== 'OPTIONS') return;
    return reply
      .code(204)
      .header('access-control-allow-methods', 'GET, PUT, POST, DELETE')
      .header('access-control-allow-headers', 'authorization, content-type')
      .header('access-control-max-age', '600')
      .send();
  });
}

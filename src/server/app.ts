import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { type AccessRule, installAccess } from './access';
import { installCors } from './cors';
import type { Database } from './db/adapter';
import { installErrorHandling } from './errors';
import { registerRoutes } from './routes/index';
import type { ScenarioLookup } from './scenarios';
import { installSecurityHeaders } from './security';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route with its access rule, for the security tests. */
    accessRules: AccessRule[];
  }
}

export interface BuildOptions {
  db: Database;
  scenarios: ScenarioLookup;
  /** The built app to serve at /; skipped when the folder does not exist. */
  appDir?: string;
  /** Served over HTTPS: cookies get `Secure`, HSTS is sent. */
  tls?: boolean;
  https?: { cert: Buffer; key: Buffer };
  /** Attempts per minute and client address. */
  limits?: { login?: number; pair?: number; uploadBytes?: number };
  logger?: FastifyServerOptions['logger'];
  /** Fastify's `trustProxy` (see config.ts): whose X-Forwarded-For names the client for rate limits. */
  trustProxy?: boolean | number | string[];
  /** Origins allowed to call the API cross-origin (device token only); default none. */
  corsOrigins?: readonly string[];
}

export interface ServerContext {
  db: Database;
  scenarios: ScenarioLookup;
  tls: boolean;
  limits: { login: number; pair: number; uploadBytes: number };
}

/** 20 MB: the app's own import cap for a replay file (a 30-minute session is about 1–2 MB). */
export const DEFAULT_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The Fastify instance with every plugin and route; `listen` is the caller's. */
export async function buildServer(options: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 64 * 1024,
    // A hop count is supported at run time (lib/request.js) though Fastify's types omit it.
    trustProxy: (options.trustProxy ?? false) as boolean | string[],
    ...(options.https ? { https: options.https } : {}),
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installCors(app, options.corsOrigins ?? []);
  await installSecurityHeaders(app, options.tls ?? false);
  // The cookie parser's onRequest hook must run before the access check reads the cookie.
  await app.register(cookie);
  const rules = installAccess(app, options.db);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'too_many_requests',
      message: `too many attempts; try again in ${Math.ceil(context.ttl / 1000)} s`,
    }),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Counterpart team server', version: '1' },
      components: {
        securitySchemes: {
          trainer: { type: 'apiKey', in: 'cookie', name: 'counterpart_trainer' },
          device: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  const context: ServerContext = {
    db: options.db,
    scenarios: options.scenarios,
    tls: options.tls ?? false,
    limits: {
      login: options.limits?.login ?? 10,
      pair: options.limits?.pair ?? 10,
      uploadBytes: options.limits?.uploadBytes ?? DEFAULT_UPLOAD_BYTES,
    },
  };
  await app.register(registerRoutes, { context });
  app.decorate('accessRules', rules);
  if (options.appDir && existsSync(options.appDir))
    await app.register(fastifyStatic, { root: options.appDir, prefix: '/' });
  return app;
}

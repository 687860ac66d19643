import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, resolveActor, SESSION_COOKIE } from '../access';
import type { ServerContext } from '../app';
import { hashPassword, verifyPassword } from '../auth/password';
import { HttpError } from '../http-error';
import { endLogin, LOGIN_HOURS, startLogin, trainerByEmail, whoAmI } from '../store/trainers';

// Compared against when the e-mail is unknown, so the answer takes as long as for a wrong password.
const decoy = hashPassword('not a password of anyone');

/** Trainer log-in with a session cookie (HttpOnly, SameSite=Strict, Secure under TLS, own or a trusted proxy's). */
export async function authRoutes(root: FastifyInstance, { context }: { context: ServerContext }): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { db } = context;
  const cookieOptions = { httpOnly: true, sameSite: 'strict', secure: context.tls, path: '/api' } as const;

  app.post(
    '/api/login',
    {
      config: { access: 'public', rateLimit: { max: context.limits.login, timeWindow: '1 minute' } },
      schema: {
        summary: 'Trainer log-in; sets the session cookie',
        body: z.object({
          email: z.string().trim().toLowerCase().min(3).max(254),
          password: z.string().min(1).max(200),
        }),
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const trainer = await trainerByEmail(db, email);
      const ok = await verifyPassword(password, trainer?.password_hash ?? (await decoy));
      if (!trainer || !ok) throw new HttpError(401, 'wrong_credentials', 'e-mail or password is wrong');
      const token = await startLogin(db, trainer.id, trainer.team_id);
      const me = await whoAmI(db, trainer.id);
      // Behind a trusted proxy that ends TLS, request.protocol is the client's (X-Forwarded-Proto).
      const secure = cookieOptions.secure || request.protocol === 'https';
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, secure, maxAge: LOGIN_HOURS * 3600 });
      return { email: me?.email ?? email, team: me?.team ?? '' };
    },
  );

  // Public, and 200 either way: the trainer page asks it on opening, and "not logged in" is no error.
  app.get(
    '/api/login',
    { config: { access: 'public' }, schema: { summary: 'Whether this browser has a trainer session' } },
    async (request) => {
      const actor = await resolveActor(db, request);
      const me = actor?.kind === 'trainer' ? await whoAmI(db, actor.trainerId) : undefined;
      return me ? { loggedIn: true, email: me.email, team: me.team } : { loggedIn: false };
    },
  );

  app.post(
    '/api/logout',
    { config: { access: 'trainer' }, schema: { summary: 'Ends the trainer session' } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await endLogin(db, token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true };
    },
  );

  app.get(
    '/api/me',
    { config: { access: 'trainer' }, schema: { summary: 'The logged-in trainer and team' } },
    async (request) => {
      const actor = actorOf(request);
      const me = actor.kind === 'trainer' ? await whoAmI(db, actor.trainerId) : undefined;
      if (!me) throw new HttpError(401, 'unauthorized', 'please log in');
      return { email: me.email, team: me.team };
    },
  );
}

import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { databaseUnavailable } from './db/unavailable';
import type { AppDeps } from './deps';
import { authenticate } from './http/auth';
import { corsFor, DEFAULT_CORS_ORIGINS } from './http/cors';
import type { AppEnv } from './http/env';
import { HttpError } from './http/errors';
import { lastSeenRecorder } from './http/last-seen';
import { type MemberCache, memberCache } from './http/member-cache';
import { refuseUnsafeUrl } from './http/safe-url';
import { accountUploadsRoutes } from './routes/account-uploads';
import { accountsRoutes } from './routes/accounts';
import { answersRoutes } from './routes/answers';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { membersRoutes } from './routes/members';
import { playbookRoutes } from './routes/playbook';
import { proposalsRoutes } from './routes/proposals';
import { quotaRoutes } from './routes/quota';
import { recertificationsRoutes } from './routes/recertifications';
import { talRoutes } from './routes/tal';

/** The team server's HTTP API (spec §6), built from its dependencies; tests call `app.request()`. */
export function createApp(deps: AppDeps) {
  // One cache of signed-in members, shared with the routes that revoke or replace tokens. Embedded
  // PostgreSQL is one process; on a PostgreSQL server other processes revoke too, heard through LISTEN.
  const members = memberCache(deps.clock, deps.db.kind === 'pglite');
  if (deps.db.kind === 'postgres') hearRevocations(deps, members);
  const withIds = { ...deps, newId: deps.newId ?? randomUUID, members };
  const app = new Hono<AppEnv>();
  app.use('/api/*', corsFor(deps.corsOrigins ?? DEFAULT_CORS_ORIGINS));
  app.use('/api/*', refuseUnsafeUrl());
  app.route('/api/health', healthRoutes(deps));
  // Everything registered after this line needs a valid token.
  app.use('/api/*', authenticate(deps.db, members, lastSeenRecorder(deps.db, deps.clock)));
  app.route('/api/me', meRoutes());
  app.route('/api/members', membersRoutes(withIds));
  app.route('/api/playbook', playbookRoutes(deps));
  app.route('/api/accounts', accountsRoutes(deps));
  app.route('/api/account-uploads', accountUploadsRoutes(withIds));
  app.route('/api/proposals', proposalsRoutes(withIds));
  app.route('/api/quota', quotaRoutes(deps));
  app.route('/api/tal', talRoutes(deps));
  app.route('/api/recertifications', recertificationsRoutes(withIds));
  app.route('/api/answers', answersRoutes(deps));
  app.notFound((c) => c.json({ error: 'not-found', message: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json(error.body(), error.status);
    if (databaseUnavailable(error)) {
      deps.logger.error('database unavailable', { method: c.req.method, path: c.req.path, error: error.message });
      c.header('Retry-After', '5');
      return c.json({ error: 'unavailable', message: 'the database cannot be reached; nothing was changed, try again shortly' }, 503);
    }
    deps.logger.error('request failed', { method: c.req.method, path: c.req.path, error: error.stack ?? error.message });
    return c.json({ error: 'internal', message: 'the server failed to answer; nothing was changed' }, 500);
  });
  return app;
}

export type TalApp = ReturnType<typeof createApp>;

/** The NOTIFY channel on which every process announces a revoked or replaced token. */
export const MEMBERS_CHANNEL = 'tal_members';
const RELISTEN_MS = 5_000;

/**
 * Trusts the member cache only while this process LISTENs on MEMBERS_CHANNEL: a notification clears
 * it; a lost connection stops caching (every request asks the database) until listening again.
 */
function hearRevocations({ db, logger }: AppDeps, members: MemberCache) {
  const listen = () => {
    db.listen?.(MEMBERS_CHANNEL, {
      onNotify: () => members.clear(),
      onLost: () => {
        members.trust(false);
        setTimeout(listen, RELISTEN_MS).unref();
      },
    }).then(
      () => members.trust(true),
      (error: unknown) => {
        members.trust(false);
        if (String(error).includes('the database is closed')) return;
        logger.error('cannot listen for revoked tokens; authenticating every request against the database', { error: String(error) });
        setTimeout(listen, RELISTEN_MS).unref();
      },
    );
  };
  listen();
}

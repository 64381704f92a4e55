import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { ensureAdmin } from '../bootstrap-admin';
import { migrate, readMigrations } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import { databaseUnavailable } from '../db/unavailable';
import { silentLogger } from '../logger';

const TOKEN = 'unavailable-test-admin-token-0123';
const me = (app: ReturnType<typeof createApp>) => app.request('/api/me', { headers: { authorization: `Bearer ${TOKEN}` } });

describe('a database that cannot be reached', () => {
  it('answers 503 with Retry-After, not 500, once embedded PostgreSQL is gone', async () => {
    const db = await openPglite();
    await migrate(db, await readMigrations());
    await ensureAdmin(db, TOKEN, new Date());
    const app = createApp({ db, clock: () => new Date(), logger: silentLogger });
    expect((await me(app)).status).toBe(200);
    await db.close();
    // The member cache would still answer /api/me: a write reaches the database.
    const answer = await app.request('/api/proposals', {
      method: 'POST',
      headers: { authorization: 'Bearer another-token-not-cached-0123456', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(await answer.json()).toMatchObject({ error: 'unavailable' });
  });

  it('answers 503 when the PostgreSQL server refuses connections', async () => {
    const db = await openPostgres('postgresql://nobody@127.0.0.1:1/none', { verify: false });
    const app = createApp({ db, clock: () => new Date(), logger: silentLogger });
    const answer = await me(app);
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ error: 'unavailable', message: expect.stringContaining('cannot be reached') });
    await db.close();
  });

  it('tells an unreachable database from a fault of the request', () => {
    expect(databaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(databaseUnavailable(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(true);
    expect(databaseUnavailable(new Error('wrapped', { cause: new Error('Connection terminated unexpectedly') }))).toBe(true);
    expect(databaseUnavailable(Object.assign(new Error('syntax error at or near "FROM"'), { code: '42601' }))).toBe(false);
    expect(databaseUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});

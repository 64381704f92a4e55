import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { ensureAdmin } from '../bootstrap-admin';
import { hashToken } from '../http/tokens';
import { silentLogger } from '../logger';
import { TEST_DB_KINDS } from '../testing/databases';
import { useHarness } from '../testing/suite';

describe.each(TEST_DB_KINDS)('members, tokens and /api/me on %s', (kind) => {
  const h = useHarness(kind);
  beforeEach(async () => {
    await h().playbook([
      { id: 'emea', name: 'EMEA', addQuota: 5 },
      { id: 'apac', name: 'APAC', addQuota: 5 },
    ]);
  });

  it('creates a member with a fresh token that works at once and is stored only as a hash', async () => {
    const answer = await h().admin.send('POST', '/api/members', { name: 'Rita', role: 'rep', team: 'emea' });
    expect(answer.status).toBe(201);
    const created = answer.body as { id: string; token: string };
    expect(answer.body).toEqual({
      id: expect.any(String),
      name: 'Rita',
      role: 'rep',
      team: 'emea',
      token: expect.stringMatching(/^tal_[A-Za-z0-9_-]{43}$/),
    });
    expect((await h().as(created.token).get('/api/me')).body).toEqual({ id: created.id, name: 'Rita', role: 'rep', team: 'emea' });
    const rows = await h().db.query('SELECT token_hash FROM members WHERE id = $1', [created.id]);
    expect(rows).toEqual([{ token_hash: hashToken(created.token) }]);
    expect(JSON.stringify(await h().db.query('SELECT * FROM members'))).not.toContain(created.token);
  });

  it('lists members for an admin (every team, revoked ones marked) and a manager (own team only), never a token; a rep may not', async () => {
    const rita = await h().member('rep', 'emea', 'Rita');
    const mona = await h().member('manager', 'emea', 'Mona');
    const abe = await h().member('rep', 'apac', 'Abe');
    expect((await h().admin.send('DELETE', `/api/members/${abe.member.id}`)).status).toBe(200);

    const all = await h().admin.get('/api/members');
    expect(all.status).toBe(200);
    const listed = (all.body as { members: { name: string; role: string; team: string | null; revoked: boolean }[] }).members;
    expect(listed.map(({ name, role, team, revoked }) => ({ name, role, team, revoked }))).toEqual([
      { name: 'Abe', role: 'rep', team: 'apac', revoked: true },
      { name: 'Admin', role: 'admin', team: null, revoked: false },
      { name: 'Mona', role: 'manager', team: 'emea', revoked: false },
      { name: 'Rita', role: 'rep', team: 'emea', revoked: false },
    ]);
    expect(JSON.stringify(all.body)).not.toMatch(/tal_|token/);

    // Rita's proposal this quarter counts; nobody else made one.
    await h().accounts([{ id: 'A1', name: 'Acme', domain: 'acme.com' }]);
    expect((await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'A1', reason: 'Hot' })).status).toBe(201);
    const counted = (await h().admin.get('/api/members')).body as { members: { name: string; proposalsThisPeriod: number }[] };
    expect(counted.members.map((m) => [m.name, m.proposalsThisPeriod])).toEqual([
      ['Abe', 0],
      ['Admin', 0],
      ['Mona', 0],
      ['Rita', 1],
    ]);

    const team = await mona.call.get('/api/members');
    expect((team.body as { members: { name: string }[] }).members.map((m) => m.name)).toEqual(['Mona', 'Rita']);
    expect((await rita.call.get('/api/members')).status).toBe(403);
  });

  it('says when each member last used the server, written at most once a minute', async () => {
    const rita = await h().member('rep', 'emea', 'Rita');
    const seen = async () =>
      (
        (await h().admin.get('/api/members')).body as { members: { name: string; lastSeenAt: string | null; createdAt: string }[] }
      ).members.find((m) => m.name === 'Rita');
    expect(await seen()).toMatchObject({ lastSeenAt: null, createdAt: '2026-11-23T09:00:00.000Z' });
    h().clock.set('2026-11-23T10:00:00.000Z');
    await rita.call.get('/api/me');
    expect((await seen())?.lastSeenAt).toBe('2026-11-23T10:00:00.000Z');
    h().clock.set('2026-11-23T10:00:30.000Z');
    await rita.call.get('/api/me');
    expect((await seen())?.lastSeenAt).toBe('2026-11-23T10:00:00.000Z');
    h().clock.set('2026-11-23T10:02:00.000Z');
    await rita.call.get('/api/me');
    expect((await seen())?.lastSeenAt).toBe('2026-11-23T10:02:00.000Z');
  });

  it('gives every member a different token', async () => {
    const a = await h().member('rep', 'emea');
    const b = await h().member('rep', 'emea');
    expect(a.token).not.toBe(b.token);
  });

  it('lets only an admin add members, and refuses a rep or manager without a team', async () => {
    const mona = await h().member('manager', 'emea');
    expect((await mona.call.send('POST', '/api/members', { name: 'X', role: 'admin' })).status).toBe(403);
    expect((await h().admin.send('POST', '/api/members', { name: 'No team', role: 'rep' })).body).toMatchObject({
      error: 'invalid-body',
      errors: [expect.stringMatching(/^team: /)],
    });
    expect((await h().admin.send('POST', '/api/members', { name: 'Second admin', role: 'admin' })).status).toBe(201);
    expect(await h().db.query('SELECT name FROM members ORDER BY name')).toEqual([
      { name: 'Admin' },
      { name: 'Second admin' },
      { name: 'manager emea' },
    ]);
  });

  it('answers 401 without a token, with a wrong one, or with a malformed header; health needs none', async () => {
    expect(await h().as(undefined).get('/api/me')).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
    expect((await h().as('wrong-token-wrong-token').get('/api/me')).status).toBe(401);
    const basic = await h().app.request('/api/me', { headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } });
    expect(basic.status).toBe(401);
    expect(await h().as(undefined).get('/api/health')).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('makes the first admin token once, and takes TAL_ADMIN_TOKEN over it', async () => {
    await h().db.exec('TRUNCATE members CASCADE');
    const first = await ensureAdmin(h().db, undefined, new Date());
    expect(first.newToken).toMatch(/^tal_[A-Za-z0-9_-]{43}$/);
    expect(await ensureAdmin(h().db, undefined, new Date())).toEqual({});
    expect((await h().as(first.newToken).get('/api/me')).body).toMatchObject({ role: 'admin' });
    await ensureAdmin(h().db, 'from-the-environment-0123456789', new Date());
    expect((await h().as('from-the-environment-0123456789').get('/api/me')).body).toMatchObject({ role: 'admin' });
    // On PostgreSQL every process forgets the old token at once (NOTIFY); embedded, TAL_ADMIN_TOKEN is read at
    // start, before anything is cached, and this test's running app lets it go with its member cache's minute.
    h().clock.set('2026-11-23T09:01:01.000Z');
    expect((await h().as(first.newToken).get('/api/me')).status).toBe(401);
  });

  it('refuses a rep or manager of a team the playbook in force lacks, or before any playbook', async () => {
    const nowhere = await h().admin.send('POST', '/api/members', { name: 'Lost', role: 'rep', team: 'latam' });
    expect(nowhere).toMatchObject({ status: 409, body: { error: 'unknown-team' } });
    expect((nowhere.body as { message: string }).message).toContain('emea, apac');
    await h().db.exec('TRUNCATE playbooks CASCADE');
    expect(await h().admin.send('POST', '/api/members', { name: 'Early', role: 'rep', team: 'emea' })).toMatchObject({
      status: 409,
      body: { error: 'unknown-team', message: expect.stringContaining('put the playbook first') },
    });
    // An admin needs no team, and so no playbook.
    expect((await h().admin.send('POST', '/api/members', { name: 'Ops', role: 'admin' })).status).toBe(201);
    expect(await h().db.query("SELECT name FROM members WHERE name IN ('Lost', 'Early')")).toEqual([]);
  });

  it('revokes a member at once, keeping their name on what they proposed', async () => {
    await h().accounts([{ id: 'acc-1', name: 'Account 1' }]);
    const rita = await h().member('rep', 'emea', 'Rita');
    expect((await rita.call.get('/api/me')).status).toBe(200);
    const proposal = (await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' })).body as {
      id: string;
    };
    const revoked = await h().admin.send('DELETE', `/api/members/${rita.member.id}`);
    expect(revoked).toMatchObject({ status: 200, body: { id: rita.member.id, name: 'Rita', revoked: true } });
    // No wait for a cache: the very next request is refused.
    expect((await rita.call.get('/api/me')).status).toBe(401);
    expect((await h().admin.get(`/api/proposals/${proposal.id}`)).body).toMatchObject({ proposerId: rita.member.id, proposerName: 'Rita' });
    expect(await h().admin.send('DELETE', `/api/members/${rita.member.id}`)).toMatchObject({ status: 409, body: { error: 'revoked' } });
    expect(await h().admin.send('POST', `/api/members/${rita.member.id}/token`)).toMatchObject({ status: 409, body: { error: 'revoked' } });
    expect(await h().admin.send('DELETE', '/api/members/nobody')).toMatchObject({ status: 404, body: { error: 'unknown-member' } });
  });

  // Only a PostgreSQL server is shared by processes; embedded PostgreSQL is one process, one data folder.
  if (kind === 'postgres')
    it('stops a revoked token at once in every process on one PostgreSQL, whatever each remembered', async () => {
      // A second process: its own app (and member cache) on the same database.
      const other = createApp({ db: h().db, clock: h().clock.now, logger: silentLogger });
      await h().playbook([{ id: 'ka', name: 'Key accounts', addQuota: 5 }]);
      const rita = await h().member('rep', 'ka', 'Rita');
      const ask = async (app: ReturnType<typeof createApp>) =>
        (await app.request('/api/me', { headers: { authorization: `Bearer ${rita.token}` } })).status;
      const hash = hashToken(rita.token);
      const setHash = (value: string) => h().db.query('UPDATE members SET token_hash = $1 WHERE id = $2', [value, rita.member.id]);
      // Once the second process listens for revocations it remembers Rita: a change made behind its back
      // (no NOTIFY) does not reach it. That shows the cache is in use when the revocation comes.
      await expect
        .poll(async () => {
          await setHash(hash);
          await ask(other);
          await setHash('changed-behind-its-back');
          const status = await ask(other);
          await setHash(hash);
          return status;
        })
        .toBe(200);
      expect(await ask(h().app)).toBe(200);
      expect((await h().admin.send('DELETE', `/api/members/${rita.member.id}`)).status).toBe(200);
      expect(await ask(h().app)).toBe(401);
      await expect.poll(async () => ask(other), { timeout: 2_000 }).toBe(401);
    });

  it('issues a new token: the new one works at once, the old one no longer', async () => {
    const rita = await h().member('rep', 'emea', 'Rita');
    await rita.call.get('/api/me');
    const answer = await h().admin.send('POST', `/api/members/${rita.member.id}/token`);
    expect(answer).toMatchObject({ status: 200, body: { id: rita.member.id, name: 'Rita', role: 'rep', team: 'emea' } });
    const token = (answer.body as { token: string }).token;
    expect(token).toMatch(/^tal_[A-Za-z0-9_-]{43}$/);
    expect(token).not.toBe(rita.token);
    expect((await rita.call.get('/api/me')).status).toBe(401);
    expect((await h().as(token).get('/api/me')).body).toMatchObject({ name: 'Rita' });
  });

  it('lets only an admin revoke or issue tokens, and never revokes the last admin', async () => {
    const mona = await h().member('manager', 'emea', 'Mona');
    const rita = await h().member('rep', 'emea', 'Rita');
    expect((await mona.call.send('DELETE', `/api/members/${rita.member.id}`)).status).toBe(403);
    expect((await rita.call.send('POST', `/api/members/${mona.member.id}/token`)).status).toBe(403);
    expect((await rita.call.get('/api/me')).status).toBe(200);
    expect(await h().admin.send('DELETE', '/api/members/admin')).toMatchObject({ status: 409, body: { error: 'last-admin' } });
    const second = (await h().admin.send('POST', '/api/members', { name: 'Second admin', role: 'admin' })).body as {
      id: string;
      token: string;
    };
    expect((await h().as(second.token).send('DELETE', '/api/members/admin')).status).toBe(200);
    expect((await h().admin.get('/api/me')).status).toBe(401);
  });
});

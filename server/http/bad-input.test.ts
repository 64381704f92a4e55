import { describe, expect, it } from 'vitest';
import type { Db } from '../db/types';
import { TEST_DB_KINDS } from '../testing/databases';
import { someAccounts } from '../testing/harness';
import { useHarness } from '../testing/suite';

/** Row counts of every table, to show that a refused request wrote nothing. */
async function snapshot(db: Db) {
  const tables = ['members', 'playbooks', 'accounts', 'proposals', 'idempotency_keys'];
  return Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0]?.n])),
  );
}

describe.each(TEST_DB_KINDS)('bad input on %s', (kind) => {
  const h = useHarness(kind);

  async function setUp() {
    await h().playbook([
      { id: 'emea', name: 'EMEA', addQuota: 5 },
      { id: 'apac', name: 'APAC', addQuota: 5 },
    ]);
    await h().accounts(someAccounts(2));
    const rita = await h().member('rep', 'emea');
    return { rita, before: await snapshot(h().db) };
  }

  it('answers 400 to malformed JSON', async () => {
    const { rita, before } = await setUp();
    for (const body of ['{"type": "add",', 'not json', '', '[1, 2']) {
      const answer = await rita.call.send('POST', '/api/proposals', body);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: 'malformed-json', message: expect.any(String) });
    }
    expect((await h().admin.send('PUT', '/api/accounts', '[{"id": "a"')).status).toBe(400);
    expect(await snapshot(h().db)).toEqual(before);
  });

  it('answers 400 to unknown fields and wrong types', async () => {
    const { rita, before } = await setUp();
    const extra = await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r', status: 'approved' });
    expect(extra).toMatchObject({ status: 400, body: { error: 'invalid-body', errors: [expect.stringMatching(/status/)] } });
    expect((await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 7, reason: 'r' })).status).toBe(400);
    expect((await rita.call.send('POST', '/api/proposals', ['add'])).status).toBe(400);
    expect((await h().admin.send('POST', '/api/members', { name: 'X', role: 'rep', team: 'emea', token: 'mine' })).status).toBe(400);
    expect(await snapshot(h().db)).toEqual(before);
  });

  it('answers 413 to a body over 1 MB, and over 50 MB for accounts', async () => {
    const { rita, before } = await setUp();
    const huge = JSON.stringify({ type: 'add', accountId: 'acc-1', reason: 'x'.repeat(1024 * 1024) });
    expect(await rita.call.send('POST', '/api/proposals', huge)).toMatchObject({ status: 413, body: { error: 'too-large' } });
    expect((await h().admin.send('PUT', '/api/playbook', huge)).status).toBe(413);
    const accounts = JSON.stringify([{ id: 'big', name: 'Big', custom: { notes: 'x'.repeat(50 * 1024 * 1024) } }]);
    expect((await h().admin.send('PUT', '/api/accounts', accounts)).status).toBe(413);
    expect(await snapshot(h().db)).toEqual(before);
  });

  it('takes an accounts upload over 1 MB', async () => {
    await setUp();
    const notes = 'n'.repeat(300);
    const many = Array.from({ length: 4000 }, (_, i) => ({ id: `bulk-${i}`, name: `Bulk company ${i}`, custom: { notes } }));
    expect(JSON.stringify(many).length).toBeGreaterThan(1024 * 1024);
    expect((await h().admin.send('PUT', '/api/accounts', many)).body).toMatchObject({ ok: true, created: 4000 });
  });

  it('stores SQL-looking strings as plain text and runs none of them', async () => {
    const { rita } = await setUp();
    const sly = "r'); DROP TABLE proposals; --";
    await h().accounts([{ id: "acc'; DELETE FROM accounts; --", name: 'Robert"); DROP TABLE members;--' }]);
    const answer = await rita.call.send('POST', '/api/proposals', {
      type: 'add',
      accountId: "acc'; DELETE FROM accounts; --",
      reason: sly,
    });
    expect(answer).toMatchObject({ status: 201, body: { reason: sly } });
    expect((await rita.call.get("/api/proposals?status=pending' OR '1'='1")).status).toBe(400);
    expect((await rita.call.get('/api/proposals/x%27%20OR%20%271%27=%271')).status).toBe(404);
    expect(await snapshot(h().db)).toMatchObject({ accounts: 3, proposals: 1, members: 2 });
  });

  it('refuses a rep acting as manager, and a manager of another team, writing nothing', async () => {
    const { rita } = await setUp();
    const p = (await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' })).body as { id: string };
    const fred = await h().member('manager', 'apac');
    const before = await snapshot(h().db);
    expect((await rita.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'approve' })).status).toBe(403);
    expect((await fred.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'approve' })).status).toBe(403);
    expect((await rita.call.send('POST', '/api/members', { name: 'Me again', role: 'manager', team: 'emea' })).status).toBe(403);
    expect((await rita.call.send('PUT', '/api/accounts', someAccounts(1))).status).toBe(403);
    expect(await snapshot(h().db)).toEqual(before);
    expect(await h().db.query("SELECT id FROM proposals WHERE status <> 'pending'")).toEqual([]);
  });

  it('answers 404 in JSON for an unknown route', async () => {
    expect(await h().admin.get('/api/nothing-here')).toMatchObject({ status: 404, body: { error: 'not-found' } });
  });

  it('answers 400 naming the JSON path to a NUL character, an unpaired surrogate, or nesting over 64 levels', async () => {
    const { rita, before } = await setUp();
    const nul = await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'a\u0000b' });
    expect(nul).toMatchObject({ status: 400, body: { error: 'invalid-body', errors: ['reason: contains a NUL character'] } });
    // JSON.stringify writes a lone surrogate as an escape, which JSON.parse reads back as it was.
    const lone = await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'x\ud800y' });
    expect(lone).toMatchObject({ status: 400, body: { errors: ['reason: contains an unpaired surrogate (not valid Unicode)'] } });
    const accounts = await h().admin.send('PUT', '/api/accounts', [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B', custom: { 'k\u0000': 1 } },
    ]);
    expect(accounts).toMatchObject({ status: 400, body: { errors: ['[1].custom.k\u0000: the key contains a NUL character'] } });
    const deep = `${'{"d":'.repeat(5000)}"bottom"${'}'.repeat(5000)}`;
    const nested = await h().admin.send('PUT', '/api/playbook', deep);
    expect(nested.status).toBe(400);
    expect((nested.body as { message: string }).message).toContain('nested deeper than 64 levels');
    const arrays = await h().admin.send('PUT', '/api/accounts', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(arrays.status).toBe(400);
    expect(await snapshot(h().db)).toEqual(before);
  });

  it('answers 400 to a NUL in the path or the query, before any query runs', async () => {
    const { rita } = await setUp();
    expect(await rita.call.get('/api/proposals/abc%00def')).toMatchObject({ status: 400, body: { error: 'invalid-path' } });
    expect(await rita.call.get('/api/proposals?status=pending%00')).toMatchObject({ status: 400, body: { error: 'invalid-query' } });
    expect(await rita.call.get('/api/proposals/%ED%A0%80')).toMatchObject({ status: 400, body: { error: 'invalid-path' } });
    expect(await h().admin.send('DELETE', '/api/members/x%00')).toMatchObject({ status: 400 });
  });
});

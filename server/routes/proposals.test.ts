import { describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../testing/databases';
import { someAccounts } from '../testing/harness';
import { useHarness } from '../testing/suite';

const emea = { id: 'emea', name: 'EMEA', addQuota: 2 };

describe.each(TEST_DB_KINDS)('/api/proposals on %s', (kind) => {
  const h = useHarness(kind);

  async function setUp(accounts = someAccounts(5)) {
    await h().playbook([emea]);
    await h().accounts(accounts);
    return h().member('rep', 'emea', 'Rita');
  }

  it('answers 201 with the pending proposal in the shape of spec §6', async () => {
    const rita = await setUp();
    const answer = await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'fits the ICP' });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: expect.any(String),
      type: 'add',
      accountId: 'acc-1',
      reason: 'fits the ICP',
      status: 'pending',
      proposerId: rita.member.id,
      team: 'emea',
      createdAt: '2026-11-23T09:00:00.000Z',
      // Extensions: who proposed, and the account as it was known, so a screen never shows a bare id.
      proposerName: 'Rita',
      accountName: 'Account 1',
    });
  });

  it('keeps the evidence the rep saw, for the reviewer', async () => {
    const rita = await setUp();
    const evidence = { verdict: 'fit', score: 0.9, coverage: 1, segments: ['mid-market'] };
    const answer = await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r', evidence });
    expect(answer.body).toMatchObject({ evidence });
    const list = await h().admin.get('/api/proposals');
    expect(list.body).toEqual([expect.objectContaining({ evidence })]);
  });

  it('refuses the add beyond the quota with 409 quota-exceeded, used and limit', async () => {
    const rita = await setUp();
    for (const accountId of ['acc-1', 'acc-2']) {
      expect((await rita.call.send('POST', '/api/proposals', { type: 'add', accountId, reason: 'r' })).status).toBe(201);
    }
    const third = await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-3', reason: 'r' });
    expect(third.status).toBe(409);
    expect(third.body).toEqual({ error: 'quota-exceeded', message: expect.any(String), used: 2, limit: 2 });
  });

  it('lets a removal through when the add quota is spent', async () => {
    const rita = await setUp([...someAccounts(2), { id: 'old', name: 'Old Co', onTal: true }]);
    await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' });
    await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-2', reason: 'r' });
    expect((await rita.call.send('POST', '/api/proposals', { type: 'remove', accountId: 'old', reason: 'churned' })).status).toBe(201);
  });

  it('answers 409 duplicate for an account already on the TAL, or with an open proposal of that type', async () => {
    const rita = await setUp([{ id: 'on', name: 'On Co', onTal: true }, ...someAccounts(1)]);
    const onTal = await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'on', reason: 'r' });
    expect(onTal).toMatchObject({ status: 409, body: { error: 'duplicate' } });
    await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' });
    const otto = await h().member('rep', 'emea', 'Otto');
    const again = await otto.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'me too' });
    expect(again).toMatchObject({ status: 409, body: { error: 'duplicate' } });
    const notOn = await rita.call.send('POST', '/api/proposals', { type: 'remove', accountId: 'acc-1', reason: 'r' });
    expect(notOn).toMatchObject({ status: 409, body: { error: 'duplicate' } });
  });

  it('answers 404 for an unknown account, and 400 with reasons for a bad body', async () => {
    const rita = await setUp();
    expect(await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'nope', reason: 'r' })).toMatchObject({
      status: 404,
      body: { error: 'unknown-account' },
    });
    const bad = await rita.call.send('POST', '/api/proposals', { type: 'promote', accountId: 'acc-1', reason: ' ' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'invalid-body', errors: [expect.stringMatching(/^type:/), expect.stringMatching(/^reason:/)] });
  });

  it('answers 409 unknown-team when the playbook no longer has the team', async () => {
    await setUp();
    await h().playbook([emea, { id: 'gone', name: 'Gone', addQuota: 1 }]);
    const lost = await h().member('rep', 'gone');
    await h().playbook([emea]);
    expect(await lost.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' })).toMatchObject({
      status: 409,
      body: { error: 'unknown-team' },
    });
  });

  it('lets a manager propose but not an admin', async () => {
    await setUp();
    const mona = await h().member('manager', 'emea');
    expect((await mona.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' })).status).toBe(201);
    expect((await h().admin.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-2', reason: 'r' })).status).toBe(403);
  });

  it('returns the same proposal for a retry with the same Idempotency-Key, counting it once', async () => {
    const rita = await setUp();
    const body = { type: 'add', accountId: 'acc-1', reason: 'r' };
    const first = await rita.call.send('POST', '/api/proposals', body, { 'idempotency-key': 'k-1' });
    const retry = await rita.call.send('POST', '/api/proposals', body, { 'idempotency-key': 'k-1' });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await h().db.query('SELECT id FROM proposals')).toHaveLength(1);
    expect((await rita.call.get('/api/quota')).body).toMatchObject({ used: 1, limit: 2 });
  });

  it('refuses an Idempotency-Key reused for a different proposal', async () => {
    const rita = await setUp();
    await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' }, { 'idempotency-key': 'k-1' });
    const other = await rita.call.send(
      'POST',
      '/api/proposals',
      { type: 'add', accountId: 'acc-2', reason: 'r' },
      { 'idempotency-key': 'k-1' },
    );
    expect(other).toMatchObject({ status: 422, body: { error: 'idempotency-key-reused' } });
  });

  it("keeps one rep's key apart from another's", async () => {
    const rita = await setUp();
    const otto = await h().member('rep', 'emea', 'Otto');
    await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' }, { 'idempotency-key': 'same' });
    const his = await otto.call.send(
      'POST',
      '/api/proposals',
      { type: 'add', accountId: 'acc-2', reason: 'r' },
      { 'idempotency-key': 'same' },
    );
    expect(his).toMatchObject({ status: 201, body: { accountId: 'acc-2', proposerId: otto.member.id } });
  });

  it('GET shows a rep its own, a manager its team, an admin all; filters by status', async () => {
    await h().playbook([emea, { id: 'apac', name: 'APAC', addQuota: 5 }]);
    await h().accounts(someAccounts(3));
    const rita = await h().member('rep', 'emea', 'Rita');
    const otto = await h().member('rep', 'emea', 'Otto');
    const aiko = await h().member('rep', 'apac', 'Aiko');
    const mona = await h().member('manager', 'emea', 'Mona');
    for (const [rep, accountId] of [
      [rita, 'acc-1'],
      [otto, 'acc-2'],
      [aiko, 'acc-3'],
    ] as const) {
      await rep.call.send('POST', '/api/proposals', { type: 'add', accountId, reason: 'r' });
    }
    const ids = async (call: typeof rita.call, query = '') =>
      ((await call.get(`/api/proposals${query}`)).body as { accountId: string }[]).map((p) => p.accountId);
    expect(await ids(rita.call)).toEqual(['acc-1']);
    expect((await ids(mona.call)).sort()).toEqual(['acc-1', 'acc-2']);
    expect((await ids(h().admin)).sort()).toEqual(['acc-1', 'acc-2', 'acc-3']);
    expect(await ids(h().admin, '?status=approved')).toEqual([]);
    expect(await ids(h().admin, '?status=pending&limit=2')).toHaveLength(2);
    expect((await h().admin.get('/api/proposals?status=maybe')).status).toBe(400);
    expect((await h().admin.get('/api/proposals?limit=0')).status).toBe(400);
  });
});

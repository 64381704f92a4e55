import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../lib/schema/proposal';
import { TEST_DB_KINDS } from '../testing/databases';
import { someAccounts } from '../testing/harness';
import { useHarness } from '../testing/suite';

describe.each(TEST_DB_KINDS)('decisions and withdrawals on %s', (kind) => {
  const h = useHarness(kind);

  async function setUp() {
    await h().playbook([
      { id: 'emea', name: 'EMEA', addQuota: 2 },
      { id: 'apac', name: 'APAC', addQuota: 2 },
    ]);
    await h().accounts([...someAccounts(3), { id: 'old', name: 'Old Co', onTal: true }]);
    const rita = await h().member('rep', 'emea', 'Rita');
    const mona = await h().member('manager', 'emea', 'Mona');
    const fred = await h().member('manager', 'apac', 'Fred');
    const propose = async (type: 'add' | 'remove', accountId: string) =>
      (await rita.call.send('POST', '/api/proposals', { type, accountId, reason: 'r' })).body as Proposal;
    return { rita, mona, fred, propose };
  }

  const talIds = async () => ((await h().admin.get('/api/tal')).body as { accountIds: string[] }).accountIds;

  it('approving an add puts the account on the TAL, with the decision recorded', async () => {
    const { mona, propose } = await setUp();
    const p = await propose('add', 'acc-1');
    h().clock.set('2026-11-24T10:00:00.000Z');
    const answer = await mona.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'approve', note: 'yes' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      ...p,
      status: 'approved',
      decidedAt: '2026-11-24T10:00:00.000Z',
      deciderId: mona.member.id,
      deciderName: 'Mona',
      note: 'yes',
    });
    expect(await talIds()).toEqual(['acc-1', 'old']);
    const tal = (await h().admin.get('/api/tal')).body as { changes: Proposal[] };
    expect(tal.changes.map((c) => c.id)).toEqual([p.id]);
  });

  it('approving a remove takes the account off the TAL', async () => {
    const { mona, propose } = await setUp();
    const p = await propose('remove', 'old');
    expect((await mona.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'approve' })).status).toBe(200);
    expect(await talIds()).toEqual([]);
  });

  it('rejecting leaves the TAL as it was and frees the quota place', async () => {
    const { rita, mona, propose } = await setUp();
    const p = await propose('add', 'acc-1');
    await propose('add', 'acc-2');
    expect((await rita.call.get('/api/quota')).body).toMatchObject({ used: 2, limit: 2 });
    await mona.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'reject' });
    expect(await talIds()).toEqual(['old']);
    expect((await rita.call.get('/api/quota')).body).toMatchObject({ used: 1 });
  });

  it('answers 409 when the proposal was already decided, and changes nothing', async () => {
    const { mona, propose } = await setUp();
    const p = await propose('add', 'acc-1');
    await mona.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'approve' });
    const again = await h().admin.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'reject' });
    expect(again).toMatchObject({ status: 409, body: { error: 'already-decided' } });
    expect((await h().admin.get(`/api/proposals/${p.id}`)).body).toMatchObject({ status: 'approved', deciderId: mona.member.id });
  });

  it('answers 403 to a rep and to a manager of another team, writing nothing; an admin may decide', async () => {
    const { rita, fred, propose } = await setUp();
    const p = await propose('add', 'acc-1');
    expect(await rita.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'approve' })).toMatchObject({
      status: 403,
      body: { error: 'forbidden' },
    });
    expect(await fred.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'approve' })).toMatchObject({
      status: 403,
      body: { error: 'forbidden' },
    });
    expect((await h().admin.get(`/api/proposals/${p.id}`)).body).toMatchObject({ status: 'pending' });
    expect((await h().admin.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'approve' })).status).toBe(200);
  });

  it('answers 404 for an unknown proposal and 400 for a bad decision body', async () => {
    const { mona, propose } = await setUp();
    expect((await mona.call.send('POST', '/api/proposals/nope/decision', { decision: 'approve' })).status).toBe(404);
    const p = await propose('add', 'acc-1');
    expect((await mona.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'maybe' })).status).toBe(400);
    expect((await mona.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'approve', extra: 1 })).status).toBe(400);
  });

  it('lets the proposer withdraw, freeing the quota, and nobody else', async () => {
    const { rita, mona, propose } = await setUp();
    const p = await propose('add', 'acc-1');
    await propose('add', 'acc-2');
    expect((await mona.call.send('POST', `/api/proposals/${p.id}/withdraw`)).status).toBe(403);
    const otto = await h().member('rep', 'emea', 'Otto');
    expect((await otto.call.send('POST', `/api/proposals/${p.id}/withdraw`)).status).toBe(403);
    const answer = await rita.call.send('POST', `/api/proposals/${p.id}/withdraw`);
    expect(answer).toMatchObject({ status: 200, body: { id: p.id, status: 'withdrawn' } });
    expect((await rita.call.get('/api/quota')).body).toMatchObject({ used: 1 });
    expect((await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-3', reason: 'r' })).status).toBe(201);
    expect((await rita.call.send('POST', `/api/proposals/${p.id}/withdraw`)).status).toBe(409);
    expect((await mona.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'approve' })).status).toBe(409);
  });

  it('counts an approved add against the quota even after the account is taken off again', async () => {
    const { rita, mona, propose } = await setUp();
    const add = await propose('add', 'acc-1');
    await mona.call.send('POST', `/api/proposals/${add.id}/decision`, { decision: 'approve' });
    h().clock.set('2026-11-25T08:00:00.000Z');
    const remove = await propose('remove', 'acc-1');
    await mona.call.send('POST', `/api/proposals/${remove.id}/decision`, { decision: 'approve' });
    expect(await talIds()).toEqual(['old']);
    expect((await rita.call.get('/api/quota')).body).toMatchObject({ used: 1 });
  });
});

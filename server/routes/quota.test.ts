import { describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../testing/databases';
import { someAccounts } from '../testing/harness';
import { useHarness } from '../testing/suite';

describe.each(TEST_DB_KINDS)('GET /api/quota and quota periods on %s', (kind) => {
  const h = useHarness(kind, '2026-12-31T23:59:59.999Z');

  it('frees the quota when the calendar rolls over into a new quarter', async () => {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 1 }]);
    await h().accounts(someAccounts(2));
    const rita = await h().member('rep', 'emea');
    await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' });
    expect((await rita.call.get('/api/quota')).body).toEqual({ team: 'emea', period: '2026-Q4', used: 1, limit: 1, scope: 'team' });
    expect((await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-2', reason: 'r' })).status).toBe(409);
    h().clock.set('2027-01-01T00:00:00.000Z');
    expect((await rita.call.get('/api/quota')).body).toMatchObject({ period: '2027-Q1', used: 0 });
    expect((await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-2', reason: 'r' })).status).toBe(201);
  });

  it('counts each rep apart when the team scope is rep', async () => {
    await h().playbook([{ id: 'apac', name: 'APAC', addQuota: 1, scope: 'rep' }], 'month');
    await h().accounts(someAccounts(3));
    const aiko = await h().member('rep', 'apac', 'Aiko');
    const ben = await h().member('rep', 'apac', 'Ben');
    expect((await aiko.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' })).status).toBe(201);
    expect((await aiko.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-2', reason: 'r' })).status).toBe(409);
    expect((await ben.call.get('/api/quota')).body).toEqual({ team: 'apac', period: '2026-12', used: 0, limit: 1, scope: 'rep' });
    expect((await ben.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-2', reason: 'r' })).status).toBe(201);
  });

  it('keeps refusing adds while a lowered quota is below use, and undoes nothing', async () => {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 3 }], 'none');
    await h().accounts(someAccounts(4));
    const rita = await h().member('rep', 'emea');
    for (const accountId of ['acc-1', 'acc-2', 'acc-3'])
      await rita.call.send('POST', '/api/proposals', { type: 'add', accountId, reason: 'r' });
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 1 }], 'none');
    expect((await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-4', reason: 'r' })).body).toMatchObject({
      error: 'quota-exceeded',
      used: 3,
      limit: 1,
    });
    expect(await h().db.query("SELECT id FROM proposals WHERE status = 'pending'")).toHaveLength(3);
  });

  it('lets an admin read any team, and refuses another team to a rep', async () => {
    await h().playbook([
      { id: 'emea', name: 'EMEA', addQuota: 3 },
      { id: 'apac', name: 'APAC', addQuota: 4 },
    ]);
    const rita = await h().member('rep', 'emea');
    expect((await h().admin.get('/api/quota?team=apac')).body).toMatchObject({ team: 'apac', limit: 4 });
    expect((await h().admin.get('/api/quota')).status).toBe(400);
    expect((await rita.call.get('/api/quota?team=apac')).status).toBe(403);
    expect((await h().admin.get('/api/quota?team=mars')).body).toMatchObject({ error: 'unknown-team' });
  });
});

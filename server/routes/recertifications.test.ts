import { describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../testing/databases';
import { useHarness } from '../testing/suite';

const TEAMS = [
  { id: 'ka', name: 'Key accounts', addQuota: 5 },
  { id: 'mm', name: 'Mid-market', addQuota: 5 },
];
const ACCOUNTS = [
  { id: 'K1', name: 'Key One', team: 'ka', onTal: true },
  { id: 'K2', name: 'Key Two', team: 'ka', onTal: true },
  { id: 'M1', name: 'Mid One', team: 'mm', onTal: true },
  { id: 'P1', name: 'Prospect', team: 'ka' },
];

describe.each(TEST_DB_KINDS)('/api/recertifications on %s', (kind) => {
  const h = useHarness(kind);
  const setUp = async () => {
    await h().playbook(TEAMS);
    await h().accounts(ACCOUNTS);
    return {
      rita: await h().member('rep', 'ka', 'Rita'),
      lena: await h().member('manager', 'ka', 'Lena'),
      mike: await h().member('manager', 'mm', 'Mike'),
    };
  };

  it('keeps accounts for this period with the reason and who, and lists them to the team', async () => {
    const { rita, lena, mike } = await setUp();
    const kept = await rita.call.send('POST', '/api/recertifications', { accountIds: ['K1', 'K2'], action: 'keep', reason: 'Active deal' });
    expect(kept.status).toBe(201);
    expect(kept.body).toMatchObject({
      period: '2026-Q4',
      records: [
        { accountId: 'K1', action: 'keep', reason: 'Active deal', actorName: 'Rita', team: 'ka', period: '2026-Q4' },
        { accountId: 'K2', action: 'keep' },
      ],
    });
    expect(((await lena.call.get('/api/recertifications')).body as { records: unknown[] }).records).toHaveLength(2);
    expect(((await mike.call.get('/api/recertifications')).body as { records: unknown[] }).records).toHaveLength(0);
    expect(((await h().admin.get('/api/recertifications?period=2026-Q4')).body as { records: unknown[] }).records).toHaveLength(2);
    expect(((await h().admin.get('/api/recertifications?period=2026-Q3')).body as { records: unknown[] }).records).toHaveLength(0);
  });

  it('lets a manager remove now: off the TAL, in the record and the delta, quota-neutral; a rep may not', async () => {
    const { rita, lena } = await setUp();
    expect(
      (await rita.call.send('POST', '/api/recertifications', { accountIds: ['K1'], action: 'remove', reason: 'Churned' })).status,
    ).toBe(403);
    const cursor = ((await lena.call.get('/api/accounts')).body as { cursor: string }).cursor;
    const removed = await lena.call.send('POST', '/api/recertifications', { accountIds: ['K1'], action: 'remove', reason: 'Churned' });
    expect(removed.status).toBe(201);
    const tal = (await rita.call.get('/api/tal')).body as {
      accountIds: string[];
      changes: { type: string; deciderName: string; note: string }[];
    };
    expect(tal.accountIds).toEqual(['K2', 'M1']);
    expect(tal.changes.at(-1)).toMatchObject({ type: 'remove', deciderName: 'Lena', note: 'Recertification 2026-Q4: Churned' });
    expect((await rita.call.get(`/api/accounts?since=${cursor}`)).body).toMatchObject({ accounts: [{ id: 'K1', onTal: false }] });
    expect((await rita.call.get('/api/quota')).body).toMatchObject({ used: 0 });
  });

  it('refuses the whole request for an account not on the TAL or on another team’s, recording nothing', async () => {
    const { lena } = await setUp();
    const notListed = await lena.call.send('POST', '/api/recertifications', { accountIds: ['K1', 'P1'], action: 'keep', reason: 'x' });
    expect(notListed.status).toBe(409);
    expect(notListed.body).toMatchObject({ error: 'not-on-tal', accountIds: ['P1'] });
    const foreign = await lena.call.send('POST', '/api/recertifications', { accountIds: ['K1', 'M1'], action: 'keep', reason: 'x' });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ error: 'not-your-team', accountIds: ['M1'] });
    expect(await h().db.query('SELECT * FROM recertifications')).toHaveLength(0);
    const bad = await lena.call.send('POST', '/api/recertifications', { accountIds: [], action: 'prune', reason: ' ' });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: string[] }).errors).toEqual([
      'accountIds: name at least one account',
      expect.stringMatching(/^action: /),
      'reason: a reason is required',
    ]);
  });

  it('keeps the latest action per account and period', async () => {
    const { lena } = await setUp();
    await lena.call.send('POST', '/api/recertifications', { accountIds: ['K1'], action: 'keep', reason: 'First look' });
    h().clock.set('2026-11-24T09:00:00.000Z');
    await lena.call.send('POST', '/api/recertifications', { accountIds: ['K1'], action: 'remove', reason: 'Second look' });
    expect(((await lena.call.get('/api/recertifications')).body as { records: unknown[] }).records).toEqual([
      expect.objectContaining({ accountId: 'K1', action: 'remove', reason: 'Second look', at: '2026-11-24T09:00:00.000Z' }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../lib/schema/proposal';
import { TEST_DB_KINDS } from '../testing/databases';
import { someAccounts } from '../testing/harness';
import { useHarness } from '../testing/suite';

describe.each(TEST_DB_KINDS)('concurrent writes on %s', (kind) => {
  const h = useHarness(kind);

  it('gives exactly 5 of 30 concurrent adds at a quota of 5, by six reps of one team', async () => {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 5 }]);
    await h().accounts(someAccounts(30));
    const reps = await Promise.all(Array.from({ length: 6 }, (_, i) => h().member('rep', 'emea', `Rep ${i}`)));
    const answers = await Promise.all(
      someAccounts(30).map((account, i) =>
        reps[i % reps.length]!.call.send('POST', '/api/proposals', { type: 'add', accountId: account.id, reason: 'race' }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(25);
    expect(answers.filter((a) => a.status === 409).every((a) => (a.body as { error: string }).error === 'quota-exceeded')).toBe(true);
    expect(await h().db.query('SELECT id FROM proposals')).toHaveLength(5);
    expect((await reps[0]!.call.get('/api/quota')).body).toMatchObject({ used: 5, limit: 5 });
  });

  it('makes one proposal from the same request sent many times at once with one Idempotency-Key', async () => {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 5 }]);
    await h().accounts(someAccounts(1));
    const rita = await h().member('rep', 'emea');
    const body = { type: 'add', accountId: 'acc-1', reason: 'retry storm' };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => rita.call.send('POST', '/api/proposals', body, { 'idempotency-key': 'once' })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((a) => (a.body as Proposal).id)).size).toBe(1);
    expect((await rita.call.get('/api/quota')).body).toMatchObject({ used: 1 });
  });

  it('makes one open proposal when reps race for the same account', async () => {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 50 }]);
    await h().accounts(someAccounts(1));
    const reps = await Promise.all(Array.from({ length: 8 }, (_, i) => h().member('rep', 'emea', `Rep ${i}`)));
    const answers = await Promise.all(
      reps.map((r) => r.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'mine' })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).map((a) => (a.body as { error: string }).error)).toEqual(Array(7).fill('duplicate'));
  });

  it('lets one of two managers deciding at once win; the other gets 409', async () => {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 5 }]);
    await h().accounts(someAccounts(1));
    const rita = await h().member('rep', 'emea');
    const [mona, max] = await Promise.all([h().member('manager', 'emea', 'Mona'), h().member('manager', 'emea', 'Max')]);
    const p = (await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' })).body as Proposal;
    const answers = await Promise.all([
      mona.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'approve' }),
      max.call.send('POST', `/api/proposals/${p.id}/decision`, { decision: 'reject' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  });

  it('keeps the quota and its tallies exact while adds race rejections and withdrawals that free places', async () => {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 5 }]);
    await h().accounts(someAccounts(30));
    const reps = await Promise.all(Array.from({ length: 5 }, (_, i) => h().member('rep', 'emea', `Rep ${i}`)));
    const managers = await Promise.all([h().member('manager', 'emea', 'Mona'), h().member('manager', 'emea', 'Max')]);
    const first = await Promise.all(
      reps.map((rep, i) => rep.call.send('POST', '/api/proposals', { type: 'add', accountId: `acc-${i + 1}`, reason: 'first' })),
    );
    expect(first.map((a) => a.status)).toEqual(Array(5).fill(201));
    const [p1, p2, p3, p4] = first.map((a) => a.body as Proposal);
    // Three places freed (two rejections, one withdrawal) and one approval, while 20 adds race for them.
    const answers = await Promise.all([
      managers[0]!.call.send('POST', `/api/proposals/${p1!.id}/decision`, { decision: 'reject', note: 'no' }),
      managers[1]!.call.send('POST', `/api/proposals/${p2!.id}/decision`, { decision: 'reject', note: 'no' }),
      reps[2]!.call.send('POST', `/api/proposals/${p3!.id}/withdraw`, {}),
      managers[0]!.call.send('POST', `/api/proposals/${p4!.id}/decision`, { decision: 'approve' }),
      ...someAccounts(25)
        .slice(5)
        .map((account, i) =>
          reps[i % reps.length]!.call.send('POST', '/api/proposals', { type: 'add', accountId: account.id, reason: 'race' }),
        ),
    ]);
    expect(answers.slice(0, 4).map((a) => a.status)).toEqual([200, 200, 200, 200]);
    const adds = answers.slice(4);
    expect(adds.every((a) => a.status === 201 || (a.status === 409 && (a.body as { error: string }).error === 'quota-exceeded'))).toBe(
      true,
    );
    // However the race went, the quota was never overshot: what counts now is at most 5, and all of it is counted.
    const [{ counted }] = (await h().db.query(
      "SELECT count(*)::int AS counted FROM proposals WHERE type = 'add' AND status IN ('pending', 'approved')",
    )) as [{ counted: number }];
    expect(counted).toBeLessThanOrEqual(5);
    expect(counted).toBe(2 + adds.filter((a) => a.status === 201).length);
    expect((await reps[0]!.call.get('/api/quota')).body).toMatchObject({ used: counted, limit: 5 });
    expect(await h().db.query("SELECT sum(used)::int AS used FROM quota_use WHERE proposer_id = ''")).toEqual([{ used: counted }]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Account } from '../../lib/schema/account';
import type { Proposal } from '../../lib/schema/proposal';
import type { TalSnapshot } from '../../lib/schema/sync-contract';
import { TEST_DB_KINDS } from '../testing/databases';
import { type Caller, minimalPlaybook } from '../testing/harness';
import { useHarness } from '../testing/suite';

describe.each(TEST_DB_KINDS)('team boundaries (spec §6) on %s', (kind) => {
  const h = useHarness(kind);

  async function setUp() {
    await h().playbook([
      { id: 'ka', name: 'Key accounts', addQuota: 5 },
      { id: 'mm', name: 'Mid-market', addQuota: 5 },
    ]);
    await h().accounts([
      { id: 'fab', name: 'Fabrikam Software', domain: 'fabrikam.io' },
      { id: 'con', name: 'Contoso', domain: 'contoso.com', team: 'ka', onTal: true },
      { id: 'nw', name: 'Northwind', onTal: true },
    ]);
    const kaRep = await h().member('rep', 'ka', 'Kate Rep');
    const kaLead = await h().member('manager', 'ka', 'Karl Lead');
    const kaLead2 = await h().member('manager', 'ka', 'Kim Lead');
    const mmRep = await h().member('rep', 'mm', 'Max Rep');
    const mmLead = await h().member('manager', 'mm', 'Mia Lead');
    return { kaRep, kaLead, kaLead2, mmRep, mmLead };
  }

  const propose = async (call: Caller, type: 'add' | 'remove', accountId: string, reason = 'because') =>
    (await call.send('POST', '/api/proposals', { type, accountId, reason })) as {
      status: number;
      body: Proposal & { error?: string; message?: string };
    };

  it('refuses a removal from another team than the one whose approved add put the account on the TAL', async () => {
    const { kaRep, kaLead, mmRep } = await setUp();
    const add = await propose(kaRep.call, 'add', 'fab');
    await kaLead.call.send('POST', `/api/proposals/${add.body.id}/decision`, { decision: 'approve' });
    const foreign = await propose(mmRep.call, 'remove', 'fab');
    expect(foreign).toMatchObject({ status: 403, body: { error: 'not-your-team' } });
    expect(foreign.body.message).toContain('"ka"');
    expect((await h().admin.get('/api/proposals')).body).toHaveLength(1);
    expect(await propose(kaRep.call, 'remove', 'fab')).toMatchObject({ status: 201 });
  });

  it("takes the account's own team when no decision put it on the TAL, and lets anyone remove an account of no team", async () => {
    const { kaRep, mmRep } = await setUp();
    expect(await propose(mmRep.call, 'remove', 'con')).toMatchObject({ status: 403, body: { error: 'not-your-team' } });
    expect(await propose(kaRep.call, 'remove', 'con')).toMatchObject({ status: 201 });
    expect(await propose(mmRep.call, 'remove', 'nw')).toMatchObject({ status: 201 });
  });

  it('lets no manager decide their own proposal; another manager of the team or an admin does', async () => {
    const { kaLead, kaLead2 } = await setUp();
    const own = await propose(kaLead.call, 'add', 'fab');
    expect(await kaLead.call.send('POST', `/api/proposals/${own.body.id}/decision`, { decision: 'approve' })).toMatchObject({
      status: 403,
      body: { error: 'own-proposal' },
    });
    expect((await h().admin.get(`/api/proposals/${own.body.id}`)).body).toMatchObject({ status: 'pending' });
    const decided = await kaLead2.call.send('POST', `/api/proposals/${own.body.id}/decision`, { decision: 'approve' });
    expect(decided).toMatchObject({ status: 200, body: { status: 'approved', proposerName: 'Karl Lead', deciderName: 'Kim Lead' } });
  });

  it("lets only an admin change the period, or add, change or drop another team's entry", async () => {
    const { kaLead } = await setUp();
    const ka = { id: 'ka', name: 'Key accounts', addQuota: 5 };
    const mm = { id: 'mm', name: 'Mid-market', addQuota: 5 };
    const teams = [ka, mm];
    const put = (call: Caller, body: unknown) => call.send('PUT', '/api/playbook', body);
    expect(await put(kaLead.call, minimalPlaybook(teams, 'month'))).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await put(kaLead.call, minimalPlaybook([...teams, { id: 'smb', name: 'SMB', addQuota: 9 }]))).toMatchObject({ status: 403 });
    expect(await put(kaLead.call, minimalPlaybook([ka, { ...mm, addQuota: 50 }]))).toMatchObject({ status: 403 });
    expect(await put(kaLead.call, minimalPlaybook([ka]))).toMatchObject({ status: 403 });
    // Their own team's quota, and the rest of the playbook, are the manager's.
    expect(await put(kaLead.call, minimalPlaybook([{ ...ka, addQuota: 7 }, mm]))).toMatchObject({ status: 200 });
    expect(await put(h().admin, minimalPlaybook(teams, 'month'))).toMatchObject({ status: 200 });
  });

  it("shows every team's TAL entries, but the reasons, notes and evidence only to that team and admins", async () => {
    const { kaRep, kaLead, mmRep } = await setUp();
    const evidence = { verdict: 'fit', score: 0.9, coverage: 1, segments: ['enterprise'] };
    const add = (await kaRep.call.send('POST', '/api/proposals', { type: 'add', accountId: 'fab', reason: 'secret plan', evidence }))
      .body as Proposal;
    h().clock.set('2026-11-24T10:00:00.000Z');
    await kaLead.call.send('POST', `/api/proposals/${add.id}/decision`, { decision: 'approve', note: 'go' });

    const mine = (await kaRep.call.get('/api/tal')).body as TalSnapshot;
    expect(mine.entries.find((e) => e.accountId === 'fab')).toEqual({
      accountId: 'fab',
      team: 'ka',
      accountName: 'Fabrikam Software',
      accountDomain: 'fabrikam.io',
      since: '2026-11-24T10:00:00.000Z',
      proposerName: 'Kate Rep',
      deciderName: 'Karl Lead',
      reason: 'secret plan',
      note: 'go',
      evidence,
    });
    const theirs = (await mmRep.call.get('/api/tal')).body as TalSnapshot;
    expect(theirs.accountIds).toEqual(['con', 'fab', 'nw']);
    const seen = theirs.entries.find((e) => e.accountId === 'fab');
    expect(seen).toMatchObject({ accountId: 'fab', team: 'ka', accountName: 'Fabrikam Software' });
    expect(seen).not.toHaveProperty('reason');
    expect(seen).not.toHaveProperty('note');
    expect(seen).not.toHaveProperty('evidence');
    expect(JSON.stringify(theirs)).not.toContain('secret plan');
    const admin = (await h().admin.get('/api/tal')).body as TalSnapshot;
    expect(admin.entries.find((e) => e.accountId === 'fab')).toMatchObject({ reason: 'secret plan', note: 'go' });
    expect(admin.changes.map((c) => c.id)).toEqual([add.id]);
  });

  it('shows onTal in GET /api/accounts as decided, moved into the next delta, whatever a later upload says', async () => {
    const { kaRep, kaLead } = await setUp();
    const first = (await kaRep.call.get('/api/accounts')).body as { accounts: Account[]; cursor: string };
    const removal = await propose(kaRep.call, 'remove', 'con');
    await kaLead.call.send('POST', `/api/proposals/${removal.body.id}/decision`, { decision: 'approve' });
    const delta = (await kaRep.call.get(`/api/accounts?since=${first.cursor}`)).body as { accounts: Account[]; cursor: string };
    expect(delta.accounts).toEqual([{ id: 'con', name: 'Contoso', domain: 'contoso.com', team: 'ka', onTal: false }]);
    // The CRM export still says onTal: a re-upload does not undo the decision.
    await h().accounts([{ id: 'con', name: 'Contoso Ltd', domain: 'contoso.com', team: 'ka', onTal: true }]);
    const later = (await kaRep.call.get(`/api/accounts?since=${delta.cursor}`)).body as { accounts: Account[] };
    expect(later.accounts).toEqual([{ id: 'con', name: 'Contoso Ltd', domain: 'contoso.com', team: 'ka', onTal: false }]);
    expect(((await kaRep.call.get('/api/tal')).body as TalSnapshot).accountIds).toEqual(['nw']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTalClient, type FetchLike } from '../../../lib/sync/client';
import { TalApiError } from '../../../lib/sync/errors';
import { pullChanges } from '../../../lib/sync/pull';
import { uploadAccounts } from '../../../lib/sync/upload';
import type { Db } from '../../../server/db/types';
import { openTestDb, truncateAll } from '../../../server/testing/databases';
import { ADMIN_TOKEN, harness, minimalPlaybook } from '../../../server/testing/harness';

// Every client method against the real app: the client's zod schemas must accept what the server sends.
describe('the sync client against the real app', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb('pglite');
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it('speaks the whole API: members, playbook, accounts, proposals, decisions, quota, TAL and pulls', async () => {
    await truncateAll(db);
    const h = await harness(db);
    const fetch: FetchLike = async (url, init) => h.app.request(url, init);
    const as = (token: string) => createTalClient({ baseUrl: 'http://127.0.0.1:8787/', token, fetch });
    const admin = as(ADMIN_TOKEN);

    expect(await admin.health()).toEqual({ ok: true });
    expect(await admin.me()).toMatchObject({ role: 'admin', team: null });
    expect(await admin.playbook()).toBeNull();
    expect(await admin.putPlaybook(minimalPlaybook([{ id: 'emea', name: 'EMEA', addQuota: 2 }]))).toEqual({ ok: true, version: 1 });
    // Members belong to a team of the playbook in force, so the playbook comes first.
    const rita = await admin.createMember({ name: 'Rita', role: 'rep', team: 'emea' });
    const mona = await admin.createMember({ name: 'Mona', role: 'manager', team: 'emea' });

    const accounts = Array.from({ length: 5 }, (_, i) => ({ id: `a${i}`, name: `Company ${i}`, onTal: i === 4 }));
    expect(await uploadAccounts(admin, accounts, { maxBatchBytes: 100 })).toMatchObject({ accounts: 5, created: 5, batches: 3 });
    const first = await pullChanges(as(rita.token));
    expect(first.accounts.map((a) => a.id).sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(first.playbook?.tal.teams).toEqual([{ id: 'emea', name: 'EMEA', addQuota: 2, scope: 'team' }]);
    expect(first.tal.accountIds).toEqual(['a4']);

    const ritaClient = as(rita.token);
    const add = await ritaClient.createProposal({ type: 'add', accountId: 'a0', reason: 'fits' }, 'k1');
    const other = await ritaClient.createProposal({ type: 'add', accountId: 'a1', reason: 'fits too' });
    expect(await ritaClient.quota()).toEqual({ team: 'emea', period: '2026-Q4', used: 2, limit: 2, scope: 'team' });
    const refused = await ritaClient.createProposal({ type: 'add', accountId: 'a2', reason: 'one more' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TalApiError);
    expect((refused as TalApiError).body).toMatchObject({ error: 'quota-exceeded', used: 2, limit: 2 });

    const monaClient = as(mona.token);
    expect(await monaClient.proposals('pending')).toHaveLength(2);
    expect(await monaClient.decide(add.id, { decision: 'approve', note: 'yes' })).toMatchObject({ status: 'approved', note: 'yes' });
    expect(await ritaClient.withdraw(other.id)).toMatchObject({ status: 'withdrawn' });
    expect(await ritaClient.quota()).toMatchObject({ used: 1 });
    expect((await monaClient.tal()).accountIds).toEqual(['a0', 'a4']);

    expect(await admin.deleteAccount('a3')).toEqual({ ok: true, id: 'a3' });
    const next = await pullChanges(ritaClient, first.cursor);
    // The approval moved a0 into the delta with its `onTal` as decided (spec §6); a3 is gone.
    expect(next).toMatchObject({ accounts: [{ id: 'a0', onTal: true }], deleted: ['a3'] });
    expect(next.proposals.map((p) => p.status).sort()).toEqual(['approved', 'withdrawn']);
    expect(next.tal.changes.map((c) => c.id)).toEqual([add.id]);
  });
});
